"""Study facts: design, sample size, what was given and against what, how much, and when measured.

Every fact is read with plain rules from the publication types, the title and the abstract, so
that a reader can check each one against the text. Design comes from PubMed's publication types
first (indexers read the full paper), then from the words of the title and abstract.
"""

from __future__ import annotations

import re

from harvester.extract.patterns import Caseless, Screened, by_first_letter, compiled
from harvester.extract.structure import label_role
from harvester.extract.types import StudyFacts
from harvester.extract.vocabulary import Vocabulary
from harvester.models import AbstractSection, Record

# Publication type -> design, checked in this order; the first hit wins.
_DESIGN_BY_TYPE = (
    ("Meta-Analysis", "meta-analysis"),
    ("Systematic Review", "systematic review"),
    ("Practice Guideline", "guideline"),
    ("Guideline", "guideline"),
    ("Clinical Trial Protocol", "protocol"),
    ("Randomized Controlled Trial", "randomized controlled trial"),
    ("Equivalence Trial", "randomized controlled trial"),
    ("Pragmatic Clinical Trial", "randomized controlled trial"),
    ("Controlled Clinical Trial", "non-randomized trial"),
    ("Case Reports", "case report"),
    ("Review", "narrative review"),
)
# Text cue -> design, checked in this order ("non-randomized" before "randomized").
_DESIGN_BY_TEXT = (
    (r"meta-?analys[ie]s", "meta-analysis"),
    # "we systematically reviewed trials of ...", "we systematically searched five databases for
    # trials", "this Cochrane review": a review of the trials, not one of them, whatever they were
    (
        r"systematic review|systematically (?:reviewed|searched)|\bcochrane (?:systematic )?review",
        "systematic review",
    ),
    # a plan for a study, said as such ("study protocol for a randomised trial", "(Protocol)") or
    # told in the future ("participants will be randomised"); not a trial's own "per-protocol
    # analysis", "exercise protocol" or "standardised by a study protocol"
    (
        r"\bprotocol (?:for|of) (?:an?|the) (?:[\w-]+ ){0,4}?(?:trial|study|review|meta-analysis)\b|"
        r"[(:]\s*(?:(?:a|the|study|trial)\s+)*protocol\b|\bthis protocol\b|\b(?:trial|study) protocol\s*\n|"
        r"\bwill be (?:randomi[sz]ed|recruited|allocated|assigned|enrolled)\b|"
        r"\bwill (?:recruit|randomi[sz]e|enrol|allocate)\b",
        "protocol",
    ),
    (r"cross-?over", "crossover trial"),
    (r"quasi-?experimental|non-?randomi[sz]ed|not randomi[sz]ed", "non-randomized trial"),
    # "randomly divided into two groups", "assigned randomly", "random allocation": allocation by
    # chance, said in any order; a blinded or placebo-controlled comparison of arms is one too
    (
        r"randomi[sz](?:ed|ation)|"
        r"random(?:ly)? (?:and equally )?(?:assigned|allocated|divided|distributed|split)|"
        r"(?:assigned|allocated|divided|distributed) (?:\w+ ){0,5}?(?:at )?random(?:ly)?\b|random allocation|"
        r"(?:double|single|triple)[- ]blind|placebo[- ]controlled",
        "randomized controlled trial",
    ),
    (r"\bcohort\b", "cohort study"),
    (r"case series", "case series"),
    (r"case report|we (?:describe|report) an? \d+-year-old", "case report"),
    (r"\bpilot\b|feasibility", "pilot study"),
    (r"qualitative|semi-structured interviews|focus groups?", "qualitative study"),
    (r"guideline", "guideline"),
    (r"\breview\b", "narrative review"),
)
_DESIGN_PATTERNS = tuple((Screened(pattern), name) for pattern, name in _DESIGN_BY_TEXT)
# A full stop and the spaces after it, which end a sentence ("." is found in one quick pass, where
# spaces looked for first, then a stop behind them, would stop at every space).
_SENTENCE_GAP = compiled(r"\.\s+")
# Sentences about studies still to be done ("A randomized trial is warranted") say nothing of
# this one's design.
_FORWARD_LOOKING = Screened(r"\b(?:warranted|are needed|is needed|future)\b")
# A notice about another article (retraction, erratum, letter) reports no study of its own.
_NOTICE_TYPES = frozenset(
    {"Retraction of Publication", "Published Erratum", "Letter", "Comment", "Editorial", "News"}
)

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_LONGEST_FIRST = sorted([*_UNITS, *_TENS], key=len, reverse=True)
_WORD = by_first_letter(_LONGEST_FIRST)
# "forty-two", "one hundred and twenty", "twelve"
_NUMBER_WORDS = (
    rf"(?:(?:{_WORD})[\s-]+hundred(?:\s+and)?[\s-]*)?(?:{_WORD})(?:[\s-](?:{_WORD}))?"
    rf"|(?:{_WORD})[\s-]+hundred"
)
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_NUMBER_WORDS})"
# Every match opens with one number word: looking for it first makes each word start that is none
# ("the", "of") cost one try of the words instead of one for each branch of the number. The
# character before the word, not a word character, is read first (the text searched opens with a
# space): re then stops at the few such characters instead of at every "e", "n", "o" or "t".
_SPELLED = Caseless(rf"\W(?=[zotfsen])(?={_WORD})({_NUMBER_WORDS})\b")
_THOUSANDS = compiled(r",(?<=\d,)(?=\d{3}\b)")  # the comma first: re looks for it directly
_PEOPLE = (
    r"(?:patients|participants|subjects|people|persons|individuals|adults|women|men|volunteers|"
    r"children|users|cases)"
)
_ENROLLED = (
    r"(?:were|was|been)\s+(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|allocated|assigned|"
    r"enrol+ed|recruited|included)|took part|participated|received|chose|were followed"
)


