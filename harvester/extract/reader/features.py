"""What the evidence-inference classifier sees: the question, digested, and the features of a
sentence read against it (the ranker's features are in ``effect_ranking``).

Shared by the runtime (``harvester.extract.reader.effects``) and the training script, so the model is
always scored on exactly the features it was trained on. Everything here is plain Python and
deterministic: features are named strings, never hashes. Most of its length is word lists: the
cues a reader looks for, kept beside the functions that use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from harvester.extract.patterns import compiled
from harvester.extract.reader.group_numbers import numbers_by_group
from harvester.extract.sentences import WORD

# --------------------------------------------------------------------------- text features

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "their",
        "there",
        "these",
        "this",
        "those",
        "to",
        "was",
        "were",
        "which",
        "with",
        "who",
        "after",
        "before",
        "during",
        "between",
        "than",
        "versus",
        "vs",
        "compared",
        "group",
        "groups",
        "patients",
        "patient",
        "subjects",
        "participants",
    ]
)
_SUFFIXES = ("ations", "ation", "ments", "ment", "ness", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to match "reduced"/"reduction" or "scores"/"score"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def content_stems(text: str | None) -> set[str]:
    """The stems that name something in a phrase (stopwords and bare numbers left out)."""
    if not text:
        return set()
    return {stem(w) for w in words(text) if w not in STOPWORDS and not w[0].isdigit()}


def squeeze(text: str) -> str:
    """Lower-cased words separated by single spaces, padded: the text character n-grams see."""
    return " " + " ".join(words(text)) + " "


def char_grams(text: str, n: int = 4) -> set[str]:
    squeezed = squeeze(text)
    return {squeezed[i : i + n] for i in range(len(squeezed) - n + 1)}


@dataclass(frozen=True)
class Question:
    """The outcome, intervention and comparator, pre-digested once per prompt."""

    outcome: set[str]
    intervention: set[str]
    comparator: set[str]
    outcome_grams: set[str]
    intervention_grams: set[str]
    # word -> masked token, filled as sentences are read (a question meets the same words often)
    tokens: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    harmful: bool = False  # less of the outcome is better (pain, mortality): "improved" means down
    # Intervention stems the comparator negates ("without tourniquet", "no-morphine"): alone they
    # name the intervention, after "no", "non" or "without" the comparator.
    negated: frozenset[str] = frozenset()

    @classmethod
    def of(cls, outcome: str, intervention: str | None, comparator: str | None) -> Question:
        out = content_stems(outcome) | _acronyms(outcome)
        # "no" and "without" name no arm: as the comparator's words they would mask every
        # "no significant difference".
        treated = (content_stems(intervention) | _acronyms(intervention)) - NEGATIONS
        control = (content_stems(comparator) | _acronyms(comparator)) - NEGATIONS
        both = treated & control
        negated = frozenset(_negated_stems(comparator) & treated - out)
        return cls(
            outcome=out,
            intervention=(treated - out - both) | negated,
            comparator=control - out - both - negated,
            outcome_grams=char_grams(outcome),
            intervention_grams=char_grams(intervention or ""),
            harmful=_less_is_better(outcome, out),
            negated=negated,
        )

    def word_role(self, word: str) -> str | None:
        """The part of the question one lower-cased word as written names (numbers name none)."""
        return None if word[0].isdigit() else self.role(stem(word))

    def role(self, word_stem: str) -> str | None:
        """Which part of the question a word names, if any (outcome wins ties)."""
        if word_stem in self.outcome:
            return "OUT"
        if word_stem in self.intervention:
            return "INT"
        if word_stem in self.comparator or word_stem in GENERIC_COMPARATORS:
            return "CMP"
        if word_stem in GENERIC_INTERVENTIONS:
            return "INT"
        return None


# Stems of outcomes where less is better: for them "improved" means "decreased".
HARMFUL_OUTCOMES = frozenset(
    stem(w)
    for w in [
        "pain",
        "severity",
        "symptom",
        "mortality",
        "death",
        "incidence",
        "risk",
        "infection",
        "complication",
        "adverse",
        "nausea",
        "vomiting",
        "depression",
        "depressive",
        "anxiety",
        "stress",
        "fatigue",
        "duration",
        "consumption",
        "recurrence",
        "failure",
        "loss",
        "bleeding",
        "blood",
        "swelling",
        "pruritus",
        "discomfort",
        "negative",
        "disability",
        "relapse",
        "hospitalization",
        "hospitalisation",
        "admission",
        "readmission",
        "toxicity",
        "injury",
        "dyspnea",
        "dyspnoea",
        "itching",
        "insomnia",
        "distress",
        "burden",
        "spasticity",
        "inflammation",
        "edema",
        "oedema",
        "hypotension",
        "exacerbation",
        "morbidity",
        "events",
        "delirium",
        "agitation",
        "craving",
        "errors",
        "restenosis",
        "stenosis",
        "weight",
        "cholesterol",
        "ldl",
        "triglyceride",
        "glucose",
        "hba1c",
        "pressure",
    ]
)
# Outcomes that are better when larger whatever they count: "time to relapse", "relapse-free
# survival", and outcomes named as a change for the better ("pain relief", "reduction in HbA1c").
_MORE_IS_BETTER = compiled(
    r"\b(?:time|times|interval|duration)\s+(?:\w+\s+){0,2}(?:to|until|before)\b|\bfree\b|"
    r"\b(?:reduction|reductions|reduced|decrease|decreases|relief|relieved|improvement|improvements|"
    r"improved|resolution|remission|recovery|prevention|control|success|successful)\b",
    re.IGNORECASE,
)


NEGATIONS = frozenset({"no", "non", "without", "not"})


def _acronyms(text: str | None) -> set[str]:
    """The initials of a phrase's words, as abstracts abbreviate it: "cmf" for "cyclophosphamide,
    methotrexate and fluorouracil", "pdi" for "pain disability index". Three to six letters and
    not a common word, so an acronym never masks ordinary prose."""
    found = [w for w in words(text or "") if w not in STOPWORDS and not w[0].isdigit()]
    initials = "".join(w[0] for w in found)
    return {stem(initials)} if 3 <= len(initials) <= 6 and initials not in STOPWORDS else set()


def _negated_stems(text: str | None) -> set[str]:
    """The stems a phrase negates: "tourniquet" in "without tourniquet", "arb" in "non-ARB"."""
    found = words(text or "")
    return {
        stem(word)
        for before, word in pairwise(found)
        if before in NEGATIONS and word not in STOPWORDS and not word[0].isdigit()
    }


def _less_is_better(outcome: str, outcome_stems: set[str]) -> bool:
    return not HARMFUL_OUTCOMES.isdisjoint(outcome_stems) and not _MORE_IS_BETTER.search(outcome)


# Words that mean "the comparator" or "the intervention" even when the prompt names them otherwise.
GENERIC_COMPARATORS = frozenset({"placebo", "control", "sham", "usual", "standard", "conventional"})
GENERIC_INTERVENTIONS = frozenset({"experimental", "intervention", "active"})

P_VALUE = compiled(
    r"\bp\s*(?:-?values?\s*)?(?:for trend\s*)?([<>=≤≥]|&lt;|&gt;|less than|greater than|more than)"
    r"\s*=?\s*(0?[.,·]\s?\d+|1(?:\.0+)?)",
    re.IGNORECASE,
)
_RELATIONS = {
    "&lt;": "<",
    "&gt;": ">",
    "≤": "<",
    "≥": ">",
    "less than": "<",
    "greater than": ">",
    "more than": ">",
}
CI_MENTION = compiled(r"\b(?:95\s*%|ci\b|confidence interval)", re.IGNORECASE)
CI_WORDS = frozenset({"95", "ci", "confidence"})  # one of them precedes any CI_MENTION match
# Cue phrases, matched against lower-cased text, and only when one of their trigger words is
# present (a cheap test that spares the regular expression on most sentences).
PHRASE_CUES = {
    "no_signif": (
        frozenset(
            [
                "no",
                "not",
                "non",
                "nor",
                "without",
                "neither",
                "lack",
                "failed",
                "didn",
                "did",
                "was",
                "were",
                "insignificant",
                "nonsignificant",
            ]
        ),
        compiled(
            r"\b(?:insignificant|nonsignificant)\b|"
            r"\b(?:no|not|non|nor|without|neither|lack of|failed to|did not|didn't|was not|were not)\b"
            r"[\s-]*(?:\w+[\s-]+){0,3}(?:statistically[\s-]+)?(?:significant|significance|significantly|"
            r"differ|different|difference|differences|change|changed|effect|affect|alter|improve|reduce|"
            r"increase|decrease)"
        ),
    ),
    "similar": (
        frozenset(
            [
                "similar",
                "comparable",
                "equivalent",
                "equal",
                "same",
                "unchanged",
                "unaffected",
                "noninferior",
                "inferior",
                "n",
                "ns",
            ]
        ),
        compiled(
            r"\b(?:similar|comparable|equivalent|equal|same|unchanged|unaffected|"
            r"non-?inferior|not inferior|n\.?s\.?)\b"
        ),
    ),
}
# Cue words: each lower-cased word is tested whole against these.
WORD_CUES = {
    "signif": compiled(r"significan\w*"),
    "trend": compiled(r"(?:trend|tendency|tended|marginal|borderline)\w*"),
    "up": compiled(
        r"increas\w*|higher|greater|more|improv\w*|rais\w*|rose|elevat\w*|longer|"
        r"better|enhanc\w*|gain\w*|superior|prolong\w*|larger|exceed\w*"
    ),
    "down": compiled(
        r"decreas\w*|lower\w*|less|fewer|reduc\w*|declin\w*|fell|drop\w*|shorter|"
        r"worse|poorer|diminish\w*|inferior|smaller|attenuat\w*|suppress\w*|prevent\w*"
    ),
    "compare": compiled(r"than|versus|vs|compared|comparison"),
}
CUE_NAMES = tuple(PHRASE_CUES) + tuple(WORD_CUES)


@lru_cache(maxsize=1 << 16)
def word_cues(word: str) -> frozenset[str]:
    """The WORD_CUES a single lower-cased word (or stem) sets off."""
    return frozenset(name for name, pattern in WORD_CUES.items() if pattern.fullmatch(word))


def cues(text: str, text_words: tuple[str, ...] | None = None) -> list[str]:
    """The names of the cues present in ``text``, in CUE_NAMES order."""
    present = set(words(text) if text_words is None else text_words)
    found: set[str] = set()
    for word in present:
        found |= word_cues(word)
    lowered = None
    for name, (triggers, pattern) in PHRASE_CUES.items():
        if not triggers.isdisjoint(present):
            lowered = lowered or text.lower()
            if pattern.search(lowered):
                found.add(name)
    return [name for name in CUE_NAMES if name in found]


def p_values(sentence: str) -> list[tuple[str, float]]:
    """Every "P < 0.05"-style statement as (relation, value), the relation normalised."""
    return [(relation, value) for _, relation, value in _located_p_values(sentence)]


def _located_p_values(sentence: str) -> list[tuple[int, str, float]]:
    found = []
    for match in P_VALUE.finditer(sentence):
        relation = _RELATIONS.get(match.group(1).lower(), match.group(1))
        try:
            value = float(match.group(2).replace(",", ".").replace("·", ".").replace(" ", ""))
        except ValueError:
            continue
        found.append((match.start(), relation, value))
    return found


def is_significant(relation: str, value: float) -> bool:
    """P < 0.05, P <= 0.05 (as "P < .05" is written) or P = 0.04: the authors' own threshold."""
    return (relation == "<" and value <= 0.05) or (relation == "=" and value < 0.05)


