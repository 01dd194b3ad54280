"""The outcome and technique vocabularies: loading, matching, merging and malformed files."""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from harvester.errors import InputError
from harvester.extract import extract
from harvester.extract.vocabulary import Vocabulary, _Matcher
from harvester.models import AbstractSection, Record
from harvester.queries import ExtraDomain, ExtraTerm, Topic, load_query
from support.demo_data import DEMO_QUERY

DATA = Path(__file__).resolve().parents[2] / "harvester" / "extract" / "data"

REQUIRED_DOMAINS = {
    "anxiety": "lower_is_better",
    "depression": "lower_is_better",
    "stress": "lower_is_better",
    "mood": "higher_is_better",
    "self_esteem": "higher_is_better",
    "body_image": "higher_is_better",
    "social_functioning": "higher_is_better",
    "pain": "lower_is_better",
    "fatigue": "lower_is_better",
    "spasticity": "lower_is_better",
    "paresthesia": "lower_is_better",
    "urinary": "lower_is_better",
    "bowel": "lower_is_better",
    "strength": "higher_is_better",
    "balance": "higher_is_better",
    "walking": "higher_is_better",
    "mobility": "higher_is_better",
    "range_of_motion": "higher_is_better",
    "sleep": "higher_is_better",
    "quality_of_life": "higher_is_better",
    "cognition": "higher_is_better",
    "disability": "lower_is_better",
    "adverse_events": "lower_is_better",
}


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary.load()


def test_packaged_vocabulary_has_every_domain_with_its_polarity(vocabulary: Vocabulary) -> None:
    assert {d.key: d.polarity for d in vocabulary.domains if d.key in REQUIRED_DOMAINS} == REQUIRED_DOMAINS
    assert vocabulary.domain("adverse_events").safety


def _found(vocabulary: Vocabulary, text: str) -> list[tuple[str, str]]:
    return [(m.domain, m.measure) for m in vocabulary.match(text)]


def test_the_longest_phrase_wins(vocabulary: Vocabulary) -> None:
    assert _found(vocabulary, "the Modified Fatigue Impact Scale improved") == [
        ("fatigue", "Modified Fatigue Impact Scale")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Diarrhoea was less frequent with the probiotic", [("bowel", "Diarrhoea")]),
        ("attention and executive functioning improved", [("cognition", "attention"), ("cognition", "executive functioning")]),
        ("functional status did not change", [("mobility", "functional status")]),
        ("quadriceps strength increased", [("strength", "quadriceps strength")]),
        ("the Functional Reach Test improved", [("balance", "Functional Reach Test")]),
        ("Qualiveen scores fell", [("urinary", "Qualiveen")]),
        ("migraine attack frequency fell", [("pain", "migraine attack")]),  # a headache's frequency
        ("headache attacks were fewer", [("pain", "headache attacks")]),
        ("bladder and bowel symptoms did not differ", [("urinary", "bladder"), ("bowel", "bowel symptoms")]),
        ("knee ROM increased", [("range_of_motion", "ROM")]),
        ("iHOT-33 scores rose", [("quality_of_life", "iHOT-33")]),
        ("strength improved", [("strength", "strength")]),
        ("HAM-D scores fell", [("depression", "HAM-D")]),
        ("stride length and gait velocity increased", [("walking", "stride length"), ("walking", "gait velocity")]),
        ("the Modified Tardieu Scale", [("spasticity", "Modified Tardieu Scale")]),
        ("PIPP scores during heel lance", [("pain", "PIPP")]),
        ("the Mini-BESTest improved", [("balance", "Mini-BESTest")]),
        ("WHOQOL-BREF totals", [("quality_of_life", "WHOQOL-BREF")]),
        ("Guy's Neurological Disability Scale", [("disability", "Guy's Neurological Disability Scale")]),
    ],
)  # fmt: skip
def test_the_annotation_guides_domains_cover_their_common_names(
    vocabulary: Vocabulary, text: str, found: list[tuple[str, str]]
) -> None:
    """Fictional phrases: diarrhoea is a bowel outcome, attention a cognitive one."""
    assert _found(vocabulary, text) == found


def test_match_reports_exact_offsets(vocabulary: Vocabulary) -> None:
    text = "Scores on the Berg Balance Scale rose."
    (match,) = vocabulary.match(text)
    assert text[match.start : match.end] == match.measure == "Berg Balance Scale"


def test_words_match_case_insensitively_on_word_boundaries(vocabulary: Vocabulary) -> None:
    assert _found(vocabulary, "FATIGUE and Spasticity") == [
        ("fatigue", "FATIGUE"),
        ("spasticity", "Spasticity"),
    ]
    assert _found(vocabulary, "painful, fatigued, repainting") == []


def test_abbreviations_match_case_sensitively(vocabulary: Vocabulary) -> None:
    assert _found(vocabulary, "MAS scores") == [("spasticity", "MAS")]
    assert _found(vocabulary, "mas scores") == []


def test_the_berg_balance_scale_is_named_by_its_author_alone(vocabulary: Vocabulary) -> None:
    # fictional: "Berg scores" are the Berg Balance Scale's; an iceberg is nothing
    assert _found(vocabulary, "Berg scores did not differ") == [("balance", "Berg")]
    assert _found(vocabulary, "an iceberg") == []


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("Fatigue and MAS scores, then spasticity", 0),
        ("FATIGUE AND MAS SCORES, THEN SPASTICITY", 0),
        ("İn sum: Fatigue and MAS scores, then spasticity", 8),  # İ lowers to two characters
        ("ſo: Fatigue and MAS scores, then spasticity", 4),  # long s: lowering is not IGNORECASE
    ],
)
def test_word_starts_are_screened_alike_whatever_the_text_lowers_to(
    vocabulary: Vocabulary, text: str, shift: int
) -> None:
    found = [(m.start - shift, m.domain, m.measure.lower()) for m in vocabulary.match(text)]
    assert found == [(0, "fatigue", "fatigue"), (12, "spasticity", "mas"), (29, "spasticity", "spasticity")]


@pytest.mark.parametrize(
    "phrases",
    [
        ("pain", "fatigue"),
        ("pain", "fatigue", "(pain)"),  # a phrase opening with a bracket: looked ahead at, not read
    ],
)
def test_phrases_are_found_at_word_starts_only_never_after_a_hyphen(phrases: tuple[str, ...]) -> None:
    matcher = _Matcher((phrase, False, phrase) for phrase in phrases)
    text = "Pain, non-pain, repain fatigue;fatigue-pain (pain)"
    found = [(m.start(), m.group()) for m, _ in matcher.finditer(text)]
    expected = [(0, "Pain"), (23, "fatigue"), (31, "fatigue")]
    assert found == expected + ([(44, "(pain)")] if "(pain)" in phrases else [(45, "pain")])


def test_word_starts_are_tried_only_where_the_characters_after_their_pair_open_a_phrase() -> None:
    # fictional: "paid" and "tab" share a phrase's first pair, not what follows it ("tai" of a
    # three-letter word takes in every word opening with it: "tailored")
    matcher = _Matcher(
        (phrase, False, phrase) for phrase in ("tai chi", "pancreatitis", "wait-list", "tablet")
    )
    text = "Tai chi, tailored care, paid pancreatitis care; waiting lists, a tab, the wait list"
    assert [m.group() for m, _ in matcher.finditer(text)] == ["Tai chi", "pancreatitis", "wait list"]
    tried = [text[s.start() : s.start() + 4] for s in matcher._starts.finditer(" " + text.lower())]
    assert tried == ["Tai ", "tail", "panc", "wait", "wait"]


def test_an_instrument_can_run_against_its_domain(vocabulary: Vocabulary) -> None:
    (tug,) = vocabulary.match("TUG")
    assert (tug.domain, tug.polarity, tug.is_instrument) == ("mobility", "lower_is_better", True)
    assert vocabulary.domain("mobility").polarity == "higher_is_better"
    (insomnia,) = vocabulary.match("insomnia")
    assert (insomnia.domain, insomnia.polarity) == ("sleep", "lower_is_better")