def parse_number(text: str) -> int | None:
    """'42' -> 42, 'Forty-two' -> 42, 'one hundred and twenty' -> 120; None if not a number."""
    cleaned = text.strip().lower().replace(",", "")
    if cleaned.isdigit():
        return int(cleaned)
    total, current = 0, 0
    for word in re.split(r"[\s-]+", cleaned):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word != "and":
            return None
    return total + current


# "Twelve percent of ...": a share spelled out, as a sentence opens on one.
_OPENING_SHARE_IN_WORDS = compiled(
    rf"^(?P<lead>\W*)(?P<word>{_NUMBER_WORDS})[\s-]+per\s?cent\b", re.IGNORECASE
)


def opening_share_in_figures(text: str) -> str:
    """The text with the share spelled out where it opens ("Twelve percent of X recipients and
    25% of Y recipients relapsed") in figures, "12%", padded with spaces to keep its length:
    the share read as the later one written in figures is, every offset in the text kept."""
    share = _OPENING_SHARE_IN_WORDS.match(text)
    number = parse_number(share.group("word")) if share else None
    if share is None or number is None:
        return text
    figures = f"{number}%".ljust(share.end() - share.end("lead"))
    return share.group("lead") + figures + text[share.end() :]


def study_facts(record: Record, vocabulary: Vocabulary) -> StudyFacts:
    """Everything the digest says about a study besides its findings."""
    interventions = _interventions(f"{record.title}\n{record.abstract_text}", vocabulary)
    compared = (
        _without_background(record)
        if any(_is_background(section) or _is_results(section) for section in record.abstract)
        else record.abstract_text
    )
    comparators = _comparators(f"{record.title}\n{compared}", vocabulary)
    text = with_digits(record.abstract_text)
    sessions, minutes, weeks = _dose(text)
    study_design = design(record)
    return StudyFacts(
        design=study_design,
        n_randomized=_n_randomized(text),
        n_analysed=_n_analysed(text),
        interventions=interventions,
        comparators=comparators,
        sessions=sessions,
        session_minutes=minutes,
        duration_weeks=weeks,
        follow_up=_follow_up_points(text),
        one_arm=_one_arm(record, study_design, interventions, comparators, vocabulary),
    )


def with_digits(text: str) -> str:
    """'Forty-two patients' -> '42 patients', '1,200' -> '1200': one pass, so the rules need \\d+ only."""
    parts: list[str] = []
    at = 0
    for match in _SPELLED.finditer(" " + text):
        parts += (text[at : match.start(1) - 1], str(parse_number(match.group(1))))
        at = match.end(1) - 1
    parts.append(text[at:])
    return _THOUSANDS.sub("", "".join(parts))


def design(record: Record) -> str:
    """One of ``types.DESIGNS``: publication types first, then the title and abstract."""
    types = set(record.publication_types)
    text = f"{record.title}\n{record.abstract_text}".lower()
    if types & _NOTICE_TYPES and not record.abstract:
        return "other"
    for publication_type, name in _DESIGN_BY_TYPE:
        if publication_type in types:
            return _refine(name, text)
    if types & _NOTICE_TYPES:
        return "other"
    own_words = _own_words(text)
    for pattern, name in _DESIGN_PATTERNS:
        if pattern.search(own_words):
            return name
    return "other"


