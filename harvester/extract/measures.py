"""Outcomes outside the vocabulary: the measure as the abstract names it, and its good side.

A researcher's own topic (blood pressure, HbA1c, length of stay) is rarely in the outcome
vocabulary, yet its results are worded like any other: "Time to first flatus was significantly
shorter in the acupuncture group", "no significant difference in complications between the
groups", "the intervention reduced cortisol". ``open_measures`` finds the measure in such a
clause from where results put it (the subject of "was higher", the object of "reduced", the
noun after "difference in"), and ``polarity_of`` says which way is better from the word list in
``data/measures.toml``, or None where the list does not know (the finding then says how the
measure changed, not whether that helped).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

NO_GOOD_SIDE = "no_good_side"
_EVENTS = "events"  # weak: how often something happens, less is better unless the thing is named
_LEVELS = "levels"  # weak: a substance in a body fluid, no good side unless the substance is named
# The weak lists, in the order they decide when nothing else is named, and what they then say.
_WEAK = {_EVENTS: "lower_is_better", _LEVELS: NO_GOOD_SIDE}
MEASURES_FILE = "measures.toml"

# What a result does to a measure, as a verb or a comparative.
_VERB = (
    r"(?:significantly |statistically |markedly |further |also |slightly |greatly |"
    r"substantially |considerably |not |were |was |is |are |had |has |have |did |remained |all |both )*"
    r"(?:higher|lower|greater|smaller|less|more|increased|decreased|reduced|improved|declined|rose|"
    r"fell|dropped|shorter|longer|better|worse|similar|comparable|unchanged|different|differed|"
    r"changed|elevated|diminished|enhanced|ameliorated|relieved|alleviated|prolonged|shortened|"
    r"normali[sz]ed|significant|statistically|differ|change|"
    r"improve|increase|decrease|reach|vary|varied|easier|harder|faster|slower|fewer|earlier|later|"
    r"larger|stronger|weaker|reverted|returned|trended|tended|showed|demonstrated|exhibited)\b"
)
# What follows an intransitive change verb ("decreased more in ...", "rose by 5%"): no object.
_NOT_AN_OBJECT = re.compile(
    r"(?:more|less|most|least|further|significantly|markedly|slightly|greatly|substantially|"
    r"considerably|over|by|from|to|in|at|after|before|during|with|than|compared|among|between|"
    r"within|for|only|both|and|or|but|not|as|until|throughout|across|following)\b"
)
# The first result verb after a clause's opening words: what comes before it is its subject.
_SUBJECT_END = re.compile(rf"\s+(?:\([^()]{{0,60}}\)\s+)?{_VERB}")
_NOMINAL = re.compile(
    r"\b(?:(?:differences?|reductions?|increases?|decreases?|improvements?|changes?|rises?|declines?|"
    r"elevations?|deteriorations?|worsening|gains?|falls?|drops?|shortening|prolongation)"
    r"(?:\s+(?:was|were) (?:found|seen|observed|noted|detected|shown))?(?:\s+between\s+[^,;:()]{1,50}?)?"
    r"\s+(?:was |were |were found |was found |was seen |was observed |"
    r"were observed )?(?:in|of|for|regarding|concerning|with (?:respect|regard) to|in terms of)|"
    r"(?:effects?|benefits?|impact)(?:\s+of\s+[^,;:()]{1,60}?)?\s+(?:on|in))\s+(?:the\s+)?"
    r"(?P<m>[^;:]{3,120})",
)
_OBJECT = re.compile(
    r"\b(?:reduced|decreased|increased|improved|lowered|raised|ameliorated|relieved|alleviated|"
    r"enhanced|shortened|prolonged|attenuated|prevented|diminished|eased|lessened|worsened|"
    r"better|worse|higher|lower|greater|less|more|reduce|improve|decrease|increase|"
    r"reducing|improving|decreasing|increasing|lowering|relieving)\s+(?P<m>[^,;:]{3,120})",
)
# Where a measure's name ends: a group, a time, a comparison, a statistic, the next clause.
_END = re.compile(
    r"\s+(?:between|among|compared|comparing|versus|vs\.?|than|from|after|at|in|with|was|were|is|"
    r"are|by|for|during|when|relative|over|within|but|which|that|while|whereas|had|has|did|"
    r"remained|showed|on|following|across|as|p|significantly|statistically|using|reported|"
    r"experienced|demonstrated|exhibited|receiving|received|consuming|treated|who|"
    r"before|each|both|respectively|throughout|since|because|among)\b|\s*[(\[=<>]|"
    r"\s+\d+(?:[.·]\d+)?(?=\s|%|$)|,\s+(?!and\b|or\b)(?=\w+\s+(?:was|were|is|are)\b)",
)
_LEAD = re.compile(
    r"(?:(?:the|a|an|its|their|mean|median|average|overall|total|both|all|any|also|only|"
    r"significantly|statistically|significant|further|greater|higher|lower|more|less|"
    r"(?:serum |plasma |blood )?levels? of|rates? of|scores? (?:of|for|on)|values? of|"
    r"number of|amount of|changes? in|change of|improvements? in|reductions? in|increases? in|"
    r"scores? in|measures? of)\s+)+",
)
_NOT_A_MEASURE = re.compile(
    r"^(?:there|this|these|those|that|it|they|we|which|who|no|none|neither|nor|results?|"
    r"differences?|findings?|data|analysis|analyses|study|trial|treatment|intervention|experiment|"
    r"therapy|program|programme|training|exercise|"
    r"patients?|participants?|subjects?|women|men|children|infants|groups?|arms?|both|all|"
    r"outcomes?|measures?|parameters?|variables?|effects?|values?|scores?|levels?|changes?|"
    r"significant|statistically|p|compared|respectively|other|others|each|control|placebo|"
    r"sham|baseline|time|times|rates?|reductions?|increases?|improvements?|decreases?)\b",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"\b(?:groups?|arms?|cohorts?|patients|participants|subjects|women|men|children|infants|"
    r"volunteers|placebo|controls?|sham|recipients|users)$",
    re.IGNORECASE,
)
_LEADING_CONTEXT = re.compile(
    r"^(?:(?:at|after|by|in|during|following|compared (?:with|to)|versus|vs\.?|among|for|with|"
    r"from|on|within|over|when|although|though|however|moreover|furthermore|additionally|"
    r"similarly|overall|finally|also|and|but|while|whereas)\b[^,]{0,80},\s*)+",
)


_FUNCTION_WORD = re.compile(
    r"^(?:there|this|these|those|it|its|they|we|which|no|none|neither|nor|with|without|in|at|of|for|"
    r"to|by|on|from|after|before|during|and|or|but|as|than|was|were|is|are|be|been|being|not|"
    r"did|does|do|had|has|have|may|might|could|would|also|only|then|thus|frequent|common|often|likely|"
    r"significant|significantly|statistically|a|an|the|that|both|all|each|between|versus|vs)$",
    re.IGNORECASE,
)
_PEOPLE = re.compile(
    r"^(?:patients?|participants?|subjects?|women|men|children|infants|groups?|arms?|both|all|"
    r"those|control|placebo|sham|treatment|intervention)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OpenMeasure:
    """A measure named in a clause: the words, where they are, and which way is better."""

    measure: str
    start: int
    end: int
    polarity: str | None  # "lower_is_better", "higher_is_better", NO_GOOD_SIDE or None


def open_measures(clause: str) -> list[OpenMeasure]:
    """The measures a results clause reports on, left to right; none when it names none."""
    found: dict[int, OpenMeasure] = {}
    low = clause.lower()
    if len(low) != len(clause):
        low = clause  # lowering moved offsets: match as written (capitalised words then missed)
    body = _LEADING_CONTEXT.sub("", low)
    offset = len(low) - len(body)
    verb = _SUBJECT_END.search(body, 3, 123 + 80)
    if (
        verb
        and ";" not in body[: verb.start()]
        and ":" not in body[: verb.start()]
        and verb.start() <= 120
        and not _has_object(clause, low, offset + verb.start())
    ):
        _add(found, clause, low, offset, offset + verb.start())
    for pattern in (_NOMINAL, _OBJECT):
        for match in pattern.finditer(low):
            _add(found, clause, low, match.start("m"), match.end("m"))
    return [found[start] for start in sorted(found)]


def _has_object(clause: str, low: str, verb_at: int) -> bool:
    """Whether the change verb after a clause's subject has a measure as its object: in "the new
    shoe decreased plantar pressures" the subject is what acted, and the measure is the object."""
    match = _OBJECT.match(low, verb_at + len(low[verb_at:]) - len(low[verb_at:].lstrip()))
    if match is None or _NOT_AN_OBJECT.match(low, match.start("m")):
        return False
    objects: dict[int, OpenMeasure] = {}
    _add(objects, clause, low, match.start("m"), match.end("m"))
    return bool(objects)