def test_each_measure_of_a_domain_is_told_apart_and_an_instrument_is_one_in_all_its_forms(
    vocabulary: Vocabulary,
) -> None:
    """Fictional phrases: the key that keeps two measures of one domain apart in ``choice``."""
    keys = {
        m.measure: m.measure_key
        for m in vocabulary.match(
            "FIM, Functional Independence Measure, Barthel Index, 6MWT, Six-Minute Walk Test, "
            "6-minute walk test, Timed 25-Foot Walk, constipation, bowel movements, walking"
        )
    }
    assert keys["FIM"] == keys["Functional Independence Measure"] != keys["Barthel Index"]
    assert (
        keys["6MWT"]
        == keys["Six-Minute Walk Test"]
        == keys["6-minute walk test"]
        != keys["Timed 25-Foot Walk"]
    )
    assert keys["constipation"] == keys["walking"] == ""  # the domain's own words
    assert keys["bowel movements"] not in ("", keys["FIM"])  # scored against the domain's way


def test_the_eq_5d_is_one_instrument_by_its_abbreviation_and_its_name_apart_from_its_visual_scale(
    vocabulary: Vocabulary,
) -> None:
    """Fictional phrase: "(EQ-5D, EuroQol 5-Dimension questionnaire)" names one instrument twice;
    the EQ-VAS, its visual analogue scale, is a measure of its own."""
    keys = {
        m.measure: m.measure_key for m in vocabulary.match("EQ-5D, EuroQol 5-Dimension questionnaire, EQ-VAS")
    }
    assert keys["EQ-5D"] == keys["EuroQol 5-Dimension"] != keys["EQ-VAS"]


def test_bowel_movements_are_better_more_as_constipation_is_better_less(vocabulary: Vocabulary) -> None:
    """Fictional phrase: the frequency of bowel movements is not the bowel symptoms' lower-is-better."""
    (frequency,) = vocabulary.match("Bowel movement frequency")
    assert (frequency.domain, frequency.measure, frequency.polarity) == (
        "bowel",
        "Bowel movement",
        "higher_is_better",
    )


@pytest.mark.parametrize("phrase", ["Bowel frequency", "Evacuation frequency", "The frequency of evacuation"])
def test_how_often_the_bowels_open_is_better_more(vocabulary: Vocabulary, phrase: str) -> None:
    """Fictional phrases: in constipation, the more often the bowels open, the better."""
    assert [(m.domain, m.polarity) for m in vocabulary.match(phrase)] == [("bowel", "higher_is_better")]


@pytest.mark.parametrize(
    ("text", "domain", "polarity"),
    [
        ("FACIT-F", "fatigue", "higher_is_better"),  # a FACIT score is higher when fatigue is less
        ("Trail Making Test", "cognition", "lower_is_better"),  # seconds taken
        ("Five Times Sit-to-Stand Test", "mobility", "lower_is_better"),
        ("Nottingham Health Profile", "quality_of_life", "lower_is_better"),  # counts problems
        ("sleep onset latency", "sleep", "lower_is_better"),
        ("freezing of gait", "walking", "lower_is_better"),  # a gait problem: walking better less
        ("gait impairment", "walking", "lower_is_better"),
        ("reaction time", "cognition", "lower_is_better"),  # milliseconds taken
        ("HIT-6", "pain", "lower_is_better"),  # headache's impact, scored higher the worse
        ("Migraine Disability Assessment", "disability", "lower_is_better"),
        ("MIDAS", "disability", "lower_is_better"),
        ("Headache Disability Inventory", "disability", "lower_is_better"),  # as the MIDAS
        ("HDI", "disability", "lower_is_better"),
        ("Epworth", "sleep", "lower_is_better"),  # the sleepiness scale by its place alone
        ("Pittsburgh scores", "sleep", "lower_is_better"),  # the sleep quality index by its city
        ("Rankin grades", "disability", "lower_is_better"),  # the modified Rankin Scale by its author
        ("Roland scores", "disability", "lower_is_better"),  # the Roland-Morris questionnaire
        ("PDQ-39", "quality_of_life", "lower_is_better"),  # Parkinson's problems counted
        ("centre of pressure", "balance", "lower_is_better"),  # how far a stance sways
        ("center of pressure", "balance", "lower_is_better"),
        ("bladder control", "urinary", "higher_is_better"),  # the bladder held: better more
        ("urinary continence", "urinary", "higher_is_better"),
        ("UPDRS", "mobility", "lower_is_better"),  # Parkinson's motor signs, scored higher the worse
        ("MDS-UPDRS", "mobility", "lower_is_better"),
        ("motor function", "mobility", "higher_is_better"),  # after a stroke, read as physical function
        ("motor symptoms", "mobility", "lower_is_better"),  # Parkinson's signs, as the UPDRS scores them
        ("Six Spot Step Test", "walking", "lower_is_better"),  # seconds taken over a course
        ("SSST", "walking", "lower_is_better"),
    ],
)
def test_instruments_scored_against_their_domain_say_so(
    vocabulary: Vocabulary, text: str, domain: str, polarity: str
) -> None:
    (match,) = vocabulary.match(text)
    assert (match.domain, match.polarity) == (domain, polarity)


def _read_in_a_trial(measure: str, change: str) -> list[tuple[str, str, str]]:
    """(domain, change, direction) of each finding of a fictional sentence saying the measure
    changed with massage against control."""
    text = (
        f"After eight weeks, {measure} {change} significantly in the massage group compared with "
        "the control group (p = 0.01)."
    )
    findings = extract(Record(pmid="1", abstract=(AbstractSection(text=text),))).findings
    return [(f.domain, f.change, f.direction) for f in findings]


@pytest.mark.parametrize(
    ("measure", "change", "domain", "direction"),
    [
        ("Short Form McGill scores", "decreased", "pain", "improved"),
        ("FLACC scores", "decreased", "pain", "improved"),  # an observed pain scale, children's
        ("N-PASS scores", "decreased", "pain", "improved"),
        ("VAS-A scores", "decreased", "anxiety", "improved"),
        ("GDS-30 scores", "decreased", "depression", "improved"),
        ("KOOS pain scores", "increased", "pain", "improved"),  # the KOOS scores less pain higher
        ("Pain Catastrophizing Scale scores", "decreased", "other", "improved"),  # thoughts, not pain
        ("Pain Self-Efficacy Questionnaire scores", "increased", "self_esteem", "improved"),
        ("GHQ-12 scores", "decreased", "stress", "improved"),  # psychological distress, not health
        ("K10 scores", "increased", "stress", "worsened"),
        ("Symptom Distress Scale scores", "decreased", "other", "improved"),  # bodily symptoms, not stress
        ("Total Mood Disturbance scores", "decreased", "mood", "improved"),  # mood better less
        ("WEMWBS scores", "increased", "mood", "improved"),
        ("Body Shape Questionnaire scores", "decreased", "body_image", "improved"),  # concern with shape
        ("MSPSS scores", "increased", "social_functioning", "improved"),
        ("Checklist Individual Strength scores", "increased", "fatigue", "worsened"),  # fatigue, not strength
        ("Functional Assessment of Chronic Illness Therapy-Fatigue scores", "increased", "fatigue", "improved"),
        ("spasm frequency", "decreased", "spasticity", "improved"),
        ("Ashworth scores", "decreased", "spasticity", "improved"),  # named by its author alone
        ("pad test results", "decreased", "urinary", "improved"),  # urine lost in a pad
        ("IBS-SSS scores", "decreased", "bowel", "improved"),
        ("Bowel Function Index scores", "decreased", "bowel", "improved"),  # constipation scored
        ("1RM values", "increased", "strength", "improved"),
        ("isokinetic peak torque", "increased", "strength", "improved"),
        ("Tinetti scores", "increased", "balance", "improved"),
        ("Sensory Organization Test scores", "increased", "balance", "improved"),
        ("cadence", "increased", "walking", "improved"),
        ("step width", "decreased", "walking", "improved"),  # a narrower, steadier step
        ("Ambulation Index scores", "increased", "walking", "worsened"),  # Hauser's: 0 is normal
        ("6MWD", "increased", "walking", "improved"),
        ("Timed Up & Go times", "decreased", "mobility", "improved"),
        ("30-second chair stand test scores", "increased", "mobility", "improved"),  # stands counted
        ("Frenchay Activities Index scores", "increased", "mobility", "improved"),
        ("WOMAC physical function scores", "decreased", "mobility", "improved"),  # difficulty scored
        ("joint mobility", "increased", "range_of_motion", "improved"),  # not getting about
        ("Schober test values", "increased", "range_of_motion", "improved"),
        ("fingertip-to-floor distance", "decreased", "range_of_motion", "improved"),
        ("WASO", "decreased", "sleep", "improved"),  # time awake in the night
        ("Groningen Sleep Quality Scale scores", "increased", "sleep", "worsened"),  # counts complaints
        ("EORTC QLQ-C30 global health status scores", "increased", "quality_of_life", "improved"),
        ("DLQI scores", "decreased", "quality_of_life", "improved"),  # counts the skin's impact
        ("SGRQ scores", "decreased", "quality_of_life", "improved"),
        ("PedsQL scores", "increased", "quality_of_life", "improved"),
        ("Norfolk QOL-DN total scores", "decreased", "quality_of_life", "improved"),  # counts problems
        ("QoL-DN scores", "increased", "quality_of_life", "worsened"),
        ("Rhinoconjunctivitis Quality of Life Questionnaire scores", "decreased", "quality_of_life", "improved"),
        ("MENQOL scores", "increased", "quality_of_life", "worsened"),  # bother counted
        ("Prolapse Quality of Life scores", "decreased", "quality_of_life", "improved"),
        ("GQL-15 scores", "increased", "quality_of_life", "worsened"),
        ("Cough-specific Quality of Life Questionnaire scores", "decreased", "quality_of_life", "improved"),
        ("CU-Q2oL scores", "decreased", "quality_of_life", "improved"),
        ("ADAS-Cog scores", "decreased", "cognition", "improved"),  # counts errors
        ("Cognitive Failures Questionnaire scores", "increased", "cognition", "worsened"),
        ("Severe Impairment Battery scores", "increased", "cognition", "improved"),
        ("HAQ-DI scores", "decreased", "disability", "improved"),
        ("Patient Determined Disease Steps scores", "increased", "disability", "worsened"),
    ],
)  # fmt: skip
def test_the_standard_instruments_name_their_domain_and_its_good_side(
    measure: str, change: str, domain: str, direction: str
) -> None:
    """Fictional sentence: a validated instrument is read as its domain, scored its own way."""
    assert _read_in_a_trial(measure, change) == [(domain, change, direction)]


