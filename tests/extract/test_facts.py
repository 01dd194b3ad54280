"""Study facts: design, sample size, techniques, comparators, dose and time points."""

from __future__ import annotations

import pytest

from harvester.extract import load_vocabulary
from harvester.extract.facts import (
    design,
    follow_up_points,
    opening_share_in_figures,
    parse_number,
    study_facts,
    with_digits,
)
from harvester.models import AbstractSection, Record
from support.demo_data import demo_records

# pmid: (design, randomized or enrolled, analysed)
DEMO_DESIGNS = {
    "99000001": ("randomized controlled trial", 42, 40),
    "99000002": ("randomized controlled trial", 71, 64),
    "99000003": ("crossover trial", 24, None),
    "99000004": ("pilot study", 15, None),
    "99000005": ("non-randomized trial", 60, None),
    "99000006": ("cohort study", 312, None),
    "99000007": ("case report", None, None),
    "99000008": ("case series", 3, None),
    "99000009": ("qualitative study", 14, None),
    "99000010": ("systematic review", 412, None),
    "99000011": ("meta-analysis", 356, None),
    "99000012": ("protocol", 120, None),
    "99000013": ("narrative review", None, None),
    "99000014": ("randomized controlled trial", 50, None),
    "99000015": ("other", None, None),
    "99000016": ("other", None, None),
    "99000017": ("randomized controlled trial", 38, 36),
    "99000018": ("other", None, None),
    "99000019": ("pilot study", 12, None),
    "99000020": ("randomized controlled trial", 32, None),
    "99000021": ("randomized controlled trial", 40, None),
    "99000022": ("randomized controlled trial", 28, None),
    "99000023": ("randomized controlled trial", 30, None),
    "99000024": ("randomized controlled trial", 48, None),
    "99000025": ("randomized controlled trial", 34, None),
    "99000026": ("randomized controlled trial", 30, None),
    "99000027": ("non-randomized trial", 44, None),
    "99000028": ("randomized controlled trial", 36, None),
    "99000029": ("randomized controlled trial", 40, None),
    "99000030": ("randomized controlled trial", 52, 49),
    "99000031": ("randomized controlled trial", 46, None),
    "99000032": ("randomized controlled trial", 60, None),
    "99000033": ("guideline", None, None),
    "99000034": ("pilot study", 20, 18),
    "99000035": ("randomized controlled trial", 24, None),
    "99000036": ("other", 18, None),
}


def _facts(pmid: str):
    return study_facts(demo_records()[pmid], load_vocabulary())


def test_every_demo_record_has_an_expected_design() -> None:
    assert sorted(DEMO_DESIGNS) == sorted(demo_records())


@pytest.mark.parametrize("pmid", sorted(DEMO_DESIGNS))
def test_demo_design_and_sample_size(pmid: str) -> None:
    facts = _facts(pmid)
    assert (facts.design, facts.n_randomized, facts.n_analysed) == DEMO_DESIGNS[pmid]


@pytest.mark.parametrize(
    ("pmid", "interventions", "comparators", "sessions", "minutes", "weeks", "follow_up"),
    [
        ("99000001", ("Swedish massage",), ("usual care",), 12, 45, 6.0, ()),
        ("99000002", ("reflexology",), ("sham",), 11, 40, 11.0, ("12 weeks",)),
        ("99000003", ("deep tissue massage",), ("no intervention",), 8, 50, 4.0, ()),
        ("99000005", ("self-massage",), ("control",), 28, None, 4.0, ("4 weeks",)),
        ("99000006", ("massage",), ("no intervention",), None, None, None, ("2 years",)),
        ("99000012", ("myofascial release",), ("usual care",), 16, 45, 8.0, ("12 weeks", "24 weeks")),
        ("99000013", ("Swedish massage", "reflexology", "lymphatic drainage"), (), None, None, None, ()),
        ("99000017", ("shiatsu or acupressure",), ("sham",), 12, None, 4.0, ()),
        ("99000019", ("vibration",), (), 18, None, 6.0, ("6 weeks",)),
        ("99000024", ("massage",), ("usual care",), None, None, 6.0, ("6 weeks",)),
        ("99000030", ("Swedish massage",), ("relaxation",), 8, 45, 8.0, ("3 months",)),
        ("99000031", ("deep tissue massage",), ("usual care",), 12, None, 6.0, ("3 months",)),
    ],
)
def test_demo_treatment_and_time_points(
    pmid, interventions, comparators, sessions, minutes, weeks, follow_up
) -> None:
    facts = _facts(pmid)
    assert facts.interventions == interventions
    assert facts.comparators == comparators
    assert (facts.sessions, facts.session_minutes, facts.duration_weeks) == (sessions, minutes, weeks)
    assert facts.follow_up == follow_up