def _add(found: dict[int, OpenMeasure], clause: str, low: str, start: int, end: int) -> None:
    """Add the measure at ``clause[start:end]`` once trimmed; ``low`` is the clause lowered,
    which the patterns read (same offsets)."""
    cut = _END.search(low, start, end)
    if cut:
        end = cut.start()
    lead = _LEAD.match(low, start, end)
    if lead:
        start = lead.end()
    text = clause[start:end].strip(" .'\"-")
    if not _plausible(text):
        return
    start = clause.find(text, start)
    if all(not (m.start <= start < m.end or start <= m.start < start + len(text)) for m in found.values()):
        found[start] = OpenMeasure(text, start, start + len(text), polarity_of(text))


def _plausible(text: str) -> bool:
    """A measure's name: a few words, not a group, a pronoun or a bare result word."""
    words = text.split()
    if not words or len(words) > 12 or len(text) < 3:
        return False
    if _NOT_A_MEASURE.match(text) and (len(words) == 1 or _PEOPLE.match(text)):
        return False
    if _FUNCTION_WORD.match(words[0]) or _FUNCTION_WORD.match(words[-1]):
        return False
    if _GROUP.search(text) or not re.search(r"[A-Za-z]{3}", text):
        return False
    return not re.search(r"\b(?:group|arm)\b", text, re.IGNORECASE)