@pytest.mark.parametrize(
    ("measure", "change", "domain", "direction"),
    [
        # constipation's symptoms, a bowel slow to wake after surgery, its own scales
        ("straining", "decreased", "bowel", "improved"),
        ("the sensation of incomplete evacuation", "decreased", "bowel", "improved"),
        ("abdominal bloating", "decreased", "bowel", "improved"),
        ("gut motility", "increased", "bowel", "improved"),
        ("laxative use", "decreased", "bowel", "improved"),
        ("GSRS scores", "decreased", "bowel", "improved"),
        ("PAC-QOL scores", "decreased", "bowel", "improved"),  # constipation's burden counted
        ("FIQL scores", "increased", "bowel", "improved"),  # the life kept despite incontinence
        ("time to first flatus", "decreased", "bowel", "improved"),
        ("time to return of bowel function", "decreased", "bowel", "improved"),  # not bowel function less
        ("the duration of postoperative ileus", "decreased", "bowel", "improved"),
        ("isometric knee extension torque", "increased", "strength", "improved"),
        ("grip force", "increased", "strength", "improved"),
        ("Motricity Index scores", "increased", "strength", "improved"),
        ("sit-to-stand time", "decreased", "mobility", "improved"),
        ("five-repetition sit-to-stand times", "decreased", "mobility", "improved"),
        ("Katz Index scores", "increased", "mobility", "improved"),
        ("9-Hole Peg Test times", "decreased", "mobility", "improved"),  # the hand's use, timed
        ("Box and Block Test scores", "increased", "mobility", "improved"),  # blocks moved, counted
        ("Lequesne index scores", "decreased", "mobility", "improved"),
        ("GMFM-66 scores", "increased", "mobility", "improved"),
        ("tender point counts", "decreased", "pain", "improved"),
        ("headache frequency", "decreased", "pain", "improved"),
        ("delayed onset muscle soreness", "decreased", "pain", "improved"),
        ("PPTs", "increased", "pain", "improved"),  # pressure pain thresholds: less tender
        ("clonus", "decreased", "spasticity", "improved"),
        ("cervical rotation", "increased", "range_of_motion", "improved"),
        ("shoulder mobility", "increased", "range_of_motion", "improved"),  # how far it moves
        ("BASMI scores", "decreased", "range_of_motion", "improved"),  # the spine's stiffness scored
        ("negative affect", "decreased", "mood", "improved"),
        ("positive affect", "increased", "mood", "improved"),
        ("depressive mood", "decreased", "depression", "improved"),  # not mood, lower
        ("anxious mood", "decreased", "anxiety", "improved"),
        ("SAS scores", "decreased", "anxiety", "improved"),  # Zung's self-rating scales
        ("SDS scores", "decreased", "depression", "improved"),
        ("loneliness", "decreased", "social_functioning", "improved"),
        ("Impact on Participation and Autonomy scores", "decreased", "social_functioning", "improved"),
        ("25-foot walk times", "decreased", "walking", "improved"),
        ("10-m walk speed", "increased", "walking", "improved"),  # the walk's speed, not its time
        ("fear of falling", "decreased", "balance", "improved"),
        ("Functional Gait Assessment scores", "increased", "balance", "improved"),
        ("Y-Balance Test scores", "increased", "balance", "improved"),
        ("post-void residual volume", "decreased", "urinary", "improved"),
        ("Urinary Distress Inventory scores", "decreased", "urinary", "improved"),  # bladder symptoms' toll
        ("nocturnal awakenings", "decreased", "sleep", "improved"),
        ("night-time awakenings", "decreased", "sleep", "improved"),
        ("nighttime awakenings", "decreased", "sleep", "improved"),
        ("cognitive functioning", "increased", "cognition", "improved"),
        ("Neck Pain and Disability Scale scores", "decreased", "disability", "improved"),
        ("AQLQ scores", "increased", "quality_of_life", "improved"),
        ("handgrip", "increased", "strength", "improved"),
        ("MVC", "increased", "strength", "improved"),  # the maximal voluntary contraction
        ("gastric residual volume", "decreased", "bowel", "improved"),  # feeding tolerated
        ("abdominal circumference", "decreased", "bowel", "improved"),
        ("the number of defecations", "increased", "bowel", "improved"),
        ("time spent on bowel care", "decreased", "bowel", "improved"),
        ("daily step count", "increased", "walking", "improved"),
        ("Motor Activity Log scores", "increased", "mobility", "improved"),
        ("Trunk Impairment Scale scores", "increased", "balance", "improved"),
        ("muscle rigidity", "decreased", "spasticity", "improved"),  # Parkinson's rigidity: a muscle's tone
        # neurological rehabilitation's scales
        ("NIHSS scores", "decreased", "disability", "improved"),  # a stroke's deficit
        ("ARAT scores", "increased", "mobility", "improved"),
        ("SCIM scores", "increased", "mobility", "improved"),
        ("PEDI scores", "increased", "mobility", "improved"),
        ("FOG-Q scores", "decreased", "walking", "improved"),  # freezing of gait, higher the worse
        ("LANSS scores", "decreased", "pain", "improved"),
        # Parkinson's, stroke and neuropathy scales, and a bladder diary's voids
        ("KPPS scores", "decreased", "pain", "improved"),
        ("PDSS scores", "increased", "sleep", "improved"),
        ("SS-QOL scores", "increased", "quality_of_life", "improved"),
        ("QLQ-CIPN20 sensory scores", "decreased", "paresthesia", "improved"),
        ("neuropathy symptoms", "decreased", "paresthesia", "improved"),
        ("daytime frequency", "decreased", "urinary", "improved"),
        ("the number of voids per day", "decreased", "urinary", "improved"),
    ],
)  # fmt: skip
def test_the_common_measures_of_rehabilitation_and_bowel_trials_name_their_domain_and_good_side(
    measure: str, change: str, domain: str, direction: str
) -> None:
    """Fictional sentence: the measures clinicians name for a domain, beside its validated scales,
    are read as that domain and scored their own way."""
    assert _read_in_a_trial(measure, change) == [(domain, change, direction)]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: the people who fell, counted, are the falls
        "The number of participants who fell was significantly lower in the massage group than in the control group (p = 0.02).",
        "Fewer patients fell in the massage group than in the control group (p = 0.02).",
    ],
)  # fmt: skip
def test_people_who_fell_counted_are_falls_the_fewer_the_better(sentence: str) -> None:
    findings = extract(Record(pmid="1", abstract=(AbstractSection(text=sentence),))).findings
    assert [(f.domain, f.change, f.direction) for f in findings] == [("balance", "decreased", "improved")]


