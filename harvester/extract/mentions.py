"""Outcome mentions: which outcomes a sentence names, and what the whole abstract says of them.

The outcome domain and measure come from the outcome vocabulary; an outcome outside it is domain
``other``, named as the abstract names it (``measures.open_measures``). Beside one sentence's
mentions, the abstract as a whole tells how to read them: the outcome the methods call primary,
the outcomes they list (for "any of the outcome measures"), the instruments scored against a
domain's usual way and the outcome each generic rating scale rates, read once per abstract into
``candidates.Known``. Harms are left to the safety notes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from harvester.extract.candidates import Known, segment_key
from harvester.extract.lists import LISTS, listed_with
from harvester.extract.measures import (
    ASPECT,
    OTHER_WAY,
    SPREAD,
    WAIT_FOR_LISTED,
    OpenMeasure,
    open_measures,
    polarity_of,
    reached_after,
    said_under_control,
    spelled_out,
    with_abbreviation,
)
from harvester.extract.patterns import SCALE_WAY, SHORT_NAME, Caseless, Screened, compiled
from harvester.extract.readings import arms_alike, states_result
from harvester.extract.statements import SAFETY_MEASURE
from harvester.extract.structure import AbstractSentence, p_values
from harvester.extract.types import OTHER_DOMAIN
from harvester.extract.vocabulary import INVERSE, POLARITIES, DomainMatch, Vocabulary

_NAMES_A_TREATMENT = compiled(
    # "between the sleep and rest conditions", "the massage or pain groups", "the walking and the
    # balance training groups": the first of two arms
    r"(?:\s+(?:and|or|vs\.?|versus)\s+(?:the\s+)?(?:(?!(?:in|both|all|each|either|two|three)\b)[\w-]+\s+){0,2}"
    r"[\w-]+(?=\s+(?:conditions|groups|arms)\b))?"
    # "pain neuroscience education", "a fatigue self-management course": one word of what is taught
    r"(?:[\s-]+[\w-]+(?=\s+(?:education|courses?|class(?:es)?|programm?e?s?|booklets?|workshops?)\b))?"
    r"[\s-]+(?:conditions?|training|exercises?|programs?|programmes?|therapy|therapies|interventions?|groups?|"
    r"arms?|class(?:es)?|sessions?|education|management|retraining|rehabilitation|courses?|booklets?|workshops?|"
    # "pain-relieving medication", "anxiety-reducing music": a treatment named for what it should do
    r"(?:relieving|reducing|lowering|promoting|alleviating)\s+(?:medications?|medicines?|drugs?|music|"
    r"interventions?|therapy|therapies|techniques?|strateg(?:y|ies))|"
    # "the attention control group": a control arm named by what it matched (not "trunk control")
    r"control[\s-]+(?:groups?|arms?|conditions?)|"
    # "pain medication use", "sleep aids", "fatigue-related absenteeism": what is for or from it
    # (not "quality of life related to bladder problems", the outcome that is related)
    r"medications?|medicines?|drugs?|killers?|relievers?|aids?|clinics?|services?|related(?![\s-]+to\b)|"
    # "a stress app", "the Smoke Free application": a product used, not what it changed
    r"(?:free[\s-]+)?(?:apps?|applications?))\b",
    re.IGNORECASE,
)
# "the Stress Free group", "Pain Free was as good": a product's name, whose "Free" is capitalised
# as no measure's is ("stress-free days").
_A_PRODUCT_NAME = compiled(r"[\s-]+Free\b")
_ENDS_A_PRODUCT_NAME = compiled(r"[\s-]Free$")
# "Response to treatment (a reduction of at least 25% in anxiety) was 90% ...": the bracket says
# what counted as a response, the outcome measured; more responders is no more anxiety.
_DEFINES_A_RESPONSE = compiled(
    r"\b(?:respon(?:se|ses|ders?|ded)|remission|success)\b[^().;]{0,40}?\([^()]*$", re.IGNORECASE
)
# "patients with impaired sleep quality were randomised", "in women with poor sleep quality, pain
# fell": who the people are, not what happened to them; a few words of the state may come between
# ("adults with chronic severe pain"), none that tells what they did ("patients with massage had
# less pain").
_PEOPLE_WITH = compiled(
    r"\b(?:patients|participants|subjects|people|persons|individuals|adults|women|men|children|infants|"
    r"adolescents|mothers|residents|volunteers|those)\s+with\s+(?:(?:an?|high|higher|low|lower|poor|poorer|"
    r"severe|moderate|mild|chronic|persistent|clinical|clinically|significant|marked|baseline|less|more|"
    r"greater|[\w-]+(?:ed|ic|al|ive|ous))"
    r"\s+){0,3}$",
    re.IGNORECASE,
)
# "the proportion of patients with poor sleep quality", "fewer women with anxiety", "12% of
# participants with pain": people counted, a result of their own.
_COUNTED_BEFORE = compiled(
    r"(?:\b(?:proportions?|percentages?|percent|numbers?|shares?|rates?|fewer|more|less|none|most|half|of)|"
    r"\d|%)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "86% reported no pain", "patients without anxiety", "free of fatigue": the outcome's absence,
# whose share is better the larger it is, as "pain-free" is.
# "freedom from fatigue", "resistance to fatigue", "relief of pain": a stand against the outcome,
# scored as its absence is.
_ABSENT_BEFORE = compiled(
    r"(?:\b(?:reported|had|experienced|felt|with|were|was) (?P<no>no)|"
    r"\b(?P<without>without(?: any)?|free (?:of|from))|"
    r"\b(?P<against>freedom from|absence of|resistance to|tolerance (?:of|to)|relief (?:of|from)|"
    r"prevention of|protection (?:against|from)))\s+$",
    re.IGNORECASE,
)
_ABSENT_REACH = 25
# "stress-free days", "anxiety free weeks": time without the outcome, the more the better; and
# "fatigue resistance", a stand against it.
_FREE_AFTER = compiled(r"[\s-](?:free|(?P<against>resistance|tolerance))\b(?![\s-]+(?:of|from|to)\b)")
# Where the absent outcome's name ends ("no pain, as compared to"), unlike "no pain reduction",
# the absence of a change.
_ABSENT_ENDS = compiled(
    r"\s*(?:[,.;:()]|$|(?:and|or|as|at|in|on|during|after|compared|than|versus|vs|was|were|is|are)\b)",
    re.IGNORECASE,
)
# "relief of pain reduction": a change of the outcome named after it, no stand against it.
_CHANGE_AFTER = compiled(
    r"[\s-]+(?:reductions?|decreases?|increases?|changes?|improvements?|worsening|scores?)\b", re.IGNORECASE
)
# The methods' list of outcomes.
_LISTED_NAMED = Caseless(
    r"\b(?:outcome measures?|outcomes?|end-?points?|assessments)(?: measured)?"
    # "Efficacy assessments, based on central review, included": what they were based on, between
    r"(?:,[^,.;:()]{1,60},)?(?: (?:included|were|comprised)\s*:?| ?:)\s+"
    # the list, brackets and all: "response rate (ORR; primary endpoint), disease control rate"
    r"(?:the\s+)?(?P<m>(?:[^.;:()]|\([^()]{0,60}\)){3,300})"
)
# "Fatigue (MFIS), pain and balance were assessed before and after": the methods' list, said
# the other way round.
_LISTED_MEASURED = Caseless(
    r"^(?:the\s+)?(?P<m>[^.;:]{3,300}?)\s+(?:were|was)\s+(?:also\s+)?(?:\w+ly\s+)?"
    r"(?:measured|assessed|evaluated|recorded|examined|compared|determined)\b"
)
# "..., assessed at baseline, week 6 and week 12": when and how the listed outcomes were measured.
_LIST_TAIL = Caseless(
    r",?\s+(?:(?:were|was)\s+)?(?:assessed|measured|evaluated|recorded|collected|administered|obtained|"
    r"taken|used)\b|\s+(?:at|before|after|during|on|from)\s+(?:the\s+)?(?:baseline|weeks?|months?|days?|"
    r"end|start|beginning)\b"
)
_PRIMARY_NAMED = compiled(
    # "The primary outcome was pain", "Primary outcome: pain", a label's colon after the words
    r"\bprimary (?:outcome|end-? ?point)s?(?: measures?)?(?: (?:was|were|is|included)| ?:)\s+(?:the\s+)?"
    r"(?P<m>[^,;.]{3,100})",
    re.IGNORECASE,
)
# How far a rating scale sits from the outcome it rates: "pain was rated on a VAS", "VAS for pain".
_SCALE_REACH = 30
# What may surround a scale that names nothing else: "the VAS scores", "mean VAS ratings".
_SCALE_WORDS = re.compile(r"(?:\W|\b(?:the|mean|median|scores?|values?|ratings?)\b)*")


def outcome_mentions(text: str, vocabulary: Vocabulary) -> list[DomainMatch]:
    """Outcome-domain mentions in one sentence, safety domains left to the safety notes.

    An instrument shared by several domains (DASS-21: anxiety, depression, stress) counts only
    for the domain the sentence names in words, when it names one: "the DASS-21 stress
    subscale" is about stress. "Balance training" and "the walking group" name a treatment or an
    arm, not an outcome, and "oxidative stress" is not the stress domain (the words its entry in
    the vocabulary gives, ``Vocabulary.names_something_else``).
    """
    matches = [
        m
        for m in vocabulary.match(text)
        if not vocabulary.domain(m.domain).safety
        and not _NAMES_A_TREATMENT.match(text, m.end)
        and not _names_a_product(text, m)
        and not vocabulary.names_something_else(text, m)
        and not _DEFINES_A_RESPONSE.search(text, 0, m.start)
        and not _describes_the_people(text, m)
        and not in_a_tool_used(text, m.start)
        and not _names_care_of_it(text, m)
        and not _names_its_spread(text, m)
        and not _done_while_measured(text, m, vocabulary)
        and not reached_after(text, m.end)  # "a pain score below 3": the target, named in the open
    ]
    matches = [
        m
        for m in matches
        if not _what_another_is_related_to(text, m, matches) and not _free_of_it_for_another(text, m, matches)
    ]
    spans: dict[tuple[int, int], set[str]] = {}
    for match in matches:
        spans.setdefault((match.start, match.end), set()).add(match.domain)
    alone = [m for m in matches if len(spans[(m.start, m.end)]) == 1]
    named = {m.domain for m in alone}
    kept = []
    for match in matches:
        siblings = spans[(match.start, match.end)]
        subscale = _hyphened_subscale(text, match, siblings, vocabulary) if len(siblings) > 1 else set()
        if subscale and match.domain not in subscale:
            continue
        shared = len(siblings) > 1 and siblings & named
        if not subscale and shared and match.domain not in _spoken_for(text, match, siblings, alone):
            continue
        kept.append(_absent(text, match))
    instruments = [m for m in matches if vocabulary.scores_subscales_alike(m)]
    kept = [_as_a_subscale(text, m, instruments) for m in kept] if instruments else kept
    return [_scale_way_told(text, m, vocabulary) for m in kept] if "(" in text else kept


_SCALE_WAY = compiled(SCALE_WAY, re.IGNORECASE)
# From an outcome to the bracket that tells its scale's way: the rest of a list of outcomes and their
# nouns ("depression and fatigue scores"), no verb.
_UP_TO_THE_SCALE_WAY = compiled(r"(?:(?!\b(?:was|were|is|are|had|has|did)\b)[\w\s,/&-]){0,50}")


def without_scale_ways(text: str) -> str:
    """``text`` with the brackets that tell a scale's way blanked out (same length), once the
    outcomes before them have taken it: "higher" and "better" there rank no arm and tell no result."""
    if "(" not in text:
        return text
    return _SCALE_WAY.sub(lambda told: " " * len(told.group()), text)


def _scale_way_told(text: str, match: DomainMatch, vocabulary: Vocabulary) -> DomainMatch:
    """An outcome with the way its scale runs bracketed after it, as the abstract tells it:
    "depression and fatigue (higher scores indicating better health)" are better higher."""
    told = _SCALE_WAY.search(text, match.end)
    if (
        told is None
        or not _UP_TO_THE_SCALE_WAY.fullmatch(text, match.end, told.start())
        or states_result(text[match.end : told.start()])  # "pain fell and quality of life (...)"
    ):
        return match
    higher_better = (told.group("way").lower() in ("higher", "greater", "larger")) == (
        told.group("good") is not None
    )
    polarity = POLARITIES[1] if higher_better else POLARITIES[0]
    if polarity == match.polarity:
        return match
    against = polarity != vocabulary.domain(match.domain).polarity
    return replace(match, polarity=polarity, measure_key=INVERSE if against else match.measure_key)


# What a part of an instrument is called: "the FAMS fatigue subscale", "depression scores of the SF-36".
_PART_NOUN = r"(?:sub)?scales?|scores?|domains?|dimensions?|components?"
# From an instrument to a subscale it names: "FAMS emotional well-being and thinking/" (not "SF-36
# and", another measure, nor "SF-36 improved, and", another statement).
_INSTRUMENT_TO_ITS_PART = compiled(
    r"(?![\s,]*(?:and|or|&|,))(?:(?!\b(?:was|were|is|are|had|has)\b)[\w\s,/&-]){0,60}"
)
_PART_NAMED_AFTER = compiled(rf"[\w\s,/&-]{{0,40}}?\b(?:{_PART_NOUN})\b", re.IGNORECASE)
_PART_OF_THE_INSTRUMENT = compiled(
    rf"(?:(?!\b(?:{_PART_NOUN})\b)[\w\s,/&-]){{0,60}}\b(?:{_PART_NOUN})\s+(?:of|on|from|in|within)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _as_a_subscale(text: str, match: DomainMatch, instruments: list[DomainMatch]) -> DomainMatch:
    """A trouble named as a subscale of an instrument scored the better the higher in every part
    ("the FAMS thinking/fatigue subscale", "depression scores of the SF-36"): a rise is less of it."""
    if match.is_instrument or match.polarity != "lower_is_better":
        return match
    for instrument in instruments:
        between = text[instrument.end : match.start]
        named_after = instrument.end <= match.start and (
            _INSTRUMENT_TO_ITS_PART.fullmatch(between) is not None
            and not re.search(r"\w+ed\b", between)
            and _PART_NAMED_AFTER.match(text, match.end) is not None
        )
        named_before = (
            match.end <= instrument.start
            and _PART_OF_THE_INSTRUMENT.fullmatch(text, match.end, instrument.start) is not None
        )
        if named_after or named_before:
            return replace(match, polarity="higher_is_better", measure_key=INVERSE)
    return match


# "quality of life related to bladder problems", "pain associated with spasticity": what the
# outcome named first is of.
_RELATED_TO_BEFORE = compiled(
    r"\s+(?:related|associated|due) (?:to|with) (?:the\s+|their\s+)?$", re.IGNORECASE
)


def _what_another_is_related_to(text: str, match: DomainMatch, matches: list[DomainMatch]) -> bool:
    """Whether the match names only what another outcome, named just before it, is related to:
    in "quality of life related to bladder problems improved" quality of life improved, not the
    bladder's symptoms."""
    related = _RELATED_TO_BEFORE.search(text, max(0, match.start - 30), match.start)
    return related is not None and any(other.end == related.start() for other in matches)