def _own_words(text: str) -> str:
    """The text without its sentences about studies still to be done."""
    return " ".join(s for s in _sentences(text) if not _FORWARD_LOOKING.search(s))


def _sentences(text: str) -> list[str]:
    """The text cut after each full stop followed by spaces, the stop kept and the spaces left out."""
    pieces: list[str] = []
    at = 0
    for gap in _SENTENCE_GAP.finditer(text):
        pieces.append(text[at : gap.start() + 1])
        at = gap.end()
    pieces.append(text[at:])
    return pieces


# "a single-group pre-post design", "a one-group pretest-posttest study", "an uncontrolled pilot
# study": one arm, said so ("one group received X and the other Y" is two).
_ONE_ARM_SAID = Screened(
    r"\bsingle[- ](?:arm|group)\b(?! (?:of|received|was|were|had)\b)|\bone-(?:arm|group)\b|"
    r"\b(?:un|non-?)controlled\b|\bwithout (?:a |any )?control\b|"
    r"\bno (?:control|comparison) (?:group|arm)s?\b"
)
# Words for a study of more than one arm: "two groups", "randomized", "the control group",
# "versus", "allocated", "group B", "the intervention group", "two conditions", a hazard ratio
# ("non-randomized" says nothing of arms, nor "postural control", "muscle groups", "chronic
# conditions", "randomly selected" or "pre- versus post-test"; nor classes "in groups of six",
# nor healthy or matched controls measured beside the one treated arm).
_ARMS_SAID = Screened(
    r"\b(?:(?<!muscle )(?<!age )(?<!focus )(?<!support )groups"
    r"(?! of (?:\d|two|three|four|five|six|seven|eight|ten|up to)\b)|"
    r"arms|(?<!non-)(?<!non)(?<!not )randomi[sz]\w*|"
    r"randomly(?! (?:selected|chosen|sampled))|allocat\w*|assigned|"
    r"(?:versus|vs\b)(?!\.? ?(?:pre|post|baseline))|cross-?over|placebo|sham|"
    r"wait-?list\w*|waiting list|(?<!healthy )(?<!matched )controls|"
    r"(?:two|three|both|each|2|3) conditions|between (?:the )?conditions|"
    r"(?<!healthy )control (?:group|arm|condition|participants|patients|subjects)s?|"
    r"groups? (?:[a-d1-4]|i{1,3})|"
    r"(?:intervention|treatment|treated|experimental|study|active|comparison) (?:group|arm)|active treatment|"
    r"(?:hazard|odds|risk|rate) ratios?|"
    # a cohort's people not given it, set beside those who were: "untreated patients", "and 95
    # matched patients who did not.", "patients who declined"
    r"(?:untreated|unexposed) (?:patients|participants|subjects|individuals|people|controls|cohorts?)|"
    r"who did not(?=\s*[.,;)])|"
    # "were compared with patients who declined (n = 39)": those who chose not to have it
    r"who (?:declined|refused|did not (?:wish|choose|want|attend|receive|take|start|use|undergo))\b"
    r"(?! (?:to )?(?:complete|finish|follow-up|further)\b))\b"
)
_ARMED_DESIGNS = (
    "randomized controlled trial",
    "crossover trial",
    "meta-analysis",
    "systematic review",
    "narrative review",
    "guideline",
    "protocol",
)


def _one_arm(
    record: Record,
    study_design: str,
    interventions: tuple[str, ...],
    comparators: tuple[str, ...],
    vocabulary: Vocabulary,
) -> bool:
    """Whether the study has one arm only: it says so ("a one-group pretest-posttest design"), or
    it names one treatment and no control arm and never speaks of groups, arms, randomization or
    a control group. Such a study compares no groups: its results are changes over time."""
    if study_design in _ARMED_DESIGNS:
        return False
    own_words = _own_words(f"{record.title}\n{_without_background(record)}".lower())
    if _ONE_ARM_SAID.search(own_words):
        return True
    controls = {term.label: term.generic for term in vocabulary.comparators if term.control_arm}
    treatments = [*interventions, *(c for c in comparators if c not in controls)]
    # the generic "control" may be "postural control": ``_ARMS_SAID`` reads a control group
    named_control = any(c in controls and not controls[c] for c in comparators)
    return len(treatments) <= 1 and not named_control and not _ARMS_SAID.search(own_words)