def test_people_who_fell_asleep_are_no_falls() -> None:
    sentence = (
        "Fewer patients fell asleep in the massage group than in the control group (p = 0.02)."  # fictional
    )
    findings = extract(Record(pmid="1", abstract=(AbstractSection(text=sentence),))).findings
    assert "balance" not in {f.domain for f in findings}


@pytest.mark.parametrize(
    ("measure", "change", "domain", "direction"),
    [
        # constipation eased (flatus), diarrhoea's stool lost
        ("passage of flatus", "increased", "bowel", "improved"),
        ("gut motility", "increased", "bowel", "improved"),
        ("feeding tolerance", "increased", "bowel", "improved"),  # a preterm infant's gut
        ("fecal losses", "decreased", "bowel", "improved"),
        ("faecal excretion", "decreased", "bowel", "improved"),
        ("diarrhoeal episodes", "decreased", "bowel", "improved"),
        # a muscle's endurance, torque, pinch and press; its weakness the less the better
        ("trunk muscle endurance", "increased", "strength", "improved"),
        ("quadriceps torque", "increased", "strength", "improved"),
        ("key pinch", "increased", "strength", "improved"),
        ("leg press", "increased", "strength", "improved"),
        ("muscle weakness", "decreased", "strength", "improved"),
        ("Modified Oxford Scale scores", "increased", "strength", "improved"),  # the pelvic floor's squeeze
        ("perineometer readings", "increased", "strength", "improved"),
        ("manual muscle test scores", "increased", "strength", "improved"),
        # pain in plain words, a newborn's response to a heel lance, the relief a block gives
        ("musculoskeletal discomfort", "decreased", "pain", "improved"),
        ("aching", "decreased", "pain", "improved"),
        ("nociceptive responses", "decreased", "pain", "improved"),
        ("quality of analgesia", "increased", "pain", "improved"),
        ("algometer readings", "increased", "pain", "improved"),  # the pressure that first hurts
        # a joint's movement named by the movement, the goniometer reading it, a contracture
        ("hip flexion", "increased", "range_of_motion", "improved"),
        ("knee flexion angle", "increased", "range_of_motion", "improved"),
        ("trunk flexion", "increased", "range_of_motion", "improved"),
        ("dorsiflexion", "increased", "range_of_motion", "improved"),
        ("goniometer readings", "increased", "range_of_motion", "improved"),
        ("knee flexion contracture", "decreased", "range_of_motion", "improved"),
        ("mobility of the shoulder", "increased", "range_of_motion", "improved"),  # a joint's
        ("cervical spine mobility", "increased", "range_of_motion", "improved"),
        ("hip extension torque", "increased", "strength", "improved"),  # the muscle's, not the joint's
        # a walk's distance and rhythm, a timed walk; the arm's and hand's use, transfers
        ("the distance walked", "increased", "walking", "improved"),
        ("step frequency", "increased", "walking", "improved"),
        ("timed walk", "decreased", "walking", "improved"),
        ("10-meter walking test times", "decreased", "walking", "improved"),  # a time, not a distance
        ("25-foot walking test times", "decreased", "walking", "improved"),
        ("T25W times", "decreased", "walking", "improved"),
        ("Rivermead Motor Assessment scores", "increased", "mobility", "improved"),
        ("Jebsen-Taylor Hand Function Test times", "decreased", "mobility", "improved"),
        ("hand function", "increased", "mobility", "improved"),
        ("transfer ability", "increased", "mobility", "improved"),
        # fatigue's other side, the energy felt; a good mood's plain words
        ("vitality", "increased", "fatigue", "improved"),
        ("energy levels", "increased", "fatigue", "improved"),
        ("Functional Assessment of Cancer Therapy-Fatigue scores", "increased", "fatigue", "improved"),
        ("FACT-F scores", "increased", "fatigue", "improved"),  # fatigue's form, not quality of life
        ("FACT-Fatigue scores", "increased", "fatigue", "improved"),
        ("vigour", "increased", "mood", "improved"),
        ("happiness", "increased", "mood", "improved"),
        # a tense mind and the relaxation felt
        ("feelings of tension", "decreased", "stress", "improved"),
        ("perceived relaxation", "increased", "stress", "improved"),
        ("tension-anxiety", "decreased", "anxiety", "improved"),  # the POMS's scale, not stress
        # memory tests' recall, the Stroop test
        ("delayed recall", "increased", "cognition", "improved"),
        ("Stroop test scores", "increased", "cognition", "improved"),
        # social life taken part in, or restricted
        ("social contacts", "increased", "social_functioning", "improved"),
        ("participation restrictions", "decreased", "social_functioning", "improved"),
        # the stretch reflex's excitability, the swinging leg's relaxation
        ("H-reflex amplitude", "decreased", "spasticity", "improved"),
        ("Hmax/Mmax ratio", "decreased", "spasticity", "improved"),
        ("pendulum test relaxation index", "increased", "spasticity", "improved"),
        ("10RM", "increased", "strength", "improved"),
        # a good thing's troubles, and a worried mind, named in words of their own
        ("nervousness", "decreased", "anxiety", "improved"),
        ("cognitive deficits", "decreased", "cognition", "improved"),
        ("body dissatisfaction", "decreased", "body_image", "improved"),
        ("social withdrawal", "decreased", "social_functioning", "improved"),
        ("postural instability", "decreased", "balance", "improved"),
        ("difficulty sleeping", "decreased", "sleep", "improved"),
        ("sleeplessness", "decreased", "sleep", "improved"),
        ("time asleep", "increased", "sleep", "improved"),
        # the wait for sleep named before it, better shorter, not sleep itself
        ("the latency to sleep onset", "decreased", "sleep", "improved"),
        ("the latency of sleep", "decreased", "sleep", "improved"),
        # a quality-of-life scale's energy part, and its summaries named without the scale
        ("the energy subscale scores", "increased", "fatigue", "improved"),
        ("the mental health composite", "increased", "quality_of_life", "improved"),
        ("the physical component summary", "increased", "quality_of_life", "improved"),
        ("the mental component score", "increased", "quality_of_life", "improved"),
        ("the physical component score", "decreased", "quality_of_life", "worsened"),
        ("the mental health component score", "increased", "quality_of_life", "improved"),
        # the mind's speed and flexibility, a processing-speed test named by its task
        ("information processing", "increased", "cognition", "improved"),
        ("cognitive flexibility", "increased", "cognition", "improved"),
        ("symbol digit scores", "increased", "cognition", "improved"),
        ("visuospatial ability", "increased", "cognition", "improved"),
        # the energy a walk costs, better less; getting about on foot and the legs' use
        ("the energy cost of walking", "decreased", "walking", "improved"),
        ("the physiological cost index", "decreased", "walking", "improved"),
        ("ambulatory capacity", "increased", "walking", "improved"),
        ("locomotor function", "increased", "walking", "improved"),
        ("lower limb function", "increased", "mobility", "improved"),
        ("activity limitations", "decreased", "mobility", "improved"),
        # how soon a muscle tires, urine lost in a diary's episodes
        ("motor fatigability", "decreased", "fatigue", "improved"),
        ("leakage episodes", "decreased", "urinary", "improved"),
        ("manual ability", "increased", "mobility", "improved"),
        ("ABILHAND scores", "increased", "mobility", "improved"),
        ("COPM performance scores", "increased", "mobility", "improved"),
        # the legs' force and power
        ("quadriceps force", "increased", "strength", "improved"),
        ("lower limb power", "increased", "strength", "improved"),
    ],
)
def test_the_everyday_words_for_a_domain_name_it_with_its_good_side(
    measure: str, change: str, domain: str, direction: str
) -> None:
    """Fictional sentence: the plain words trials use for a domain's measures, not only its
    scales' names, are read as that domain, scored the way that is better for the patient."""
    assert _read_in_a_trial(measure, change) == [(domain, change, direction)]


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # fictional: a trial's acronym, not a stride; a treatment's, not a muscle test; a sedation
        # scale, not cognition
        ("Retention in MMT rose more with counselling than with usual care (p = 0.01).", "strength"),
        (
            "In the STRIDE study, HbA1c decreased more with coaching than with usual care (p = 0.01).",
            "walking",
        ),
        (
            "Observer's Assessment of Alertness/Sedation scores were lower with the drug than with placebo (p = 0.01).",
            "cognition",
        ),
    ],
)
def test_an_acronym_or_a_sedation_scale_names_no_domain(text: str, domain: str) -> None:
    findings = extract(Record(pmid="1", abstract=(AbstractSection(text=text),))).findings
    assert domain not in {finding.domain for finding in findings}


