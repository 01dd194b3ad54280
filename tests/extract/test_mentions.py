"""Outcome mentions: which outcomes a sentence names."""

from __future__ import annotations

import pytest

from harvester.extract import load_vocabulary
from harvester.extract.mentions import (
    arm_short_names,
    construct_of,
    counted_as_responders,
    listed_outcomes,
    outcome_mentions,
)
from harvester.extract.structure import abstract_sentences
from harvester.models import AbstractSection, Record


@pytest.mark.parametrize(
    "words", ["when the subjects were sleep-deprived", "after a night of sleep restriction"]
)
def test_being_deprived_of_sleep_is_a_condition_not_a_sleep_outcome(words: str) -> None:
    assert outcome_mentions(words, load_vocabulary()) == []  # fictional


@pytest.mark.parametrize(
    ("sentence", "domains"),
    [  # fictional: a condition or arm of the trial named by an outcome's word
        ("Appetite was similar between the sleep and rest conditions.", []),
        ("Appetite was similar between the rest and sleep conditions.", []),
        ("Appetite was lower in the sleep condition than in the rest condition.", []),
        ("Sleep and pain did not differ between the groups.", ["sleep", "pain"]),
        ("Fatigue was lower after massage than in the attention control group.", ["fatigue"]),
        ("Fatigue was lower after massage than in the attention-control condition.", ["fatigue"]),
        ("Fatigue fell more with reflexology than with sleep hygiene education.", ["fatigue"]),
        ("Sleep quality improved more with reflexology than with sleep hygiene advice.", ["sleep"]),
        ("Fatigue fell more with mindfulness-based stress reduction than with usual care.", ["fatigue"]),
        ("Anxiety was lower with massage than in the pain neuroscience education group.", ["anxiety"]),
        ("Anxiety fell more with massage than with a fatigue self-management course.", ["anxiety"]),
        ("Mood improved more with massage than with anxiety-reducing music.", ["mood"]),
        ("Fatigue fell more with massage than with pain-relieving medication.", ["fatigue"]),
        ("The pain-relieving effect of massage was greater than that of usual care.", ["pain"]),
    ],
)
def test_an_outcome_s_word_naming_a_condition_of_the_trial_is_no_outcome(
    sentence: str, domains: list[str]
) -> None:
    assert [m.domain for m in outcome_mentions(sentence, load_vocabulary())] == domains


@pytest.mark.parametrize(
    ("sentence", "polarities"),
    [  # fictional: a trouble named as a part of an instrument scored the better the higher
        ("The FAMS depression and fatigue scores rose after massage.", ["higher_is_better"] * 2),
        ("Depression and fatigue subscales of the MSQOL-54 rose after massage.", ["higher_is_better"] * 2),
        ("Energy/fatigue scores on the SF-36 rose after massage.", ["higher_is_better"]),
        # another measure beside the instrument, or another statement: the trouble's own way
        ("The SF-36 and fatigue scores rose after massage.", ["lower_is_better"]),
        ("The SF-36 improved, and fatigue scores rose after massage.", ["lower_is_better"]),
        (
            "Depression scores and the fatigue subscale of the MSQOL-54 rose.",
            ["lower_is_better", "higher_is_better"],
        ),
        # the EQ-5D's dimensions rise with the problem
        ("The EQ-5D pain dimension scores rose after massage.", ["lower_is_better"]),
    ],
)
def test_a_trouble_named_as_a_subscale_of_an_instrument_scored_higher_the_better_takes_its_way(
    sentence: str, polarities: list[str]
) -> None:
    named = [m for m in outcome_mentions(sentence, load_vocabulary()) if not m.is_instrument]
    assert [m.polarity for m in named] == polarities


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: who the people are, not what happened to them
        "Patients with impaired sleep quality were randomised to massage or usual care.",
        "Adults with poor sleep quality were enrolled.",
        "Participants with high anxiety received eight sessions of reflexology.",
        "In women with chronic severe fatigue, the sessions lasted an hour.",
        "The difference held after adjustment for age and baseline pain.",
        "The effect was unchanged when controlling for sex, age or depression.",
    ],
)
def test_a_state_describing_the_people_names_no_outcome(sentence: str) -> None:
    assert outcome_mentions(sentence, load_vocabulary()) == []