_TIME_TO = re.compile(
    r"\b(?:time|days|interval) (?:to|until) (?:the )?(?:first )?(?P<event>.+)", re.IGNORECASE
)


@dataclass(frozen=True)
class _Lexicon:
    by_phrase: dict[str, str]  # lower-cased phrase -> polarity
    pattern: re.Pattern[str]  # every phrase, longest first, for lower-cased text


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = (resources.files("harvester.extract") / "data" / MEASURES_FILE).read_bytes()
    lists = tomllib.loads(raw.decode("utf-8"))["polarity"]
    by_phrase = {
        phrase.lower(): polarity
        for polarity in ("lower_is_better", "higher_is_better", NO_GOOD_SIDE, *_WEAK)
        for phrase in lists[polarity]
    }
    phrases = sorted(by_phrase, key=lambda phrase: (-len(phrase), phrase))
    alternation = "|".join(re.escape(phrase) for phrase in phrases)
    return _Lexicon(by_phrase, re.compile(rf"(?<![\w-])(?:{alternation})"))


@lru_cache(maxsize=4096)
def polarity_of(measure: str) -> str | None:
    """Which way is better for a measure outside the vocabulary; None where the list is silent
    or its words disagree at the same length."""
    lexicon = _lexicon()
    by_phrase = lexicon.by_phrase
    hits = [m.group() for m in lexicon.pattern.finditer(measure.lower())]
    if not hits:
        return None
    waited = _TIME_TO.search(measure)
    if waited and not any(h.startswith("time to") for h in hits):
        # "time to relapse": the longer the wait for a bad event, the better
        event = polarity_of(waited.group("event"))
        return "higher_is_better" if event == "lower_is_better" else None
    named = [h for h in hits if by_phrase[h] not in _WEAK]
    if not named:  # "incidence of X", "serum X" where X is not in the lists: an event, a level
        return next(said for weak, said in _WEAK.items() if any(by_phrase[h] == weak for h in hits))
    hits = named
    longest = max(len(h) for h in hits)
    polarities = {by_phrase[h] for h in hits}
    if len(polarities) == 1:
        return polarities.pop()
    top = {by_phrase[h] for h in hits if len(h) == longest}
    return top.pop() if len(top) == 1 else None