def _add_nearest_p_feature(sentence: str, question: Question, features: dict[str, float]) -> None:
    """Whether the first p-value after the outcome's mention is significant.

    In "pain (P = 0.01) and fatigue (P = 0.40)" the p-value for fatigue is the one after it.
    """
    located = _located_p_values(sentence)
    if not located:
        return
    mentions = [m.end() for m in WORD.finditer(sentence.lower()) if stem(m.group()) in question.outcome]
    if not mentions:
        return
    after = [p for p in located if p[0] >= mentions[0]]
    if after:
        _, relation, value = after[0]
        features["pn:sig" if is_significant(relation, value) else "pn:ns"] = 1.0
    else:
        features["pn:before"] = 1.0


_PLACEHOLDERS = frozenset({"OUT", "INT", "CMP", "NUM"})


def masked_tokens(sentence: str | tuple[str, ...], question: Question) -> list[str]:
    """The sentence's words with the question's own words replaced by OUT/INT/CMP placeholders.

    Numbers become NUM; runs of one placeholder collapse to one, so "massage therapy group"
    reads "INT group" whatever the therapy is called. Takes the text or its ``words``.
    """
    tokens: list[str] = []
    memo = question.tokens
    negated = question.negated
    previous = ""
    for word in words(sentence) if isinstance(sentence, str) else sentence:
        token = memo.get(word)
        if token is None:
            token = memo[word] = "NUM" if word[0].isdigit() else (question.role(stem(word)) or stem(word))
        if tokens:
            if word in _GROUP_NOUNS and tokens[-1] in _GENERIC_GROUP_HEADS:
                tokens.pop()  # "the treatment group", "the study arm": the intervention's arm
                if not tokens or tokens[-1] != "INT":
                    tokens.append("INT")
            elif negated and previous in NEGATIONS and token == "INT" and stem(word) in negated:
                tokens[-1] = token = "CMP"  # "the non-tourniquet group"
        previous = word
        if tokens and token == tokens[-1] and token in _PLACEHOLDERS:
            continue
        tokens.append(token)
    return tokens