@pytest.mark.parametrize(
    ("measure", "domain"),
    [  # fictional: a higher-is-better domain's troubles, the fewer the better
        ("impaired mobility", "mobility"),
        ("mobility limitations", "mobility"),
        ("balance problems", "balance"),
        ("poor balance", "balance"),
        ("walking difficulties", "walking"),
    ],
)
def test_a_domain_s_troubles_decreasing_is_an_improvement(measure: str, domain: str) -> None:
    assert _read_in_a_trial(measure, "decreased") == [(domain, "decreased", "improved")]


@pytest.mark.parametrize("measure", ["stool consistency", "Bristol Stool Form Scale scores", "defecation"])
def test_a_stool_s_form_or_passing_has_no_good_side_of_its_own(measure: str) -> None:
    # fictional: softer and more often is better in constipation, firmer and less in diarrhoea
    assert ("bowel", "increased", "improved") not in _read_in_a_trial(measure, "increased")


def test_transfers_alone_are_no_mobility() -> None:
    # fictional: an embryo's transfers, not moving from bed to chair
    assert "mobility" not in {domain for domain, _, _ in _read_in_a_trial("embryo transfers", "increased")}


@pytest.mark.parametrize(
    ("text", "measure", "something_else"),
    [
        # fictional phrases: a spasm of an artery or the face, and infantile spasms (an epilepsy)
        ("coronary spasm was rare", "spasm", True),
        ("hemifacial spasm eased", "spasm", True),
        ("infantile spasms ceased", "spasms", True),
        ("spasms eased", "spasms", False),
        # a rigid mind, not a rigid limb
        ("cognitive rigidity eased", "rigidity", True),
        ("rigidity eased", "rigidity", False),
        # a joint's movement named with its strength, or as a contraction or an exercise
        ("shoulder abduction strength rose", "shoulder abduction", True),
        ("isokinetic shoulder abduction rose", "shoulder abduction", True),
        ("range of motion exercises were taught", "range of motion", True),
        ("cervical rotation rose", "cervical rotation", False),
        # the statistics software and the detergent, not Zung's scales
        ("analysed with SAS version 9.4", "SAS", True),
        ("analysed with SAS 9.4", "SAS", True),
        ("SAS scores fell", "SAS", False),
        ("proteins were run on SDS-PAGE", "SDS", True),
        ("SDS scores fell", "SDS", False),
        # a flexible mind, not a joint's range; what people think of their disease's course
        ("psychological flexibility rose", "flexibility", True),
        ("flexibility rose", "flexibility", False),
        ("an enhanced image of disease progression", "disease progression", True),
        ("disease progression slowed", "disease progression", False),
        # a tooth's vitality, a breast implant's contracture
        ("pulp vitality fell", "vitality", True),
        ("capsular contracture fell", "contracture", True),
        # a gas's pressure or a headache's type, not a tense mind
        ("transcutaneous oxygen tension rose", "tension", True),
        ("tension-type headache eased", "tension", True),
        ("tension-free vaginal tape was used", "tension", True),
        ("tension eased", "tension", False),
        # a nutrient's share found in stool, not the stool passed
        ("fecal excretion of nitrogen fell", "fecal excretion", True),
        ("fecal excretion fell", "fecal excretion", False),
    ],
)
def test_new_measure_names_beside_other_words_name_another_thing(
    vocabulary: Vocabulary, text: str, measure: str, something_else: bool
) -> None:
    found = _something_else(vocabulary, text)
    assert [(m, other) for m, other in found if m != "strength"] == [(measure, something_else)]


def test_a_passive_torque_is_no_muscle_strength(vocabulary: Vocabulary) -> None:
    # fictional: the resistance of a limb moved by the examiner
    assert _something_else(vocabulary, "passive flexion torque fell") == [("flexion torque", True)]
    assert _something_else(vocabulary, "knee flexion torque rose") == [("flexion torque", False)]


def test_a_peg_test_spelled_with_a_number_or_a_word_is_one_instrument(vocabulary: Vocabulary) -> None:
    # fictional
    keys = {m.measure: m.measure_key for m in vocabulary.match("9HPT, Nine-Hole Peg Test, 9-Hole Peg Test")}
    assert keys["9HPT"] == keys["Nine-Hole Peg Test"] == keys["9-Hole Peg Test"]


def test_a_crying_infant_is_no_pain_scale(vocabulary: Vocabulary) -> None:
    assert _found(vocabulary, "CRIES scores fell") == [("pain", "CRIES")]
    assert _found(vocabulary, "the infant cries less") == []


def test_the_dash_diet_is_no_disability_score(vocabulary: Vocabulary) -> None:
    assert _found(vocabulary, "the DASH diet lowered blood pressure") == []


def test_a_shared_instrument_matches_each_of_its_domains(vocabulary: Vocabulary) -> None:
    assert sorted(m.domain for m in vocabulary.match("HADS")) == ["anxiety", "depression"]


def test_a_word_of_degree_may_stand_before_a_phrase_s_comparative(vocabulary: Vocabulary) -> None:
    # fictional: "walked faster" is a walking synonym, however much faster
    assert _found(vocabulary, "Participants walked significantly faster after the programme") == [
        ("walking", "walked significantly faster")
    ]
    assert _found(vocabulary, "they walked much more slowly") == [("walking", "walked much more slowly")]


def test_a_plural_of_complaints_is_singular_before_the_noun_that_counts_them(vocabulary: Vocabulary) -> None:
    # fictional: "bladder symptoms" and "sleep problems" are scored as "symptom scores", "problem scores"
    assert _found(vocabulary, "Bladder symptom scores decreased") == [("urinary", "Bladder symptom")]
    assert _found(vocabulary, "sleep problem scores fell") == [("sleep", "sleep problem")]
    assert _found(vocabulary, "cognitive complaint scores fell") == [("cognition", "cognitive complaint")]


def test_hyphens_and_spaces_are_interchangeable(vocabulary: Vocabulary) -> None:
    found = vocabulary.match_comparators("wait-list, wait list and waitlist")
    assert [m.label for m in found] == ["wait-list"] * 3


def test_a_name_opening_with_a_one_character_word_matches_with_a_space_as_with_a_hyphen(
    vocabulary: Vocabulary,
) -> None:
    # fictional: the walk tests and the peg test written with a space after their number
    assert _found(vocabulary, "the 6 minute walk test and the 2 minute walk test rose") == [
        ("walking", "6 minute walk test"),
        ("walking", "2 minute walk test"),
    ]
    assert _found(vocabulary, "9 hole peg test times fell") == [("mobility", "9 hole peg test")]


def test_the_ms_walking_scale_named_short_is_better_lower(vocabulary: Vocabulary) -> None:
    # fictional
    [found] = vocabulary.match("the 12-item MS Walking Scale fell")
    assert (found.domain, found.polarity) == ("walking", "lower_is_better")


def test_techniques_and_comparators(vocabulary: Vocabulary) -> None:
    text = "Self-massage and reflexology compared with sham acupressure or usual care."
    assert [m.label for m in vocabulary.match_techniques(text)] == [
        "self-massage",
        "reflexology",
        "shiatsu or acupressure",
    ]
    assert [m.label for m in vocabulary.match_comparators(text)] == ["sham", "usual care"]


