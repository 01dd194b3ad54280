"""Arms named only by a label ("Group T", "group 2", "Group P+D", "G1", or a letter in brackets
after the treatment, "placebo (P) or fictolan (F)"): which one is the comparator.

"Sodium was higher in Group T than in Group H" says nothing until the methods say which arm had
the treatment under test. ``labelled_arms`` reads that from the methods: a label defined with a
comparator's words ("Group C received saline only", "conventional method (group A)", "group A
(usual care)", but not "group A (n = 30)"), or with nothing active ("normal saline", "no drug"),
is the comparator; otherwise the title's "X versus Y" (or "X or Y") tells the tested treatment X
from its comparator Y, and a label defined with X's words is X's. A record without a title (as
Evidence Inference's) has its aim read as one ("to compare the efficacy of X with Y"), or, where
the aim names one treatment only, the label given most of its words is the arm tested. With two
labels, knowing one gives the other; with one comparator among labels all defined, the others are
the arms tested; two left open but set one against the other ("X (group I) versus Y (group II)")
name the tested first. A label the methods leave open stays unknown, and a result about it stays
unclear.
``labelled_subject`` then says whose result a statement gives: the arm it names first, unless that
arm is what the other is compared with ("than in Group H").
"""

from __future__ import annotations

import re
from functools import lru_cache

from harvester.extract.patterns import (
    COMPARED,
    SHORT_NAME,
    TREATMENT_LENGTH,
    AnyOf,
    Caseless,
    Screened,
    compiled,
)
from harvester.extract.reader.group_numbers import numbers_by_group, respective_values
from harvester.extract.vocabulary import Vocabulary

INT, CMP = "INT", "CMP"

# A group's short label standing alone: "G1", "G2".
SHORT_LABEL = r"G[1-4]"
# "Group T", "group 2", "Groups I", "Group P2.5", "Group P+D", "arm B": a label in capitals or
# digits; or "G1". Not the limb's "arm 3 days after", "arm 40%".
_NOT_A_LABEL = r"(?! \d+(?:[.,]\d+)?\s*(?:%|(?:days?|weeks?|months?|hours?|h|min|years?|cm|mm|kg)\b))"
LABELLED = rf"(?:[Gg]roups?|[Aa]rms?{_NOT_A_LABEL})"
# A label's further letters joined to its first, for an arm given both treatments: "M + R" of
# "group M + R" (metformin plus rosiglitazone), "T&P", "A&B".
_LABEL_JOINED = r"(?:\s?[+&]\s?[A-Z][A-Z0-9]*)*"
# A label's letter is no article: "A group of adults", "I" of "I arm"; but "the A group" is one.
NO_ARTICLE = r"(?:(?<=\b[Tt]he )|(?![AI] ))"
# A label before "group": "the C group", "the FM group", "the M + R group", "the A arm".
_LABEL_BEFORE = rf"{NO_ARTICLE}(?P<before>[A-Z](?:[A-Za-z]{{0,3}}[A-Z])?{_LABEL_JOINED})[\s-](?:group|arm)s?"
_LABEL = compiled(
    rf"\b(?:{LABELLED} (?P<label>\d+|[A-Z][A-Z0-9+]*(?:\.\d+)?[A-Z0-9+]*{_LABEL_JOINED}|I{{1,3}}|IV)|"
    rf"(?P<short>{SHORT_LABEL})|{_LABEL_BEFORE})(?![\w+&-])"
)
# A labelled arm is the comparator where it is defined with a comparator's name ("placebo", "usual
# care": the vocabulary's ``control_arm`` comparators), with a word of any trial for an arm given
# no treatment or the usual one, which is not a comparator to list (an "untreated" patient is often
# one not yet treated), or with less than the other ("saline only", "drug X alone").
UNTREATED_WORDS = ("untreated", "vehicle", "conventional")
_UNTREATED_OR_LESS = Caseless(rf"\b(?:{'|'.join(UNTREATED_WORDS)}|only|alone)\b")
# "randomized to GIK infusion or no infusion": an arm named by the treatment it went without
_NONE_OF_IT = Caseless(r"^\s*(?:(?:the|a)\s+)?no[- ](?!(?:significant|difference|effect|change)\w*\b)[a-z]")
# A treatment given on top of another: "massage plus usual care", "massage in addition to usual
# care".
_ADDED_TO = compiled(r"\b(?:plus|in addition to|added to|combined with|along with|together with)\b|\+")
# What joins a title's two arms: "versus", "or", "is as effective as", "is superior to".
# Not "rehabilitation with or without massage": one treatment, given to one arm with another's
# addition, whose arm the addition tests.
_ARMS_JOINED = (
    r"\s+(?:versus|vs\.?|compared (?:with|to)|or(?!\s+without\b)|(?:is|are|was|were) "
    r"(?:(?:as|more|less) (?:effective|efficacious|safe) (?:as|than)|"
    r"(?:superior|non-?inferior|equivalent|comparable) to))\s+"
)
# The longest first arm a title's two arms are read with.
_FIRST_ARM_LONGEST = 80
# The title's two arms: "Oral tolvaptan versus hypertonic saline", "irsogladine or omeprazole",
# "A soft splint is as effective as a rigid splint", "foot massage is superior to rest".
_TITLE_ARMS = compiled(
    rf"(?P<x>[^:;,.]{{3,{_FIRST_ARM_LONGEST}}}?){_ARMS_JOINED}(?P<y>[^:;,.]{{3,80}})", re.IGNORECASE
)
_ARMS_JOINED_AT = compiled(_ARMS_JOINED, re.IGNORECASE)


def _title_arms_in(text: str, start: int = 0) -> re.Match[str] | None:
    """``_TITLE_ARMS.search(text, start)``, sought only from the first arm's longest length
    before the first words that join two arms: ``re`` tries the first arm, up to 80 characters
    at its own pace, from every position of the text, though most texts (aims, mostly) join no
    arms at all, and none closer than that to where a match may start. The same match, tens of
    times faster on aim sentences."""
    joined = _ARMS_JOINED_AT.search(text, start + 3)  # the first arm holds three characters at least
    if joined is None:
        return None
    return _TITLE_ARMS.search(text, max(start, joined.start() - _FIRST_ARM_LONGEST))


# A label's assignment told after it: "G1 (n = 20) was allocated to massage".
_ASSIGNED = r"(?:(?:was|were) )?(?:allocated|assigned|randomi[sz]ed) to\b"
# What a label is defined with: after it ("Group T received tolvaptan", "in group A, the women
# were given massage", "group 1 was the control group", "group B served as control"), up to the
# next label.
_GIVEN = (
    r"(?:received|receiving|was given|were given|got|was treated|were treated|treated|underwent|"
    rf"(?:was|were) (?:the|an?)|served as|acted as)\b|{_ASSIGNED}"
)
# "group I included 30 patients who received massage", "group II consisted of 30 patients given
# usual care": the arm's people, then what they were given.
_MADE_UP_OF = (
    r"(?:included|includes|comprised|comprises|consisted of|consists of|contained|"
    rf"(?:was|were) (?:composed|made up) of)\s+[^.;:()]{{0,60}}?\b(?:{_GIVEN}|given\b)"
)
# The arm's people named between its label and what they were given: "group I patients received".
_ITS_PEOPLE = r"(?:(?:patients|participants|subjects|children|infants|women|men|adults)\s+)?"
_AFTER = compiled(
    rf"^\s*(?:\([^()]{{0,30}}\)\s*)?(?:,?\s*(?:{_ITS_PEOPLE}{_GIVEN}|with\b|[:=–-])|,\s*(?:[a-z]+\s+){{1,3}}?(?:{_GIVEN})|"
    rf"\s*{_MADE_UP_OF})"
)
# A bracket just after a label: "group B (massage)", "G1 (usual care; n = 20)", "group A (n = 30)".
_BRACKET = compiled(r"^\s*\((?P<inside>[^()]{1,60})\)")
# A label in brackets whose assignment follows: "twenty adults (G1) were allocated to massage".
_ASSIGNED_AFTER = compiled(rf"^\s*\)\s*,?\s*(?:{_ASSIGNED}|to\b)")
# What a label is defined with, in front of it: "drug X only was prescribed to group 2".
_GIVEN_TO = compiled(
    r"\b(?:was|were) (?:prescribed|given|administered|assigned|allocated|randomi[sz]ed) to\s*$", re.IGNORECASE
)
_WORD = compiled(r"[a-z][a-z0-9-]{2,}")
_STOP = frozenset(
    [
        "the",
        "and",
        "with",
        "for",
        "was",
        "were",
        "group",
        "groups",
        "dose",
        "doses",
        "daily",
        "day",
        "days",
        "received",
        "receiving",
        "treated",
        "patients",
        "subjects",
        "given",
        "versus",
        "compared",
        "method",
        "effect",
        "effects",
        "efficacy",
        "study",
        "trial",
        "comparison",
        "comparing",
        "randomized",
        "randomised",
        "allocated",
        "assigned",
    ]
)
# "than in Group H", "compared with Group P2.5": the arm named is the one compared against.
_REFERENCE = compiled(
    rf"\b(?:than|{COMPARED}|versus|vs\.?|relative to|over)\s+(?:(?:in|with|for|to|the|that|those|"
    r"of)\s+)*$",
    re.IGNORECASE,
)