def test_an_outcome_after_an_adjustment_ends_with_a_comma_is_named() -> None:
    found = outcome_mentions(
        "Adjusted for baseline, fatigue was lower after massage.", load_vocabulary()
    )  # fictional
    assert [m.domain for m in found] == ["fatigue"]


@pytest.mark.parametrize(
    ("sentence", "domains"),
    [  # fictional: a subgroup, or what the result holds apart from, beside the outcome that changed
        ("Reflexology lowered pain (p = 0.003), most in patients with high baseline anxiety.", ["pain"]),
        ("Gains in balance were larger in participants with less spasticity (p = 0.03).", ["balance"]),
        ("Fatigue fell after massage regardless of EDSS score (p = 0.01).", ["fatigue"]),
        ("The fall in pain was independent of changes in mood (p = 0.03).", ["pain"]),
        # counted people are a result of their own
        ("Fewer patients with severe fatigue remained after massage.", ["fatigue"]),
    ],
)
def test_a_subgroup_or_covariate_beside_a_result_is_no_outcome(sentence: str, domains: list[str]) -> None:
    assert [m.domain for m in outcome_mentions(sentence, load_vocabulary())] == domains


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: how much an outcome varies, a measure of its own
        "Stride length variability was lower after massage.",
        "The asymmetry of gait speed fell after massage.",
        "Fluctuations in fatigue were smaller after massage.",
    ],
)
def test_an_outcome_s_spread_names_no_outcome_of_its_domain(sentence: str) -> None:
    assert outcome_mentions(sentence, load_vocabulary()) == []


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: a scale the people used, named after an outcome the result is not about
        "Patients who used a depression self-rating scale more often continued their medication.",
        "Patients used a depression self-rating scale (PHQ-9) monthly.",
        "Participants who completed the anxiety questionnaire attended more sessions.",
    ],
)
def test_a_scale_the_people_used_names_no_outcome(sentence: str) -> None:
    assert outcome_mentions(sentence, load_vocabulary()) == []


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [  # fictional: the care given for an outcome, or what people knew of it, is a measure of its own
        ("Depression screening rates increased with the intervention.", "depression"),
        ("Referrals for depression were more frequent in the intervention group.", "depression"),
        ("Patients in the intervention group more often received treatment for depression.", "depression"),
        ("Pain documentation was more frequent with the checklist.", "pain"),
        ("Knowledge about depression improved in the education group.", "depression"),
        ("Adherence to the pain diary was higher with massage.", "pain"),
        # fictional: what people thought of an outcome, or how they dealt with it
        ("Pain acceptance increased with massage.", "pain"),
        ("Self-efficacy for managing pain increased with massage.", "pain"),
        ("Fear of pain decreased with massage.", "pain"),
    ],
)
def test_the_care_of_an_outcome_names_no_outcome(sentence: str, domain: str) -> None:
    assert domain not in {m.domain for m in outcome_mentions(sentence, load_vocabulary())}


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [  # fictional: the outcome itself, its treatment by the trial named beside it
        ("Treatment of pain with massage reduced pain scores compared with rest.", "pain"),
        ("Depression decreased with the intervention.", "depression"),
        ("Pain medication use decreased, and pain fell.", "pain"),
    ],
)
def test_an_outcome_beside_the_trial_s_treatment_of_it_is_still_named(sentence: str, domain: str) -> None:
    assert domain in {m.domain for m in outcome_mentions(sentence, load_vocabulary())}