def test_generic_scales_are_not_domains(vocabulary: Vocabulary) -> None:
    assert vocabulary.match("on a visual analogue scale (VAS)") == []
    assert [m.label for m in vocabulary.match_scales("on a visual analogue scale (VAS)")] == ["VAS", "VAS"]
    assert [m.label for m in vocabulary.match_scales("on a verbal rating scale (VRS)")] == ["VRS", "VRS"]


def test_find_domain_by_key_label_or_synonym(vocabulary: Vocabulary) -> None:
    assert vocabulary.find_domain("quality of life").key == "quality_of_life"
    assert vocabulary.find_domain("Walking and gait").key == "walking"
    assert vocabulary.find_domain("numbness").key == "paresthesia"
    assert vocabulary.find_domain("no such outcome") is None


def test_every_focus_outcome_of_the_demo_search_is_a_domain(vocabulary: Vocabulary) -> None:
    query = load_query(DEMO_QUERY, DEMO_QUERY.parent)
    assert [name for name in query.focus_outcomes if vocabulary.find_domain(name) is None] == []


def test_merging_a_saved_search_adds_its_domains(vocabulary: Vocabulary) -> None:
    query = load_query(DEMO_QUERY, DEMO_QUERY.parent)
    merged = vocabulary.merged(query.topic)
    assert vocabulary.match("leg swelling") == []
    (match,) = merged.match("leg swelling")
    assert (match.domain, match.polarity) == ("swelling", "lower_is_better")
    assert merged.domain("swelling").label == "Swelling"


def test_merging_extends_an_existing_domain(vocabulary: Vocabulary) -> None:
    @dataclass(frozen=True)
    class AnyExtra:  # any object with the ExtraDomain attributes will do
        name: str
        synonyms: tuple[str, ...]
        instruments: tuple[str, ...]
        polarity: str
        not_when_preceded_by: tuple[str, ...] = ()
        not_when_followed_by: tuple[str, ...] = ()

    merged = vocabulary.merged(
        Topic(
            domains=(
                AnyExtra("pain", ("aching",), ("Widget Pain Index",), "lower_is_better"),
                ExtraDomain("sleep", ("night waking",), (), "lower_is_better"),
            )
        )
    )
    assert [(m.domain, m.polarity) for m in merged.match("aching, Widget Pain Index, night waking")] == [
        ("pain", "lower_is_better"),
        ("pain", "lower_is_better"),
        ("sleep", "lower_is_better"),
    ]
    assert len(merged.domains) == len(vocabulary.domains)


def test_a_bad_polarity_in_a_saved_search_is_an_input_error(vocabulary: Vocabulary) -> None:
    with pytest.raises(InputError, match="outcomes.extra.tremor.polarity"):
        vocabulary.merged(Topic(domains=(ExtraDomain("tremor", ("tremor",), (), "sideways"),)))


GOOD_DOMAIN = '[domains.pain]\nlabel = "Pain"\npolarity = "lower_is_better"\nsynonyms = ["pain"]\n'


@pytest.mark.parametrize(
    ("outcomes", "message"),
    [
        ("[domains.pain\n", "not valid TOML"),
        ('[domains.pain]\nlabel = "Pain"\nsynonyms = ["pain"]\n', "field 'domains.pain.polarity'"),
        (GOOD_DOMAIN.replace('"lower_is_better"', '"down"'), "field 'domains.pain.polarity'"),
        (GOOD_DOMAIN.replace('["pain"]', '"pain"'), "field 'domains.pain.synonyms' must be a list"),
        (GOOD_DOMAIN + "colour = 'red'\n", "unknown field 'domains.pain.colour'"),
        (
            GOOD_DOMAIN + "instruments = [{ abbreviations = ['X'] }]\n",
            "field 'domains.pain.instruments[0].name'",
        ),
        (
            GOOD_DOMAIN + "not_when_followed_by = 'clinic'\n",
            "field 'domains.pain.not_when_followed_by' must be a list",
        ),
        (
            GOOD_DOMAIN + "not_when_preceded_by = ['chronic', 3]\n",
            "field 'domains.pain.not_when_preceded_by' must be a list",
        ),
        (
            GOOD_DOMAIN + "not_when_followed_by = ['*']\n",
            "field 'domains.pain.not_when_followed_by' has '*', which names no word",
        ),
        (
            GOOD_DOMAIN + "not_when_preceded_by = ['- -']\n",
            "field 'domains.pain.not_when_preceded_by' has '- -', which names no word",
        ),
        (
            GOOD_DOMAIN + "not_when_preceded_by = ['moderately to severely chronic']\n",
            "longer than the 23 characters read before a domain's word",
        ),
        (
            GOOD_DOMAIN + "instruments = [{ name = 'Pain Scale', subscales_alike = 'yes' }]\n",
            "field 'domains.pain.instruments[0].subscales_alike' must be true or false",
        ),
        (
            GOOD_DOMAIN + "also_an_activity = 'yes'\n",
            "field 'domains.pain.also_an_activity' must be true or false",
        ),
        (GOOD_DOMAIN + "[safety]\nharms = 'headache'\n", "field 'safety.harms' must be a list"),
        (GOOD_DOMAIN + "[safety]\nrelapses = ['relapse', '']\n", "field 'safety.relapses' must be a list"),
        (GOOD_DOMAIN + "[safety]\nflares = ['flare']\n", "unknown field 'safety.flares'"),
        (GOOD_DOMAIN + "safety = ['headache']\n", "field 'domains.pain.safety' must be true or false"),
        ("safety = ['headache']\n" + GOOD_DOMAIN, "field 'safety' must be a table"),
        ("title = 'x'\n", "unknown field 'title'"),
        ("", "field 'domains'"),
    ],
)
def test_a_malformed_outcomes_file_names_the_file_and_field(
    tmp_path: Path, outcomes: str, message: str
) -> None:
    path = tmp_path / "outcomes.toml"
    path.write_text(outcomes, encoding="utf-8")
    with pytest.raises(InputError) as error:
        Vocabulary.load(outcomes=path)
    assert str(path) in str(error.value) and message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_malformed_techniques_file_names_the_file_and_field(tmp_path: Path) -> None:
    outcomes = tmp_path / "outcomes.toml"
    outcomes.write_text(GOOD_DOMAIN, encoding="utf-8")
    techniques = tmp_path / "techniques.toml"
    techniques.write_text('[techniques.reiki]\nlabel = "reiki"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"techniques\.toml: field 'techniques\.reiki\.synonyms'"):
        Vocabulary.load(outcomes=outcomes, techniques=techniques)


def test_a_bad_control_arm_flag_names_the_file_and_field(tmp_path: Path) -> None:
    outcomes = tmp_path / "outcomes.toml"
    outcomes.write_text(GOOD_DOMAIN, encoding="utf-8")
    techniques = tmp_path / "techniques.toml"
    techniques.write_text(
        '[techniques.reiki]\nsynonyms = ["reiki"]\n[comparators.sham]\nsynonyms = ["sham"]\ncontrol_arm = 1\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as error:
        Vocabulary.load(outcomes=outcomes, techniques=techniques)
    assert f"{techniques}: field 'comparators.sham.control_arm' must be true or false" == str(error.value)


def test_the_comparators_that_name_the_control_arm_say_so(vocabulary: Vocabulary) -> None:
    control = {t.key for t in vocabulary.comparators if t.control_arm}
    assert control == {
        "usual_care",
        "sham",
        "wait_list",
        "no_intervention",
        "inactive_control",
        "rest",
        "placebo",
        "control",
    }
    assert {"placebo", "sham", "control"} <= vocabulary.control_arm_words
    assert "usual care" not in vocabulary.control_arm_words  # one word each, for word-by-word rules
    assert vocabulary.names_the_control_arm("Group C: waiting list") is True
    assert vocabulary.names_the_control_arm("Group E: exercise") is False  # a comparator, not only one


@pytest.mark.parametrize(
    "base",
    [
        "standard rehabilitation",
        "conventional physiotherapy",
        "conventional therapy",
        "routine rehabilitation",
    ],
)
def test_what_every_arm_of_an_add_on_trial_had_given_alone_is_the_control_arm(base: str) -> None:
    """ "Massage plus standard rehabilitation or standard rehabilitation alone": the treatment all
    arms had is the comparator, its arm's own change never the tested massage's (fictional)."""
    methods = f"Fifty adults after stroke were randomized to massage plus {base} or {base} alone."
    results = (
        f"Pain decreased in the {base} group (p = 0.04). Adding massage to {base} did not improve "
        "motor recovery but reduced fatigue (p = 0.01)."
    )
    record = Record(
        pmid="1",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=results, label="RESULTS"),
        ),
    )
    extraction = extract(record)
    assert extraction.facts.comparators == ("usual care",)
    assert {(f.domain, f.comparison, f.comparator) for f in extraction.findings} == {
        ("pain", "within_group", base),
        ("other", "between_groups", "usual care"),
        ("fatigue", "between_groups", "usual care"),
    }


