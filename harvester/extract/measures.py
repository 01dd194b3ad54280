"""Outcomes outside the vocabulary: the measure as the abstract names it, and its good side.

A researcher's own topic (blood pressure, HbA1c, length of stay) is rarely in the outcome
vocabulary, yet its results are worded like any other: "Time to first flatus was significantly
shorter in the acupuncture group", "no significant difference in complications between the
groups", "the intervention reduced cortisol". ``open_measures`` finds the measure in such a
clause from where results put it (the subject of "was higher", the object of "reduced", the
noun after "difference in", the subject of a copula before one number per arm), item by item
where the clause lists several; ``polarity_of`` says which way is better from the word list in
``data/measures.toml``, or None where the list does not know (the finding then says how the
measure changed, not whether that helped); ``defined_abbreviations`` and ``spelled_out`` name
"OS" as the abstract defined it, "overall survival (OS)".
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from harvester.extract.patterns import compiled

NO_GOOD_SIDE = "no_good_side"
_EVENTS = "events"  # weak: how often something happens, less is better unless the thing is named
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
_NOT_AN_OBJECT = compiled(
    r"(?:more|less|most|least|further|significantly|markedly|slightly|greatly|substantially|"
    r"considerably|over|by|from|to|in|at|after|before|during|with|than|compared|among|between|"
    r"within|for|only|both|and|or|but|not|as|until|throughout|across|following)\b"
)
# The first result verb after a clause's opening words: what comes before it is its subject.
# "The number of sessions was 1.3 and 1.4 in groups 1 and 2": a copula before numbers ends it too.
_SUBJECT_END = compiled(rf"\s+(?:\([^()]{{0,60}}\)\s+)?(?:{_VERB}|(?:was|were)\s+(?=[−-]?\d))")
_NOMINAL = compiled(
    r"\b(?:(?:differences?|reductions?|increases?|decreases?|improvements?|changes?|rises?|declines?|"
    r"elevations?|deteriorations?|worsening|gains?|falls?|drops?|shortening|prolongation|comparisons?)"
    r"(?:\s+(?:(?:was|were) )?(?:found|seen|observed|noted|detected|shown|reported))?"
    r"(?:\s+between\s+[^,;:()]{1,50}?)?"
    r"\s+(?:was |were |were found |was found |was seen |was observed |"
    r"were observed )?(?:in|of|for|regarding|concerning|with (?:respect|regard) to|in terms of)|"
    r"(?:effects?|benefits?|impact)(?:\s+of\s+[^,;:()]{1,60}?)?\s+(?:on|in))\s+(?:the\s+)?"
    r"(?P<m>)(?=[^;:]{3})",
)
# What a result did to a measure, as a past participle or a comparative: "reduced pain", "lower pain".
_CHANGED = (
    r"reduced|decreased|increased|improved|lowered|raised|ameliorated|relieved|alleviated|"
    r"enhanced|shortened|prolonged|attenuated|prevented|diminished|eased|lessened|worsened|"
    r"better|worse|higher|lower|greater|less|more"
)
_OBJECT = compiled(
    rf"\b(?:{_CHANGED}|reduce|improve|decrease|increase|"
    r"reducing|improving|decreasing|increasing|lowering|relieving)\s+(?P<m>)(?=[^,;:]{3})",
)
# Where a measure's name ends: a group, a time, a comparison, a statistic, the next clause.
_END = compiled(
    r"\s+(?:between|among|compared|comparing|versus|vs\.?|than|from|after|at|in|with|was|were|is|"
    r"are|by|for|during|when|relative|over|within|but|which|that|while|whereas|had|has|did|"
    r"remained|showed|on|following|across|as|p|significantly|statistically|using|reported|up to|"
    r"experienced|demonstrated|exhibited|receiving|received|consuming|treated|who|achieved|produced|"
    r"displayed|obtained|reached|attained|presented|revealed|yielded|resulted|underwent|"
    r"before|each|both|respectively|throughout|since|because|among)\b|\s*[(\[=<>]|"
    r"(?<!grade)(?<!stage)(?<!type)(?<!class)(?<!or)(?<!and)\s+\d+(?:[.·]\d+)?(?=\s|%|$)|,\s+(?!and\b|or\b)(?=\w+\s+(?:was|were|is|are)\b)",
)
_LEAD = compiled(
    r"(?:(?:the|a|an|its|their|mean|median|average|overall|total|both|all|any|also|only|most|some|"
    r"several|many|various|other|(?:patients|participants|subjects)['’]|"
    r"significantly|statistically|significant|further|greater|higher|lower|more|less|"
    r"(?:serum |plasma |blood )?levels? of|rates? of|scores? (?:of|for|on)|values? of|"
    r"number of|amount of|changes? in|change of|improvements? in|reductions? in|increases? in|"
    r"scores? in|measures? of|\((?:sd|se|sem|iqr|range)\))\s+)+",
)
_NOT_A_MEASURE = compiled(
    r"^(?:there|this|these|those|that|it|they|we|which|who|no|none|neither|nor|results?|"
    r"differences?|findings?|data|analysis|analyses|study|trial|treatment|intervention|experiment|"
    r"therapy|program|programme|training|exercise|"
    r"patients?|participants?|subjects?|women|men|children|infants|groups?|arms?|both|all|"
    r"outcomes?|measures?|parameters?|variables?|effects?|values?|scores?|levels?|changes?|"
    r"significant|statistically|p|compared|respectively|other|others|each|control|placebo|"
    r"sham|baseline|time|times|rates?|reductions?|increases?|improvements?|decreases?|doses?|regimens?|"
    r"formulations?|devices?|procedures?|techniques?|methods?|domains?|subscales?|items?|dimensions?|"
    r"components?|favou?r of|generally|physicians?|nurses?|clinicians?|surgeons?|"
    r"investigators?|staff|caregivers?)\b",
    re.IGNORECASE,
)
# A statistic, not what it measures: "Hazard ratios (HRs) comparing time to death were ...".
_STATISTIC_NAME = compiled(
    r"(?:(?:adjusted |pooled |crude )?(?:hazard|odds|risk|rate|incidence rate) ratios?|relative risks?|"
    r"(?:standardi[sz]ed |weighted )?mean differences?|effect sizes?|p[- ]values?|"
    r"(?:a)?(?:hr|or|rr|irr|md|smd|wmd)s?)",
    re.IGNORECASE,
)
_ABBREVIATION = compiled(r"(?!NS|SD|SE|CI|IQ|VS)[A-Z]{2}")  # "OS", "BP": two capitals name a measure
_NUMBER_WORD = compiled(r"[−-]?[\d.,·%±]+")  # "70 and 39 women": counts, not a measure
_GROUP = compiled(  # "the massage group", "older women"; not "dominance of men"
    r"(?<!\bof )\b(?:groups?|arms?|cohorts?|patients|participants|subjects|women|men|children|infants|"
    r"volunteers|placebo|controls?|sham|recipients|users)$",
    re.IGNORECASE,
)
_LEADING_CONTEXT = compiled(
    r"^(?:(?:at|after|by|in|during|following|compared (?:with|to)|versus|vs\.?|among|for|with|"
    r"from|on|within|over|when|although|though|however|moreover|furthermore|additionally|"
    r"similarly|overall|finally|also|and|but|while|whereas)\b(?:(?!\b(?:was|were|is|are)\b)[^,]){0,80},\s*)+",
)

# "In the dyslipidemia study LDL cholesterol was reduced": where, before the subject.
_LEADING_SETTING = compiled(
    r"^(?:in|among) (?:the |this |each )?[\w\s-]{1,40}?(?:study|trial|subgroup|analysis|population|cohort)\s+"
)
_AUXILIARY = compiled(
    r"(?:(?:did|does|do|could|would|may|might|can|also|further|not|significantly|statistically|"
    r"markedly|greatly|slightly|substantially|considerably)\s+)+"
)
_COMMA = compiled(r",\s+(?:and\s+)?")
_COPULA = compiled(r"\s+(?:\([^()]*\)\s+)?(?:was|were|is|are)\b")
# "X was higher, as were B and C", "as well as the time to liquid diet": more of the same result.
_ALSO = compiled(
    r"\b(?:as (?:were|was|did|had)|as well as|together with|along with)\s+(?:in\s+)?(?:the\s+)?"
    r"(?P<m>)(?=[^;:]{3})",
)
# Between the items of a list: "A, B, and C", "A or B", "A as well as B"; not "grade 3 or 4".
_SEPARATOR = compiled(
    r"(?<!\d)(?:\s*,\s*(?:(?:and/or|and|or|as well as)\s+)?|\s+(?:and/or|and|or|as well as)\s+)(?!\d)"
)
# "systolic and diastolic blood pressure": two words sharing one head noun, one measure.
_SHARED_HEAD = compiled(r"[\w-]+\s+(?:and|or|and/or)\s+[\w-]+(?:\s+[\w-]+)+")
# What starts no item of a list: "..., assessed using a VAS", "..., which", "... and improved sleep".
_NOT_AN_ITEM = compiled(
    r"\w+ed\s+(?:by|using|with|as|for|in|at|to|from|on|according)\b|"
    r"(?:which|who|that|than|compared|respectively|was|were|is|are|had|has|did|showed|shown|"
    r"demonstrated|exhibited|displayed|achieved|produced|reported|experienced)\b|"
    rf"(?:significantly |statistically |also )*(?:{_CHANGED}|fewer|smaller|larger)\b",
)
_BRACKETED = compiled(r"\([^()]*\)|\[[^\[\]]*\]")
# After an item, before the next separator: only a p-value, an abbreviation, a percentage.
_ONLY_BRACKETS = compiled(r"(?:\s*(?:\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\]))*\s*[.,]?\s*")


_FUNCTION_WORD = compiled(
    r"^(?:there|this|these|those|it|its|they|we|which|no|none|neither|nor|with|without|in|at|of|for|"
    r"to|by|on|from|after|before|during|and|or|but|as|than|was|were|is|are|be|been|being|not|"
    r"did|does|do|had|has|have|may|might|could|would|also|only|then|thus|frequent|common|often|likely|"
    r"significant|significantly|statistically|a|an|the|that|both|all|each|between|versus|vs)$",
    re.IGNORECASE,
)
_PEOPLE = compiled(
    r"^(?:patients?|participants?|subjects?|women|men|children|infants|groups?|arms?|both|all|"
    r"those|control|placebo|sham|treatment|intervention|favou?r of|physicians?|nurses?|"
    r"clinicians?|surgeons?|investigators?|staff|caregivers?)\b",
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
    """The measures a results clause reports on, left to right; none when it names none.

    A list is read item by item ("lower A (p = 0.01), B (p = 0.03) and C than placebo", "A was
    higher, as were B, C and D"): each item is a measure of its own.
    """
    found: dict[int, OpenMeasure] = {}
    low = clause.lower()
    if len(low) != len(clause):
        low = clause  # lowering moved offsets: match as written (capitalised words then missed)
    body = _LEADING_SETTING.sub("", _LEADING_CONTEXT.sub("", low))
    offset = len(low) - len(body)
    verb = _SUBJECT_END.search(body, 3, 123 + 80)
    if (
        verb
        and ";" not in body[: verb.start()]
        and ":" not in body[: verb.start()]
        and verb.start() <= 120
        and not _has_object(clause, low, offset + verb.start())
    ):
        _add_list(found, clause, low, offset, offset + verb.start(), subject=True)
    _add_later_subjects(found, clause, low)
    for pattern in (_NOMINAL, _OBJECT, _ALSO):
        for match in pattern.finditer(low):
            start = match.start("m")
            _add_list(found, clause, low, start, _region_end(low, start), listed=pattern is _ALSO)
    return [found[start] for start in sorted(found)]


def _add_later_subjects(found: dict[int, OpenMeasure], clause: str, low: str) -> None:
    """Subjects after a comma: "pain was lower (p < 0.001), the sedation scores were lower, the
    consumption of sufentanil and meperidine were lower" names three results."""
    masked = _masked(low, 0, len(low))
    for comma in _COMMA.finditer(masked):
        start = comma.end()
        verb = _SUBJECT_END.search(masked, start, start + 100)
        if (
            verb
            and "," not in masked[start : verb.start()]
            and _COPULA.match(masked, verb.start())
            and not _has_object(clause, low, verb.start())
        ):
            _add_list(found, clause, low, start, verb.start(), subject=True)


def _region_end(low: str, start: int) -> int:
    """Where a list that starts at ``start`` must end at the latest: the next ";" or ":"."""
    ends = [at for at in (low.find(";", start), low.find(":", start)) if at >= 0]
    return min(ends, default=len(low))


def _add_list(
    found: dict[int, OpenMeasure],
    clause: str,
    low: str,
    start: int,
    end: int,
    *,
    subject: bool = False,
    listed: bool = False,
) -> None:
    """Add the measures of the list at ``low[start:end]``, item by item.

    A clause's subject (``subject``) is all measure up to its verb: every item counts, each cut
    where its name ends ("time to laryngoscopy, intubating conditions during laryngoscopy and
    ..."). Elsewhere the list goes on only while an item is followed by nothing but brackets (a
    p-value, an abbreviation) before the next separator: "reduced A (p = 0.01), B and C than
    placebo" lists three, "reduced A in the massage group, and B ..." one. What follows "as
    were" (``listed``) is a list of measures whatever its brackets.
    """
    cuts = _separators(low, start, end, subject or listed)
    pieces = [start, *(at for cut in cuts for at in cut), end]
    for piece_start, piece_end in zip(pieces[::2], pieces[1::2]):
        if piece_start > start and _NOT_AN_ITEM.match(low, piece_start):
            return  # "..., assessed using a VAS", "... and improved sleep": the list has ended
        item = _item(low, piece_start, piece_end)
        if item is None or not _add(found, clause, *item):
            return
        if not subject and not _ONLY_BRACKETS.fullmatch(low, item[1], piece_end):
            return


def _separators(low: str, start: int, end: int, every: bool) -> list[tuple[int, int]]:
    """Where the list at ``low[start:end]`` divides into items, brackets set aside.

    None for two words sharing one head noun ("systolic and diastolic blood pressure"), and
    unless ``every`` (a clause's subject, a list after "as were") none unless an item carries
    brackets of its own ("lower A (p = 0.01), B (p = 0.02)"): "no differences in A, B or C" is
    one statement about all three, and read apart a list read wrongly would be wrong once for
    each item.
    """
    masked = _masked(low, start, end)
    cuts = [(cut.start(), cut.end()) for cut in _SEPARATOR.finditer(masked, start)]
    whole = _item(low, start, end)
    if len(cuts) == 1 and whole and _SHARED_HEAD.fullmatch(masked, *whole):
        return []
    if not every and not any(low[at - 1] in ")]" for at, _ in cuts if at > 0):
        return []
    return cuts


def _masked(low: str, start: int, end: int) -> str:
    """``low[:end]`` with what is inside brackets hidden (same length), from ``start`` on, so
    that "(OR 0.37, p < 0.001)" holds no separator of the list."""
    text = low[start:end]
    while True:
        hidden = _BRACKETED.sub(lambda m: "x" * len(m.group()), text)
        if hidden == text:
            break
        text = hidden
    return " " * start + text


def _item(low: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the measure named in ``low[start:end]`` starts and ends: its lead-in words ("the
    mean", "levels of", "change in") left out, cut where the name ends."""
    lead = _LEAD.match(low, start, end)
    if lead:
        start = lead.end()
    cut = _END.search(low, start, end)
    if cut:
        end = cut.start()
    return (start, end) if end > start else None


def _has_object(clause: str, low: str, verb_at: int) -> bool:
    """Whether the change verb after a clause's subject has a measure as its object: in "the new
    shoe decreased plantar pressures" the subject is what acted, and the measure is the object."""
    verb_at += len(low[verb_at:]) - len(low[verb_at:].lstrip())
    auxiliary = _AUXILIARY.match(low, verb_at)  # "did not improve OS", "significantly reduced pain"
    match = _OBJECT.match(low, auxiliary.end() if auxiliary else verb_at)
    if match is None or _NOT_AN_OBJECT.match(low, match.start("m")):
        return False
    item = _item(low, match.start("m"), _region_end(low, match.start("m")))
    return item is not None and _add({}, clause, *item)


def _add(found: dict[int, OpenMeasure], clause: str, start: int, end: int) -> bool:
    """Add the measure at ``clause[start:end]`` once trimmed, unless it is not one or overlaps
    one found already; whether it is a measure."""
    text = clause[start:end].strip(" .,'\"-")
    if not _plausible(text):
        return False
    start = clause.find(text, start)
    if all(not (m.start <= start < m.end or start <= m.start < start + len(text)) for m in found.values()):
        found[start] = OpenMeasure(text, start, start + len(text), polarity_of(text))
    return True


def _plausible(text: str) -> bool:
    """A measure's name: a few words, not a group, a pronoun or a bare result word."""
    words = text.split()
    if not words or len(words) > 12 or _NUMBER_WORD.fullmatch(words[0]):
        return False
    if len(text) < 3:
        return bool(_ABBREVIATION.fullmatch(text)) and not _STATISTIC_NAME.fullmatch(text)
    if _NOT_A_MEASURE.match(text) and (
        len(words) == 1 or (_PEOPLE.match(text) and polarity_of(text) is None)
    ):
        return False  # "patients in the massage group", but "patient satisfaction", "treatment success"
    if _FUNCTION_WORD.match(words[0]) or _FUNCTION_WORD.match(words[-1]):
        return False
    if _GROUP.search(text) or _STATISTIC_NAME.fullmatch(text) or not re.search(r"[A-Za-z]{3}", text):
        return False
    return not re.search(r"\b(?:group|arm)\b", text, re.IGNORECASE)


_DEFINITION = compiled(r"\((?P<abbr>[A-Za-z][\w-]{1,9})\)")


def defined_abbreviations(text: str) -> dict[str, str]:
    """The abbreviations an abstract defines, with their long forms: "overall survival (OS)"
    gives {"OS": "overall survival"}, so that "did not improve OS" names its measure in words.

    The long form is found as Schwartz and Hearst do (2003): each letter of the abbreviation, from
    the last, in the words just before the bracket, the first at the start of a word.
    """
    defined: dict[str, str] = {}
    for match in _DEFINITION.finditer(text):
        abbreviation = match.group("abbr")
        if not any(c.isupper() for c in abbreviation) or abbreviation in defined:
            continue
        before = re.split(r"[.;:()\[\]]", text[max(0, match.start() - 120) : match.start()])[-1]
        long_form = _long_form(abbreviation, before)
        if long_form:
            defined[abbreviation] = long_form
    return defined


def spelled_out(measure: OpenMeasure, defined: dict[str, str]) -> OpenMeasure:
    """The measure named in words where the abstract defined its abbreviation: "OS" as "overall
    survival (OS)", with the good side its words give."""
    long_form = defined.get(measure.measure)
    if long_form is None:
        return measure
    return replace(measure, measure=f"{long_form} ({measure.measure})", polarity=polarity_of(long_form))


def _long_form(abbreviation: str, before: str) -> str | None:
    letters = [c.lower() for c in abbreviation if c.isalnum()]
    words = before.split()[-min(len(letters) + 5, len(letters) * 2) :]
    candidate = " ".join(words)
    at = len(candidate) - 1
    for index in range(len(letters) - 1, -1, -1):
        while at >= 0 and (
            candidate[at].lower() != letters[index] or (index == 0 and at > 0 and candidate[at - 1].isalnum())
        ):
            at -= 1
        if at < 0:
            return None
        at -= 1
    long_form = candidate[candidate.rfind(" ", 0, at + 2) + 1 :].strip(" ,-")
    return long_form if len(long_form) > len(abbreviation) and " " in long_form else None


_TIME_TO = compiled(r"\b(?:time|days|interval) (?:to|until) (?:the )?(?:first )?(?P<event>.+)", re.IGNORECASE)


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
        for polarity in ("lower_is_better", "higher_is_better", NO_GOOD_SIDE, _EVENTS)
        for phrase in lists[polarity]
    }
    phrases = sorted(by_phrase, key=lambda phrase: (-len(phrase), phrase))
    alternation = "|".join(re.escape(phrase) for phrase in phrases)
    return _Lexicon(by_phrase, compiled(rf"(?<![\w-])(?:{alternation})"))


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
    named = [h for h in hits if by_phrase[h] != _EVENTS]
    if not named:
        return "lower_is_better"  # "incidence of X" where X is not in the lists: an event
    hits = named
    longest = max(len(h) for h in hits)
    polarities = {by_phrase[h] for h in hits}
    if len(polarities) == 1:
        return polarities.pop()
    top = {by_phrase[h] for h in hits if len(h) == longest}
    return top.pop() if len(top) == 1 else None