_GROUP_NOUNS = frozenset({"group", "groups", "arm", "arms"})
# Words that name the intervention's arm when "group" or "arm" follows, whatever it is called.
# "the trial group", "the observation group": the arm studied, as trials often name it.
_GENERIC_GROUP_HEADS = frozenset(
    stem(w)
    for w in ("treatment", "study", "case", "experiment", "active", "trial", "observation", "research")
)


def label_features(sentence: str, question: Question) -> dict[str, float]:
    """What the classifier sees of one sentence: masked n-grams, cues, p-values, directions."""
    tokens = masked_tokens(sentence, question)
    features: dict[str, float] = {"bias": 1.0}
    for i, token in enumerate(tokens):
        features["w:" + token] = 1.0
        if i + 1 < len(tokens):
            features["b:" + token + "_" + tokens[i + 1]] = 1.0
    _add_window_features(tokens, features)
    for name in cues(sentence):
        features["cue:" + name] = 1.0
    _add_p_value_features(sentence, features)
    directed = _without_amounts(tokens)
    _add_order_features(directed, question.harmful, features)
    _add_direction_features(directed, question.harmful, features)
    clause = outcome_clause(sentence, question)
    _add_clause_features(clause, question, features)
    _add_nearest_p_feature(sentence, question, features)
    _add_outcome_polarity_features(clause, question, features)
    _add_interval_features(clause, features)
    _add_number_features(clause, question, features)
    _add_favour_features(masked_tokens(clause, question), question.harmful, features)
    if _WITHIN_GROUPS.search(sentence):
        features["within_groups"] = 1.0
    return features