@pytest.mark.parametrize(
    "arm", ["routine nursing", "routine nursing care", "standard nursing care", "conventional care"]
)
def test_the_nursing_trials_routine_care_is_the_control_arm(arm: str) -> None:
    """A nursing trial's usual care is named for its ward ("routine nursing"): that arm's own
    worsening is the comparator's, never the tested reflexology's (fictional)."""
    methods = f"Sixty adults after stroke were randomized to reflexology or {arm}."
    result = f"Depression scores increased in the {arm} group (p = 0.01)."
    record = Record(
        pmid="1",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=result, label="RESULTS"),
        ),
    )
    findings = extract(record).findings
    assert [(f.direction, f.comparison, f.comparator is not None) for f in findings] == [
        ("worsened", "within_group", True)
    ]


@pytest.mark.parametrize(
    ("text", "comparators"),
    [
        # fictional phrases
        ("Massage or seated rest for twenty minutes.", ["no intervention"]),
        ("Pain after massage was lower than after rest.", ["no intervention"]),
        ("Pain at rest fell after massage.", []),
        ("Heart rate at rest did not change.", []),
        ("The rest of the variables did not differ.", []),
        ("The rest were lost to follow-up.", []),
        ("Rest pain and rest tremor eased.", []),  # pain and tremor at rest
        ("Users and non-users of massage were compared.", ["no intervention"]),  # "of" only after rest
    ],
)
def test_rest_is_a_comparator_only_where_no_word_beside_it_says_otherwise(
    vocabulary: Vocabulary, text: str, comparators: list[str]
) -> None:
    assert [m.label for m in vocabulary.match_comparators(text)] == comparators
    assert vocabulary.names_the_control_arm(text) is bool(comparators)


def test_a_term_s_lookalike_words_are_read_and_checked(tmp_path: Path) -> None:
    outcomes = tmp_path / "outcomes.toml"
    outcomes.write_text(GOOD_DOMAIN, encoding="utf-8")
    techniques = tmp_path / "techniques.toml"
    techniques.write_text(
        '[techniques.reiki]\nsynonyms = ["reiki"]\nnot_when_followed_by = ["master*"]\n'
        '[comparators.nap]\nsynonyms = ["nap"]\nnot_when_preceded_by = ["* and"]\n',
        encoding="utf-8",
    )
    loaded = Vocabulary.load(outcomes=outcomes, techniques=techniques)
    text = "Reiki masters gave reiki or a nap; nap and reiki, a cat and nap."  # fictional
    assert [m.text for m in loaded.match_techniques(text)] == ["reiki", "reiki"]
    assert [m.start for m in loaded.match_comparators(text)] == [text.index("nap"), text.index("nap and")]
    techniques.write_text(
        '[techniques.reiki]\nsynonyms = ["reiki"]\n[comparators.nap]\nsynonyms = ["nap"]\nnot_when_preceded_by = ["-"]\n',
        encoding="utf-8",
    )
    with pytest.raises(
        InputError, match=r"field 'comparators.nap.not_when_preceded_by' has '-', which names no word"
    ):
        Vocabulary.load(outcomes=outcomes, techniques=techniques)


def test_a_saved_search_s_comparator_says_what_is_not_it(vocabulary: Vocabulary) -> None:
    nap = ExtraTerm("nap", "a nap", ("nap",), control_arm=True, not_when_followed_by=("time",))
    rest = ExtraTerm("rest", "rest", ("bed rest",), not_when_preceded_by=("strict",))
    merged = vocabulary.merged(Topic(comparators=(nap, rest)))
    text = "a nap; nap time; strict bed rest; after rest"  # fictional
    assert [(m.label, m.text) for m in merged.match_comparators(text)] == [
        ("a nap", "nap"),
        ("no intervention", "rest"),
    ]
    assert merged.names_the_control_arm("a nap") and not merged.names_the_control_arm("nap time")
    assert [t.not_when_preceded_by for t in merged.comparators if t.key == "rest"] == [
        ("at", "the", "strict")
    ]


def test_a_missing_vocabulary_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the vocabulary file"):
        Vocabulary.load(outcomes=tmp_path / "absent.toml")


# A fictional domain: its words, and the words beside them that make them another thing.
TREMOR = """
[domains.tremor]
polarity = "lower_is_better"
synonyms = ["tremor"]
not_when_preceded_by = ["essential"]
not_when_followed_by = ["clinic", "registr*", "* cohort"]
instruments = [{ name = "Fictional Tremor Scale", abbreviations = ["FTS"] }]
"""


@pytest.fixture
def tremor(tmp_path: Path) -> Vocabulary:
    path = tmp_path / "outcomes.toml"
    path.write_text(TREMOR, encoding="utf-8")
    return Vocabulary.load(outcomes=path)


@pytest.mark.parametrize("text", ["urinary distress fell", "bladder distress fell", "bowel distress fell"])
def test_the_distress_of_bladder_or_bowel_symptoms_is_no_stress(vocabulary: Vocabulary, text: str) -> None:
    # fictional phrases: the symptoms' toll, of the bladder's or the bowel's domain
    assert ("distress", True) in _something_else(vocabulary, text)


def _something_else(vocabulary: Vocabulary, text: str) -> list[tuple[str, bool]]:
    return [(m.measure, vocabulary.names_something_else(text, m)) for m in vocabulary.match(text)]


def test_the_safety_words_of_the_topic_are_read(vocabulary: Vocabulary, tmp_path: Path) -> None:
    assert {"headache", "bruising"} <= set(vocabulary.harms) and "exacerbation" in vocabulary.relapses
    path = tmp_path / "outcomes.toml"
    path.write_text(GOOD_DOMAIN, encoding="utf-8")
    assert (Vocabulary.load(outcomes=path).harms, Vocabulary.load(outcomes=path).relapses) == ((), ())


@pytest.mark.parametrize(
    ("text", "harms", "relapse"),
    [
        # fictional phrases
        ("Two reported headaches and one Dizziness.", ["headaches", "Dizziness"], False),
        ("An anti-nausea effect; no flare-ups.", [], True),
        ("Exacerbations were fewer.", [], True),
        ("Relapsing-remitting disease.", [], False),
    ],
)
def test_harms_and_relapses_match_like_synonyms(
    vocabulary: Vocabulary, text: str, harms: list[str], relapse: bool
) -> None:
    assert [m.text for m in vocabulary.match_harms(text)] == harms
    assert vocabulary.names_a_relapse(text) is relapse


def test_merging_adds_a_searchs_techniques_comparators_and_safety_words(vocabulary: Vocabulary) -> None:
    topic = Topic(
        techniques=(ExtraTerm("cupping", "cupping therapy", ("cupping", "dry cupping")),),
        comparators=(
            ExtraTerm("sham_cups", "sham cupping", ("sham cups",), control_arm=True),
            ExtraTerm("placebo", "placebo", ("dummy cream",)),  # a known key: more words for it
        ),
        harms=("skin marks",),
        relapses=("flare of widget disease",),
    )
    merged = vocabulary.merged(topic)
    text = "Dry cupping or sham cups; a dummy cream; skin marks; one flare of widget disease"  # fictional

    assert [(m.key, m.label) for m in merged.match_techniques(text)] == [("cupping", "cupping therapy")]
    assert [m.key for m in merged.match_comparators(text)] == ["sham_cups", "placebo"]
    assert merged.names_the_control_arm("the sham cups group") and merged.names_the_control_arm("dummy cream")
    assert [m.text for m in merged.match_harms(text)] == ["skin marks"]
    assert merged.names_a_relapse(text) and not vocabulary.names_a_relapse(text)
    assert len(merged.comparators) == len(vocabulary.comparators) + 1
    assert vocabulary.match_techniques(text) == []  # the packaged vocabulary is left as it was