def labelled_arms(
    methods: list[str],
    title: str,
    vocabulary: Vocabulary,
    interventions: tuple[str, ...] = (),
    aimed: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Label (as written) -> INT or CMP, for the labels the methods define; see the module.
    ``aimed`` are the words of the one treatment the aim names (``aim_treatment``), where there is
    no title: a label defined with most of them is the arm tested."""
    definitions: dict[str, str] = {}
    seen: set[str] = set()
    for sentence in methods:
        for label, words in _respective_definitions(sentence).items():
            definitions.setdefault(label, words)
            seen.add(label)  # "groups A and B": the second named without "group" before it
        for label, words in _letters_in_brackets(sentence).items():
            definitions.setdefault(label, words)
            seen.add(label)
        mentions = list(_LABEL.finditer(sentence))
        for i, mention in enumerate(mentions):
            label = label_of(mention)
            seen.add(label)
            if label in definitions:
                continue
            words = _definition(sentence, mentions, i)
            if words:
                definitions[label] = words
    tested, compared = title_arms(title)
    tested |= {w for label in interventions for w in _WORD.findall(label.lower())}
    roles: dict[str, str] = {}
    apart = _beyond_the_shared(definitions)
    for label, words in definitions.items():
        own = set(_WORD.findall(words.lower())) - _STOP
        if own & tested and _ADDED_TO.search(words) and not _UNTREATED_OR_LESS.search(words):
            roles[label] = INT  # "massage plus usual care": the usual care is what both arms had
        elif (
            vocabulary.names_the_control_arm(words)
            or _UNTREATED_OR_LESS.search(words)
            or _given_nothing(words)
            or _given_nothing(apart.get(label, ""))
        ):
            roles[label] = CMP
        elif own & tested and not own & compared:
            roles[label] = INT
        elif own & compared and not own & tested:
            roles[label] = CMP
        elif len(own & aimed) * 2 > len(aimed) > 0:
            roles[label] = INT
    if set(definitions) == seen and list(roles.values()) == [CMP]:
        roles = {label: roles.get(label, INT) for label in seen}  # one placebo arm, the rest tested
    elif len(seen) == 2 and len(roles) == 1:
        known, role = next(iter(roles.items()))
        other = next(label for label in seen if label != known)
        roles[other] = CMP if role == INT else INT
    if CMP not in roles.values() or INT not in roles.values():
        # no comparator, or nothing tested against it: no arm is known for sure, unless the methods
        # set one labelled arm against the other as a title does
        return _labels_versus(methods) if len(seen) == 2 else {}
    return roles


# What a label's definition opens with before its treatment: its size, then the verb of giving
# ("(n = 20), the patients received").
_GIVEN_OPENING = compiled(
    r"^\s*(?:\([^()]*\)\s*)?[,:=–-]?\s*(?:(?:[a-z]+\s+){0,3}?(?:received|receiving|receive|was given|"
    r"were given|got|(?:was|were) (?:treated|infused) with)\s+)?"
    # "bupivacaine with the drug (group D) or with saline (group S)": the shared base with saline
    r"(?:with\s+)?"
)
# An arm given nothing active: "no drug", "nothing", "normal saline", "the same volume of 0.9%
# saline", "10 ml of normal saline", "normal saline infusion"; not "3% saline" nor "hypertonic
# saline", which treat, nor "no significant change". Its definition may run on to the word that
# joins the next label's: "group C received saline and group D ...".
_NOTHING_GIVEN = compiled(
    r"(?:(?:the|a)\s+)?no[- ](?!(?:significant|difference|effect|change)\w*\b)[a-z]|nothing\b|"
    r"(?:(?:an?|the)\s+)?(?:(?:same|equal|equivalent)\s+(?:volume|amount)\s+of\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:ml|mls)\s+(?:of\s+)?)?"
    r"(?:0\.9\s*%\s*|normal\s+|physiological\s+|isotonic\s+)*(?:saline|sodium chloride|nacl)"
    r"(?:[\s,]*(?:\d+(?:\.\d+)?\s*(?:ml|mls)\b))?(?:\s+(?:infusion|injection|solution))?(?:\s+(?:group|arm))?[\s.,;)]*"
    r"(?:\b(?:and|or|while|whereas)\s*)?$",
    re.IGNORECASE,
)


# The verb of giving a definition may open with, its people before it where the sentence opens
# with the first label's definition: "(to) receive bupivacaine with ...", "Patients received ...".
_GIVING = compiled(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:to\s+)?(?:receive[ds]?|receiving|(?:be|was|were) given|given)\s+",
    re.IGNORECASE,
)
# What joins a treatment both arms had to the one each had beside it: "bupivacaine with saline".
_JOINED_ON = compiled(r"^\s*(?:with|plus|and|\+)\s+", re.IGNORECASE)


def _beyond_the_shared(definitions: dict[str, str]) -> dict[str, str]:
    """For two labels defined by treatments that open alike ("bupivacaine with dexmedetomidine
    (group D) or bupivacaine with saline (group C)"), what each had beyond the opening both share:
    "saline" is group C's, an arm given nothing active on top of what both had. Empty otherwise."""
    if len(definitions) != 2:
        return {}
    (a, first), (b, second) = definitions.items()
    first_words, second_words = (_GIVING.sub("", text).split() for text in (first, second))
    shared = 0
    while shared < min(len(first_words), len(second_words)) and (
        first_words[shared].lower() == second_words[shared].lower()
    ):
        shared += 1
    if not shared:
        return {}
    return {
        label: _JOINED_ON.sub("", " ".join(words[shared:]))
        for label, words in ((a, first_words), (b, second_words))
    }


def _given_nothing(definition: str) -> bool:
    """Whether a label's definition gives its arm nothing active ("group C (normal saline)",
    "group II (n = 30) received no drug", "group S received the same volume of saline"): the
    comparator, as a placebo arm is."""
    return bool(_NOTHING_GIVEN.match(definition, _GIVEN_OPENING.match(definition).end()))  # type: ignore[union-attr]


# Two labels given two treatments in order: "groups A and B received massage and usual care,
# respectively", "massage and usual care were given to groups A and B, respectively".
# A label as two labels are named together: "2" of "groups 1 and 2", "B", "II".
_LABEL_NAME = r"(?:\d+|[A-Z][A-Z0-9+]*|I{1,3}|IV)"
_TWO_LABELS = rf"\b[Gg]roups? (?P<a>{_LABEL_NAME}),? (?:and|or) (?:[Gg]roup )?(?P<b>{_LABEL_NAME})\b"
_TWO_TREATMENTS = r"(?P<x>[^.;]{2,80}?),? (?:and|or) (?P<y>[^.;]{2,80}?),? respectively\b"
# Screened by its " respectively": few sentences hold it, and the pattern is a slow one to run.
_RESPECTIVELY = Screened(
    rf"{_TWO_LABELS}[^.;]{{0,40}}?\b(?:received|were given|were treated with|underwent|got|"
    rf"(?:were )?(?:assigned|allocated|randomi[sz]ed) to)\s+{_TWO_TREATMENTS}|"
    r"(?:^|[,;:]\s*)(?P<x2>[^.;,]{2,80}?) (?:and|or) (?P<y2>[^.;,]{2,80}?) (?:was|were) "
    r"(?:given|administered|prescribed|applied|offered) to (?:the )?"
    + _TWO_LABELS.replace("(?P<a>", "(?P<a2>").replace("(?P<b>", "(?P<b2>")
    + r",? respectively\b"
)


# "atorvastatin 10 mg (group I: n = 35) versus atorvastatin 40 mg (group II: n = 35)": two
# labelled arms set one against the other where the methods define them; the first is the one
# tested, as in a title's "X versus Y". Not "X (group I) or Y (group II)", a list.
_LABELS_VERSUS = compiled(
    rf"\((?:[^()]*?\s)?{LABELLED} (?P<a>{_LABEL_NAME})\b[^()]*\)\s*,?\s*(?:versus|vs\.?)\s+[^.;()]{{3,80}}?"
    rf"\((?:[^()]*?\s)?{LABELLED} (?P<b>{_LABEL_NAME})\b[^()]*\)"
)


def _labels_versus(methods: list[str]) -> dict[str, str]:
    """INT and CMP for the two labels the methods set one against the other (``_LABELS_VERSUS``);
    empty where they do not."""
    for sentence in methods:
        said = _LABELS_VERSUS.search(sentence)
        if said is not None and said.group("a") != said.group("b"):
            return {said.group("a"): INT, said.group("b"): CMP}
    return {}


# Where the treatment named before a label's bracket starts: after a list's divide or what opens it.
_TREATMENT_BEFORE_STARTS = compiled(r"[,;:]|\b(?:or|and|to|into|in)\b")
# "randomized to placebo (P) or fictazone (F)": an arm's one-letter label in brackets after its
# treatment, which the results give as "group F" or "the F group"; not a list's "(a)".
_LETTER_IN_BRACKETS = compiled(rf"(?<=[a-z0-9%)]) \((?P<label>[A-Z]{_LABEL_JOINED})\)(?=[\s,;.])")


def _letters_in_brackets(sentence: str) -> dict[str, str]:
    """Label -> the treatment named before it, for each arm's one letter in brackets after its
    treatment ("metformin alone (M) or metformin plus fictazone (F)"); empty unless the sentence
    gives two or more, as a list of arms does."""
    said = list(_LETTER_IN_BRACKETS.finditer(sentence))
    if len(said) < 2:
        return {}
    starts = [0, *(m.end() for m in said[:-1])]
    return {
        _unspaced(m.group("label")): _TREATMENT_BEFORE_STARTS.split(sentence[start : m.start()])[-1].strip()
        for m, start in zip(said, starts)
    }


def _respective_definitions(sentence: str) -> dict[str, str]:
    """Label -> the words it is defined with, for two labels given two treatments in order
    ("groups A and B received massage and usual care, respectively"), where reading each label
    by the words after it would give the first label nothing and the second both."""
    said = _RESPECTIVELY.search(sentence)
    if said is None:
        return {}
    if said.group("a"):
        return {said.group("a"): said.group("x"), said.group("b"): said.group("y")}
    return {said.group("a2"): said.group("x2"), said.group("b2"): said.group("y2")}


# An arm named as a group before its label: "a periarticular LIA and FNB group (group L)". Its
# name may hold an "and" (both treatments the arm had); it starts after the list's divide or what
# opens the list, past "and" or "or" of the list itself.
_AN_ARMS_NAME = compiled(r"\b(?:group|arm)\s*$")
_ARM_NAME_STARTS = compiled(r"[,;:]|\b(?:to|into|in)\b")
# An arm named only by its place among the others: "the first group", "the other arm".
_AN_ARM_BY_ITS_PLACE = compiled(r"\b(?:the|one|another)\s+(?:first|second|third|other)?\s*(?:group|arm)\s*$")
_ARM_NAME_OPENS = compiled(r"^[\s)]*(?:(?:and|or)\s+)?")


def _definition(sentence: str, mentions: list[re.Match[str]], i: int) -> str:
    """The words a label is defined with: those in front of "(Group T" or after "Group T received",
    up to the neighbouring label; empty where the sentence does not say ("prescribed to group 1")."""
    mention = mentions[i]
    start = mentions[i - 1].end() if i else 0
    if i and mentions[i - 1].group("before") and not sentence[start : mention.start()].strip(" ("):
        # "an SNB and FNB group (group S": one arm, its name ending in a short name, then its label
        start = mentions[i - 2].end() if i > 1 else 0
    end = mentions[i + 1].start() if i + 1 < len(mentions) else len(sentence)
    before = sentence[start : mention.start()]
    after = sentence[mention.end() : end]
    if mention.group("before"):  # "saline (the NS group)": the article is the label's
        before = _THE_AT_END.sub("", before)
    if before.rstrip().endswith("(") and not _ASSIGNED_AFTER.match(after):
        named = before.rstrip()[:-1]
        if _AN_ARM_BY_ITS_PLACE.search(named) and _AFTER.match(after.lstrip(" )")):
            # "the first group (group D) received fictolan": the arm's place in a list names nothing
            return re.split(r";|,|\.\s", after.lstrip(" )"))[0]
        if _AN_ARMS_NAME.search(named):  # "a periarticular LIA and FNB group (group L"
            return _ARM_NAME_OPENS.sub("", _ARM_NAME_STARTS.split(named)[-1])
        return _TREATMENT_BEFORE_STARTS.split(named)[-1].strip()
    if named := _bracketed_treatment(after):  # "group B (massage)"
        return named
    if _GIVEN_TO.search(before) and not (_PEOPLE_ASSIGNED.search(before) and _AFTER.match(after)):
        return re.split(r";|,\s*and\b|\)\s*,", before)[-1].strip()  # "drug X was prescribed to group 1"
    if _IN_IT.search(before) and (given := _GIVEN_IN_IT.match(after)):
        return given.group("what")  # "in group C normal saline was infused"
    if _AFTER.match(after) or _ASSIGNED_AFTER.match(after):
        return re.split(r";|\.\s", after)[0]
    return ""


_THE_AT_END = compiled(r"\b[Tt]he\s*$")
# "Patients were randomized to group A, who received ...": people assigned to a label, what its arm
# had told after it.
_PEOPLE_ASSIGNED = compiled(r"\b(?:were|was) (?:\w+ly )?(?:assigned|allocated|randomi[sz]ed) to\s*$")


# "In group C(,) normal saline was infused": what the arm was given, said in the passive after "in"
# and its label; not "were given", whose object may follow ("the women were given massage").
_IN_IT = compiled(r"\b[Ii]n\s*$")
_GIVEN_IN_IT = compiled(
    r"^\s*,?\s*(?P<what>[^,;.()]{2,60}?)\s+(?:was|were)\s+(?:infused|administered|injected|applied|instilled)\b"
)


# A label that reads as a short name: "UC" of "group UC", not "T" nor the numeral "II".
_NAME_LIKE = compiled(rf"(?!(?:I{{1,3}}|IV)$){SHORT_NAME}|{SHORT_LABEL}")


def labels_as_short_names(labels: dict[str, str]) -> dict[str, str]:
    """Label (lower case) -> INT or CMP, for the labels of more than one letter ("group UC", "G2"),
    which results also give as an arm's short name: "lower in the UC group", "than in FM", "in G2"."""
    return {label.lower(): role for label, role in labels.items() if _NAME_LIKE.fullmatch(label)}


@lru_cache(maxsize=1024)
def short_names_as_groups(text: str, names: frozenset[str]) -> str:
    """``text`` with each arm's short name the abstract defines (``names``, lower case: "eg", "cg")
    written as a group where it stands alone, for reading its comparison only: "pain decreased in
    the EG" is a change in one arm, as "in the EG group" says, and "lower in the EG" one arm set
    against the other. A word in lower case is left alone ("in us" is no arm "US"), and so are names
    listed together ("in AJ, WGJ and WA respectively": each arm's number, not a change in one).
    Cached: each outcome of a clause, and each reading of it, asks again for the same text."""
    low = text.lower()
    if not any(name in low for name in names):
        return text

    def as_group(said: re.Match[str]) -> str:
        name = said.group()
        listed = _LISTED_BEFORE.search(text, max(0, said.start() - 10), said.start()) or _listed_after(
            text, said.end(), names
        )
        return name if name.islower() or listed else f"{name} group"

    return _short_names_alone(names).sub(as_group, text)


@lru_cache(maxsize=64)
def _short_names_alone(names: frozenset[str]) -> re.Pattern[str]:
    """One abstract's arm short names standing alone, compiled once for all its sentences."""
    alternation = "|".join(re.escape(name) for name in sorted(names, key=lambda n: (-len(n), n)))
    # not a label after its "group" ("group II" is a group already)
    return compiled(
        rf"(?<![\w-])(?<!group )(?<!arm )(?:{alternation})(?![\w-])(?!\s+(?:group|arm)s?\b)", re.IGNORECASE
    )


# Another arm's name listed just before or after a short name: "AJ, WGJ and WA", "EG vs CG".
_LISTED_BEFORE = compiled(r"(?:,|\band|\bor|\bvs\.?|\bversus)\s*$", re.IGNORECASE)
_LISTED_AFTER = compiled(r"\s*(?:,|and\b|or\b|vs\b|versus\b|(?P<respectively>respectively\b))", re.IGNORECASE)
_NEXT_WORD = compiled(r"\s*(?:the\s+)?(?P<word>[\w-]+)", re.IGNORECASE)


def _listed_after(text: str, end: int, names: frozenset[str]) -> bool:
    """Whether another arm's short name follows the one ending at ``end`` in a list ("EG vs CG",
    "AJ, WGJ and WA"), or "respectively" does; not "in the EG and rose in the CG", a clause of
    the next arm's own."""
    joined = _LISTED_AFTER.match(text, end)
    if joined is None:
        return False
    following = _NEXT_WORD.match(text, joined.end())
    return bool(joined.group("respectively")) or (
        following is not None and following.group("word").lower() in names
    )


def label_of(mention: re.Match[str]) -> str:
    """The label a mention of _LABEL names, as written: "T" of "Group T", "G1" of "G1", "C" of "the
    C group"."""
    return _unspaced(mention.group("label") or mention.group("short") or mention.group("before"))


def _unspaced(label: str) -> str:
    """A label as one word, whether its joined letters are spaced or not: "M+R" of "M + R"."""
    return label.replace(" ", "") if " " in label else label


def _bracketed_treatment(after: str) -> str:
    """The treatment in a bracket just after a label ("group B (massage; n = 20)": massage, "group K
    (ketamine 1 mg/kg)": ketamine, its dose set aside); the parts with a number otherwise say how
    many or how old, not what the arm had ("(n = 30)": nothing)."""
    bracket = _BRACKET.match(after)
    if bracket is None:
        return ""
    parts = [_DOSE_AFTER.sub("", part).strip() for part in re.split(r"[,;]", bracket.group("inside"))]
    return ", ".join(part for part in parts if part and not re.search(r"\d", part))


# A dose after a treatment's name: "ketamine 1 mg/kg", "fictolan 0.5 mcg/kg", "lidocaine 2%".
_DOSE_AFTER = compiled(
    r"(?<=[a-z])\s+\d+(?:\.\d+)?\s*(?:mg|mcg|µg|μg|g|ml|iu|units?|%)(?:/kg)?(?:\s+(?:daily|once|twice))?$",
    re.IGNORECASE,
)


# An arm given a short name of its own: "a control group (CG)", "[selenium group, SeG]", "the
# intervention group (IG)": its words, then the abbreviation in brackets, or before the arm's
# size ("the massage group (MG; n = 30)", "(massage group, MG, n = 30; control group, CG, n = 30)").
_SHORT_NAME_ENDS = r"\s*(?:[)\]]|[,;]\s*n\s*=)"
_ABBREVIATED_ARM = compiled(
    r"\b(?P<words>(?:[\w-]+ ){1,3}?(?:group|arm))\s*[(\[]\s*(?:[\w\s-]{1,40}?,\s*)?"
    rf"(?P<abbr>{SHORT_NAME}){_SHORT_NAME_ENDS}|"
    r"[(\[;]\s*(?P<words2>(?:[\w-]+ ){1,3}?(?:group|arm)),\s*"
    rf"(?P<abbr2>{SHORT_NAME}){_SHORT_NAME_ENDS}"
)
# What every match of _ABBREVIATED_ARM holds: "group" or "arm", a bracket or a comma, then the
# short name and the closing bracket or the arm's size ("group (CG)", "group, SeG]"). Few
# abstracts hold it, and the others are not searched for an arm's words at every word start. Each
# word is looked for on its own (``AnyOf``): as one alternation, re would stop at every "a" and "g"
# of the abstract.
_NAME_CLOSED = rf"(?:\s*[(\[][^)\]]*?|,\s*){SHORT_NAME}{_SHORT_NAME_ENDS}"
_ARM_NAME_CLOSED = AnyOf(rf"group{_NAME_CLOSED}", rf"arm{_NAME_CLOSED}")


def abbreviated_arms(text: str, vocabulary: Vocabulary) -> dict[str, str]:
    """Abbreviation (lower case) -> INT or CMP, for the arms the abstract names by a short name
    it defines ("control group (CG)", "[selenium group, SeG]"): one defined with a comparator's
    words is the comparator, and with two such arms, one the comparator, the other is the arm
    tested. Empty where the abstract does not tell the two apart."""
    if not _ARM_NAME_CLOSED.found_in(text):
        return {}  # no short name can follow an arm's words
    defined: dict[str, str] = {}
    for said in _ABBREVIATED_ARM.finditer(text):
        words = said.group("words") or said.group("words2")
        abbreviation = (said.group("abbr") or said.group("abbr2")).lower()
        defined.setdefault(abbreviation, words)
    if len(defined) != 2:
        return {}
    control = {a for a, words in defined.items() if vocabulary.names_the_control_arm(words)}
    control |= {a for a, words in defined.items() if _UNTREATED_OR_LESS.search(words)}
    roles = {abbreviation: CMP if abbreviation in control else INT for abbreviation in defined}
    return roles if sorted(roles.values()) == [CMP, INT] else {}


# A short name in brackets after a treatment, which may say it names the treatment's group, or give
# the arm's size after it: "massage (MG group)", "a massage (MG) or a sham (SG) group",
# "electroacupuncture (EA)", "massage (MG, n = 20)".
_NAMED_IN_BRACKETS = compiled(
    rf"\(\s*(?P<abbr>{SHORT_NAME})(?P<group>[\s-]+(?:group|arm))?\s*(?:\)|[,;]\s*n\s*=\s*\d+\s*\))"
)
# What ends the words before a bracket that may name a treatment: a sentence's or a bracket's end.
_BEFORE_ENDS = compiled(r"[.;:()\[\]]")
# Where the words of an arm's treatment start: after a list's divide or what opens the list.
_TREATMENT_STARTS = compiled(
    r"[,]|\b(?:or|and|versus|vs|to|into|either|received|receive|receiving|with|the|an?)\b", re.IGNORECASE
)


def bracketed_arm_names(text: str) -> dict[str, str]:
    """Short name (as written) -> the words of the treatment a bracket after them names by it:
    "randomized to massage (MG group) or sham (SG group)" names the massage arm MG and the sham
    arm SG, "a massage (MG) or a sham (SG) group" so too. Whether the short name is an arm's, the
    caller tells (said of a group, or where the methods randomize); the treatment's words start at
    the last word that starts with the short name's first letter, or, in a bracket that says it
    names a group, after the list's divide before it."""
    named: dict[str, str] = {}
    for said in _NAMED_IN_BRACKETS.finditer(text):
        abbreviation = said.group("abbr")
        if abbreviation in named:
            continue
        before = _BEFORE_ENDS.split(text[max(0, said.start() - 80) : said.start()])[-1]
        words = _TREATMENT_STARTS.split(before)[-1].split()[-4:]
        initial = abbreviation[0].lower()
        first = next((i for i in range(len(words) - 1, -1, -1) if words[i][:1].lower() == initial), None)
        if first is not None:
            named[abbreviation] = " ".join(words[first:])
        elif said.group("group") and words:
            named[abbreviation] = " ".join(words)
    return named


# "diversion with duodenal switch (BPDS) versus gastric bypass (RYGB)": two short names defined in
# brackets, one set against the other; the first is the one tested, as in a title's "X versus Y".
_SHORT_NAMES_VERSUS = compiled(
    rf"\((?P<x>{SHORT_NAME})\)\s+(?:versus|vs\.?)\s+[^.;()]{{3,80}}?\((?P<y>{SHORT_NAME})\)"
)


def short_names_versus(text: str, short_names: frozenset[str]) -> dict[str, str]:
    """Short name (lower case) -> INT or CMP, for two arms' short names (of ``short_names``) the
    abstract sets one against the other where it defines them: "diversion with duodenal switch
    (BPDS) versus gastric bypass (RYGB)" tests BPDS. Empty where it does not."""
    said = _SHORT_NAMES_VERSUS.search(text)
    if said is None or not {said.group("x").lower(), said.group("y").lower()} <= short_names:
        return {}
    return {said.group("x").lower(): INT, said.group("y").lower(): CMP}


# Where an arm's name in a title starts and ends: "Effect of [X] versus [Y] on pain in adults".
_ARM_BEFORE = compiled(r"\b(?:of|with|between|comparing)\b")
_ARM_AFTER = compiled(r"\b(?:on|for|in|among|after|to|at|during|with|among)\b|[(\[]")


def title_arms(title: str) -> tuple[set[str], set[str]]:
    """Content words of the title's tested treatment and of its comparator. In a list of arms
    ("Massage, relaxation training or control") the one before "or" is no more tested than the
    first: only the comparator is told."""
    match = _title_arms_in(title)
    if match is None:
        added = _WITH_OR_WITHOUT.search(title)
        tested_words = _WORD.findall(_ARM_AFTER.split(added.group("y").lower())[0])[:4] if added else []
        return set(tested_words) - _STOP, set()
    listed = title[: match.start("x")].rstrip().endswith(",")
    x = "" if listed else _ARM_BEFORE.split(match.group("x").lower())[-1]
    y = _ARM_AFTER.split(match.group("y").lower())[0]
    tested_words, compared_words = _WORD.findall(x)[-4:], _WORD.findall(y)[:4]
    if len(tested_words) == 1 and len(compared_words) > 1 and _MODIFIER.fullmatch(tested_words[0]):
        compared_words.pop()  # "oral versus intravenous ketorolac": ketorolac is both arms'
    tested, compared = set(tested_words) - _STOP, set(compared_words) - _STOP
    return tested - compared, compared - tested


# What joins a list's two arms, the one before "or" no more tested than the other.
_LISTED = compiled(r"\s+or\s+$", re.IGNORECASE)


def title_sets_arms_against(title: str) -> bool:
    """Whether the title sets its tested arm against its comparator ("Ultrasound-guided versus
    landmark technique", "X is superior to Y"), not names two arms as a list does ("via X or Y"),
    where the order tells less of which arm was tested."""
    match = _title_arms_in(title)
    return match is not None and not _LISTED.fullmatch(title[match.end("x") : match.start("y")])


# "Physiotherapy with or without fictolan": one treatment both arms had, and the one added in one
# arm, the arm tested; what both had names neither arm.
_WITH_OR_WITHOUT = compiled(r"\bwith or without (?P<y>[^:;,.]{3,80})", re.IGNORECASE)


# A word that qualifies the noun after it rather than naming a treatment: "oral", "intravenous",
# "aerobic", "supervised", "low-dose" (not "music", which names one).
_MODIFIER = compiled(r"(?!music$)(?:[a-z]+-[a-z]+|[a-z]{2,}(?:al|ous|ic|ive|ed))")


# The study's aim, where it sets one treatment against another: "the aim was to assess the
# efficacy of drug X in adults compared to drug Y", "we aimed to assess whether X is as effective
# as Y". What follows it reads as a title does.
_AIM = Caseless(
    r"\b(?:aims?|aimed|objectives?|purpose|goal|(?:performed|designed|conducted|undertaken) to)\b"
    r"[^.;]{0,40}?\b(?:to )?(?:assess|evaluate|compare|investigate|determine|examine|test)\b"
    r"(?:\s+whether\b)?"
)
# "to compare the efficacy and safety of X with Y": the treatment compared, then what it is
# compared with; not "premedication with clonidine", which no "efficacy of" opens.
_COMPARE_OF = compiled(
    r"\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:efficacy|effects?|effectiveness|safety|tolerability|outcomes?)"
    r"\s+of\s+(?P<x>[^.;]{3,80}?)\s+(?:with|to|against)\s+(?P<y>[^.;]{3,80})",
    re.IGNORECASE,
)
_OR = compiled(r"\s+or\b", re.IGNORECASE)
# Where an arm's name in an aim starts: after "the efficacy of", "whether", "the hypothesis that";
# in lower case, not a short name's "(OF)".
_AIM_ARM_STARTS = compiled(r"\b(?:of|that|whether|if)\b")
# An arm's name is a few words; more tell what the aim asks ("X could increase recovery versus Y").
_ARM_WORDS = 6
# Where it ends: what it treats, where, or when. Not at a bracket, which gives the arm's short
# name: "radiofrequency (RF) ablation", that the methods may use alone.
_AIM_ARM_ENDS = compiled(r"\b(?:on|for|in|among|after|to|at|during|with)\b|[,:]")
_AND = compiled(r"\band\b", re.IGNORECASE)


def _unbracketed(arm: str) -> str:
    """An arm's name with its short name's brackets taken away, read as a title's words."""
    return " ".join(re.sub(r"[()\[\]]", " ", arm).split())


def aim_as_title(sentences: list[str]) -> str:
    """The tested treatment and its comparator of the aim the abstract states before its results,
    written as a title's "X versus Y", for a record without a title (as Evidence Inference's are):
    "to assess oral drug X in adults compared to drug Y" and "to compare the efficacy of oral drug X
    with drug Y in adults" give "oral drug X versus drug Y", the tested arm's name ending where
    what it treats starts. Empty where no aim names two arms, or where it names more ("to compare
    the efficacy of X with Y and Z")."""
    for sentence in sentences:
        aim = _AIM.search(sentence)
        if aim is None:
            continue
        arms = _COMPARE_OF.match(sentence, aim.end()) if aim.group().lower().endswith("compare") else None
        arms = arms or _title_arms_in(sentence, aim.end())
        # "or" of an aim joins what it asks ("whether X eases pain or fatigue"), not two arms
        if arms is None or not arms.group("x").strip() or _OR.match(sentence, arms.end("x")):
            continue
        tested = _AIM_ARM_ENDS.split(_AIM_ARM_STARTS.split(arms.group("x"))[-1])[0]
        compared = _AIM_ARM_ENDS.split(arms.group("y"))[0]
        if 0 < len(tested.split()) <= _ARM_WORDS and not _AND.search(compared):
            return f"{_unbracketed(tested)} versus {_unbracketed(compared)}"
    return ""


def arms_titled(title: str, before_results: list[str]) -> str:
    """The title, where it sets one treatment against another ("X versus Y"); else the aim's
    "X versus Y", where the abstract states one before its results (a title "Intranasal fictolan
    for hypoglycaemia", an aim "to compare intranasal versus intramuscular fictolan"), as for a
    record without a title; else the title as it is."""
    if title and any(title_arms(title)):
        return title
    return aim_as_title(before_results) or title


# "to assess the efficacy and safety of X in adults": the one treatment an aim names.
_EFFECT_OF = compiled(
    r"\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:efficacy|effects?|effectiveness|safety|tolerability)\s+of\s+"
    r"(?P<x>[^.;]{3,120})",
    re.IGNORECASE,
)
# Words that join a treatment to another, not the treatment's own: "X plus Y", "X combined with Y".
_JOINING = frozenset(["plus", "combined", "along", "together", "addition"])


def aim_treatment(sentences: list[str]) -> frozenset[str]:
    """Content words of the one treatment the aim names, without a comparator: "to assess the
    efficacy and safety of drug X plus drug Y in adults" gives drug X's and drug Y's; of two
    labelled arms, the one given most of them is the one tested ("group I received drug X plus
    drug Y", "group II drug X plus drug Z"). Empty where no aim names one."""
    for sentence in sentences:
        aim = _AIM.search(sentence)
        said = _EFFECT_OF.match(sentence, aim.end()) if aim else None
        if said is None:
            continue
        treatment = _AIM_ARM_ENDS.split(said.group("x"))[0]
        if len(treatment.split()) <= _ARM_WORDS:
            return frozenset(_WORD.findall(_unbracketed(treatment).lower())) - _STOP - _JOINING
    return frozenset()


# The methods' "randomized to X or Y", "patients received X or Y": the two arms, the comparator
# told by its words. Caseless: a sentence without its words is passed over at once (its groups
# are read from the sentence as written, by their spans).
_RANDOMIZED_TO = Caseless(
    r"(?:\b(?:randomi[sz]ed|randomly (?:assigned|allocated)|allocated|assigned)\b[^.;]{0,40}?\bto|"
    r"\b(?:patients|participants|subjects|volunteers) received)\s+"
    r"(?:(?:receive|either|treatment with|the)\s+)*(?P<x>(?:[^.;()]|(?<=\d)\.(?=\d)){3,80}?)"
    r"(?:\s*\([^.;()]{1,30}\))?\s+(?:or|versus|vs\.?)\s+"  # "a ginger group (GG) or ..."
    r"(?P<y>(?:[^.;]|(?<=\d)\.(?=\d)){3,120})"  # a dose's decimal point ("0.9% saline") ends neither
)
# A crossover's "received X and Y (before two procedures) in random order": every one had both, the
# first tested against the second as "randomized to X or Y" says.
_BOTH_IN_RANDOM_ORDER = Caseless(
    r"\breceived\s+(?:(?:both|either)\s+)?(?P<x>[^.;()]{3,60}?)\s+and\s+(?P<y>[^.;()]{3,60}?)"
    r"(?:\s+(?:before|after|during|on|at|for)\b[^.;()]{0,60}?)?,?\s+in\s+(?:a\s+)?random(?:i[sz]ed)?\s+order\b"
)
# How long an arm's treatment was given, before its name: "a 12-week", "twelve weeks of".
_LENGTH_FIRST = compiled(rf"^\s*(?:(?:an?|the)\s+)?{TREATMENT_LENGTH}(?:\s+of)?\s+", re.IGNORECASE)
# A dose before the treatment it is of: "20 mg fictoglip", "0.5 mg/kg of fictolan", "a 5% gel".
_DOSE_FIRST = compiled(
    r"^\s*(?:(?:an?|the)\s+)?\d+(?:[.·]\d+)?\s*(?:%|(?:mg|g|mcg|µg|μg|ml|iu|units?)(?:/(?:kg|day|d|m2))?\b)"
    r"(?:\s+of)?\s+",
    re.IGNORECASE,
)
# A placebo's amount told by the other arm's, before its name: "the same volume of normal saline".
_AMOUNT_FIRST = compiled(
    r"^\s*(?:(?:an?|the)\s+)?(?:same|equal|equivalent|identical|matching)\s+(?:volume|amount|quantity|dose)\s+of\s+",
    re.IGNORECASE,
)


def _bare_arm(arm: str) -> str:
    """An arm as the methods' "randomized to X or Y" names it, without the length, the amount or the
    dose written before its name ("a 12-week", "the same volume of", "0.9%")."""
    return _DOSE_FIRST.sub("", _AMOUNT_FIRST.sub("", _LENGTH_FIRST.sub("", arm)))


# Where an arm's name in the methods ends: its dose, schedule, time ("before induction") or
# description; not an acupoint's number, part of the name ("P6 acupressure", "SP6 massage").
_NAME_ENDS = compiled(
    r"[(,;:]|(?<![a-z])\d|\b(?:for|in|at|during|with|plus|and|who|which|daily|once|twice|before|after)\b"
)


def _technique_listed_after_another(x: str, vocabulary: Vocabulary) -> bool:
    """Whether the words before a list's "or" name a treatment, then the vocabulary's technique
    after a comma ("exercise, massage or control"): the arms are three, and the first one, which
    the two-arm reading would take as the tested arm, is another arm."""
    first, *rest = x.split(",")
    return (
        bool(rest)
        and not vocabulary.match_techniques(first)
        and any(vocabulary.match_techniques(item) for item in rest)
    )


# Words of an arm's description that name no arm of their own ("oral placebo", "a single dose").
_NO_ARM = (
    frozenset(
        ["either", "oral", "single", "same", "identical", "matching", "only", "alone", "not", "followed"]
    )
    | {"treatment", "therapy"}
    # nor how saline given as nothing active was given: "normal saline infusion" is the saline arm
    | {"normal", "physiological", "isotonic", "infusion", "injection", "solution"}
)


def randomized_arms(methods: list[str], vocabulary: Vocabulary) -> tuple[set[str], set[str]]:
    """Content words of the tested arm and of the comparator, from the methods' "randomized to X
    or Y" where exactly one of the two is named as the control arm ("sorafenib or capecitabine
    (control group)"), or to a list of three or more arms where exactly one is (``_listed_arms``);
    empty sets where no sentence says so."""
    for sentence in methods:
        listed = _listed_arms(sentence, vocabulary)
        if listed[0]:
            return listed
        said = _RANDOMIZED_TO.search(sentence) or _BOTH_IN_RANDOM_ORDER.search(sentence)
        if said is None:
            continue
        x, y = (_bare_arm(sentence[slice(*said.span(arm))]) for arm in ("x", "y"))
        if _technique_listed_after_another(x, vocabulary):
            continue  # "exercise, massage or control": three arms, the first no more tested than any
        x_control = _names_the_control_arm(x, vocabulary)
        y_control = _names_the_control_arm(y[:60], vocabulary)
        if not x_control and not y_control:
            x_control, y_control = _active_comparator(x, vocabulary), _active_comparator(y[:60], vocabulary)
        if not x_control and not y_control:
            x_control, y_control = _untested(x, y[:60], vocabulary), _untested(y[:60], x, vocabulary)
        if not x_control and not y_control:
            x_control, y_control = _plainer(x, y[:60], vocabulary), _plainer(y[:60], x, vocabulary)
        if x_control == y_control:
            continue
        x_words = set(_WORD.findall(_NAME_ENDS.split(x.lower())[0])[-4:]) - _STOP - _NO_ARM
        y_name = _NAME_ENDS.split(y.lower())[0]
        y_words = set(_WORD.findall(y_name)[:4]) - _STOP - _NO_ARM
        x_words = _with_bracketed_treatment(x_words, sentence[said.end("x") :], vocabulary)
        y_words = _with_bracketed_treatment(y_words, y[len(y_name) :], vocabulary)
        # "myofascial release (MFR) or sham MFR": the short name the other arm says again is the first's
        x_words |= _short_name_given(sentence[said.end("x") :]) & y_words
        tested, compared = (y_words, x_words) if x_control else (x_words, y_words)
        if not tested:
            # the tested arm unnamed ("20 mg daily"): of "sham acupressure", only the control's word
            # is surely the comparator's, the treatment's may be the tested arm's too
            compared = compared & vocabulary.control_arm_words or compared
        added = _added_on(y if x_control else x) - compared
        return _tested_beside_its_sham(tested, compared) | added, compared - tested - _hyphened_parts(tested)
    return set(), set()


def randomized_pair(methods: str) -> tuple[set[str], set[str]]:
    """Content words of the two arms of the methods' "randomized to X or Y", in the order named,
    whatever their roles (the words both share left out): where nothing else tells, the first
    named is the arm tested. Empty sets where no sentence says so."""
    said = _RANDOMIZED_TO.search(methods)
    if said is None:
        return set(), set()
    x, y = (_bare_arm(said.group(arm)) for arm in ("x", "y"))
    first = set(_WORD.findall(_NAME_ENDS.split(x.lower())[0])[-3:]) - _STOP - _NO_ARM
    second = set(_WORD.findall(_NAME_ENDS.split(y.lower())[0])[:3]) - _STOP - _NO_ARM
    return first - second, second - first


# Words that call an arm a group and no more: "an experimental group", "the study arm".
_GROUP_ONLY = frozenset(["an", "experimental", "intervention", "study", "active", "arm", "training"])


def _with_bracketed_treatment(words: set[str], after: str, vocabulary: Vocabulary) -> set[str]:
    """An arm's words, with the treatment a bracket after its name gives where the name only calls
    it a group: "an experimental group (balance training)" is the balance training arm, which a
    result may name alone ("balance training improved gait"); not a short name ("(EG)"), nor the
    words that name an outcome too ("balance improved" is the outcome's change, not the arm's)."""
    if words - _GROUP_ONLY:
        return words
    inside = _bracketed_treatment(after)
    if not inside or _SHORT_NAME.fullmatch(inside):
        return words
    added = set(_WORD.findall(inside.lower())) - _STOP - _NO_ARM
    return words | {word for word in added if not vocabulary.match(word)}


_SHORT_NAME = compiled(SHORT_NAME)
# "(MFR)", "(tDCS)" right after an arm's name: the short name the abstract gives it.
_SHORT_NAME_AFTER = compiled(rf"\s*\((?P<short>[a-z]?{SHORT_NAME})\)")


def _short_name_given(after: str) -> set[str]:
    """The short name a bracket right after an arm's name gives it, lowered as clauses are read:
    in "myofascial release (MFR) or sham MFR" the tested arm's, so that "sham MFR" names the
    comparator by "sham" alone and "the MFR group" is the tested arm."""
    said = _SHORT_NAME_AFTER.match(after)
    return {said.group("short").lower()} if said else set()


# "metformin plus fictazone": what the tested arm had on top of the treatment its name opens with.
_PLUS = compiled(r"\s*(?:plus\b|\+)\s*(?P<added>[^(,;:]{3,60})")


def _added_on(arm: str) -> set[str]:
    """Words of the treatment an arm had added to the one its name opens with ("metformin plus
    fictazone or metformin alone": fictazone), which the tested arm's name, ending at "plus", leaves
    out, though they are all that tells it from the other arm."""
    low = arm.lower()
    name = _NAME_ENDS.split(low, maxsplit=1)[0]
    said = _PLUS.match(low, len(name))
    if said is None:
        return set()
    return set(_WORD.findall(_NAME_ENDS.split(said.group("added"))[0])[:4]) - _STOP - _NO_ARM


def _hyphened_parts(words: set[str]) -> set[str]:
    """The parts of hyphened words: "self-acupressure or sham acupressure" leaves the comparator
    only "sham", as the tested arm is acupressure too, and a result's "with acupressure" names it."""
    return {part for word in words for part in word.split("-")[1:] if len(part) > 2}


def _active_comparator(arm: str, vocabulary: Vocabulary) -> bool:
    """Whether an arm is one of the vocabulary's active comparators ("relaxation", "stretching") and
    no technique of its own: beside an arm that is neither ("Pilates or relaxation"), it is the
    arm the other was tested against."""
    return bool(vocabulary.match_comparators(arm)) and not vocabulary.match_techniques(arm)


def _untested(arm: str, other: str, vocabulary: Vocabulary) -> bool:
    """Whether an arm is no technique of the vocabulary, randomized beside one that is ("reflexology
    or propranolol"): the treatment this study's techniques were tested against."""
    return not vocabulary.match_techniques(arm) and bool(vocabulary.match_techniques(other))


def _plainer(arm: str, other: str, vocabulary: Vocabulary) -> bool:
    """Whether an arm is only the general technique the other arm gives in a kind of its own
    ("aromatherapy massage or plain massage"): the kind is the treatment tested, against the
    technique without it."""
    generic = {t.key for t in vocabulary.techniques if t.generic}
    own, theirs = vocabulary.match_techniques(arm), vocabulary.match_techniques(other)
    kinds = [m.text.lower() for m in theirs if m.key not in generic]
    return (
        bool(own)
        and all(m.key in generic for m in own)
        and any(m.text.lower() in kind.split() for m in own for kind in kinds)
    )


def _tested_beside_its_sham(tested: set[str], compared: set[str]) -> set[str]:
    """The tested arm's words: those the comparator lacks, else, where the comparator is the tested
    treatment under a control's word ("mirror therapy or sham mirror therapy"), the treatment's own,
    which a result names alone for the tested arm ("the mirror group improved more"); the
    comparator keeps only its control's word ("sham")."""
    own = tested - compared
    return own if own or not compared - tested else tested & compared


def _names_the_control_arm(arm: str, vocabulary: Vocabulary) -> bool:
    """Whether a randomized arm's words name the control: its vocabulary's words, untreated or the
    other arm's treatment alone, the treatment it went without ("no infusion"), or nothing active
    given ("normal saline at induction", as a label's definition may say)."""
    return (
        vocabulary.names_the_control_arm(arm)
        or bool(_UNTREATED_OR_LESS.search(arm))
        or bool(_NONE_OF_IT.search(arm))
        or _given_nothing(_NAME_ENDS.split(arm)[0])
    )


_ITEM_CHAR = r"(?:[^.;(),]|(?<=\d)\.(?=\d))"  # a dose's decimal point ("2.5 mg") is no sentence's end
# "randomly allocated to receive placebo (saline), drug A (20 mg), drug B (10 mg), or both": three
# or more arms listed with commas, each perhaps with its dose in brackets, the last after "or".
_RANDOMIZED_TO_LIST = Caseless(
    r"\b(?:randomi[sz]ed|randomly (?:assigned|allocated)|allocated|assigned)\b[^.;]{0,60}?\bto\s+"
    r"(?:(?:receive|either|treatment with)\s+)*(?:\w+ly\s+)?"
    rf"(?P<items>(?:{_ITEM_CHAR}{{2,40}}(?:\s*\([^;()]{{1,30}}\))?,\s+){{2,5}}(?:or|and)\s+{_ITEM_CHAR}{{2,40}})"
)
# Words of a listed arm that name no treatment of its own: "both", "all three", "the combination".
_NO_ARM_OF_ITS_OWN = frozenset(["both", "all", "three", "four", "combination", "combined"])


def _listed_arms(sentence: str, vocabulary: Vocabulary) -> tuple[set[str], set[str]]:
    """Content words of the tested arms and of the comparator, from the methods' "allocated to
    placebo, drug A, drug B, or both" where exactly one arm is the control: against it every
    other arm was tested, whichever of them a result names; empty sets otherwise."""
    said = _RANDOMIZED_TO_LIST.search(sentence)
    if said is None:
        return set(), set()
    items = [
        _BRACKETED_DOSE.sub("", item).strip()
        for item in re.split(r",\s+(?:(?:or|and)\s+)?|\s+(?:or|and)\s+", said.group("items"))
    ]
    controls = [
        item for item in items if vocabulary.names_the_control_arm(item) or _UNTREATED_OR_LESS.search(item)
    ]
    others = [item for item in items if item is not controls[0]] if len(controls) == 1 else []
    if len(items) < 3 or not others or any(_known_arm(item, vocabulary) for item in others):
        return set(), set()
    compared = set(_WORD.findall(controls[0].lower())) - _STOP - _NO_ARM
    tested = (
        {word for item in others for word in _WORD.findall(_NAME_ENDS.split(item.lower())[0])[:4]}
        - _STOP
        - _NO_ARM
        - _NO_ARM_OF_ITS_OWN
    )
    return (tested - compared, compared - tested) if tested and compared else (set(), set())


_BRACKETED_DOSE = compiled(r"\s*\([^()]*\)")


def _known_arm(item: str, vocabulary: Vocabulary) -> bool:
    """Whether a listed arm is a technique or a comparator of the vocabulary ("massage, exercise,
    both, or control"): the study's own treatment is then known, and an active arm beside it is
    a comparator, never tested too (``other_arms``)."""
    return bool(vocabulary.match_techniques(item) or vocabulary.match_comparators(item))


# What opens an item of a list of arms without naming it: "or a control group", "either massage".
_ARTICLE = compiled(r"^(?:(?:or|and|either|an?|the)\s+)+")
# What names an arm's kind rather than which arm it is: "relaxation training", "ultrasound therapy".
_KIND_OF_ARM = frozenset(
    ["training", "therapy", "therapies", "sessions", "session", "program", "programme", "intervention",
     "arm", "one", "two", "three", "four", "weekly", "minutes", "min", "weeks"]
)  # fmt: skip


def other_arms(methods: list[str], vocabulary: Vocabulary, tested: frozenset[str]) -> dict[str, str]:
    """Content words of the active arms, besides the tested one, of the methods' "randomized to
    A, B or C" with three arms or more, each with its arm's name there ("massage, ultrasound
    therapy or a control group": ultrasound, of ultrasound therapy, where massage is tested); the
    control arm, and items naming a word of ``tested``, left out."""
    for sentence in methods:
        said = _RANDOMIZED_TO.search(sentence)
        if said is None or "," not in said.group("x"):
            continue
        items = [*said.group("x").split(","), _NAME_ENDS.split(said.group("y"))[0]]
        names: dict[str, str] = {}
        for item in items:
            name = _ARTICLE.sub("", _NAME_ENDS.split(item.lower())[0].strip())
            named = set(_WORD.findall(name)) - _STOP - _NO_ARM - _KIND_OF_ARM
            if vocabulary.names_the_control_arm(item) or _UNTREATED_OR_LESS.search(item) or named & tested:
                continue
            names |= dict.fromkeys(sorted(named), name)
        return names
    return {}


# "in groups 1 and 2 was 9.5 and 14.7 days, respectively", "in group I and group II, respectively",
# "(group I vs. group II): 3.1 vs. 4.2": two labels, their numbers in order.
_LABELS_IN_ORDER = compiled(
    rf"\b(?:[Gg]roups?|[Aa]rms?) (?P<a>{_LABEL_NAME}) (?:and|vs\.?|versus) (?:(?:the )?(?:[Gg]roup|[Aa]rm) )?"
    rf"(?P<b>{_LABEL_NAME})\b(?=[^;]{{0,120}}?\brespectively\b|\s*\))"
)

# A number said just after its arm's label ("with group A was 0.98 mm", "group B 0.26") or just
# before it ("0.98 mm in group A"): its spread and unit set aside.
_NUMBER = r"(?P<value>-?\d+(?:[.·]\d+)?)"
_UNIT = r"\s*(?:(?:±|\+/-)\s*\d+(?:[.·]\d+)?\s*)?(?:%|[^\W\d]{1,6}(?:/[^\W\d]{1,6})?)?"
_NUMBER_AFTER_LABEL = compiled(rf"^\s*(?:(?:was|were|had|of)\s+)?(?:[=:]\s*)?{_NUMBER}(?![\d.])")
_NUMBER_BEFORE_LABEL = compiled(rf"(?<![\w.]){_NUMBER}{_UNIT}\s+(?:in|with|for|of)\s+(?:the\s+)?$")


def labelled_numbers(clause: str, labels: dict[str, str]) -> dict[str, float]:
    """INT and CMP -> the number a clause gives each labelled arm, "respectively", each next to
    its label, or as the group reader finds a named arm's ("5 (12%) patients in group D and 12
    (30%) in group S"); empty unless both labels are known and of different arms."""
    named = _LABELS_IN_ORDER.search(clause)
    if named is None:
        return _numbers_by_label(clause, labels) or _numbers_as_groups(clause, labels)
    roles = (labels.get(named.group("a")), labels.get(named.group("b")))
    if None in roles or roles[0] == roles[1]:
        return {}
    values = respective_values(clause[: named.start()], clause[named.end() :])
    if len(values) != 2:
        return {}
    return {str(role): value for role, value in zip(roles, values)}


# Each known label written as a group of one word the group reader knows as its arm's, so that
# labelled arms' numbers are read as named arms' are: "5 patients in group D", "12 (30%) in the S
# group", "twelve in G2".
_AS_GROUP = {INT: "labelledtested", CMP: "labelledcompared"}
_GROUP_ROLE = {word: role for role, word in _AS_GROUP.items()}.get


def _numbers_as_groups(clause: str, labels: dict[str, str]) -> dict[str, float]:
    """INT and CMP -> the number the group reader finds for each of two labelled arms, each label
    the methods give an arm written as that arm's group ("group D": "labelledtested group"); a
    label they leave open stays as written, named by no arm. Empty where the clause names more
    than two labels: of two tested arms' numbers, neither is known to be the one compared."""
    mentions = list(_LABEL.finditer(clause))
    if len({label_of(m) for m in mentions}) != 2:
        return {}

    def as_group(said: re.Match[str]) -> str:
        role = labels.get(label_of(said))
        return f"{_AS_GROUP[role]} group" if role in _AS_GROUP else said.group()

    return numbers_by_group(_LABEL.sub(as_group, clause), _GROUP_ROLE)


def labelled_role(text: str, labels: dict[str, str]) -> str | None:
    """INT or CMP: the arm a text names by its label ("in group B"); None where it names none, or
    one the methods leave open."""
    said = _LABEL.search(text)
    return labels.get(label_of(said)) if said else None


def labelled_subject(clause: str, labels: dict[str, str]) -> str | None:
    """INT or CMP: the arm whose result the clause gives, by label; None where it is not known.
    Where the only label names the control arm the result is set against ("the 1 mg dose reduced
    cramps compared to group I"), the result is a tested arm's."""
    named = [(label_of(m), m.start()) for m in _LABEL.finditer(clause)]
    if not named or not labels:
        return None
    first, at = named[0]
    if _REFERENCE.search(clause[max(0, at - 40) : at]):
        others = [label for label, _ in named[1:] if label != first]
        if not others:
            return INT if labels.get(first) == CMP else None
        role = labels.get(others[0])
    else:
        role = labels.get(first)
    compared = {labels.get(label) for label, _ in named}
    if len(named) > 1 and (None in compared or len(compared) < 2):
        return None  # two tested arms, or an arm the methods leave open
    return role


def labels_left_open(clause: str, labels: dict[str, str]) -> bool:
    """Whether the clause sets two labels against each other that the methods give no arm
    ("bleeding in the LC group was less than in the RF group", the methods labelling groups A and
    B): which of them was tested neither the labels nor their order tell."""
    named = {label_of(m) for m in _LABEL.finditer(clause)}
    return bool(labels) and len(named) > 1 and not named & labels.keys()


def labels_of_untested_arms(clause: str, labels: dict[str, str]) -> bool:
    """Whether a clause compares arms by labels none of which is the tested arm's, one of them an
    arm the methods leave open ("between group B and group C", group A the massage): the result
    of another pair of arms, not the tested arm's against its comparator."""
    roles = {labels.get(label_of(m)) for m in _LABEL.finditer(clause)}
    return bool(labels) and len(roles) >= 2 and INT not in roles and None in roles


def labelled_against(clause: str, labels: dict[str, str]) -> str | None:
    """The comparator arm a clause names by its label, as written ("group M" of "higher in group
    M than in group F", group M the comparator), where it names a tested arm's label too: what a
    between-group result was set against; None where it names no two labels of both roles."""
    roles = {labels.get(label_of(m)): m.group() for m in reversed(list(_LABEL.finditer(clause)))}
    return roles[CMP] if CMP in roles and INT in roles else None


def labelled_comparator(clause: str, labels: dict[str, str]) -> str | None:
    """The other arm a change within one arm is about, where the clause names it by its label
    first ("fatigue did not change in group C", group C the control, or group B a third arm the
    methods label; "fatigue rose in group C and fell in group A", the first change group C's, as
    a change in the control group named first is the control's): the label as written; None where
    the methods label no arm, or the clause names no label, or the tested arm's first."""
    mentions = list(_LABEL.finditer(clause))
    if not labels or not mentions or labels.get(label_of(mentions[0])) == INT:
        return None
    return mentions[0].group()


def _numbers_by_label(clause: str, labels: dict[str, str]) -> dict[str, float]:
    """INT and CMP -> the number said next to each of two labels of known, different arms, all
    on the same side of their label ("the change with group A was 0.98 mm and with group B 0.26
    mm", "0.98 mm in group A and 0.26 mm in group B", "60% of group A ... 20% of group B"), or
    each between the two, the first after its label and the second before its own ("in group A
    50% of children ... as compared to 87% in group B"); empty where either arm lacks one."""
    mentions = list(_LABEL.finditer(clause))
    roles = [labels.get(label_of(m)) for m in mentions]
    if len(mentions) != 2 or sorted(map(str, roles)) != [CMP, INT]:
        return {}
    starts = [0, mentions[0].end()]
    for reads in (_after_label, _before_label):
        values = [reads(clause, m, start) for m, start in zip(mentions, starts)]
        if None not in values:
            return {str(role): value for role, value in zip(roles, values) if value is not None}
    tail = clause[mentions[0].end() :]
    after = mentions[0].end() + len(tail) - len(tail.lstrip(" ,"))
    first = _NUMBER_AFTER_LABEL.match(clause[after:])  # "in group A, 50% of ..."
    second = _before_label(clause, mentions[1], after + first.end()) if first else None
    if first is None or second is None:
        return {}
    return {str(roles[0]): float(first.group("value").replace("·", ".")), str(roles[1]): second}


def _after_label(clause: str, mention: re.Match[str], start: int) -> float | None:
    said = _NUMBER_AFTER_LABEL.match(clause[mention.end() :])
    return float(said.group("value").replace("·", ".")) if said else None


def _before_label(clause: str, mention: re.Match[str], start: int) -> float | None:
    said = _NUMBER_BEFORE_LABEL.search(clause[start : mention.start()])
    return float(said.group("value").replace("·", ".")) if said else None


# An arm named by its dose: "30 mg", "0.5 mg/kg", "2%", "high-dose". The amount's spaces and case
# are left out of its key ("30mg"), so that the title's "30 mg" is the results' "30-mg group".
_DOSE = (
    r"(?<![\w.])(?P<amount>\d+(?:[.·]\d+)?)\s*-?\s*(?P<unit>%|(?:mg|g|mcg|µg|μg|ml|iu|units?)(?:/(?:kg|day|d|m2))?\b)|"
    r"\b(?P<level>high|low|medium|moderate|standard)[\s-]dose\b"
)
_A_DOSE = compiled(_DOSE, re.IGNORECASE)
# "the 30 mg group", "the 30-mg arm", "the high-dose group", "the 10 mg dose group": a dose's arm.
_DOSE_GROUP = Caseless(rf"(?:{_DOSE})(?:[\s-]dose)?\s+(?:group|arm)s?\b")


def _dose_key(said: re.Match[str]) -> str:
    """A dose as one lower-case word: "30mg" of "30 mg", "high" of "high-dose"."""
    if said.group("level"):
        return said.group("level").lower()
    return said.group("amount").replace("·", ".") + said.group("unit").lower()


# Where the second arm of a title ends: at its divide, or where what it treats is named.
_ARM_ENDS_AT = compiled(r"[:;,(]|\b(?:for|in|on|among|after)\b|$")
# The key of ``dose_arms`` for every dose, where each is an arm tested against a control arm.
EVERY_DOSE = "*"


def dose_arms(title: str, controlled: bool = False) -> dict[str, str]:
    """Dose (as ``_dose_key`` writes it) -> INT or CMP, where the title (or the aim read as one)
    sets one dose against another: "Fictozide 30 mg versus 10 mg" tests 30 mg, "high-dose versus
    low-dose fictozide" the high dose, as a title's "X versus Y" tests X. Else, where the methods
    randomize to a control arm beside the doses (``controlled``: "2 ml, 4 ml or placebo"), every
    dose is an arm tested against it (``EVERY_DOSE``), and one dose set against another is two
    tested arms' comparison. Empty otherwise: a result setting one dose's arm against the other's
    is then left unclear."""
    # the title's own words that join two arms, not ``_TITLE_ARMS``: a dose's decimal point
    # ("0.5 mg/kg") ends an arm there
    joined = _ARMS_JOINED_AT.search(title)
    if joined is None:
        return {EVERY_DOSE: INT} if controlled else {}
    tested = list(_A_DOSE.finditer(title, max(0, joined.start() - _FIRST_ARM_LONGEST), joined.start()))
    compared = _A_DOSE.search(title, joined.end(), _ARM_ENDS_AT.search(title, joined.end()).start())  # type: ignore[union-attr]
    keys = (_dose_key(tested[-1]), _dose_key(compared)) if tested and compared else ("", "")
    if keys[0] == keys[1]:
        return {EVERY_DOSE: INT} if controlled else {}
    return {keys[0]: INT, keys[1]: CMP}


def dosed_subject(
    clause: str, sides: tuple[tuple[int, int], tuple[int, int]] | None, doses: dict[str, str]
) -> str:
    """INT or CMP: the arm, named by its dose, whose result a clause sets against another dose's
    ("lower in the 10 mg group than in the 30 mg group": the 10 mg arm's), by ``dose_arms``;
    "unknown" where the two arms are doses the title does not tell apart; "" where the clause does
    not set one dose's arm against another's, or sets two tested doses against each other.
    ``sides`` are where the clause names its subject and what that is set against
    (``readings._sides``, of the lowered clause)."""
    if sides is None or not _DOSE_GROUP.search(clause):
        return ""
    named = [(m.start(), _dose_key(m)) for m in _DOSE_GROUP.finditer(clause)]
    subject = [key for at, key in named if sides[0][0] <= at < sides[0][1]]
    against = [key for at, key in named if sides[1][0] <= at < sides[1][1]]
    if not subject or not against or subject[0] == against[0]:
        return ""
    roles = [doses.get(key, doses.get(EVERY_DOSE)) for key in (subject[0], against[0])]
    if roles == [INT, INT]:
        return ""  # two tested arms: the first named's result, against no comparator
    return str(roles[0]) if sorted(map(str, roles)) == [CMP, INT] else "unknown"


def dose_comparator(clause: str, doses: dict[str, str]) -> str | None:
    """The comparator's dose group a change within one arm is about ("pain worsened in the 10 mg
    group", the title testing 30 mg against 10 mg), as written; None where the clause names the
    tested dose's group too, or no dose's group the title calls the comparator."""
    named = [(said.group(), doses.get(_dose_key(said))) for said in _DOSE_GROUP.finditer(clause)]
    if not named or any(role == INT for _, role in named):
        return None
    return next((group for group, role in named if role == CMP), None)