# "Improved in both groups", "within-group", "from baseline": a change over time, not a difference.
_WITHIN_GROUPS = compiled(
    r"\b(?:both|all|each|either)\s+(?:\w+\s+){0,2}(?:groups?|arms?|treatments?|sides?|regimens?)\b|"
    r"\bwithin[\s-]+(?:the\s+)?groups?\b|\bfrom\s+baseline\b",
    re.IGNORECASE,
)
_INTERVAL = compiled(
    r"\b(?:95\s*%\s*(?:CI|C\.I\.|confidence interval)?|CI)\s*[:=,]?\s*[(\[]?\s*"
    r"([-−]?\d+(?:[.·]\d+)?)\s*%?\s*(?:to|,|–|—|-|;)\s*([-−]?\d+(?:[.·]\d+)?)",
    re.IGNORECASE,
)
_RATIO = compiled(r"\b(?:OR|RR|HR|IRR|odds|hazard|risk ratio|rate ratio|relative risk)\b", re.IGNORECASE)


def _add_interval_features(clause: str, features: dict[str, float]) -> None:
    """Whether the first confidence interval excludes the null: 0 for a difference, 1 for a ratio.

    "-0.25 to -0.06" is a significant difference and "0.36-3.14" a ratio that is not, with no
    p-value in sight.
    """
    match = _INTERVAL.search(clause)
    if not match:
        return
    low, high = (float(g.replace("·", ".").replace("−", "-")) for g in match.groups())
    kind = "ratio" if _RATIO.search(clause[: match.start()]) else "diff"
    null = 1.0 if kind == "ratio" else 0.0
    excludes = (low > null and high > null) or (low < null and high < null)
    features[f"ci:{kind}_{'excl' if excludes else 'incl'}"] = 1.0