_FREE_OF_IT = compiled(r"[\s-]free$", re.IGNORECASE)


def _free_of_it_for_another(text: str, match: DomainMatch, matches: list[DomainMatch]) -> bool:
    """Whether the match is a harm's absence qualifying the outcome named right after it: in
    "pain-free walking distance increased" the walking distance is measured, pain-free its kind,
    no result of pain."""
    return _FREE_OF_IT.search(text[match.start : match.end]) is not None and any(
        other.start > match.end and not text[match.end : other.start].strip() for other in matches
    )


# "patients who used a depression self-rating scale (PHQ-9)", "had completed the anxiety
# questionnaire": a tool the people used, not what changed in them (but "pain, assessed with the
# pain scale": the instrument of the outcome named before it; "kept a sleep diary": a diary is
# the record of its own outcome).
_A_TOOL_USED = compiled(
    r"(?<!\bassessed )(?<!\bmeasured )(?<!\bevaluated )(?<!\brated )"
    r"\b(?:used|uses|completed|completes|filled (?:in|out))\s+(?:an?|the|their|his|her)\s+"
    r"(?P<tool>(?:[\w-]+\s+){0,4}?(?:[\w-]+[\s-])?(?:scales?|questionnaires?|"
    r"inventor(?:y|ies)|tools?|instruments?|checklists?|apps?)\b(?:\s*\([^()]{1,30}\))?)",
    re.IGNORECASE,
)