def _record(abstract: str, *types: str, title: str = "A fictional study") -> Record:
    return Record(pmid="1", title=title, abstract=(AbstractSection(text=abstract),), publication_types=types)


def test_publication_type_wins_over_the_text() -> None:
    record = _record("We report a pilot study.", "Journal Article", "Meta-Analysis")
    assert design(record) == "meta-analysis"


def test_a_randomized_trial_that_crosses_over_is_a_crossover_trial() -> None:
    record = _record("Patients were randomized in a cross-over design.", "Randomized Controlled Trial")
    assert design(record) == "crossover trial"


def test_non_randomized_is_not_read_as_randomized() -> None:
    assert (
        design(_record("In this non-randomised study, 30 patients received massage."))
        == "non-randomized trial"
    )


def test_a_call_for_future_trials_does_not_set_the_design() -> None:
    record = _record(
        "In this feasibility study 10 patients received massage. A randomized trial is warranted."
    )
    assert design(record) == "pilot study"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fictional: only the sentence calling for a trial is set aside, wherever stops and spaces fall
        ("Ten patients received massage.  A randomized trial is warranted.", "other"),
        ("Ten patients were randomized.\nFuture work is needed.", "randomized controlled trial"),
        ("Ten patients (n = 10.) were randomized; future trials are needed.", "other"),
        ("A pilot study.A randomized trial is warranted.", "other"),
    ],
)
def test_only_the_sentences_calling_for_future_trials_are_set_aside(text: str, expected: str) -> None:
    assert design(_record(text)) == expected


@pytest.mark.parametrize(
    "text",
    [  # fictional: a review of trials said in other words than "systematic review"
        "We systematically reviewed randomised trials of aromatherapy for pain.",
        "This Cochrane review assessed myofascial release for fibromyalgia.",
        "We systematically searched five databases for randomized trials of reflexology in MS.",
    ],
)
def test_a_review_of_trials_in_other_words_is_a_systematic_review(text: str) -> None:
    assert design(_record(text)) == "systematic review"


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # fictional: a trial's own protocol words are no plan for a study
        ("Sixty adults were randomised to massage or rest; the per-protocol analysis agreed.", "randomized controlled trial"),
        ("Sixty adults were randomised to a 30-minute massage protocol or rest.", "randomized controlled trial"),
        ("Anaesthesia was standardised by a study protocol. Sixty adults were randomised.", "randomized controlled trial"),
        # a plan, said as such or in the future
        ("Study protocol for a randomised trial of massage in multiple sclerosis.", "protocol"),
        ("Sixty adults will be randomised to massage or rest.", "protocol"),
        ("This trial will randomise sixty adults to massage or rest.", "protocol"),
        ("Massage for pain after surgery (Protocol).", "protocol"),
    ],
)  # fmt: skip
def test_a_study_protocol_is_a_plan_said_as_such(text: str, expected: str) -> None:
    assert design(_record(text)) == expected