def _add_outcome_polarity_features(clause: str, question: Question, features: dict[str, float]) -> None:
    """The clause's directions crossed with whether less of the outcome is better.

    (Crossing them with the outcome's own words as well was tried: it learns the training
    topics, scoring higher on them and lower on unseen abstracts.)
    """
    kinds = set()
    for word in words(clause):
        direction = _direction_of(word, question.harmful)
        if direction:
            kinds.add(direction)
        if _BETTER.fullmatch(word) or _WORSE.fullmatch(word):
            kinds.add("valence")
    harm = "harm" if question.harmful else "other"
    for kind in kinds:
        features["val:" + harm + ":" + kind] = 1.0


_CLAUSE_BREAK = compiled(r";|\b(?:but|whereas|while|except|however|although|though)\b", re.IGNORECASE)


def outcome_clause(sentence: str, question: Question) -> str:
    """The clause that names the outcome best (the whole sentence when no clause does).

    "Pain did not differ, but fatigue fell (P = 0.01)" holds two answers; the clause with the
    outcome's words carries the one asked for.
    """
    clauses = _CLAUSE_BREAK.split(sentence)
    if len(clauses) < 2:
        return sentence
    overlaps = [len(question.outcome.intersection(stem(w) for w in words(c))) for c in clauses]
    best = max(range(len(clauses)), key=lambda i: (overlaps[i], -i))
    return clauses[best] if overlaps[best] else sentence


def _add_clause_features(clause: str, question: Question, features: dict[str, float]) -> None:
    """Cues, p-values and directions again, read from the outcome's own clause only."""
    tokens = masked_tokens(clause, question)
    local: dict[str, float] = {}
    for name in cues(clause):
        local["cue:" + name] = 1.0
    _add_p_value_features(clause, local)
    _add_direction_features(_without_amounts(tokens), question.harmful, local)
    for token in tokens:
        local["w:" + token] = 1.0
    for name, value in local.items():
        features["cl:" + name] = value


def _add_window_features(tokens: list[str], features: dict[str, float]) -> None:
    """Words near the outcome's mention: in "A rose but B fell" they tell the outcomes apart."""
    mentions = [i for i, token in enumerate(tokens) if token == "OUT"]
    for i in mentions:
        for j in range(max(0, i - 5), min(len(tokens), i + 6)):
            if j != i:
                features["near:" + tokens[j]] = 1.0


def _add_p_value_features(sentence: str, features: dict[str, float]) -> None:
    found = p_values(sentence)
    if not found:
        features["p:none"] = 1.0
        return
    significant = [v for r, v in found if is_significant(r, v)]
    not_significant = [v for r, v in found if (r == ">" and v >= 0.05) or (r == "=" and v >= 0.05)]
    if significant:
        features["p:sig"] = 1.0
    if not_significant:
        features["p:ns"] = 1.0
    if significant and not_significant:
        features["p:mixed"] = 1.0
    features["p:first_sig" if is_significant(*found[0]) else "p:first_ns"] = 1.0


# "more than 20%", "less than 3 days", "fewer than 5": a bound on a number, not a direction.
_AMOUNT_BOUNDS = frozenset({"more", "less", "greater", "fewer", "over", "under"})
_BOUND = "AMOUNT"