# "depression screening rates", "pain documentation", "referrals for depression", "knowledge about
# depression", "adherence to the pain diary", "pain acceptance", "self-efficacy for managing pain":
# the care given, or what people knew, thought or did of the outcome, a measure of its own; its
# rise is no worse depression, nor more pain.
_CARE_AFTER = compiled(
    r"[\s-]+(?:screening|documentation|referrals?|knowledge|awareness|literacy|detection|recognition|"
    r"diagnos(?:is|es|ed)|consultations?|acceptance|coping|beliefs?|attitudes?|self-efficacy)\b",
    re.IGNORECASE,
)
_CARE_BEFORE = compiled(
    r"\b(?:(?:screening|documentation|referrals?|knowledge|awareness|understanding|attitudes?|beliefs?|"
    r"stigma|literacy|detection|recognition|diagnosis|adherence|fear|acceptance|coping|self-efficacy)\s+"
    r"(?:for|of|about|on|to|regarding|towards?|with|in)(?:\s+(?:managing|coping with|controlling))?|"
    # "more often received treatment for depression": care given, not the trial's own treatment
    r"(?:received|receiving|prescribed|started|starting)\s+(?:an?\s+)?(?:treatment|medications?|drugs?)\s+for)"
    r"\s+(?:(?:the|their|a|an)\s+)?(?:[\w-]+\s+){0,1}$",
    re.IGNORECASE,
)


def _names_care_of_it(text: str, match: DomainMatch) -> bool:
    """Whether the outcome's words name the care given for it or what people knew of it ("depression
    screening rates increased", "referrals for depression were more frequent"), not the outcome."""
    return bool(
        _CARE_AFTER.match(text, match.end) or _CARE_BEFORE.search(text, max(0, match.start - 50), match.start)
    )