@pytest.mark.parametrize(
    ("sentence", "domains"),
    [  # fictional: an outcome named with what it is related to, which is no outcome of its own
        ("Quality of life related to bladder problems improved with massage.", ["quality_of_life"]),
        ("Pain related to spasticity decreased with massage.", ["pain"]),
        ("Fatigue-related absenteeism fell, and pain fell.", ["pain"]),  # what is from it
    ],
)
def test_an_outcome_related_to_another_is_named_and_not_what_it_is_related_to(
    sentence: str, domains: list[str]
) -> None:
    assert [m.domain for m in outcome_mentions(sentence, load_vocabulary())] == domains


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [  # fictional: an outcome measured with its scale, or one the people kept a record of
        ("Pain, measured with the pain rating scale, was lower with massage.", "pain"),
        ("Patients who kept a sleep diary slept longer with massage.", "sleep"),
        ("Participants who completed the questionnaire had lower anxiety with massage.", "anxiety"),
    ],
)
def test_an_outcome_measured_by_its_scale_is_still_named(sentence: str, domain: str) -> None:
    assert domain in {m.domain for m in outcome_mentions(sentence, load_vocabulary())}


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [  # fictional: people counted by their state, or an outcome after what they did
        ("The proportion of patients with poor sleep quality was lower with massage.", "sleep"),
        ("Fewer women with anxiety were seen in the massage group.", "anxiety"),
        ("In 12% of participants with fatigue the sessions were shortened.", "fatigue"),
        ("Patients with massage had lower pain than those with usual care.", "pain"),
    ],
)
def test_people_counted_by_their_state_or_what_they_had_after_a_treatment_name_the_outcome(
    sentence: str, domain: str
) -> None:
    assert domain in {m.domain for m in outcome_mentions(sentence, load_vocabulary())}


@pytest.mark.parametrize(
    ("sentence", "where", "domains"),
    [
        # fictional: a shared instrument beside one domain's words is scored for that domain
        (
            "HADS anxiety scores fell (p = 0.02), whereas HADS depression did not change.",
            "HADS anxiety",
            {"anxiety"},
        ),
        (
            "HADS anxiety scores fell (p = 0.02), whereas HADS depression did not change.",
            "HADS depression",
            {"depression"},
        ),
        ("Depression (HADS) fell, whereas anxiety did not change.", "HADS", {"depression"}),
        ("The anxiety subscale of the HADS fell, whereas depression did not.", "HADS", {"anxiety"}),
        # a subscale joined by a hyphen: that subscale alone, though no other word names it
        ("HADS-anxiety scores were lower after massage than after rest.", "HADS", {"anxiety"}),
        ("HADS-depression fell, whereas anxiety did not change.", "HADS", {"depression"}),
        # beside neither, or beside a list of both: every domain the sentence names
        ("Anxiety and depression (HADS) improved.", "HADS", {"anxiety", "depression"}),
        ("HADS depression and anxiety improved, whereas stress did not.", "HADS", {"anxiety", "depression"}),
        ("The HADS showed less anxiety and less depression.", "HADS", {"anxiety", "depression"}),
    ],
)
def test_a_shared_instrument_speaks_for_the_domain_beside_it(
    sentence: str, where: str, domains: set[str]
) -> None:
    found = outcome_mentions(sentence, load_vocabulary())
    at = sentence.index(where)
    assert {m.domain for m in found if m.is_instrument and m.start == at} == domains


@pytest.mark.parametrize(
    ("sentence", "domains"),
    [
        # fictional: the bracket says what counted as a response; the responders are the measure
        ("Response to treatment (a reduction of at least 25% in anxiety) was 90% with massage", []),
        ("Remission (no more than two days of pain a month) was reached by 40%", []),
        # fictional: a bracket after the outcome itself names it as before
        ("Anxiety (STAI) fell more with massage than with sham", ["anxiety"]),
        ("The response of pain to massage was fast; fatigue (a secondary outcome) fell", ["pain", "fatigue"]),
    ],
)
def test_an_outcome_defining_a_response_in_brackets_is_no_outcome_of_its_own(
    sentence: str, domains: list[str]
) -> None:
    assert sorted({m.domain for m in outcome_mentions(sentence, load_vocabulary())}) == sorted(domains)