def _without_amounts(tokens: list[str]) -> list[str]:
    """The tokens with each "more than NUM" made one neutral token, read by the direction features.

    In "consumption was more than 20% less than in the CMP group" only "less" tells the
    direction; "more than" bounds the number.
    """
    if "NUM" not in tokens:
        return tokens
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] in _AMOUNT_BOUNDS and tokens[i + 1 : i + 3] == ["than", "NUM"]:
            kept.append(_BOUND)
            i += 3
            continue
        kept.append(tokens[i])
        i += 1
    return kept


def _add_order_features(tokens: list[str], harmful: bool, features: dict[str, float]) -> None:
    """Which of INT and CMP comes first, crossed with the direction words present.

    "INT lowered X compared with CMP" and "CMP lowered X compared with INT" share every word;
    only the order tells the direction.
    """
    first = next((t for t in tokens if t in ("INT", "CMP")), "none")
    directions = [_direction_of(t, harmful) for t in tokens]
    ups, downs = directions.count("up"), directions.count("down")
    direction = "up" if ups > downs else "down" if downs > ups else "flat"
    features[f"order:{first}_{direction}"] = 1.0


_THAN = frozenset({"than", "versu", "vs", "compar", "comparison", "relative", "over", "against"})


_BETTER = compiled(r"improv\w*|better|benefi\w*|superior|effective|efficacious")
_WORSE = compiled(r"worse|worsen\w*|deteriorat\w*|inferior|poorer")


@lru_cache(maxsize=1 << 16)
def _direction_of(token: str, harmful: bool = False) -> str | None:
    """ "up", "down" or None; for a harmful outcome, getting better means going down."""
    if harmful:
        if _BETTER.fullmatch(token):
            return "down"
        if _WORSE.fullmatch(token):
            return "up"
    found = word_cues(token)
    return "up" if "up" in found else "down" if "down" in found else None


def _add_direction_features(tokens: list[str], harmful: bool, features: dict[str, float]) -> None:
    """Each direction word tied to the nearest group named before and after it.

    "lower in the CMP group" and "lower than in the CMP group" point opposite ways; the
    word "than" between the direction and the group is what tells them apart.
    """
    mentions = [i for i, token in enumerate(tokens) if token == "OUT"]
    nearest: tuple[int, list[str]] | None = None
    for i, token in enumerate(tokens):
        direction = _direction_of(token, harmful)
        if direction is None:
            continue
        links = [f"{direction}"]
        for j in range(i + 1, min(len(tokens), i + 9)):
            if tokens[j] in ("INT", "CMP"):
                link = "than" if _THAN.intersection(tokens[i + 1 : j]) else "in"
                links.append(f"{direction}>{link}>{tokens[j]}")
                break
        for j in range(i - 1, max(-1, i - 9), -1):
            if tokens[j] in ("INT", "CMP"):
                links.append(f"{tokens[j]}<{direction}")
                break
        for link in links[1:]:
            features["dir:" + link] = 1.0
        distance = min((abs(i - m) for m in mentions), default=len(tokens))
        if nearest is None or distance < nearest[0]:
            nearest = (distance, links)
    if nearest is not None and mentions:
        # The direction word closest to the outcome speaks for it, not for other outcomes.
        for link in nearest[1]:
            features["outdir:" + link] = 1.0
    _add_relative_direction(tokens, mentions, harmful, features)


def _add_relative_direction(
    tokens: list[str], mentions: list[int], harmful: bool, features: dict[str, float]
) -> None:
    """The direction nearest the outcome, turned round when it is the comparator's.

    "lower in the CMP group", "CMP had lower X" and "higher than in the INT group" all say the
    intervention's X went up. The links above see each wording apart, each with a few examples;
    this one feature pools them, read by the rules a reader uses.
    """
    if not mentions:
        return
    best: tuple[int, str, str] | None = None
    for i in range(len(tokens)):
        direction = _composed_direction(tokens, i, harmful)
        if direction is None:
            continue
        distance = min(abs(i - m) for m in mentions)
        if best is None or distance < best[0]:
            arm, how = _arm_of(tokens, i)
            if arm == "CMP":
                direction = "up" if direction == "down" else "down"
            best = (distance, direction, how)
    if best is not None:
        features["rel:" + best[1]] = 1.0
        features["rel:" + best[1] + ":" + best[2]] = 1.0