@pytest.mark.parametrize(
    "text",
    [  # fictional: allocation by chance said in other words, and blinded comparisons of arms
        "Eighty adults were assigned randomly to massage or rest.",
        "Eighty adults were divided into two equal groups at random.",
        "Eighty adults were randomly and equally divided into two groups.",
        "Groups were formed by random allocation.",
        "In this double-blind study, eighty adults received fictolan or placebo.",
        "In this placebo-controlled study, eighty adults received fictolan or placebo.",
    ],
)
def test_allocation_by_chance_in_other_words_is_a_randomized_trial(text: str) -> None:
    assert design(_record(text)) == "randomized controlled trial"


def test_a_notice_about_another_article_has_no_design() -> None:
    assert (
        design(Record(pmid="1", title="Retraction", publication_types=("Retraction of Publication",)))
        == "other"
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("42", 42),
        ("Forty-two", 42),
        ("twelve", 12),
        ("one hundred and twenty", 120),
        ("1,200", 1200),
        ("many", None),
    ],
)
def test_parse_number(text: str, number: int | None) -> None:
    assert parse_number(text) == number


@pytest.mark.parametrize(
    ("abstract", "n_randomized", "n_analysed"),
    [
        ("Forty-two patients were randomized to massage or rest.", 42, None),
        ("We enrolled 30 participants (n = 30) and 27 were analysed.", 30, 27),
        ("Adults with MS (N=24) received massage.", 24, None),
        ("A 38-year-old woman received massage.", None, None),
    ],
)
def test_sample_size(abstract: str, n_randomized: int | None, n_analysed: int | None) -> None:
    facts = study_facts(_record(abstract), load_vocabulary())
    assert (facts.n_randomized, facts.n_analysed) == (n_randomized, n_analysed)


@pytest.mark.parametrize(
    ("abstract", "sessions", "minutes", "weeks"),
    [
        ("Massage was given twice weekly for 4 weeks.", 8, None, 4.0),
        ("Participants received 45-minute sessions three times a week for 6 weeks.", 18, 45, 6.0),
        ("Patients received 12 sessions of 30 minutes over 8 weeks.", 12, 30, 8.0),
        ("Patients received massage.", None, None, None),
        # fictional: the length of a program, and not the time followed up
        ("Patients took part in a 12-week massage program.", None, None, 12.0),
        ("Patients received massage and were followed up for 6 months.", None, None, None),
    ],
)
def test_dose(abstract: str, sessions: int | None, minutes: int | None, weeks: float | None) -> None:
    facts = study_facts(_record(abstract), load_vocabulary())
    assert (facts.sessions, facts.session_minutes, facts.duration_weeks) == (sessions, minutes, weeks)


def test_follow_up_points_are_normalised_in_order() -> None:
    text = "Outcomes were assessed at 12 weeks and at a six-month follow-up, and again at week 30."
    assert follow_up_points(text) == ("12 weeks", "6 months", "30 weeks")


def test_generic_massage_is_named_only_when_no_technique_is() -> None:
    vocabulary = load_vocabulary()
    assert study_facts(_record("Reflexology and massage were offered."), vocabulary).interventions == (
        "reflexology",
    )
    assert study_facts(_record("Massage was offered."), vocabulary).interventions == ("massage",)


def test_a_comparator_named_only_in_the_background_is_no_arm_of_the_study() -> None:
    record = Record(  # fictional
        pmid="1",
        title="Massage for spasticity: a fictional meta-analysis",
        abstract=(
            AbstractSection(label="BACKGROUND", text="Massage and stretching are used to reduce spasticity."),
            AbstractSection(label="METHODS", text="We pooled trials of massage against usual care."),
        ),
    )
    facts = study_facts(record, load_vocabulary())
    assert (facts.interventions, facts.comparators) == (("massage",), ("usual care",))