def _refine(name: str, text: str) -> str:
    """Publication types are coarse: an RCT may be a crossover, a 'Case Reports' a series."""
    if name == "randomized controlled trial" and re.search(r"cross-?over", text):
        return "crossover trial"
    if name == "case report" and "case series" in text:
        return "case series"
    if name == "narrative review" and re.search(r"systematic review|meta-?analys", text):
        return "systematic review"
    return name


_N = r"\d+"  # the rules below read text passed through ``with_digits``


_RANDOMIZED = tuple(
    Caseless(pattern)
    for pattern in (
        # "Forty-two patients with RRMS were randomized", "15 adults ... received"
        rf"\b({_N})\s+(?:[\w-]+\s+){{0,3}}?{_PEOPLE}\b[^.;]*?\b(?:{_ENROLLED})\b",
        # "enrolled twenty participants", "will enrol 120 participants", "a cohort of 312 people"
        rf"\b(?:enrol+(?:ed|s)?|recruited|randomi[sz]ed|included|cohort of)\s+({_N})\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_PEOPLE}\b",
        r"\(\s*n\s*=\s*(\d+)\s*\)",
        rf"\b({_N})\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\b",
    )
)


def _n_randomized(text: str) -> int | None:
    """Randomized or enrolled, as the abstract states it (whole sample, not one arm)."""
    for pattern in _RANDOMIZED:
        for match in pattern.finditer(text):
            if text[match.end(1) : match.end(1) + 1] == "-":
                continue  # "38-year-old"
            number = parse_number(match.group(1))
            if number is not None and number > 0:
                return number
    return None


_ANALYSED = Caseless(
    rf"\b({_N})\s+(?:(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\s+)?(?:\(\d+(?:\.\d+)?%\)\s+)?"
    r"(?:were\s+(?:included\s+in\s+the\s+)?analy[sz]ed|completed\b)"
)


def _n_analysed(text: str) -> int | None:
    """'Forty patients were analysed', 'Sixty-four women completed the study'."""
    match = _ANALYSED.search(text)
    return parse_number(match.group(1)) if match else None


def _without_background(record: Record) -> str:
    """The abstract without its labelled background: "BACKGROUND: Massage and stretching are used
    to reduce spasticity" names no arm of the study, which its methods name. Nor, where its
    methods are labelled too, its labelled results: "exercise capacity improved" or "relaxation
    increased" there are outcomes, and the methods name the arms."""
    methods = any(_role_of(section) == "methods" for section in record.abstract)
    return "\n\n".join(
        section.text
        for section in record.abstract
        if not _is_background(section) and not (methods and _is_results(section))
    )


def _role_of(section: AbstractSection) -> str | None:
    return label_role((section.label or "").upper())


def _is_background(section: AbstractSection) -> bool:
    return _role_of(section) == "background"


def _is_results(section: AbstractSection) -> bool:
    return _role_of(section) == "results"