@pytest.mark.parametrize(
    ("sentence", "measure", "polarity"),
    [
        # fictional: the outcome's absence, the more of it the better
        ("86% of the massage group reported no pain compared with 50% of controls.", "no pain", "higher_is_better"),
        ("More patients were free of fatigue after massage.", "free of fatigue", "higher_is_better"),
        # fictional: the absence of a change in the outcome is no absence of the outcome
        ("There was no pain reduction in either group.", "pain", "lower_is_better"),
        ("Pain was reported by 12 patients.", "Pain", "lower_is_better"),
    ],
)  # fmt: skip
def test_an_outcome_said_to_be_absent_is_scored_the_other_way_round(
    sentence: str, measure: str, polarity: str
) -> None:
    (mention,) = outcome_mentions(sentence, load_vocabulary())
    assert (mention.measure, mention.polarity) == (measure, polarity)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # fictional: a defined short name said of a group or an arm, with a space or a hyphen
        ("Pain fell in the BT group and in the CP-arms.", {"BT", "CP"}),
        ("Pain fell more in the BT  groups than after CP.", {"BT"}),
        # fictional: the short name inside a longer word, or before no group, names no arm
        ("Pain fell in the XBT group; CP was given twice.", set()),
        ("Pain fell in the BTX group.", set()),
        # fictional: a short name with a sign in it is read as written
        ("Pain fell in the T+C group.", {"T+C"}),
        ("Pain fell in the TTC group.", set()),
    ],
)
def test_short_names_said_of_a_group_name_arms(text: str, names: set[str]) -> None:
    spelled = {"BT": "breathing training", "CP": "cold pack", "T+C": "tape plus cold"}
    assert arm_short_names(text, spelled) == names


def test_a_short_name_standing_for_a_group_names_an_arm() -> None:
    text = (
        "Adults were randomized to the intervention group (IG) or the control group (CG); the VAS was used."
    )
    spelled = {"IG": "intervention group", "CG": "control group", "VAS": "visual analogue scale"}
    assert arm_short_names(text, spelled) == {"IG", "CG"}  # fictional; the VAS names no group


@pytest.mark.parametrize(
    ("sentence", "domains"),
    [  # fictional: walking as what was being done when pain was measured, or as the outcome
        ("Pain on walking was lower after reflexology.", ["pain"]),
        ("Pain at rest and during walking did not differ between the groups.", ["pain"]),
        ("Calf pain while walking eased with massage.", ["pain"]),
        ("Walking speed was higher after reflexology.", ["walking"]),
        # a measure of the activity after "on" is the outcome
        ("Reflexology had no effect on walking speed or balance.", ["walking", "balance"]),
    ],
)
def test_an_activity_done_while_another_outcome_was_measured_is_no_outcome(
    sentence: str, domains: list[str]
) -> None:
    assert [m.domain for m in outcome_mentions(sentence, load_vocabulary())] == domains


@pytest.mark.parametrize(
    ("sentence", "domains"),
    [  # fictional: a trial of balance training against Nordic walking, walking named as an arm
        ("Fatigue fell after Nordic walking (p = 0.03).", ["fatigue"]),
        ("Fatigue was lower after six weeks of walking than after balance training.", ["fatigue"]),
        ("Compared with walking, balance training gave larger gains in the Berg Balance Scale.", ["balance"]),
        ("Compared to balance training, walking led to greater improvements in mood.", ["mood"]),
        ("Depression fell in both the walking and the balance training groups.", ["depression"]),
        ("Fatigue improved after balance training and Nordic walking (p < 0.05).", ["fatigue"]),
        # the activity's measure, or the activity itself, is still the outcome
        ("After balance training, walking speed and walking improved (p < 0.05).", ["walking", "walking"]),
        ("Walking improved in both groups (p < 0.05).", ["walking"]),
    ],
)
def test_an_activity_one_arm_was_given_is_no_outcome(sentence: str, domains: list[str]) -> None:
    assert [m.domain for m in outcome_mentions(sentence, load_vocabulary())] == domains


def test_the_methods_list_of_outcomes_leaves_a_harm_to_the_safety_notes() -> None:
    """Fictional: "adverse events" listed beside survival are no outcome that "all other outcomes"
    speak for; survival is, split from the harm it is listed with."""
    methods = (
        "Outcomes included response rate and progression-free survival. "
        "Overall survival and adverse events were also assessed."
    )
    record = Record(
        pmid="1", title="A fictional trial", abstract=(AbstractSection(text=methods, label="METHODS"),)
    )
    listed = [m.measure for m in listed_outcomes(abstract_sentences(record), load_vocabulary())]
    assert not [measure for measure in listed if "adverse" in measure]
    assert listed[-1] == "survival"


