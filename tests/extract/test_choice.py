"""Choosing among the candidate findings of one outcome: two measures of one domain, each its own.

Every abstract here is fictional, written for the rule it tests.
"""

from __future__ import annotations

from harvester.extract import extract, load_vocabulary
from harvester.extract.choice import effects_left_open
from harvester.extract.facts import study_facts
from harvester.extract.findings import findings
from harvester.extract.types import Evidence, Finding
from harvester.models import AbstractSection, Record

METHODS = "Sixty adults after stroke were randomized to massage or usual care for 6 weeks."


def _read(results: str, conclusions: str | None = None) -> list[tuple[str, str, str, str]]:
    """(domain, measure, direction, comparison) of each finding of a fictional abstract."""
    sections = [("METHODS", METHODS), ("RESULTS", results)]
    if conclusions:
        sections.append(("CONCLUSIONS", conclusions))
    record = Record(
        pmid="1",
        title="A fictional trial of massage",
        abstract=tuple(AbstractSection(text=text, label=label, category=label) for label, text in sections),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    return [(f.domain, f.measure, f.direction, f.comparison) for f in found]


def test_two_instruments_of_one_domain_keep_their_own_results_and_the_conclusion_adds_none() -> None:
    found = _read(
        "The Barthel Index improved more in the massage group than in the usual care group (p = 0.01). "
        "The Functional Independence Measure (FIM) did not differ between the groups (p = 0.42).",
        "Massage improved the Barthel Index but not the FIM.",
    )
    assert found == [
        ("mobility", "Barthel Index", "improved", "between_groups"),
        ("mobility", "Functional Independence Measure", "no_difference", "between_groups"),
    ]


def test_one_instruments_no_difference_never_overrides_the_other_instruments_effect() -> None:
    found = _read(
        "The Timed 25-Foot Walk did not differ between groups (p = 0.51). The 6-Minute Walk Test "
        "distance increased more with massage than with usual care (p = 0.02)."
    )
    assert found == [
        ("walking", "Timed 25-Foot Walk", "no_difference", "between_groups"),
        ("walking", "6-Minute Walk Test", "improved", "between_groups"),
    ]


def test_two_instruments_that_agree_are_two_findings_and_the_domains_words_restating_them_none() -> None:
    found = _read(
        "Walking improved more with massage than with usual care (p = 0.01). The T25FW time fell more "
        "with massage than with usual care (p = 0.02). The 6MWT distance increased more with massage "
        "than with usual care (p = 0.03)."
    )
    assert [(measure, direction) for _, measure, direction, _ in found] == [
        ("T25FW", "improved"),
        ("6MWT", "improved"),
    ]


def test_one_instrument_named_two_ways_is_one_finding() -> None:
    found = _read(
        "The Barthel Index did not differ between groups (p = 0.60). The Six-Minute Walk Test "
        "distance increased more with massage than with usual care (p = 0.02). The 6-minute walk "
        "test distance also rose within the massage group (p = 0.01). The 6MWT gain was greater "
        "with massage than with usual care at 6 weeks (p = 0.04)."
    )
    walking = [
        (measure, direction, comparison)
        for domain, measure, direction, comparison in found
        if domain == "walking"
    ]
    assert walking == [
        ("Six-Minute Walk Test", "improved", "between_groups"),
        ("6-minute walk test", "improved", "within_group"),
    ]


def test_the_domains_words_and_an_instrument_that_disagree_keep_both_results() -> None:
    found = _read(
        "The annualized relapse rate was lower with massage than with usual care (p = 0.01). "
        "The EDSS did not differ between the groups (p = 0.70)."
    )
    assert found == [
        ("disability", "annualized relapse rate", "improved", "between_groups"),
        ("disability", "EDSS", "no_difference", "between_groups"),
    ]


def test_the_domains_words_and_an_instrument_that_agree_stay_one_finding() -> None:
    found = _read(
        "Quality of life improved more with massage than with usual care (p = 0.01). SF-36 scores "
        "were higher with massage than with usual care (p = 0.02)."
    )
    assert [(domain, direction) for domain, _, direction, _ in found] == [("quality_of_life", "improved")]


def test_a_measure_scored_against_its_domains_way_keeps_its_own_result() -> None:
    found = _read(
        "Constipation severity decreased more in the massage group than in the usual care group "
        "(p = 0.002). Bowel movement frequency did not differ between the groups (p = 0.35).",
        "Abdominal massage reduced constipation.",
    )
    assert found == [
        ("bowel", "Constipation", "improved", "between_groups"),
        ("bowel", "Bowel movement", "no_difference", "between_groups"),
    ]


def test_two_statements_of_one_measure_still_give_one_finding_the_no_difference_winning() -> None:
    found = _read(
        "The FIM was higher with massage than with usual care (p = 0.04). After adjustment for age, "
        "the FIM did not differ between the groups (p = 0.20). The Barthel Index improved more with "
        "massage than with usual care (p = 0.01)."
    )
    assert found == [
        ("mobility", "FIM", "no_difference", "between_groups"),
        ("mobility", "Barthel Index", "improved", "between_groups"),
    ]


def test_two_aspects_of_one_domain_keep_their_own_results() -> None:
    found = _read(
        "Massage and usual care produced similar reductions in headache frequency (p = 0.48). "
        "Headache intensity was reduced more with massage than with usual care (p = 0.03)."
    )
    assert found == [
        ("pain", "headache frequency", "no_difference", "between_groups"),
        ("pain", "Headache intensity", "improved", "between_groups"),
    ]


def test_two_aspects_named_before_the_domains_words_keep_their_own_results() -> None:
    found = _read(
        "Massage reduced the incidence of diarrhoea (p = 0.02). "
        "The duration of diarrhoea did not differ between the groups (p = 0.45)."
    )
    assert found == [
        ("bowel", "diarrhoea", "improved", "between_groups"),
        ("bowel", "diarrhoea", "no_difference", "between_groups"),
    ]


def test_the_wait_for_sleep_and_the_time_asleep_keep_their_own_results() -> None:
    found = _read(
        "The latency to sleep onset was reduced with massage (p = 0.01). "
        "Total sleep time did not differ between the groups (p = 0.40)."
    )
    assert [(measure, direction) for _, measure, direction, _ in found] == [
        ("latency to sleep onset", "improved"),
        ("Total sleep time", "no_difference"),
    ]


def test_an_aspect_named_before_the_domains_words_beside_its_plain_words_is_the_same_measure() -> None:
    plain = _read(
        "Pain did not differ between the groups (p = 0.40). Massage reduced the intensity of pain (p = 0.01)."
    )
    renamed = _read(
        "The severity of pain did not differ between the groups (p = 0.40). "
        "Massage reduced the intensity of pain (p = 0.01)."
    )
    assert [(direction, comparison) for *_, direction, comparison in plain + renamed] == [
        ("no_difference", "between_groups"),
        ("improved", "within_group"),
    ] * 2


def test_two_measures_of_one_domain_named_in_its_own_words_in_one_sentence_are_two_findings() -> None:
    together = _read("Step length and cadence increased more with massage than with usual care (p = 0.02).")
    apart = _read(
        "Muscle tone fell more with massage than with usual care (p = 0.01), and spasms were fewer with "
        "massage (p = 0.03)."
    )
    assert [(measure, direction) for _, measure, direction, _ in together] == [
        ("Step length", "improved"),
        ("cadence", "improved"),
    ]
    assert [(measure, direction) for _, measure, direction, _ in apart] == [
        ("Muscle tone", "improved"),
        ("spasms", "improved"),
    ]


def test_two_measures_of_one_domain_scored_against_its_way_in_one_sentence_are_two_findings() -> None:
    found = _read(
        "Massage reduced the number of falls and the fear of falling more than usual care (p = 0.02)."
    )
    assert [(domain, measure, direction) for domain, measure, direction, _ in found] == [
        ("balance", "falls", "improved"),
        ("balance", "fear of falling", "improved"),
    ]


def test_a_domains_own_words_and_words_scored_against_its_way_in_one_sentence_are_two_findings() -> None:
    found = _read("Massage improved sleep quality and daytime sleepiness more than usual care (p = 0.02).")
    assert sorted((domain, measure, direction) for domain, measure, direction, _ in found) == [
        ("sleep", "daytime sleepiness", "improved"),
        ("sleep", "sleep quality", "improved"),
    ]


def test_a_measure_named_within_another_of_its_domain_in_one_sentence_stays_one_finding() -> None:
    found = _read("Walking and walking speed improved more with massage than with usual care (p = 0.02).")
    assert [(domain, direction) for domain, _, direction, _ in found] == [("walking", "improved")]


def test_an_aspect_beside_the_domains_plain_words_or_its_other_name_is_the_same_measure() -> None:
    plain = _read(
        "Pain did not differ between the groups (p = 0.48). "
        "Pain intensity was reduced more with massage than with usual care (p = 0.03)."
    )
    renamed = _read(
        "Pain severity did not differ between the groups (p = 0.48). "
        "Pain intensity was reduced more with massage than with usual care (p = 0.03)."
    )
    assert [(direction, comparison) for *_, direction, comparison in plain + renamed] == [
        ("no_difference", "between_groups")
    ] * 2


def test_a_difference_said_only_of_one_instrument_takes_no_way_from_anothers_conclusion() -> None:
    results = "There was a significant difference in the Barthel Index between the groups (p < 0.001)."
    assert _read(results, "Massage worsened the FIM but improved the Barthel Index.")[0] == (
        "mobility",
        "Barthel Index",
        "improved",
        "between_groups",
    )
    assert [measure for _, measure, _, _ in _read(results, "Massage improved the FIM.")] == ["FIM"]


def test_a_difference_in_the_domains_words_takes_the_way_a_conclusion_says_of_its_instrument() -> None:
    found = _read(
        "There was a significant difference in functional status between the groups (p < 0.001).",
        "Massage improved the Barthel Index.",
    )
    assert found == [("mobility", "functional status", "improved", "between_groups")]


def test_an_unclear_reading_of_the_domains_words_beside_an_instruments_result_adds_nothing() -> None:
    found = _read(
        "Walking tended to improve with massage compared with usual care (p = 0.08). The 6MWT distance "
        "increased more with massage than with usual care (p = 0.02)."
    )
    assert found == [("walking", "6MWT", "improved", "between_groups")]


def test_short_numbered_names_listed_as_the_subject_are_each_their_own_finding() -> None:
    found = _read(
        "IL-10 and IL-6 were lower in the massage group than in the usual care group (p < 0.05). "
        "Cortisol and prolactin were lower after massage (p = 0.01)."
    )
    assert found == [
        ("other", "IL-10", "not_applicable", "between_groups"),
        ("other", "IL-6", "improved", "between_groups"),
        ("other", "Cortisol", "improved", "within_group"),
        ("other", "prolactin", "not_applicable", "within_group"),  # a hormone with no good side
    ]


def test_a_significant_effect_takes_its_way_from_the_conclusions_and_without_them_gives_none() -> None:
    results = "Massage had a significant effect on fatigue (p = 0.01)."
    record = Record(
        pmid="1",
        title="A fictional trial of massage",
        abstract=(
            AbstractSection(text=METHODS, label="METHODS", category="METHODS"),
            AbstractSection(text=results, label="RESULTS", category="RESULTS"),
            AbstractSection(text="Massage reduced fatigue.", label="CONCLUSIONS", category="CONCLUSIONS"),
        ),
    )
    vocabulary = load_vocabulary()
    (found,), _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert (found.direction, found.comparison, found.evidence.text) == ("improved", "between_groups", results)
    assert _read(results) == []


def test_a_difference_before_and_after_in_the_tested_arm_takes_its_way_from_the_conclusions() -> None:
    results = (
        "There was a significant difference in the mean fatigue score before and after the "
        "intervention in the massage group (p < 0.001)."
    )
    assert _read(results, "Massage reduced fatigue.") == [("fatigue", "fatigue", "improved", "within_group")]
    assert _read(results) == []


def test_a_difference_in_the_scores_of_the_two_groups_compares_the_groups() -> None:
    results = "There was a significant difference in the mean fatigue scores of the two groups (p = 0.002)."
    record = Record(
        pmid="1",
        title="A fictional trial of massage",
        abstract=(
            AbstractSection(text=METHODS, label="METHODS", category="METHODS"),
            AbstractSection(text=results, label="RESULTS", category="RESULTS"),
            AbstractSection(text="Massage reduced fatigue.", label="CONCLUSIONS", category="CONCLUSIONS"),
        ),
    )
    vocabulary = load_vocabulary()
    (found,), _ = findings(record, vocabulary, study_facts(record, vocabulary))
    # the result's own test, its way from the conclusions
    assert (found.direction, found.comparison, found.evidence.text) == ("improved", "between_groups", results)


def _read_three_arms(results: str) -> list[tuple[str, str, str | None]]:
    """(direction, comparison, comparator) of each finding of a fictional three-arm trial."""
    methods = "Forty-five adults were randomly assigned to reflexology, stretching or a control group."
    record = Record(
        pmid="1",
        title="A fictional trial of reflexology",
        abstract=(
            AbstractSection(text=methods, label="METHODS", category="METHODS"),
            AbstractSection(text=results, label="RESULTS", category="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    return [(f.direction, f.comparison, f.comparator) for f in found]


def test_an_arm_set_against_another_arm_by_name_is_a_comparison_of_its_own() -> None:
    found = _read_three_arms(
        "Fatigue decreased significantly in the reflexology and stretching groups compared with the "
        "control group (p < 0.001). Reflexology was more effective than stretching in reducing fatigue (p = 0.02)."
    )
    assert found == [("improved", "between_groups", "control"), ("improved", "between_groups", "exercise")]


def test_another_arms_result_that_differs_leaves_the_no_difference_alone() -> None:
    found = _read_three_arms(
        "Fatigue did not differ between the reflexology and control groups (p = 0.40). "
        "Reflexology was more effective than stretching in reducing fatigue (p = 0.02)."
    )
    assert found == [("no_difference", "between_groups", "control")]


def test_a_change_whose_comparison_is_open_takes_the_one_the_conclusions_say_of_it() -> None:
    results = "Massage participants also achieved significant improvement in anxiety and quality of life."
    said = (
        "Massage was more effective in reducing anxiety and improving quality of life compared to usual care."
    )
    assert _read(results, said) == [
        ("anxiety", "anxiety", "improved", "between_groups"),
        ("quality_of_life", "quality of life", "improved", "between_groups"),
    ]
    # no conclusion of it, a hedged one, or one of another outcome: still open
    assert {comparison for *_, comparison in _read(results)} == {"unclear"}
    assert {c for *_, c in _read(results, "Massage may reduce anxiety and improve quality of life.")} == {
        "unclear"
    }
    other = _read(results, "Massage was more effective in reducing pain compared to usual care.")
    assert [c for domain, *_, c in other if domain != "pain"] == ["unclear", "unclear"]


def test_a_result_comparing_the_arms_in_the_outcome_leaves_the_open_comparison_open() -> None:
    found = _read(
        "Massage participants achieved significant improvement in anxiety. Anxiety did not differ "
        "between the groups (p = 0.30).",
        "Massage was more effective in reducing anxiety compared to usual care.",
    )
    assert ("anxiety", "anxiety", "improved", "unclear") in found


def test_a_conclusion_that_leaves_the_comparison_open_restates_the_arms_comparison() -> None:
    found = _read(
        "Pain at week 6 was 2.1 in the massage group and 4.5 in the usual care group (p = 0.01).",
        "This study showed that massage improved sleep quality. Massage is an effective method for decreasing "
        "fatigue.",
    )
    assert ("sleep", "sleep quality", "improved", "between_groups") in found
    assert ("fatigue", "fatigue", "improved", "between_groups") in found


def test_a_conclusion_of_a_study_of_one_arm_is_not_said_to_compare_arms() -> None:
    sections = (
        AbstractSection(
            text="Twelve adults received weekly massage for 6 weeks in an uncontrolled pilot study."
        ),
        AbstractSection(text="Massage can reduce fatigue.", label="CONCLUSIONS", category="CONCLUSIONS"),
    )
    record = Record(pmid="1", title="A fictional pilot study of massage", abstract=sections)
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert "between_groups" not in [f.comparison for f in found]


def test_an_effect_against_control_stays_beside_two_active_arms_said_alike() -> None:
    """In a trial of three arms, massage's gain over the control it names and its likeness to the
    other active arm are two comparisons: the likeness makes the gain no change within an arm."""
    record = Record(
        pmid="1",
        title="Massage versus exercise for chronic neck pain: a three-arm randomized trial",
        abstract=(
            AbstractSection(
                "Ninety adults were randomly assigned to massage, exercise or no treatment.", "METHODS"
            ),
            AbstractSection(
                "Both massage and exercise reduced pain compared with control (p < 0.01). "
                "Pain scores did not differ between the massage and exercise groups (p = 0.40).",
                "RESULTS",
            ),
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert [(f.change, f.comparison, f.comparator) for f in found] == [
        ("decreased", "between_groups", "control"),
        ("no_difference", "between_groups", "exercise"),
    ]


def test_an_effect_against_controls_still_yields_to_the_usual_care_group_said_alike() -> None:
    """The usual care arm may be the controls told again: its likeness to massage leaves the
    effect against controls massage's own change, never a gain over another arm beside it."""
    found = _read(
        "Massage reduced pain compared with controls (p < 0.01). "
        "Pain did not differ between the massage and usual care groups (p = 0.40)."
    )
    assert ("pain", "improved", "between_groups") not in [(d, w, c) for d, _, w, c in found]


def _finding(measure: str, comparison: str, change: str = "increased") -> Finding:
    said = f"Significant improvements were found in {measure} (p < 0.05)."  # fictional
    return Finding(
        domain="walking",
        measure=measure,
        direction="improved" if change != "no_difference" else "no_difference",
        comparison=comparison,
        timepoint="end of treatment",
        evidence=Evidence(said, 0, len(said)),
        change=change,
    )


def test_an_effect_left_unclear_in_a_controlled_trial_compares_the_arms() -> None:
    found = [_finding("walking speed", "unclear")]
    assert [f.comparison for f in effects_left_open(found, controlled=True)] == ["between_groups"]


def test_an_effect_left_unclear_without_a_comparator_stays_unclear() -> None:
    found = [_finding("walking speed", "unclear")]
    assert [f.comparison for f in effects_left_open(found, controlled=False)] == ["unclear"]


def test_an_effect_left_unclear_beside_the_measures_own_comparison_stays_unclear() -> None:
    found = [_finding("Walking speed", "between_groups"), _finding("walking speed", "unclear")]
    assert [f.comparison for f in effects_left_open(found, controlled=True)] == ["between_groups", "unclear"]


def test_a_trend_left_unclear_in_a_controlled_trial_compares_the_arms_too() -> None:
    found = [_finding("walking speed", "unclear", change="unclear")]
    assert [f.comparison for f in effects_left_open(found, controlled=True)] == ["between_groups"]


def test_a_trial_s_effect_no_rule_places_is_read_as_the_arms_compared() -> None:
    """Fictional: no arm, no time span, no baseline named; the trial compares its arms."""
    record = Record(
        pmid="1",
        title="A fictional trial of massage",
        abstract=(
            AbstractSection(text=METHODS, label="METHODS", category="METHODS"),
            AbstractSection(
                text="Significant improvements were found in walking speed (p < 0.05).",
                label="RESULTS",
                category="RESULTS",
            ),
        ),
    )
    found = extract(record).findings
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("walking", "improved", "between_groups")
    ]


def _review(methods: str, results: str) -> list[tuple[str, str, str, str, str | None]]:
    """(domain, measure, direction, comparison, comparator) of each finding of a fictional review."""
    record = Record(
        pmid="1",
        title="Fictolan for memory in older adults: a systematic review and meta-analysis",
        abstract=tuple(
            AbstractSection(text=text, label=label, category=label)
            for label, text in (("METHODS", methods), ("RESULTS", results))
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    return [(f.domain, f.measure, f.direction, f.comparison, f.comparator) for f in found]


def test_a_review_s_pooled_effect_beside_another_measure_said_alike_stays_against_the_comparator() -> None:
    found = _review(
        "Randomised trials comparing fictolan with placebo were pooled with random-effects models.",
        "Twelve trials (1,540 participants) were included. Fictolan improved memory (SMD 0.28, "
        "95% CI 0.09 to 0.47). There was no difference in executive function (SMD 0.06, 95% CI "
        "-0.11 to 0.23).",
    )
    assert found == [
        ("cognition", "memory", "improved", "between_groups", "placebo"),
        ("cognition", "executive function", "no_difference", "between_groups", "placebo"),
    ]


def test_a_review_s_effect_pooled_from_baseline_stays_a_change_over_time() -> None:
    found = _review(
        "Single-group studies of fictolan reporting memory before and after treatment were pooled.",
        "Ten studies were included. Memory improved from baseline (pooled pre-post SMD 0.44, 95% CI "
        "0.21 to 0.67). Executive function did not change from baseline (SMD 0.04, 95% CI -0.14 to 0.22).",
    )
    assert [(domain, comparison) for domain, _, _, comparison, _ in found] == [
        ("cognition", "within_group"),
        ("cognition", "within_group"),
    ]


def test_a_review_s_pooled_g_beside_another_measure_said_alike_stays_against_the_comparator() -> None:
    """The sign of a g says no way alone; the words say it ("improved"), the interval that the
    trials' arms were set against each other."""
    found = _review(
        "Randomised trials comparing fictolan with placebo were pooled.",
        "Nine trials were included. Fictolan significantly improved memory (g = 0.33, 95% CI 0.14 to "
        "0.52). Attention did not differ (g = 0.07, 95% CI -0.12 to 0.26).",
    )
    assert ("cognition", "memory", "improved", "between_groups", "placebo") in found