def _interventions(text: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """Technique labels; generic ones ('massage') only when nothing more specific is named."""
    generic = {t.key for t in vocabulary.techniques if t.generic}
    found = vocabulary.match_techniques(text)
    specific = [m.label for m in found if m.key not in generic]
    return tuple(dict.fromkeys(specific or [m.label for m in found]))


def _comparators(text: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """Comparator labels; generic ones ('control', or a key generic among the techniques) only
    when nothing more specific is named."""
    generic = {t.key for t in vocabulary.techniques if t.generic}
    generic |= {t.key for t in vocabulary.comparators if t.generic}
    found = vocabulary.match_comparators(text)
    named = [m.label for m in found if m.key not in generic]
    return tuple(dict.fromkeys(named or [m.label for m in found]))


_SESSIONS = Caseless(rf"\b({_N})\s+(?:treatment\s+|massage\s+)?sessions\b(?!\s+(?:a|per|each)\s+week)")
_MINUTES = Caseless(
    rf"\b({_N})[\s-]+min(?:ute)?s?\b(?=[\s-]+(?:session|treatment|massage))|sessions?\s+of\s+({_N})\s+min"
)
_FREQUENCY = {"once": 1, "twice": 2, "daily": 7, "every day": 7}  # "3 times a week" is read as a number


def _dose(text: str) -> tuple[int | None, int | None, float | None]:
    """(number of sessions, minutes per session, weeks of treatment), each None when unstated.
    Sessions a week are looked for only where they are needed: the sessions untold, the weeks
    told (most abstracts tell neither how often nor how long, and the search reads them whole)."""
    sessions = _first_number(_SESSIONS, text)
    minutes = _first_number(_MINUTES, text)
    weeks = _weeks(text)
    if sessions is None and weeks is not None and (per_week := _per_week(text)) is not None:
        sessions = round(per_week * weeks)
    return sessions, minutes, weeks


# How long treatment lasted: "for 6 weeks" (not "followed up for 6 months"), "after 6 weeks of
# treatment", "a 12-week massage program".
_WEEKS = Caseless(
    rf"\b(?<!followed up )(?<!followed )(?<!follow-up )(?:for|over|lasted|during)\s+({_N})\s+"
    rf"(weeks?|months?)\b(?!\s+(?:of\s+)?follow)|\bafter\s+({_N})\s+(weeks?)\s+of\s+(?:treatment|therapy|intervention)|"
    rf"\b({_N})-(week|month)\s+(?:[\w-]+\s+){{0,2}}?(?:program|programme|intervention|treatment|course|"
    r"protocol|training|regimen)s?\b",
    words=("week", "month"),  # which every way holds; most abstracts hold "treatment"
)
_PER_WEEK = Caseless(
    rf"\b({'|'.join(_FREQUENCY)}|{_N}\s+(?:sessions?|times))\s+(?:a|per|each)\s+week"
    r"|\b(twice|once)\s+weekly|\b(daily)\b|\b(weekly)\b"
)


def _weeks(text: str) -> float | None:
    match = _WEEKS.search(text)
    if not match:
        return None
    number = parse_number(match.group(1) or match.group(3) or match.group(5))
    unit = (match.group(2) or match.group(4) or match.group(6)).lower()
    if number is None:
        return None
    return round(in_weeks(number, unit), 1)


def in_weeks(number: float, unit: str) -> float:
    """A span in weeks: "12 weeks" is 12, "3 months" 13."""
    return float(number) if unit.lower().startswith("week") else number * 52 / 12


def _per_week(text: str) -> int | None:
    match = _PER_WEEK.search(text)
    if not match:
        return None
    phrase = next(g for g in match.groups() if g).lower()
    if phrase == "weekly":
        return 1
    if phrase in _FREQUENCY:
        return _FREQUENCY[phrase]
    return parse_number(re.split(r"\s+(?:sessions?|times)", phrase)[0])


_UNIT = r"(?P<unit>weeks?|months?|years?|days?)"
_FOLLOW_UP_PATTERNS = tuple(
    Caseless(pattern)
    for pattern in (
        rf"\b(?P<n>\d+)[\s-]+{_UNIT}\s+follow-?up",  # "12-week follow-up"
        rf"\bfollow-?up\s+(?:of|at|after)\s+(?P<n>\d+)\s+{_UNIT}",  # "follow-up at 3 months"
        rf"\b(?P<n>\d+)\s+{_UNIT}\s+of\s+follow-?up",  # "2 years of follow-up"
        rf"\b(?P<n>\d+)\s+{_UNIT}\s+after\s+(?:the\s+end\s+of\s+)?(?:treatment|the\s+intervention)",
        rf"\b(?:at|after)\s+(?:(?P<first>\d+)\s+and\s+)?(?P<n>\d+)[\s-]+{_UNIT}\b",  # "at 12 and 24 weeks"
        r"\b(?:at|to)\s+(?P<unit>week|month)\s+(?P<n>\d+)\b",  # "at week 8"
    )
)


def follow_up_points(text: str) -> tuple[str, ...]:
    """Time points at which outcomes were assessed, normalised: ('12 weeks', '3 months')."""
    return _follow_up_points(with_digits(text))


def _follow_up_points(text: str) -> tuple[str, ...]:
    found: list[tuple[int, str]] = []
    for pattern in _FOLLOW_UP_PATTERNS:
        for match in pattern.finditer(text):
            unit = match.group("unit")
            if "first" in match.re.groupindex and match.group("first"):
                found.append((match.start(), time_point(int(match.group("first")), unit)))
            found.append((match.start("n"), time_point(int(match.group("n")), unit)))
    return tuple(dict.fromkeys(point for _, point in sorted(found)))


def time_point(number: int | None, unit: str) -> str:
    """'12', 'weeks' -> '12 weeks'; '1', 'months' -> '1 month'; '' when there is no number."""
    if number is None:
        return ""
    singular = unit.lower().rstrip("s")
    return f"{number} {singular}" + ("" if number == 1 else "s")


def _first_number(pattern: Caseless, text: str) -> int | None:
    match = pattern.search(text)
    if not match:
        return None
    value = next(g for g in match.groups() if g)
    return parse_number(value)