@pytest.mark.parametrize(
    ("sentence", "domains"),
    [  # fictional
        ("More patients had a pain score below 3 after massage.", []),
        ("Fewer patients had anxiety ratings > 10 after massage.", []),
        ("Pain over 48 hours was lower after massage.", ["pain"]),
        ("Pain was lower after massage (p < 0.05).", ["pain"]),
    ],
)
def test_a_level_before_the_threshold_it_was_to_reach_is_no_mention_of_its_own(
    sentence: str, domains: list[str]
) -> None:
    assert [m.domain for m in outcome_mentions(sentence, load_vocabulary())] == domains


@pytest.mark.parametrize(
    ("text", "polarity"),
    [  # fictional: the people who got better, counted, the more the better
        ("The proportion of fatigue responders was higher with massage", "higher_is_better"),
        ("60% of the massage group were responders for fatigue", "higher_is_better"),
        ("More participants responded on fatigue with massage", "higher_is_better"),
        ("More participants achieved the MCID for fatigue with massage", "higher_is_better"),
        ("There were fewer non-responders for fatigue with massage", "lower_is_better"),
        ("Fatigue was lower with massage", "lower_is_better"),
    ],
)
def test_an_outcome_people_responded_on_counts_those_who_got_better(text: str, polarity: str) -> None:
    (match,) = outcome_mentions(text, load_vocabulary())
    assert counted_as_responders(match, text).polarity == polarity


@pytest.mark.parametrize(
    ("sentence", "instrument", "named"),
    [
        # fictional: the words before the bracket name what the instrument measured
        (
            "Generic health status (EQ-5D) was better with massage (p = 0.03).",
            "EQ-5D",
            "Generic health status (EQ-5D)",
        ),
        (
            "Perceived health status (EQ-5D, EuroQol) differed between the arms.",
            "EQ-5D",
            "Perceived health status (EQ-5D)",
        ),
        # the domain's own words name it already; no words of a construct; the bracket elsewhere
        ("Quality of life (SF-36) was better with massage.", "SF-36", ""),
        ("The secondary outcomes (EQ-5D) improved with massage.", "EQ-5D", ""),
        ("Health improved (EQ-5D 0.07 vs 0.01) with massage.", "EQ-5D", ""),
        ("Health status, scored on the EQ-5D, was better with massage.", "EQ-5D", ""),
        # a bracket of results, or words of when and what was done before it
        ("Health status (EQ-5D 0.71 vs 0.64) was better with massage.", "EQ-5D", ""),
        ("Scores at 12 weeks (EQ-5D) were better with massage.", "EQ-5D", ""),
        ("The intervention (EQ-5D) helped.", "EQ-5D", ""),
        # words ending as adverbs or participles do that are the construct's own
        ("Family health status (EQ-5D) was better with massage.", "EQ-5D", "Family health status (EQ-5D)"),
        ("Self-rated health status (EQ-5D) was better.", "EQ-5D", "Self-rated health status (EQ-5D)"),
    ],
)
def test_an_instrument_in_brackets_after_the_construct_it_measured_is_named_after_it(
    sentence: str, instrument: str, named: str
) -> None:
    vocabulary = load_vocabulary()
    (match,) = [m for m in outcome_mentions(sentence, vocabulary) if m.measure == instrument]
    assert construct_of(sentence, match, vocabulary) == named


@pytest.mark.parametrize(
    ("sentence", "domains"),
    [  # fictional: "pain-free" before another outcome names its kind, not a result of pain
        ("Pain-free walking distance rose by 80 m with training.", ["walking"]),
        ("Pain-free range of motion of the shoulder improved.", ["range_of_motion"]),
        # pain-free on its own is the pain outcome's
        ("More patients were pain-free with training.", ["pain"]),
        ("Pain-free days increased with training.", ["pain"]),
    ],
)
def test_free_of_a_harm_before_another_outcome_names_that_outcome(sentence: str, domains: list[str]) -> None:
    assert [m.domain for m in outcome_mentions(sentence, load_vocabulary())] == domains