def test_merging_keeps_the_safety_words(vocabulary: Vocabulary) -> None:
    merged = vocabulary.merged(Topic(domains=(ExtraDomain("tremor", ("tremor",), (), "lower_is_better"),)))
    assert (merged.harms, merged.relapses) == (vocabulary.harms, vocabulary.relapses)
    assert [m.text for m in merged.match_harms("a headache")] == ["headache"]


def test_a_domain_whose_words_also_name_something_done_says_so(vocabulary: Vocabulary) -> None:
    assert [d.key for d in vocabulary.domains if d.also_an_activity] == ["walking"]


def test_the_words_that_make_a_domain_another_thing_are_read(tremor: Vocabulary) -> None:
    domain = tremor.domain("tremor")
    assert domain.not_when_preceded_by == ("essential",)
    assert domain.not_when_followed_by == ("clinic", "registr*", "* cohort")
    assert Vocabulary.load().domain("anxiety").not_when_followed_by == ()


@pytest.mark.parametrize(
    ("text", "something_else"),
    [
        # fictional phrases
        ("Tremor eased after massage.", False),
        ("Essential tremor patients were enrolled.", True),
        ("Tremor clinics referred them.", True),  # plurals, as for synonyms
        ("Tremor and ataxia clinics referred them.", True),  # after a pair
        ("The tremor registries were searched.", True),  # "*": the rest of a word
        ("The tremor follow-up cohort was small.", True),  # "*" alone: any one word
        ("The tremor cohort was small.", False),  # ... but one word there must be
        ("Tremor clinical scores fell.", False),  # whole words only
    ],
)
def test_a_domains_word_names_something_else_by_its_entrys_words(
    tremor: Vocabulary, text: str, something_else: bool
) -> None:
    assert [(m.lower(), other) for m, other in _something_else(tremor, text)] == [("tremor", something_else)]


def test_the_bladder_names_its_symptoms_but_not_its_cancer(vocabulary: Vocabulary) -> None:
    # fictional phrases
    assert _something_else(vocabulary, "Bladder symptoms and bladder frequency fell.") == [
        ("Bladder symptoms", False),
        ("bladder", False),
    ]
    assert _something_else(vocabulary, "Bladder cancer recurrence was rare.") == [("Bladder", True)]


def test_an_instruments_name_is_never_something_else_by_its_domains_words(tremor: Vocabulary) -> None:
    # fictional phrases
    assert _something_else(tremor, "FTS clinic scores fell.") == [("FTS", False)]
    assert _something_else(tremor, "Fictional Tremor Scale registry data") == [
        ("Fictional Tremor Scale", False)
    ]


def test_an_instruments_own_words_make_its_name_another_scale(vocabulary: Vocabulary) -> None:
    # fictional phrases: the MRC dyspnoea scale grades breathlessness, not muscle strength
    assert _something_else(vocabulary, "The MRC dyspnoea scale and the MRC scale were used.") == [
        ("MRC", True),
        ("MRC", False),
    ]
    assert _something_else(vocabulary, "MRC breathlessness grades fell.") == [("MRC", True)]


def test_a_dyspnoea_scale_named_by_mrc_is_read_lower_is_better(vocabulary: Vocabulary) -> None:
    text = "The MRC dyspnoea scale score decreased significantly in the exercise group (p = 0.01)."
    record = Record(pmid="1", abstract=(AbstractSection(text=text, label="RESULTS"),))
    (finding,) = extract(record, vocabulary).findings
    assert (finding.domain, finding.change, finding.direction) == ("other", "decreased", "improved")


def test_the_packaged_vocabulary_says_what_is_not_its_domains(vocabulary: Vocabulary) -> None:
    # fictional phrases
    text = "Oxidative stress, fluid balance and urinary cotinine fell; perceived stress and balance did not."
    assert _something_else(vocabulary, text) == [
        ("stress", True),
        ("balance", True),
        ("urinary", True),
        ("perceived stress", False),
        ("balance", False),
    ]


@pytest.mark.parametrize(
    ("text", "measure", "something_else"),
    [
        # fictional phrases: a domain's word naming something else, and the same word as the domain
        ("respiratory depression was rare", "depression", True),  # a drug's effect on breathing
        ("ST-segment depression fell", "depression", True),
        ("depression fell", "depression", False),
        ("arterial stiffness fell", "stiffness", True),
        ("liver stiffness fell", "stiffness", True),
        ("muscle stiffness fell", "muscle stiffness", False),
        ("morning stiffness fell", "stiffness", True),  # a stiff joint's, not a muscle's tone
        ("WOMAC stiffness fell", "stiffness", True),
        ("bowel preparation was adequate", "bowel", True),  # cleansed for a colonoscopy
        ("bowel cleansing was adequate", "bowel", True),
        ("standard bowel care was the control", "bowel", True),  # an arm's care, not a symptom
        ("a bowel management programme was taught", "bowel", True),
        ("bowel care time fell", "bowel care time", False),  # the time that care takes is measured
        ("memory T cells rose", "memory", True),  # immune cells
        ("memory improved", "memory", False),
        ("symptom distress fell", "distress", True),  # bodily symptoms
        ("psychological distress fell", "psychological distress", False),
    ],
)
def test_a_domains_word_beside_another_names_another_thing(
    vocabulary: Vocabulary, text: str, measure: str, something_else: bool
) -> None:
    assert _something_else(vocabulary, text) == [(measure, something_else)]


@pytest.mark.parametrize(
    ("text", "something_else"),
    [
        ("strength improved", False),
        # fictional: what was done, or no muscle's strength
        ("strength training was offered", True),
        ("strength and endurance training was offered", True),
        ("the strength of the evidence is low", True),
        ("the strength of the association was modest", True),
        ("the strength of the treatment effect was modest", True),
        ("the strength of the knee extensors rose", False),  # a muscle's, named after it
        ("bone strength rose", True),
    ],
)
def test_strength_is_a_muscles_unless_it_was_done_or_is_no_muscles(
    vocabulary: Vocabulary, text: str, something_else: bool
) -> None:
    assert [
        other for measure, other in _something_else(vocabulary, text) if measure.lower() == "strength"
    ] == [something_else]


def test_merging_keeps_the_words_that_make_a_domain_another_thing(vocabulary: Vocabulary) -> None:
    merged = vocabulary.merged(Topic(domains=(ExtraDomain("stress", ("strain",), (), "lower_is_better"),)))
    text = "oxidative stress and oxidative strain"  # fictional
    assert _something_else(merged, text) == [("stress", True), ("strain", True)]


def test_a_saved_search_s_domain_says_what_is_not_it(vocabulary: Vocabulary) -> None:
    itch = ExtraDomain("itch", ("itch",), (), "lower_is_better", not_when_followed_by=("mite*",))
    stress = ExtraDomain("stress", ("strain",), (), "lower_is_better", not_when_preceded_by=("exam",))
    merged = vocabulary.merged(Topic(domains=(itch, stress)))
    text = "itch mites, itch, exam stress, oxidative stress, stress"  # fictional
    assert _something_else(merged, text) == [
        ("itch", True),
        ("itch", False),
        ("stress", True),
        ("stress", True),
        ("stress", False),
    ]
    assert _something_else(vocabulary, "exam stress") == [("stress", False)]


def test_depressive_sharing_its_noun_is_depression_but_not_the_illness_studied(
    vocabulary: Vocabulary,
) -> None:
    shared = vocabulary.match("depressive and anxiety symptoms fell")  # fictional
    assert [(m.domain, m.measure) for m in shared] == [
        ("depression", "depressive"),
        ("anxiety", "anxiety symptoms"),
    ]
    (illness,) = vocabulary.match("adults with major depressive disorder")
    assert vocabulary.names_something_else("adults with major depressive disorder", illness)


def test_no_phrase_of_the_good_sides_is_listed_twice() -> None:
    """A phrase listed twice, perhaps under two sides, reads by whichever list comes last: each
    is written once."""
    table = tomllib.loads((DATA / "measures.toml").read_text(encoding="utf-8"))["polarity"]
    phrases = [phrase.lower() for side in table.values() for phrase in side]
    assert sorted(phrase for phrase, count in Counter(phrases).items() if count > 1) == []