def test_a_comparator_word_named_only_in_labelled_results_is_no_arm_of_the_study() -> None:
    record = Record(  # fictional: "exercise tolerance" and "relaxation" are outcomes, not arms
        pmid="1",
        title="Reflexology for heart failure: a fictional trial",
        abstract=(
            AbstractSection(
                label="METHODS", text="Forty adults were randomized to reflexology or usual care."
            ),
            AbstractSection(
                label="RESULTS",
                text="Exercise tolerance rose more with reflexology (p = 0.02). Relaxation increased (p = 0.04).",
            ),
        ),
    )
    facts = study_facts(record, load_vocabulary())
    assert (facts.interventions, facts.comparators) == (("reflexology",), ("usual care",))


def test_a_treatment_named_only_in_the_background_is_still_read_as_given() -> None:
    record = Record(  # fictional: the background names the treatment, the methods only "it"
        pmid="1",
        title="A fictional trial",
        abstract=(
            AbstractSection(label="BACKGROUND", text="Reflexology eases pain; sham does not."),
            AbstractSection(label="METHODS", text="Adults received it or usual care for four weeks."),
        ),
    )
    facts = study_facts(record, load_vocabulary())
    assert (facts.interventions, facts.comparators) == (("reflexology",), ("usual care",))


@pytest.mark.parametrize(
    "abstract",
    [  # fictional: exercise as what brings on the condition, or the test, is no arm
        "Adults with exercise-induced asthma were randomized to fictolan or placebo before exercise challenge.",
        "Adults were randomized to fictolan or placebo; exercise testing was done at 12 weeks.",
    ],
)
def test_exercise_that_brings_on_a_condition_or_tests_it_is_no_comparator(abstract: str) -> None:
    assert study_facts(_record(abstract), load_vocabulary()).comparators == ("placebo",)


@pytest.mark.parametrize(
    ("abstract", "comparators"),
    [
        # fictional: "rest" is a comparator only where no word beside it says it names another thing
        ("Adults were randomized to massage or seated rest. Pain fell after massage.", ("no intervention",)),
        (
            "Adults were randomized to massage or usual care. Pain at rest fell after massage.",
            ("usual care",),
        ),
        ("Adults received massage or usual care. The rest of the variables did not change.", ("usual care",)),
    ],
)
def test_rest_is_a_comparator_only_where_it_names_an_arm(abstract: str, comparators: tuple[str, ...]) -> None:
    assert study_facts(_record(abstract), load_vocabulary()).comparators == comparators


@pytest.mark.parametrize(
    ("abstract", "title", "one_arm"),
    [
        # fictional: one programme, no group, control or randomization named: one arm
        (
            "Twenty people with Parkinson's disease completed 12 weeks of group exercise. Gait speed improved.",
            "Group exercise in Parkinson's disease: a feasibility study",
            True,
        ),
        ("Fifteen adults received reflexology for 8 weeks. Fatigue fell.", "Reflexology in MS", True),
        # fictional: said so, even where the design reads quasi-experimental
        (
            "A quasi-experimental one-group pretest-posttest design was used with 25 residents.",
            "Hand massage in dementia",
            True,
        ),
        # fictional: two arms, in words that name no comparator of the vocabulary
        (
            "Twenty patients were divided into two groups: one group received massage and the other advice.",
            "Massage after surgery",
            False,
        ),
        ("Fifteen adults received exercise; fatigue fell more in the intervention group.", "Exercise", False),
        ("Thirty adults took part in two conditions, massage and quiet reading.", "Massage", False),
        ("Forty adults received massage or usual care. Pain fell.", "Massage", False),
        ("Forty adults received massage. Pain fell.", "A randomized controlled trial of massage", False),
        # fictional: people chosen at random, and times set against each other, are no arms
        (
            "Twelve randomly selected residents received hand massage; agitation was lower post versus pre.",
            "Hand massage in dementia",
            True,
        ),
        # fictional: "postural control" and "non-randomized" name no second arm
        (
            "In this non-randomized pilot study, 12 adults received vibration; postural control improved.",
            "Vibration in MS",
            True,
        ),
    ],
)
def test_a_study_of_one_arm_is_told_apart(abstract: str, title: str, one_arm: bool) -> None:
    assert study_facts(_record(abstract, title=title), load_vocabulary()).one_arm is one_arm


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty-two patients", "42 patients"),  # the text's first word
        ("(twelve weeks), one hundred and twenty", "(12 weeks), 120"),  # after a bracket, a comma
        ("Onetwo, none, alone, x-two", "Onetwo, none, alone, x-2"),  # never inside a word
        ("Seven\u00a0\u0436ten \u2003nine", "7\u00a0\u0436ten \u20039"),  # beyond Latin-1
    ],
)
def test_number_words_are_read_as_digits_where_a_word_starts(text: str, expected: str) -> None:
    assert with_digits(text) == expected