# Words that say how large a change was: "greater reduction", "decreased less", "smaller rise".
_MORE = frozenset({"greater", "larger", "more", "bigger"})
_LESS = frozenset({"smaller", "less", "fewer", "lesser"})
_CHANGE = compiled(
    r"increas\w*|decreas\w*|reduc\w*|improv\w*|declin\w*|rais\w*|rise|rose|gain\w*|drop\w*|fell|fall"
)


def _composed_direction(tokens: list[str], i: int, harmful: bool) -> str | None:
    """The direction of the word at ``i``, a change word read with the size beside it.

    "a greater reduction" is down and "a smaller increase" or "decreased less" too, relatively;
    the size word itself yields to the change word next to it.
    """
    token = tokens[i]
    direction = _direction_of(token, harmful)
    if direction is None:
        return None
    near = tokens[max(0, i - 3) : i] + tokens[i + 1 : i + 4]
    if _CHANGE.fullmatch(token):
        if _LESS.intersection(near):
            return "up" if direction == "down" else "down"
        return direction
    if (token in _MORE or token in _LESS) and any(_CHANGE.fullmatch(t) for t in near):
        return None  # the change word beside it speaks, read with this size
    return direction


def _arm_of(tokens: list[str], i: int) -> tuple[str | None, str]:
    """Whose change the direction word at ``i`` reports, and how the sentence says so.

    "lower in the CMP group": the arm after it ("in"); "CMP had lower": the subject before it
    ("subj"), unless that arm is the reference ("compared with CMP, X was lower"); "lower than
    CMP": the reference after it ("than"), the other arm's. None when no arm is named.
    """
    after: tuple[str, str] | None = None
    for j in range(i + 1, min(len(tokens), i + 9)):
        if tokens[j] in ("INT", "CMP"):
            reference = bool(_THAN.intersection(tokens[i + 1 : j]))
            after = (tokens[j], "than" if reference else "in")
            break
    if after and after[1] == "in":
        return after[0], "in"
    for j in range(i - 1, max(-1, i - 9), -1):
        if tokens[j] in ("INT", "CMP"):
            if _is_reference(tokens, j):
                return _OTHER_ARM[tokens[j]], "ref"
            return tokens[j], "subj"
    if after:
        return _OTHER_ARM[after[0]], "than"
    return None, "none"


_OTHER_ARM = {"INT": "CMP", "CMP": "INT"}


def _is_reference(tokens: list[str], j: int) -> bool:
    """Whether the arm at ``j`` is what the other is compared with: "compared with the CMP"."""
    for k in range(j - 1, max(-1, j - 4), -1):
        if tokens[k] in ("INT", "CMP"):
            return False
        if tokens[k] in _THAN:
            return True
    return False


# "in favour of", "favoring", "favored": the arm named next is the one that did better.
_FAVOUR = frozenset({"favour", "favor", "favorable", "favourable"})


def _add_favour_features(tokens: list[str], harmful: bool, features: dict[str, float]) -> None:
    """The direction "in favour of INT" gives the outcome: up, or down where less is better.

    "A difference of 6.8 points in favour of INT" says which arm did better and no direction word
    says how; the arm favoured and whether less of the outcome is better tell it.
    """
    for i, token in enumerate(tokens):
        if token not in _FAVOUR:
            continue
        arm = next((t for t in tokens[i + 1 : i + 5] if t in ("INT", "CMP")), None)
        if arm is not None:
            better = "down" if harmful else "up"
            features["favour:" + (better if arm == "INT" else _REVERSED[better])] = 1.0
            return


_REVERSED = {"up": "down", "down": "up"}


def _add_number_features(sentence: str, question: Question, features: dict[str, float]) -> None:
    """Which group the sentence's own numbers put higher: direction without a direction word."""
    values = numbers_by_group(sentence, question.word_role)
    if values and values["INT"] != values["CMP"]:
        features["num:int_higher" if values["INT"] > values["CMP"] else "num:int_lower"] = 1.0