# "gait variability", "the asymmetry of walking speed", "fluctuations in fatigue": how much the
# outcome varies, a measure of its own, whose fall is no worse walking.
_SPREAD_AFTER = compiled(rf"[\s-]+{SPREAD}\b", re.IGNORECASE)
_SPREAD_BEFORE = compiled(rf"\b{SPREAD}\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _names_its_spread(text: str, match: DomainMatch) -> bool:
    """Whether the outcome's words name how much it varies ("step length variability decreased",
    "the variability of gait speed was lower"), not the outcome."""
    return bool(
        _SPREAD_AFTER.match(text, match.end)
        or _SPREAD_BEFORE.search(text, max(0, match.start - 40), match.start)
    )


def in_a_tool_used(text: str, start: int) -> bool:
    """Whether the words at ``start`` name a scale the people used ("patients who used a
    depression self-rating scale more often continued their medication"): what it is named after
    did not change by the result that follows."""
    return any(tool.start("tool") <= start < tool.end("tool") for tool in _A_TOOL_USED.finditer(text))


# "pain on walking", "breathlessness while walking": the activity during which something else was
# measured; "fatigue fell after aerobic walking", "compared with walking", "balance training
# versus Nordic walking", "eight weeks of walking": the activity the people were given, an arm.
# One word of its kind may come between, not a word that tells when ("after treatment walking").
_WHILE_DOING = compiled(
    r"\b(?:on|during|while|when|upon|after|following|versus|vs\.?|compared\s+(?:with|to)|"
    r"(?:weeks?|months?|sessions?|minutes?|min)\s+of|"
    # "after balance training and aerobic walking": the second of two arms
    r"(?:after|following)\s+[\w\s-]{0,40}?\b(?:training|exercises?|therapy|programm?e?s?)\s+(?:and|or))\s+"
    r"(?:(?!(?:the|this|that|treatment|therapy|intervention|training|baseline|massage)\b)[a-z-]+\s+)?$",
    re.IGNORECASE,
)
# "walking led to greater improvements in mood": the activity done, the subject of what it caused
_CAUSED = compiled(
    r"\s+(?:\w+ly\s+)?(?:led\s+to|resulted\s+in|produced|yielded|induced|elicited|brought\s+about)\b"
)


def _done_while_measured(text: str, match: DomainMatch, vocabulary: Vocabulary) -> bool:
    """Whether an activity's words name what was being done when another outcome was measured
    ("pain on walking did not increase") or what one arm did ("fatigue fell after aerobic
    walking"), not how well it was done: the activity named alone, as "no effect on walking speed"
    names a measure of it."""
    return (
        vocabulary.domain(match.domain).also_an_activity
        and not re.search(r"[\s-]", match.measure.strip())
        and bool(
            _WHILE_DOING.search(text, max(0, match.start - 40), match.start) or _CAUSED.match(text, match.end)
        )
    )


# "regardless of EDSS score", "independent of changes in mood": what the result was read apart
# from, not a result.
_READ_APART_FROM = compiled(
    r"\b(?:regardless|irrespective|independent(?:ly)?)\s+of\s+(?:(?:the|their|baseline|initial|changes?|in)\s+){0,3}$|"
    # "after adjustment for age and baseline disability": what the analysis held apart
    # (not "after adjustment for age, the FIM did not differ": a statement after it)
    r"\b(?:adjust(?:ing|ment|ed)|controlling|correct(?:ing|ion|ed)|accounting)\s+for\s+(?:(?:the|their)\s+)?"
    r"(?:(?!(?:the|an?|this|these|those|there|it|we|both|all)\b)[\w-]+(?:,\s+|\s+(?:and|or)\s+|\s+)){0,6}$",
    re.IGNORECASE,
)


def _describes_the_people(text: str, match: DomainMatch) -> bool:
    """Whether the outcome names a state of the people a sentence is about ("adults with poor
    sleep quality", "greater in patients with less spasticity", "regardless of EDSS score"), not a
    result, where they are not counted ("the proportion of adults with poor sleep quality" is
    one)."""
    apart = _READ_APART_FROM.search(text, max(0, match.start - 60), match.start)
    if apart is not None and not apart.group().endswith(", "):  # not "adjusted for age, fatigue fell"
        return True
    people = _PEOPLE_WITH.search(text, max(0, match.start - 80), match.start)
    return people is not None and not _COUNTED_BEFORE.search(
        text, max(0, people.start() - 30), people.start()
    )


def _names_a_product(text: str, match: DomainMatch) -> bool:
    """Whether the words name a product: "Stress Free", "the Pain Free app"."""
    return bool(_A_PRODUCT_NAME.match(text, match.end) or _ENDS_A_PRODUCT_NAME.search(text, 0, match.end))


def _absent(text: str, match: DomainMatch) -> DomainMatch:
    """The mention as read where it stands: "reported no pain" and "stress-free days" name the
    absence of the outcome, scored the other way round, and a measure of its own beside it."""
    if match.is_instrument:
        return match
    free = _FREE_AFTER.match(text, match.end)
    absent = _ABSENT_BEFORE.search(text, max(0, match.start - _ABSENT_REACH), match.start)
    if free:
        if free.group("against") and match.polarity != POLARITIES[0]:
            return match  # a stand against a harm only: "fatigue resistance"
        start, end = match.start, free.end()
    elif absent is not None and absent.group("against"):
        if match.polarity != POLARITIES[0] or _CHANGE_AFTER.match(text, match.end):
            return match  # a stand against a harm only ("relief of pain", not "of pain reduction")
        start, end = absent.start("against"), match.end  # "resistance to fatigue was higher"
    elif absent is not None and _ABSENT_ENDS.match(text, match.end):
        start, end = absent.start("no") if absent.group("no") else absent.start("without"), match.end
    else:
        return match
    return replace(
        match,
        measure=text[start:end],
        start=start,
        end=end,
        polarity=POLARITIES[1] if match.polarity == POLARITIES[0] else POLARITIES[0],
        measure_key=INVERSE if match.measure_key != INVERSE else "",
    )


def _hyphened_subscale(
    text: str, shared: DomainMatch, siblings: set[str], vocabulary: Vocabulary
) -> set[str]:
    """The domain a shared instrument's subscale joined to it by a hyphen names: "HADS-anxiety"
    is the anxiety subscale alone. The domain's word is no mention of its own there (a word
    after a hyphen is not matched), so the sentence's other words cannot tell it."""
    if not text.startswith("-", shared.end):
        return set()
    tail = text[shared.end + 1 : shared.end + 1 + _BESIDE_REACH]
    return {m.domain for m in vocabulary.match(tail) if m.start == 0 and m.domain in siblings}


# What may stand between a shared instrument and the domain it is scored for: "HADS anxiety",
# "anxiety (HADS)", "the anxiety subscale of the HADS", "HADS-anxiety scores".
_BESIDE = compiled(r"(?:[\s()\[\]:,-]|\b(?:sub-?)?scales?\b|\bscores?\b|\bdomains?\b|\bof\b|\bthe\b|\bon\b)*")
_BESIDE_REACH = 25
# "anxiety and depression (HADS)": a list of the domains, all of it beside the instrument.
_LISTED_WITH = compiled(r"\s*(?:,|and|or|&|/)\s*(?:and\s+)?")


def _spoken_for(text: str, shared: DomainMatch, siblings: set[str], alone: list[DomainMatch]) -> set[str]:
    """The domains a shared instrument speaks for in this sentence: the one named in words right
    beside it ("HADS anxiety scores fell, whereas HADS depression did not change": the first HADS
    is the anxiety subscale), with the list it ends ("anxiety and depression (HADS)"), else every
    one the sentence names ("the HADS showed less anxiety and less depression")."""
    words = [m for m in alone if m.domain in siblings]
    beside = [
        m
        for m in words
        if (0 <= m.start - shared.end <= _BESIDE_REACH and _BESIDE.fullmatch(text, shared.end, m.start))
        or (0 <= shared.start - m.end <= _BESIDE_REACH and _BESIDE.fullmatch(text, m.end, shared.start))
    ]
    listed = [
        m
        for m in words
        for b in beside
        if _LISTED_WITH.fullmatch(text, *((m.end, b.start) if m.start < b.start else (b.end, m.start)))
    ]
    return {m.domain for m in beside + listed} or {m.domain for m in words}


# "time to first ambulation", "time until sleep onset", "the time to pain relief": the wait for it,
# also for the milestone's kind ("time to independent walking", "time to first unaided walking").
_WAIT_FOR = compiled(
    r"\btime (?:to|until|till|for) (?:the )?"
    r"(?:first |onset of |the onset of |full |(?P<complete>complete ))?"
    r"(?:(?:independent|unaided|unassisted|unsupported|spontaneous|normal) )?$",
    re.IGNORECASE,
)


def waited_for(match: DomainMatch, text: str) -> DomainMatch:
    """A domain's words after "time to" name how long it took to come: the sooner walking or
    sleep or pain relief comes, the better, and the later pain does; so too the next item of a
    list the wait opens ("time to first flatus and bowel movement"). A harm is never complete:
    "time to complete bowel care" is how long a task took, the shorter the better as it was."""
    before = text[max(0, match.start - 120) : match.start]
    waited = _WAIT_FOR.search(before[-40:]) or WAIT_FOR_LISTED.search(before)
    if match.polarity not in OTHER_WAY or waited is None:
        return match
    if waited.groupdict().get("complete") and match.polarity == "lower_is_better":
        return match
    return replace(match, polarity=OTHER_WAY[match.polarity])


# "the time of 10-meter walking", "the time needed for walking": how long the walk took.
_TIME_OF = compiled(
    r"\btime (?:of|(?:taken|needed|required) (?:for|to)) (?:the )?"
    r"(?:\d+[\s-]*(?:m|meters?|metres?|feet|ft)\s+)?$",
    re.IGNORECASE,
)


def timed(match: DomainMatch, text: str) -> DomainMatch:
    """A domain done faster, better (walking), named after "the time of" is the time its test
    took: the shorter, the better, as "walking time" is."""
    if not match.faster_is_better or match.polarity != "higher_is_better":
        return match
    if not _TIME_OF.search(text, max(0, match.start - 40), match.start):
        return match
    return replace(match, polarity="lower_is_better")


# What a domain's words say is measured: a speed, a distance, a time ("gait speed", "walking time"),
# the share of the night asleep ("sleep efficiency", a percentage however sleep is scored).
# So are the steps counted, a stride's length and its rhythm ("daily steps", "stride length", "cadence").
_QUANTITY_WORDS = compiled(
    r"\b(?:speeds?|velocit(?:y|ies)|distances?|times?|durations?|efficienc(?:y|ies)|steps?|"
    r"step counts?|lengths?|cadence)\b",
    re.IGNORECASE,
)
# How fast or far someone got on a test of getting about: better higher, whatever the test's own
# score. "gait speed on the 10-meter walk test", "walking velocity (10MWT)", "the 10MWT speed"
# (not "fingertip-to-floor distance", a range of motion; not a balance test's stance "time").
_FASTER_OR_FARTHER = r"(?:speeds?|velocit(?:y|ies)|distances?)"
_QUANTITY_BEFORE = compiled(
    rf"\b{_FASTER_OR_FARTHER}\s+(?:\([^()]{{1,20}}\)\s+)?(?:(?:on|in|during|for|from|"
    r"(?:measured|assessed|tested|evaluated)\s+(?:by|with|on|using))\s+(?:the\s+)?|\(\s*)$",
    re.IGNORECASE,
)
_QUANTITY_AFTER = compiled(rf"(?:\s*\([^()]{{1,20}}\))?[\s-]+{_FASTER_OR_FARTHER}\b", re.IGNORECASE)


def names_its_quantity(match: DomainMatch) -> bool:
    """Whether a domain's words say what is measured ("gait speed", "walking time"): their own
    good side holds against an instrument the abstract scores the other way ("10-meter walk test":
    a time)."""
    return not match.is_instrument and _QUANTITY_WORDS.search(match.measure) is not None


def measured_as(match: DomainMatch, text: str) -> DomainMatch:
    """An instrument of a domain where faster is better, named with the speed or distance
    measured on it, is better higher: the speed on a timed walk, though the walk's time is better
    lower."""
    if not (match.is_instrument and match.faster_is_better) or match.polarity != "lower_is_better":
        return match
    named = _QUANTITY_BEFORE.search(text, max(0, match.start - 60), match.start) or _QUANTITY_AFTER.match(
        text, match.end
    )
    return match if named is None else replace(match, polarity="higher_is_better")


# "WMFT time", "the Wolf Motor Function Test performance time", "the time to complete the WMFT":
# the seconds a scored test took, not its score (not a stance held: "single-leg stance time").
_TIME_IT_TOOK_AFTER = compiled(
    r"(?:\s*\([^()]{1,20}\))?[\s-]+(?:(?:mean|total|performance|completion|execution)\s+)?times?\b"
    # (not "the time course of", "time points", "EQ-5D time trade-off")
    r"(?![\s-]+(?:course|points?|frames?|trade))",
    re.IGNORECASE,
)
_TIME_IT_TOOK_BEFORE = compiled(
    r"\btime (?:to complete|taken (?:on|for)|needed (?:for|to complete)) (?:the )?$", re.IGNORECASE
)
_HELD_FOR_LONG = compiled(r"\b(?:stance|standing|stand)\b", re.IGNORECASE)


def time_it_took(match: DomainMatch, text: str) -> DomainMatch:
    """An instrument scored the higher the better, named with the time its tasks took ("WMFT
    time decreased"), is better lower: the quicker the tasks, the better; a stance held longer
    stays better higher."""
    if (
        not match.is_instrument
        or match.polarity != "higher_is_better"
        or _HELD_FOR_LONG.search(match.measure)
    ):
        return match
    if not (
        _TIME_IT_TOOK_AFTER.match(text, match.end)
        or _TIME_IT_TOOK_BEFORE.search(text, max(0, match.start - 40), match.start)
    ):
        return match
    return replace(match, polarity="lower_is_better")


# "pain-free walking time", "fatigue-free sitting time": how long or far one went without a harm.
_FREE_OF_HARM = compiled(r"\b[^\W\d_]+-free\s+$", re.IGNORECASE)


def free_of_harm(match: DomainMatch, text: str) -> DomainMatch:
    """A domain's words after "<harm>-free" name a time or distance without the harm: the longer,
    the better, though the walking time of a timed test is better shorter."""
    if match.polarity != "lower_is_better" or not _FREE_OF_HARM.search(
        text, max(0, match.start - 30), match.start
    ):
        return match
    return replace(match, polarity="higher_is_better")


def kept_under_control(match: DomainMatch, text: str) -> DomainMatch:
    """The mention said to be under control, its good side turned (``measures.said_under_control``)."""
    if not said_under_control(match.polarity, text, match.end):
        return match
    return replace(match, polarity="higher_is_better")


# "fatigue responders", "responders for pain", "the response rate for pain", "achieved the MCID for
# pain": the people whose outcome got better, counted.
_RESPONDERS_AFTER = compiled(r"[\s-]+respon(?:ders?|se rates?)\b", re.IGNORECASE)
_RESPONDERS_BEFORE = compiled(
    r"(?:(?<!non-)(?<!non)\brespon(?:ders?|ded|se rates?)|"
    r"\b(?:achiev|reach|attain)(?:ed|ing) (?:an? |the )?(?:MCID|minimal(?:ly)? clinically important "
    r"(?:difference|change|improvement)))\s+(?:for|on|in|to|regarding)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def counted_as_responders(match: DomainMatch, text: str) -> DomainMatch:
    """A domain's words that name what people responded on count those who got better: the more
    of them, the better, though more fatigue is worse."""
    if match.polarity not in POLARITIES:
        return match
    before = _RESPONDERS_BEFORE.search(text, max(0, match.start - 70), match.start)
    if before is None and not _RESPONDERS_AFTER.match(text, match.end):
        return match
    return replace(match, polarity="higher_is_better")


# "loss of muscle strength", "the loss of balance": what is measured is the loss, better smaller
# "cognitive fatigue", "physical well-being": the aspect of an outcome a measure is of.
_ASPECT_BEFORE = compiled(rf"\b{ASPECT}[\s-]+$", re.IGNORECASE)


def named_with_its_aspect(match: DomainMatch, text: str) -> DomainMatch:
    """A domain's words after the aspect they are measured for name that aspect: "physical fatigue
    fell (p = 0.01), but cognitive fatigue did not" reports on two measures of fatigue, each
    named as the abstract names it, so that neither's result is the other's."""
    if match.is_instrument:
        return _instrument_with_its_aspect(match, text)
    aspect = _ASPECT_BEFORE.search(text, max(0, match.start - 20), match.start)
    if aspect is None:
        return match
    return replace(match, measure=text[aspect.start() : match.end], start=aspect.start())


# "SF-36 physical component summary", "the SF-36 mental health subscale": the part of an
# instrument scored on its own, after the instrument's name.
_ASPECT_AFTER = compiled(
    rf"\s+{ASPECT}\s+(?:component\s+)?(?:summary|score|health|domain|dimension|subscale)s?"
    r"(?:\s+(?:summary|score|subscale)s?)?\b",
    re.IGNORECASE,
)


def _instrument_with_its_aspect(match: DomainMatch, text: str) -> DomainMatch:
    """An instrument's name before the aspect it scores names that part: "the SF-36 physical
    component summary rose (p = 0.01), the SF-36 mental component summary did not (p = 0.20)" are
    two results, not one."""
    aspect = _ASPECT_AFTER.match(text, match.end)
    if aspect is None:
        return match
    part = text[match.end : aspect.end()]
    return replace(
        match,
        measure=f"{match.measure}{part}",
        end=aspect.end(),
        measure_key=f"{match.measure_key}:{part.lower()}",
    )


# ("decline", "deterioration" and "worsening" are change words, read as the change of what follows).
_LOSS_OF = compiled(r"\b(?P<loss>loss(?:es)? of )(?:the )?$", re.IGNORECASE)


def named_as_lost(match: DomainMatch, text: str) -> DomainMatch:
    """A domain's words after "loss of" name the loss: its measure reads "loss of muscle strength",
    and the more of it, the worse, whatever the domain's way."""
    lost = _LOSS_OF.search(text, max(0, match.start - 20), match.start)
    if lost is None or match.polarity not in POLARITIES:
        return match
    return replace(
        match,
        measure=text[lost.start("loss") : match.end],
        start=lost.start("loss"),
        polarity="lower_is_better",
    )


# "sleep disorders", "memory problems", "balance deficits", "impaired memory", "low self-esteem":
# a good thing's troubles, the fewer the better (as measures.polarity_of reads "breastfeeding
# problems"); a harm's troubles ("pain problems") keep its side. Not a comparative ("poorer
# sleep"), which tells the result.
_TROUBLE_AFTER = compiled(
    r"[\s-]+(?:problems?|difficult(?:y|ies)|disorders?|disturbances?|complaints?|impairments?|"
    r"deficits?|dysfunctions?|limitations?|restrictions?|disruptions?)\b",
    re.IGNORECASE,
)
_TROUBLE_BEFORE = compiled(r"\b(?:poor|impaired|disturbed|disrupted|low|negative)\s+$", re.IGNORECASE)
_TROUBLE_REACH = 12  # characters before the domain's words
# "dependency in daily activities", "difficulty with walking": the trouble named first, then its good.
_TROUBLE_OF_BEFORE = compiled(
    r"\b(?:dependen(?:ce|cy)|difficult(?:y|ies)|problems?|limitations?|restrictions?|impairments?)\s+"
    r"(?:in|with|of)\s+(?:the\s+|their\s+)?$",
    re.IGNORECASE,
)
_TROUBLE_OF_REACH = 32


def named_in_trouble(match: DomainMatch, text: str) -> DomainMatch:
    """A better-higher domain's words with a word for trouble name the trouble: its measure
    reads "sleep disorders" or "impaired memory", and the less of it, the better, as the
    vocabulary's own "balance problems" and "impaired balance" are."""
    if match.is_instrument or match.polarity != "higher_is_better":
        return match
    after = _TROUBLE_AFTER.match(text, match.end)
    before = _TROUBLE_BEFORE.search(text, max(0, match.start - _TROUBLE_REACH), match.start) or (
        _TROUBLE_OF_BEFORE.search(text, max(0, match.start - _TROUBLE_OF_REACH), match.start)
    )
    if after is None and before is None:
        return match
    start = before.start() if before else match.start
    end = after.end() if after else match.end
    return replace(
        match, measure=text[start:end], start=start, end=end, polarity="lower_is_better", measure_key=INVERSE
    )


# "fatigue scores", "the mean score of fatigue": a domain's words naming its instrument's score.
_SCORE_AFTER = compiled(r"\W*(?:[\w-]+\s+){0,2}?(?:scores?|ratings?)\b", re.IGNORECASE)
_SCORE_BEFORE = compiled(r"\b(?:scores?|ratings?)\s+(?:of|for|on|in)\s+(?:the\s+)?$", re.IGNORECASE)


def stands_for_its_instrument(match: DomainMatch, text: str, usual: str) -> bool:
    """Whether a domain's words in ``text`` stand for the one instrument the abstract scores the
    other way (``instrument_polarities``): named as its score ("fatigue scores rose", of the
    FACIT-F: less fatigue), or a good the instrument rates by its troubles ("quality of life
    decreased", of the MSIS-29, which its authors call better). A trouble named bare is less or
    more of itself, whatever the instrument: "fatigue was reduced" is less fatigue."""
    if usual == "higher_is_better":
        return True
    return bool(
        _SCORE_AFTER.match(text, match.end, match.end + 40)
        or _SCORE_BEFORE.search(text, max(0, match.start - 30), match.start)
    )


def instrument_polarities(mentions: list[list[DomainMatch]], vocabulary: Vocabulary) -> dict[str, str]:
    """Domains the abstract measures with one instrument scored against the domain's usual way.

    "Quality of life (MSIS-29)" in the methods makes "quality of life decreased" in the results
    an improvement: the MSIS-29 is scored lower-is-better.
    """
    seen: dict[str, set[str]] = {}
    for named in mentions:
        for match in named:
            if match.is_instrument:
                seen.setdefault(match.domain, set()).add(match.polarity)
    return {
        domain: polarities.pop()
        for domain, polarities in seen.items()
        if len(polarities) == 1 and next(iter(polarities)) != vocabulary.domain(domain).polarity
    }


def primary_outcome(sentences: list[AbstractSentence], vocabulary: Vocabulary) -> list[DomainMatch]:
    """The outcome the methods call primary, for results that say only "the primary outcome"."""
    for sentence in sentences:
        if sentence.role not in ("methods", "background"):
            continue
        named = _PRIMARY_NAMED.search(sentence.evidence.text)
        if named is None:
            continue
        words = named.group("m")
        mentions = outcome_mentions(words, vocabulary)
        if mentions:
            return mentions[:1]
        opened = open_measures(words + " was reduced")
        if opened:
            return [_as_match(opened[0], 0)]
    return []


def listed_outcomes(sentences: list[AbstractSentence], vocabulary: Vocabulary) -> list[DomainMatch]:
    """The outcomes the methods list ("Outcome measures included strength, BMD and quality of
    life"), for results that speak of "any of the outcome measures"; each once."""
    listed: dict[str, DomainMatch] = {}
    for sentence in sentences:
        if sentence.role != "methods":
            continue
        text = sentence.evidence.text
        for named in [*_LISTED_NAMED.finditer(text), *_LISTED_MEASURED.finditer(text)]:
            # "response rate (ORR; primary endpoint), ...": a bracket's ";" ends no list (same length)
            words = _BRACKET.sub(_commas_for_stops, text[named.start("m") : named.end("m")])
            tail = _LIST_TAIL.search(words)
            words = words[: tail.start()] if tail else words
            mentions = outcome_mentions(words, vocabulary)
            opened = [
                _as_match(m, 0)
                for m in open_measures(f"{words} were reduced")
                if m.end <= len(words)
                and not any(m.start < n.end and n.start < m.end for n in mentions)
                and not _is_harm(m.measure)  # "... survival and adverse events": the safety notes'
            ]
            for match in sorted([*mentions, *opened], key=lambda m: m.start):
                listed.setdefault(segment_key(match), match)
    return list(listed.values())


def reported_outcomes(
    sentences: list[AbstractSentence], mentions: list[list[DomainMatch]]
) -> list[DomainMatch]:
    """The vocabulary's outcomes the results name, each once: what "for any outcome" speaks of
    where the methods list no outcomes."""
    reported: dict[str, DomainMatch] = {}
    for sentence, named in zip(sentences, mentions):
        if sentence.role == "results":
            for match in named:
                reported.setdefault(segment_key(match), match)
    return list(reported.values())


_BRACKET = compiled(r"\([^()]*\)")


def _commas_for_stops(bracket: re.Match[str]) -> str:
    return bracket.group().replace(";", ",").replace(":", ",")


def _as_match(measure: OpenMeasure, offset: int) -> DomainMatch:
    return DomainMatch(
        domain=OTHER_DOMAIN,
        measure=measure.measure,
        start=offset + measure.start,
        end=offset + measure.end,
        polarity=measure.polarity or "",
    )


def with_open_measures(
    clause: str, named: list[DomainMatch], known: Known, vocabulary: Vocabulary
) -> tuple[list[DomainMatch], list[tuple[DomainMatch, str]]]:
    """The clause's vocabulary mentions and the measures outside the vocabulary listed with
    them: "improved balance (p = 0.01), proprioception (p = 0.02) and reaction time" reports on
    all three. Where the vocabulary names nothing, every measure the clause names; an
    abbreviation the abstract defined (``spelled``) is named in words. Second, the open lists that
    share a vocabulary outcome's result, with that outcome's domain (``lists.listed_with``)."""
    if named and not LISTS.search(clause):
        return named, []  # no list for another measure to share with them
    opened = _opened(clause, known, vocabulary)
    if not named:
        return _harms_compared_only(clause, opened), []
    kept, listed = listed_with(clause, named, opened)
    return _harms_compared_only(clause, kept), listed


# Each arm's figures in one bracket: "(26% vs. 29%)", "(8.1, 7.4 and 7.9%)".
_ARMS_FIGURES = compiled(
    r"\([^()]*?\d[\d.·]*\s*%?\s*(?:,\s*|\s+and\s+|\s*(?:vs\.?|versus)\s*)[^()]*?\d[^()]*\)"
)


def _harms_compared_only(clause: str, measures: list[DomainMatch]) -> list[DomainMatch]:
    """The measures, less the harms the safety notes report: a harm stays only where the arms
    are said alike in it beside other outcomes ("pain, adverse events and satisfaction did not
    differ between the groups"), or alone with each arm's figures or a test ("rates of adverse
    events were similar (12% vs 14%)"): one of the results the trial compared. Said alike in
    words alone, a harm is left to the notes."""
    others = [m for m in measures if not _is_harm(m.measure)]
    compared = bool(others or _ARMS_FIGURES.search(clause) or p_values(clause))
    if len(others) < len(measures) and compared and arms_alike(clause):
        return measures
    return others


def subject_measures(clause: str, role: str, known: Known, vocabulary: Vocabulary) -> list[DomainMatch]:
    """The measures a results clause that states no result names, for the clause after it: "The
    response rate was 40% and 35%, with no significant difference between the groups"."""
    if role != "results":
        return []
    return _opened(clause, known, vocabulary)


def _opened(clause: str, known: Known, vocabulary: Vocabulary) -> list[DomainMatch]:
    """The measures outside the vocabulary a clause names, abbreviations the abstract defined
    named in words, and a bare rating scale taken as the outcome the abstract rates with it."""
    spelled = known.spelled
    opened = [
        _in_its_words(_as_match(with_abbreviation(words, clause, spelled), 0), vocabulary)
        for m in open_measures(clause)
        if not _names_an_arm(m.measure, vocabulary)
        and not _short_arm_names(m.measure, known.arm_names)
        and not _titled_arm(m, clause, known.titled_arms)
        and not _PACE_ONLY.match(m.measure)
        and not in_a_tool_used(clause, m.start)
        for words in (spelled_out(m, spelled),)
    ]
    return [_rated(m, known.scales, vocabulary) for m in opened] if known.scales else opened


# "(improved) faster", "(recovered) sooner": how quickly a change came, no measure of its own.
_PACE_ONLY = compiled(
    r"^\W*(?:faster|slower|quicker|sooner|more (?:quickly|slowly|rapidly))\W*$", re.IGNORECASE
)


# An abbreviation after its long form, perhaps with the scores read on it: "perceived fatigue
# (PF)", "Geriatric Depression Scale (GDS) scores".
_ABBREVIATED = compiled(r"\s*\([^()]{1,12}\)(?:\s+(?:total\s+)?scores?)?$")
# What may follow an instrument named by its author's name alone, still the instrument: the word
# for what it is, the limb it scores, "Fugl-Meyer Assessment upper extremity".
_INSTRUMENT_TAIL = compiled(
    r"(?:\s+(?:assessment|scale|test|index|inventory|questionnaire|examination))?"
    r"(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?)?(?:upper|lower)[\s-](?:extremit(?:y|ies)|limbs?))?",
    re.IGNORECASE,
)
# Words before an outcome that say whose rating it is, how it was summed up or what kind it is,
# never which way it goes: "perceived fatigue", "mean reaction time", "summed pain intensity
# difference", "cancer-related fatigue" (unlike "reduction in anxiety", "freedom from fatigue",
# "time to pain relief", whose outcome turns or is part of another measure).
_NEUTRAL_BEFORE = compiled(
    r"(?:(?:the|mean|median|average|overall|total|global|general|summed|perceived|self-reported|"
    r"self-rated|patient-reported|subjective|daily|current|present|worst|usual|maximal|maximum|peak|"
    r"chronic|acute|post-?operative|physical|mental|state|trait|regarding|[a-z]+-related)\s+)*",
    re.IGNORECASE,
)


def _in_its_words(measure: DomainMatch, vocabulary: Vocabulary) -> DomainMatch:
    """A measure whose words are an outcome of the vocabulary, perhaps after words that only
    qualify it, is that outcome, as the words would be: an abbreviation spelled out ("PF" defined
    as "perceived fatigue", "HRQL" as "health-related quality of life"), or the outcome named in a
    bracket ("responders (30% improvement in spasticity: ...)"); else it stays a measure of its own
    ("RA", "reduction in anxiety": the larger, the better)."""
    words = _ABBREVIATED.sub("", measure.measure)
    found = outcome_mentions(words, vocabulary)
    if (
        len(found) != 1
        or not _ends_the_words(found[0], words)
        or not _NEUTRAL_BEFORE.fullmatch(words, 0, found[0].start)
    ):
        return measure
    (outcome,) = found
    return replace(
        measure,
        domain=outcome.domain,
        polarity=outcome.polarity,
        is_instrument=outcome.is_instrument,
        measure_key=outcome.measure_key,
        faster_is_better=outcome.faster_is_better,
    )


def _ends_the_words(outcome: DomainMatch, words: str) -> bool:
    """Whether the outcome ends the words, or an instrument does before only what names it again
    ("Fugl-Meyer" in "Fugl-Meyer Assessment upper extremity"), or a symptom does before only the
    kind of instrument that scores it ("Constipation Scoring System": a symptom's scale counts
    the symptom, more of it scored higher, where a scale of walking or balance may run either way)."""
    if outcome.end == len(words):
        return True
    if outcome.polarity == "lower_is_better" and _SYMPTOM_SCALE_TAIL.fullmatch(words, outcome.end):
        return True
    return outcome.is_instrument and _INSTRUMENT_TAIL.fullmatch(words, outcome.end) is not None


# What names a symptom's scale after the symptom: "Scoring System", "Rating Scale", "Inventory".
_SYMPTOM_SCALE_TAIL = compiled(
    r"\s+(?:(?:severity|rating|symptom)\s+)?(?:scoring\s+system|scale|score|index|inventory|questionnaire)",
    re.IGNORECASE,
)


# "Generic health status (EQ-5D)", "Self-rated wellbeing (WHO-5)": up to four words just before the
# bracket an instrument opens.
_BEFORE_ITS_INSTRUMENT = compiled(r"(?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*\s*\(\s*$")
# After the instrument, its bracket closes or names it again: "(EQ-5D)", "(EQ-5D, EuroQol)".
_NAMES_ONLY_AFTER = compiled(r"\s*(?:\)|[,;]\s*[A-Za-z][^()]*\))")
# Words that name no construct: what joins, counts or sorts outcomes ("secondary outcomes (EQ-5D)",
# "were assessed with (EQ-5D)"), and a result's words ("health improved (EQ-5D)").
_NO_CONSTRUCT = compiled(
    r"(?:the|an?|and|or|of|in|on|at|with|by|for|to|from|as|than|was|were|is|are|be|been|not|no|"
    r"both|all|each|their|its|this|these|between|versus|vs|after|before|during|since|"
    r"outcomes?|measures?|end-?points?|variables?|parameters?|scores?|results?|scales?|questionnaires?|"
    r"instruments?|tools?|index|indices|domains?|subscales?|groups?|arms?|patients|participants|"
    r"differences?|changes?|improvements?|effects?|interventions?|treatments?|therap(?:y|ies)|"
    r"baseline|follow-up|hours?|days?|weeks?|months?|years?|"
    r"primary|secondary|"
    # a result's or a method's words, not "speed" nor "family"
    r"improved|reduced|decreased|increased|changed|worsened|declined|lowered|raised|measured|"
    r"assessed|evaluated|examined|estimated|recorded|rated|scored|used|compared|observed|reported|"
    r"administered|completed|significantly|statistically|respectively|notably|markedly|slightly|"
    r"only|also|further|similarly)",
    re.IGNORECASE,
)


def construct_of(text: str, instrument: DomainMatch, vocabulary: Vocabulary) -> str:
    """The construct named just before the bracket an instrument opens, where the vocabulary has no
    words for it: "Generic health status (EQ-5D, EuroQol)" measured generic health status, with
    the EQ-5D, and is named "Generic health status (EQ-5D)", as the abstract names it. Empty
    where no such words stand there ("quality of life (EQ-5D)" is the domain's own words, and
    "secondary outcomes (EQ-5D)" names none)."""
    before = _BEFORE_ITS_INSTRUMENT.search(text, max(0, instrument.start - 80), instrument.start)
    if before is None or not _NAMES_ONLY_AFTER.match(text, instrument.end):
        return ""  # "(HADS anxiety 5.1 vs 7.2)": the bracket gives results, not the instrument
    words = before.group().rstrip(" (").split()
    while words and _NO_CONSTRUCT.fullmatch(words[0]):
        words.pop(0)
    construct = " ".join(words)
    if not words or any(_NO_CONSTRUCT.fullmatch(word) for word in words):
        return ""
    if vocabulary.match(construct) or _names_an_arm(construct, vocabulary):
        return ""
    return f"{construct} ({instrument.measure})"


# Words that name an arm's treatment, not what was measured in it.
# Words that name an arm's form, beside the treatment's name: "the massage group", and how often or
# how much of it the arm had ("twice-weekly tai chi", "high-dose vitamin D").
_ARM_WORDS = compiled(
    r"\b(?:the|an?|groups?|arms?|alone|only|program(?:me)?s?|sessions?|interventions?|"
    r"(?:once|twice|thrice|three[\s-]times)[\s-](?:a[\s-])?(?:daily|weekly|week|day)|daily|weekly|"
    r"(?:high|low|standard)[\s-]dose)\b"
)


def _names_an_arm(measure: str, vocabulary: Vocabulary) -> bool:
    """Whether a measure's name is only a treatment or comparator ("Yoga did not differ from
    exercise for any outcome": yoga is an arm, not an outcome)."""
    rest = _ARM_WORDS.sub(" ", measure.lower()).strip()
    named = vocabulary.match_techniques(rest) + vocabulary.match_comparators(rest)
    return bool(rest) and any(m.start == 0 and m.end == len(rest) for m in named)


def arm_short_names(text: str, spelled: dict[str, str]) -> frozenset[str]:
    """The short names that name an arm: an abbreviation ``text`` defines (``spelled``) said of a
    group ("the BT group") or standing for one ("the intervention group (IG)"), and one listed
    where the methods randomize ("randomly assigned to MIC, NPC or UC")."""
    assigned = " ".join(m.group() for m in _ASSIGNED_TO.finditer(text))
    grouped = {
        abbreviation
        for abbreviation, words in spelled.items()
        if _GROUP_SPELLED.search(words) or _said_of_a_group(abbreviation, text)
    }
    return frozenset(grouped | set(_SHORT_NAME.findall(assigned)))


def _said_of_a_group(abbreviation: str, text: str) -> bool:
    """Whether ``abbreviation`` stands as a word before "group" or "arm" somewhere in ``text``.
    Two fixed patterns where one per abbreviation would be compiled for each abstract's own."""
    at = text.find(abbreviation)
    while at >= 0:
        if _WORD_START.match(text, at) and _GROUP_AFTER.match(text, at + len(abbreviation)):
            return True
        at = text.find(abbreviation, at + 1)
    return False


# A long form that names a group: "intervention group", "control arms".
_GROUP_SPELLED = compiled(r"\b(?:group|arm)s?$")
# A word boundary (``match`` at an offset reads the character before it too), and what follows
# an arm's short name: "BT group", "CP-arms".
_WORD_START = re.compile(r"\b")
_GROUP_AFTER = re.compile(r"[\s-]+(?:group|arm)s?\b")


_SHORT_NAME = compiled(rf"\b{SHORT_NAME}\b")


# What the methods randomized to, up to the sentence's end or the treatment's length.
_ASSIGNED_TO = Screened(
    r"\b(?:randomi[sz]ed|randomly (?:assigned|allocated)|allocated|assigned)\b[^.;]{0,40}?\bto\b[^.;]{0,160}"
)


def _short_arm_names(measure: str, names: frozenset[str]) -> bool:
    """Whether a measure's name is only arms' short names: in "BT and CP did not differ in Berg
    scores" BT and CP are the arms compared, not outcomes."""
    words = [w for w in re.findall(r"[\w-]+", measure) if w.lower() not in _LINKING_WORDS]
    return bool(names) and bool(words) and all(w in names for w in words)


def _titled_arm(measure: OpenMeasure, clause: str, words: frozenset[str]) -> bool:
    """Whether a measure opening the clause, of no known good side, is only words of an arm the
    title compares: in "Ferazol relieved 64% of attacks vs. 70% in the dorinol group" (title
    "Ferazol versus dorinol for migraine") Ferazol is the arm that acted, not what was measured."""
    words_of_the_arm = _ARM_WORDS.sub(" ", measure.measure.lower())  # "twice-weekly tai chi": tai chi
    named = [w for w in re.findall(r"[\w-]+", words_of_the_arm) if w not in _LINKING_WORDS]
    return (
        not clause[: measure.start].strip()
        and bool(named)
        and all(w in words for w in named)
        and polarity_of(measure.measure) is None
    )


_LINKING_WORDS = frozenset(["and", "or", "the", "group", "groups", "arm", "arms", "vs", "versus", "both"])


def _rated(measure: DomainMatch, scales: dict[str, DomainMatch], vocabulary: Vocabulary) -> DomainMatch:
    """ "VAS scores fell": the outcome this abstract rates on the VAS, when that is one outcome."""
    found = vocabulary.match_scales(measure.measure)  # "VAS", or "visual analogue scale (VAS)"
    labels = {scale.label for scale in found}
    if len(labels) != 1 or found[0].label not in scales:
        return measure
    rest = measure.measure
    for scale in reversed(found):
        rest = rest[: scale.start] + rest[scale.end :]
    if not _SCALE_WORDS.fullmatch(rest.lower()):
        return measure  # "VAS for fatigue", "the VAS of the neck": the words say what it rates
    bound = scales[found[0].label]
    return replace(measure, domain=bound.domain, polarity=bound.polarity)


def scale_domains(
    sentences: list[AbstractSentence], mentions: list[list[DomainMatch]], vocabulary: Vocabulary
) -> dict[str, DomainMatch]:
    """What each generic rating scale rates in this abstract, where it sits beside exactly one
    outcome ("pain was rated on a visual analogue scale (VAS)"). A scale beside several
    outcomes, here or in another sentence, rates none of them for certain; a scale in brackets
    just after an outcome ("pain (VAS), balance (BBS)", "pain (0-10 VAS)", "pain (visual analogue
    scale, VAS)"), or that an outcome was measured with ("pain was rated on a VAS and disability
    with the ODI"), rates that one, whatever follows."""
    beside: dict[str, dict[str, DomainMatch]] = {}
    for sentence, named in zip(sentences, mentions):
        if not named:
            continue
        text = sentence.evidence.text
        for scale in vocabulary.match_scales(text):
            near = beside.setdefault(scale.label, {})
            rated = [m for m in named if not m.is_instrument and _rates(m, named, text, scale.start)]
            reached = [
                m
                for m in named
                if not m.is_instrument
                and _within_reach(m, scale.start, scale.end)
                and not _listed_beside(text, m, scale.start, scale.end)
            ]
            for mention in rated or reached:
                near[mention.domain] = mention
    bound = {label: next(iter(near.values())) for label, near in beside.items() if len(near) == 1}
    return {**_rating_pain(sentences, beside, vocabulary), **bound}


# An abstract about relieving pain: "to assess the analgesic efficacy of X", "postoperative analgesia".
_OF_ANALGESIA = Caseless(r"\banalges(?:ic|ics|ia)\b")


def _rating_pain(
    sentences: list[AbstractSentence], beside: dict[str, dict[str, DomainMatch]], vocabulary: Vocabulary
) -> dict[str, DomainMatch]:
    """Each scale beside no outcome anywhere in an abstract about relieving pain ("to assess
    the analgesic efficacy of X ... VAS scores fell with either gel"): it rates the pain."""
    if not any(_OF_ANALGESIA.search(s.evidence.text) for s in sentences):
        return {}
    pain = [m for m in outcome_mentions("pain", vocabulary) if m.domain == "pain"]
    used = {scale.label for s in sentences for scale in vocabulary.match_scales(s.evidence.text)}
    unbound = used - {label for label, near in beside.items() if near}
    return {label: pain[0] for label in sorted(unbound)} if pain else {}


def _listed_beside(text: str, mention: DomainMatch, start: int, end: int) -> bool:
    """Whether an outcome stands beside a scale only as the next item of a list ("a visual analogue
    scale (VAS) and grip strength were recorded"): another measure, which the scale does not rate."""
    if mention.start >= end:
        return _NEXT_ITEM.fullmatch(text, end, mention.start) is not None
    return _NEXT_ITEM.fullmatch(text, mention.end, start) is not None


# What stands between two items of a list: " (VAS) and ", ") and ", ", a ", " and the ".
_NEXT_ITEM = compiled(
    r"(?:\s*\([^()]{1,20}\))?[\s)\]]*(?:,|and|&|/)\s*(?:and\s+)?(?:an?\s+|the\s+)?(?:\d+[\w-]*\s+)?"
)


def _rates(mention: DomainMatch, named: list[DomainMatch], text: str, scale_at: int) -> bool:
    """Whether the scale at ``scale_at`` rates ``mention`` by the words between them: in brackets
    after it, or measured with it, unless another outcome is listed just before it and measured
    alike ("pain and fatigue were rated on a VAS"), or another outcome comes between them."""
    if any(mention.end <= other.start < scale_at for other in named):
        return False
    if _BRACKET_OPENS.fullmatch(text, mention.end, scale_at):
        return True
    return bool(_MEASURED_WITH.fullmatch(text, mention.end, scale_at)) and not any(
        _LISTED_WITH.fullmatch(text, other.end, mention.start)
        for other in named
        if other.end <= mention.start
    )


# What opens a bracket after an outcome, up to the scale in it: "pain (", "pain (0-10 ", "pain
# intensity (visual analogue scale, " before its abbreviation.
_OWN_NOUN = r"(?:\s+(?:severity|intensity|levels?|scores?|ratings?))?"
_BRACKET_OPENS = compiled(rf"{_OWN_NOUN}\s*[(\[][^()\[\];]{{0,30}}", re.IGNORECASE)
# "pain was rated on a", "pain intensity was measured with a 10-cm": an outcome measured with
# the scale that follows.
_MEASURED_WITH = compiled(
    rf"{_OWN_NOUN}\s+(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:assessed|measured|rated|evaluated|scored|recorded|quantified)\s+"
    r"(?:using|with|by|on|via)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)


def _within_reach(mention: DomainMatch, start: int, end: int) -> bool:
    gap = start - mention.end if mention.end <= start else mention.start - end
    return 0 <= gap <= _SCALE_REACH


def _is_harm(measure: str) -> bool:
    """Adverse events and tolerability, alone: the safety notes' business. In a list of other
    outcomes ("adverse events, viral load or therapy failure") the list stays a finding."""
    return bool(SAFETY_MEASURE.search(measure)) and not re.search(r",|\band\b|\bor\b", measure)