@pytest.mark.parametrize(
    ("abstract", "one_arm"),
    [
        # fictional: classes held in groups of a few people, and healthy controls measured once
        # beside the treated people, are no second arm
        ("Sixteen adults with MS attended aquatic classes in groups of four to six for 8 weeks.", True),
        ("Fifteen adults with MS and 15 healthy controls were assessed; the adults with MS then "
         "completed 6 weeks of balance training.", True),
        ("Fifteen adults with MS and a healthy control group were assessed before balance training.", True),
        # fictional: groups and controls of the study's own are still arms
        ("Sixteen adults with MS were divided into two groups for 8 weeks of aquatic classes.", False),
        ("Fifteen adults with MS received balance training and 15 controls received none.", False),
    ],
)  # fmt: skip
def test_classes_in_small_groups_and_healthy_controls_are_no_second_arm(abstract: str, one_arm: bool) -> None:
    facts = study_facts(_record(abstract, title="Balance and aquatic training in MS"), load_vocabulary())
    assert facts.one_arm is one_arm


@pytest.mark.parametrize(
    ("abstract", "one_arm"),
    [
        # fictional: a cohort's people not given the treatment, beside those given it
        ("We reviewed 120 adults with MS who started riluzole and 80 similar adults who did not.", False),
        ("Records of 64 treated and 51 untreated patients with MS were compared for relapse.", False),
        ("Adults who took riluzole (n = 40) were compared with adults who declined (n = 35).", False),
        ("Adults who took riluzole were compared with those who did not wish to take it.", False),
        # fictional: people who did not finish it are no second arm
        ("Forty adults with MS began riluzole; those who did not complete 12 weeks were excluded.", True),
    ],
)
def test_a_cohorts_untreated_people_are_a_second_arm(abstract: str, one_arm: bool) -> None:
    facts = study_facts(_record(abstract, title="Riluzole in MS: a cohort study"), load_vocabulary())
    assert facts.one_arm is one_arm


@pytest.mark.parametrize(
    "abstract",
    [  # fictional: allocation by chance in the words second-language abstracts often use
        "Thirty women with MS were randomly divided into a Pilates group and a control group.",
        "Patients were randomly distributed into two groups of 15.",
    ],
)
def test_arms_formed_at_random_in_other_words_are_a_randomized_trial(abstract: str) -> None:
    assert design(_record(abstract)) == "randomized controlled trial"


@pytest.mark.parametrize(
    ("text", "read"),
    [  # fictional: the share a sentence opens on, spelled out, in figures, its length kept
        ("Fourteen percent of X recipients relapsed", "14%              of X recipients relapsed"),
        ("Twenty-five per cent of X", "25%                  of X"),
        ("Fourteen patients relapsed", "Fourteen patients relapsed"),  # no share
        ("The twelve percent who relapsed", "The twelve percent who relapsed"),  # not where it opens
    ],
)
def test_an_opening_share_in_words_is_read_in_figures(text: str, read: str) -> None:
    assert opening_share_in_figures(text) == read
