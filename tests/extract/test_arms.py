"""Arms named only by a label: which one is the comparator (fictional methods and titles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvester.extract import load_vocabulary
from harvester.extract.arms import (
    _TITLE_ARMS,
    CMP,
    INT,
    _title_arms_in,
    abbreviated_arms,
    aim_as_title,
    aim_treatment,
    bracketed_arm_names,
    labelled_against,
    labelled_arms,
    labelled_comparator,
    labelled_numbers,
    labelled_subject,
    labels_as_short_names,
    labels_of_untested_arms,
    other_arms,
    randomized_arms,
    short_names_as_groups,
    short_names_versus,
    title_arms,
    title_sets_arms_against,
)
from support.vocabularies import vocabulary_with_comparator

VOCABULARY = load_vocabulary()


def test_a_label_defined_with_a_comparators_words_is_the_comparator() -> None:
    methods = [
        "Children were divided into two groups: Group A treated by the usual drill and group B with a new gel."
    ]
    # "usual drill" is no comparator word
    assert labelled_arms(methods, "A fictional gel for caries", VOCABULARY) == {}
    methods = [
        "Children were divided into two groups: Group A treated by conventional drilling and group B with a gel."
    ]
    assert labelled_arms(methods, "A fictional gel for caries", VOCABULARY) == {"A": CMP, "B": INT}


def test_the_title_tells_the_tested_treatment_from_its_comparator() -> None:
    methods = ["Group T received oral fictolan 15 mg.", "In Group H, saline was infused."]
    assert labelled_arms(methods, "Oral fictolan versus hypertonic saline for low sodium", VOCABULARY) == {
        "T": INT,
        "H": CMP,
    }
    methods = [
        "Adults were assigned to a fictolan group (Group F; n = 16) or a placebin group (Group P; n = 16)."
    ]
    assert labelled_arms(methods, "Effect of fictolan or placebin on ulcers", VOCABULARY) == {
        "F": INT,
        "P": CMP,
    }


@pytest.mark.parametrize(
    ("aim", "title"),
    [  # fictional
        (
            "This trial was designed to assess the efficacy of oral fictolan in treating cramps compared to saline.",
            "oral fictolan versus saline",
        ),
        (
            "We aimed to assess whether fictolan with a sling is as effective as mintarol.",
            "fictolan versus mintarol",
        ),
        (
            "The aim was to compare the efficacy and safety of fictolan gel (FG) with mintarol cream (MC) in acne.",
            "fictolan gel FG versus mintarol cream MC",
        ),
        ("The aim was to compare the efficacy of fictolan with mintarol and saline.", ""),  # three arms
        ("The aim was to compare pain during surgery following premedication with fictolan.", ""),
        (
            "We aimed to test the hypothesis that compared with saline, fictolan eases pain.",
            "",
        ),  # no arm first
        (
            "The aim was to test if fictolan could ease pain and speed recovery versus saline.",
            "",
        ),  # no arm's name
        (
            "The aim was to test if oral fictolan (OF) versus saline eases pain.",
            "oral fictolan OF versus saline eases pain",
        ),
        ("The aim was to test whether fictolan eases pain or fatigue.", ""),  # what it asks, no arms
        ("Fictolan versus mintarol was studied in adults.", ""),  # no aim
    ],
)
def test_an_aim_setting_one_treatment_against_another_reads_as_a_title(aim: str, title: str) -> None:
    assert aim_as_title([aim]) == title


@pytest.mark.parametrize(
    "text",
    [  # fictional: arms joined near the start, far after it (past a first arm's longest), twice, never
        "Fictolan versus saline for pain",
        "The aim of this long fictional trial in adults with chronic neck pain after a fall at home was to "
        "test whether oral fictolan taken daily is as effective as mintarol taken weekly",
        "Fictolan or mintarol: what eases pain, massage versus rest, in adults",
        "The aim was to test whether fictolan eases pain in adults after surgery",
        "Fictolan versus",
    ],
)
@pytest.mark.parametrize("start", [0, 10])
def test_a_titles_arms_are_sought_from_the_words_joining_them(text: str, start: int) -> None:
    assert repr(_title_arms_in(text, start)) == repr(_TITLE_ARMS.search(text, start))


def test_the_one_treatment_an_aim_names_tells_which_label_is_tested() -> None:
    aim = "The aim was to assess the efficacy and safety of fictolan plus mintarol in treating acne."  # fictional
    assert aim_treatment([aim]) == {"fictolan", "mintarol"}
    methods = [
        "Group I included 40 adults who received fictolan plus mintarol for 12 weeks and group II included"
        " 40 adults who received fictolan plus saline rinses for 12 weeks."
    ]
    assert labelled_arms(methods, "", VOCABULARY) == {}
    assert labelled_arms(methods, "", VOCABULARY, aimed=aim_treatment([aim])) == {"I": INT, "II": CMP}
    # both labels given it: neither is known
    methods = [
        "Group I received fictolan plus mintarol daily. Group II received fictolan plus mintarol weekly."
    ]
    assert labelled_arms(methods, "", VOCABULARY, aimed=aim_treatment([aim])) == {}


@pytest.mark.parametrize(
    ("methods", "roles"),
    [  # fictional
        (
            "Adults were divided into group D (fictolan 1 mg/kg) and group C (normal saline).",
            {"D": INT, "C": CMP},
        ),
        (
            "Group D received fictolan 1 mg/kg and group S received the same volume of 0.9% saline.",
            {"D": INT, "S": CMP},
        ),
        ("Group I (n = 30) received fictolan and group II (n = 30) received no drug.", {"I": INT, "II": CMP}),
        (
            "Adults received fictolan infusion (group F) or normal saline infusion (group NS).",
            {"F": INT, "NS": CMP},
        ),
        (
            "In group A, the adults received fictolan; in group B, they received nothing.",
            {"A": INT, "B": CMP},
        ),
        # the same base treatment in both arms, saline on top of it in one: that arm had nothing more
        (
            "Adults were randomly allocated to receive mintarol with fictolan (group F) or mintarol with saline (group S).",
            {"F": INT, "S": CMP},
        ),
        (
            "Adults were randomly allocated to mintarol with fictolan (group F) or mintarol with gingerine (group G).",
            {},
        ),
        # the base said once, the second arm only "with" what was added to it
        (
            "Adults were randomly allocated to receive mintarol with fictolan (group F) or with saline (group S).",
            {"F": INT, "S": CMP},
        ),
        (
            "Adults were randomly allocated to receive mintarol with fictolan (group F) or with gingerine (group G).",
            {},
        ),
        (  # the first definition opens with the arms' people and their dose
            "Adults received 20 ml mintarol with fictolan (group F) or 20 ml mintarol with saline (group S).",
            {"F": INT, "S": CMP},
        ),
        # saline that treats, or that carries the drug, is no arm given nothing
        ("Group D received fictolan and group S received 3% saline.", {}),
        ("Group D received fictolan and group S received hypertonic saline.", {}),
        ("Group D received fictolan in normal saline 10 ml and group M received mintarol.", {}),
    ],
)
def test_a_label_given_nothing_active_is_the_comparator(methods: str, roles: dict[str, str]) -> None:
    assert labelled_arms([methods], "", VOCABULARY) == roles


@pytest.mark.parametrize(
    ("methods", "roles"),
    [  # fictional
        (
            "Adults were divided into two groups: fictolan 10 mg (group I: n = 35) versus fictolan 40 mg"
            " (group II: n = 35).",
            {"I": INT, "II": CMP},
        ),
        ("Adults received fictolan (group A) vs. mintarol (group B).", {"A": INT, "B": CMP}),
        ("Adults received either fictolan (group A) or mintarol (group B).", {}),  # a list, no order
    ],
)
def test_labelled_arms_set_one_against_the_other_name_the_tested_first(
    methods: str, roles: dict[str, str]
) -> None:
    assert labelled_arms([methods], "", VOCABULARY) == roles


def test_an_arm_named_as_a_group_before_its_label_keeps_its_whole_name() -> None:
    methods = [  # fictional: each arm's name holds an "and" and ends in a short name's group
        "Adults were randomized into two groups: a fictolan and TENS group (group F, n = 17), and a mintarol"
        " and TENS group (group M, n = 17)."
    ]
    title = "Fictolan versus mintarol for knee pain treated by TENS"
    assert labelled_arms(methods, title, VOCABULARY) == {"F": INT, "M": CMP}


@pytest.mark.parametrize(
    ("methods", "roles"),
    [  # fictional: each arm's one letter in brackets after its treatment
        ("Adults were randomized to placebo (P) or fictolan (F).", {"P": CMP, "F": INT}),
        ("Adults were randomized to fictolan alone (F) or fictolan plus mintarol (M).", {"F": CMP, "M": INT}),
        ("Adults were randomized to fictolan (F) or mintarol (M).", {}),  # neither told the comparator
        ("Adults were given placebo (P) for 4 weeks.", {}),  # one letter, no list of arms
        # an arm given two treatments, its letters joined: one label however spaced
        (
            "Adults were randomized to fictolan plus mintarol (F + M) or fictolan alone (F).",
            {"F+M": INT, "F": CMP},
        ),
        ("Adults were randomized to fictolan and mintarol (F&M) or placebo (P).", {"F&M": INT, "P": CMP}),
        ("Outcomes were (a) pain and (b) sleep in adults given placebo or fictolan.", {}),
    ],
)
def test_an_arms_letter_in_brackets_after_its_treatment_is_its_label(
    methods: str, roles: dict[str, str]
) -> None:
    assert labelled_arms([methods], "", VOCABULARY) == roles


@pytest.mark.parametrize(
    "methods",
    [  # fictional: an arm named by its place in the list, its label, then what it was given
        "Adults were divided into two groups; the first group (group D) received fictolan, the second group (group S) received saline.",
        "Adults were divided into two groups: one group (group D) was given fictolan and the other group (group S) was given saline.",
    ],
)  # fmt: skip
def test_an_arm_named_by_its_place_is_defined_by_what_follows_its_label(methods: str) -> None:
    assert labelled_arms([methods], "", VOCABULARY) == {"D": INT, "S": CMP}


@pytest.mark.parametrize(
    ("methods", "roles"),
    [  # fictional: the arm's people named between its label and what they were given
        ("Group I patients received fictolan and group II patients received placebo.", {"I": INT, "II": CMP}),
        ("Group F patients were given fictolan, group C patients were given nothing.", {"F": INT, "C": CMP}),
        # an arm named for the saline it was given, its label bracketed after it
        ("Adults were allocated to the fictolan group (group F) and the saline group (group S).", {"F": INT, "S": CMP}),
        ("Adults were allocated to the fictolan group (group F) and the hypertonic saline group (group S).", {}),
        # the saline's volume before it
        ("Group DX received fictolan 1 mg and group NS received 10 ml normal saline.", {"DX": INT, "NS": CMP}),
        ("Group F received fictolan and group S received 5 ml of 3% saline.", {}),
        # what the arm was given, said in the passive after "in" and its label
        ("In group F fictolan was infused, and in group C normal saline was infused.", {"F": INT, "C": CMP}),
        ("In group F, fictolan was administered; in group P, placebo was administered.", {"F": INT, "P": CMP}),
        ("In group F fictolan was infused, and in group M mintarol was infused.", {}),
    ],
)  # fmt: skip
def test_a_labels_arm_is_defined_past_its_people_its_saline_or_the_passive(
    methods: str, roles: dict[str, str]
) -> None:
    assert labelled_arms([methods], "", VOCABULARY) == roles


def test_labels_the_methods_leave_open_give_no_roles() -> None:
    methods = ["Drug X went to group 1, and drug Y to group 2."]
    assert labelled_arms(methods, "Drug X after lithotripsy", VOCABULARY) == {}
    methods = ["Group A: drug X. Group B: drug Y. Group C: drug Z."]
    assert labelled_arms(methods, "Three drugs for pain", VOCABULARY) == {}


@pytest.mark.parametrize(
    ("methods", "roles"),
    [  # fictional: the treatment in a bracket just after a label defines it; a count defines nothing
        ("Adults were randomized to group A (usual care) or group B (massage).", {"A": CMP, "B": INT}),
        ("Adults were randomized to group A (massage; n = 20) or group B (usual care; n = 20).", {"A": INT, "B": CMP}),
        ("Adults were randomized to group A (n = 30) or group B (n = 30).", {}),
        # short labels, the bracket after them or their assignment after the bracket
        ("Adults were randomized to G1 (usual care) or G2 (massage).", {"G1": CMP, "G2": INT}),
        ("G1 (n = 20) was allocated to usual care and G2 (n = 20) was assigned to massage.", {"G1": CMP, "G2": INT}),
        ("Twenty adults (G1) were allocated to usual care and twenty (G2) to massage.", {"G1": CMP, "G2": INT}),
        ("Adults were randomized into G1 (n = 20) and G2 (n = 20).", {}),
        # the arm's people, then what they were given
        ("Group I included 30 adults who received massage and group II included 30 adults who received usual care.", {"I": INT, "II": CMP}),
        ("Group A consisted of 30 adults given usual care, and group B comprised 30 adults who were treated with massage.", {"A": CMP, "B": INT}),
        ("Group A included 30 adults aged over 60 years and group B included 30 adults aged under 60 years.", {}),
    ],
)  # fmt: skip
def test_a_label_defined_by_its_bracket_or_its_assignment(methods: str, roles: dict[str, str]) -> None:
    assert labelled_arms([methods], "A fictional trial of massage", VOCABULARY, ("massage",)) == roles


@pytest.mark.parametrize(
    ("methods", "roles"),
    [  # fictional: a label opening its sentence's clause, then who in it had what
        ("In group A, adults received massage; in group B, adults received usual care.", {"A": INT, "B": CMP}),
        ("In group A, the women were given massage, while in group B they had usual care.", {"A": INT, "B": CMP}),
        # a label said to be an arm, or to serve as one
        ("Group 1 was the control group and group 2 was the massage group.", {"1": CMP, "2": INT}),
        ("Group 1 served as the control and group 2 received massage.", {"1": CMP, "2": INT}),
        # what the clause after a label says of it that is no treatment defines nothing
        ("In group A, pain was rated daily; in group B, pain was rated weekly.", {}),
        ("In group A, pain was rated with massage chairs; in group B, it was not.", {}),
    ],
)  # fmt: skip
def test_a_label_defined_in_the_clause_it_opens_or_as_an_arm(methods: str, roles: dict[str, str]) -> None:
    assert labelled_arms([methods], "A fictional trial of massage", VOCABULARY, ("massage",)) == roles


@pytest.mark.parametrize(
    ("methods", "roles"),
    [  # fictional: the tested treatment given on top of the comparator's
        ("Adults were randomized to group A (massage plus usual care) or group B (usual care alone).", {"A": INT, "B": CMP}),
        ("Group A received massage in addition to usual care, and group B received usual care.", {"A": INT, "B": CMP}),
        ("Group A received usual care plus sham touch and group B received usual care plus massage.", {"A": CMP, "B": INT}),
        # something else on top of it: no arm tested
        ("Group A received sham touch plus usual care and group B received usual care.", {}),
    ],
)  # fmt: skip
def test_a_label_given_the_tested_treatment_on_top_of_the_comparator_is_tested(
    methods: str, roles: dict[str, str]
) -> None:
    assert labelled_arms([methods], "A fictional trial of massage", VOCABULARY, ("massage",)) == roles


def test_an_arm_named_by_its_label_is_labelled_as_a_group_is() -> None:
    methods = ["Adults were randomized to arm A (foot massage) or arm B (usual care)."]
    labels = labelled_arms(methods, "A fictional trial of massage", VOCABULARY, ("massage",))
    assert labels == {"A": INT, "B": CMP}
    assert labelled_subject("pain was lower in arm B than in arm A", labels) == CMP
    # fictional: the limb, a time or a share after it, is no label
    assert labelled_subject("pain in the arm 3 days after the massage", {"3": INT, "4": CMP}) is None
    assert labelled_subject("pain eased in the arm 40% of the time", {"40": INT, "4": CMP}) is None


def test_a_result_set_against_the_control_arms_label_alone_is_a_tested_arms() -> None:
    labels = {"I": CMP, "II": INT, "III": INT}  # fictional: placebo, then two doses
    said = "the 1 mg dose lowered the rate of cramps (14%) compared to group I (42%; p = 0.003)"
    assert labelled_subject(said, labels) == INT
    # set against a tested arm's label alone, the subject may be another dose or the control
    said = "the 1 mg dose lowered the rate of cramps (14%) compared to group II (32%; p = 0.03)"
    assert labelled_subject(said, labels) is None


def test_labels_of_more_than_one_letter_read_as_short_names() -> None:
    labels = {"UC": CMP, "FM": INT, "T": INT, "II": CMP, "P2.5": CMP}
    assert labels_as_short_names(labels) == {"uc": CMP, "fm": INT}


@pytest.mark.parametrize(
    ("methods", "roles"),
    [  # fictional: a label before "group", defined as one after "group" is
        ("Adults were randomized to foot massage (M group, n = 20) or usual care (C group, n = 20).", {"M": INT, "C": CMP}),
        ("Adults were randomized to the FM group (foot massage) or the UC group (usual care).", {"FM": INT, "UC": CMP}),
        ("Adults were randomized to the FM group, which received foot massage, or the CO group, which received usual care.", {"FM": INT, "CO": CMP}),
        # the article of "A group of adults" is no label
        ("A group of adults received foot massage and a group of children received usual care.", {}),
    ],
)  # fmt: skip
def test_a_label_before_group_is_defined_as_one_after_it(methods: str, roles: dict[str, str]) -> None:
    assert labelled_arms([methods], "A fictional trial of massage", VOCABULARY, ("massage",)) == roles


@pytest.mark.parametrize(
    ("methods", "roles"),
    [  # fictional: two labels given two treatments in order, whichever comes first
        ("Group A and group B received usual care and foot massage, respectively.", {"A": CMP, "B": INT}),
        ("Groups A and B received foot massage and usual care, respectively.", {"A": INT, "B": CMP}),
        ("Groups 1 and 2 were assigned to usual care or foot massage, respectively.", {"1": CMP, "2": INT}),
        ("In this trial, usual care and foot massage were given to groups A and B, respectively.", {"A": CMP, "B": INT}),
    ],
)  # fmt: skip
def test_labels_given_their_treatments_respectively(methods: str, roles: dict[str, str]) -> None:
    assert labelled_arms([methods], "A fictional trial of massage", VOCABULARY, ("massage",)) == roles


def test_one_placebo_arm_among_defined_labels_leaves_the_others_tested() -> None:
    methods = ["Group A: received drug X. Group B: received drug Y. Group C: received matching placebo."]
    assert labelled_arms(methods, "Two drugs for pain", VOCABULARY) == {"A": INT, "B": INT, "C": CMP}


def test_whose_result_a_statement_gives() -> None:
    labels = {"T": INT, "H": CMP}
    assert labelled_subject("Group T had higher sodium than Group H", labels) == INT
    assert labelled_subject("sodium was higher in Group H", labels) == CMP
    assert labelled_subject("compared with Group H, sodium was higher in Group T", labels) == INT
    assert labelled_subject("sodium was higher in Group A than in Group B", {"A": INT, "B": INT}) is None
    assert labelled_subject("sodium was higher in Group Q", labels) is None
    assert labelled_subject("G2 had less pain than G1", {"G1": CMP, "G2": INT}) == INT
    assert labelled_subject("G1 had more pain than G2", {"G1": CMP, "G2": INT}) == CMP


def test_the_titles_arms_end_where_the_outcome_and_population_begin() -> None:
    assert title_arms("Effect of fictolan versus placebin on pain in adults") == ({"fictolan"}, {"placebin"})
    assert title_arms("Massage or rest for anxiety") == ({"massage"}, {"rest"})
    assert title_arms("A fictional trial of massage") == (set(), set())


@pytest.mark.parametrize(
    "title",
    [  # fictional: a title that says the first arm did as well as, or better than, the second
        "A soft foam splint is as effective as a rigid metal splint for wrist pain",
        "A soft foam splint was superior to a rigid metal splint in wrist pain",
        "Soft foam splints are non-inferior to rigid metal splints for wrist pain",
    ],
)
def test_a_title_judging_one_arm_against_another_names_the_tested_first(title: str) -> None:
    tested, compared = title_arms(title)
    assert {"soft", "foam"} <= tested and {"rigid", "metal"} <= compared
    methods = ["Adults were splinted with a rigid metal splint (group R) or a soft foam splint (group S)."]
    assert labelled_arms(methods, title, VOCABULARY) == {"R": CMP, "S": INT}


@pytest.mark.parametrize(
    ("methods", "others"),
    [  # fictional methods: the active arms besides massage, by the words that tell them apart, named
        ("Ninety adults were randomized to massage, ultrasound therapy or a control group for 8 weeks.", {"ultrasound": "ultrasound therapy"}),
        ("Patients were randomly assigned to one of three groups: massage, acupuncture, or usual care.", {"acupuncture": "acupuncture"}),
        ("Adults were randomized to massage, cold water immersion, or rest.", {"cold": "cold water immersion", "water": "cold water immersion", "immersion": "cold water immersion"}),
        ("Forty patients were randomized to massage or usual care.", {}),  # two arms: none other
    ],
)  # fmt: skip
def test_the_other_active_arms_of_a_three_arm_trial(methods: str, others: dict[str, str]) -> None:
    assert other_arms([methods], VOCABULARY, frozenset({"massage"})) == others


def test_two_short_names_set_one_against_the_other_tell_the_tested_arm() -> None:
    aim = "We compared laser plus cold therapy (LC) versus fictowave (FW) in knee pain."  # fictional
    assert short_names_versus(aim, frozenset({"lc", "fw"})) == {"lc": INT, "fw": CMP}
    # short names that name no arm: measures, not arms
    assert short_names_versus(aim, frozenset({"lc", "kp"})) == {}
    assert short_names_versus("Forty adults had fictowave (FW) or laser (LC).", frozenset({"lc", "fw"})) == {}


def test_a_titles_arms_told_apart_by_a_modifier_share_the_noun_after_them() -> None:
    # fictional: "fictolan" is both arms' drug, given two ways; neither way names the other arm
    assert title_arms("Oral versus intravenous fictolan for swelling") == ({"oral"}, {"intravenous"})
    assert title_arms("Low-dose versus high-dose fictolan for stroke") == ({"low-dose"}, {"high-dose"})
    # a treatment named by its noun is an arm of its own: the comparator's words all stand
    assert title_arms("Massage versus aerobic exercise for fatigue") == ({"massage"}, {"aerobic", "exercise"})
    assert title_arms("Music versus guided imagery for anxiety") == ({"music"}, {"guided", "imagery"})


def test_a_titles_list_of_arms_tells_only_the_comparator() -> None:
    # fictional: relaxation, before "or", is no more the tested arm than massage
    assert title_arms("Massage, relaxation training or control for neck pain") == (set(), {"control"})


def test_a_treatment_given_with_or_without_another_sets_no_two_arms_against_each_other() -> None:
    # fictional: the addition is what the trial tests, never its comparator
    assert title_arms("Physiotherapy with or without reflexology for spasticity") == ({"reflexology"}, set())


def test_a_label_given_its_treatment_in_front_of_it() -> None:
    methods = [
        "Drug X and an analgesic were prescribed to group 1, and the analgesic only was prescribed to group 2."
    ]
    assert labelled_arms(methods, "Drug X after lithotripsy", VOCABULARY) == {"1": INT, "2": CMP}


def test_the_numbers_labelled_arms_get_respectively() -> None:
    labels = {"1": INT, "2": CMP}
    said = "Pain in groups 1 and 2 was 3.0 ± 1.1 and 5.1 ± 1.2, respectively (p = 0.005)"  # fictional
    assert labelled_numbers(said, labels) == {INT: 3.0, CMP: 5.1}
    assert labelled_numbers(said.replace("groups 1 and 2", "groups 2 and 1"), labels) == {CMP: 3.0, INT: 5.1}
    assert labelled_numbers(said, {"1": INT, "2": INT}) == {}  # two tested arms: no comparator

    # fictional: each number next to its own label
    labels = {"A": CMP, "B": INT}
    said = "The change in pain with group A was 0.98 mm and with group B 0.26 mm (P<0.001)"
    assert labelled_numbers(said, labels) == {CMP: 0.98, INT: 0.26}
    assert labelled_numbers("Pain was 4.9 in group A and 2.1 in group B (p = 0.01)", labels) == {
        CMP: 4.9,
        INT: 2.1,
    }
    assert labelled_numbers("Group A (n = 20) and group B (n = 22) were alike", labels) == {}  # counts

    # fictional: each label written whole, or the two in brackets before their values set one
    # against the other
    labels = {"I": INT, "II": CMP}
    assert labelled_numbers("Pain was 3.1 and 4.2 in group I and group II, respectively", labels) == {
        INT: 3.1,
        CMP: 4.2,
    }
    assert labelled_numbers("Pain (group II vs. group I): 4.2 vs. 3.1, p = 0.01", labels) == {
        CMP: 4.2,
        INT: 3.1,
    }
    assert labelled_numbers("Pain (group I vs. group II) fell by 3.1 (p = 0.01)", labels) == {}  # one value


@pytest.mark.parametrize(
    ("said", "numbers"),
    [  # fictional: a count of each labelled arm's people before its label, or its share with it
        ("Nausea occurred in 5 patients in group F and 12 in group S (p = 0.04)", {INT: 5.0, CMP: 12.0}),
        ("Nausea occurred in 5 (12%) patients in group F and 12 (30%) in group S", {INT: 12.0, CMP: 30.0}),
        ("Nausea was seen in 8 patients in the S group compared with 2 in the F group", {CMP: 8.0, INT: 2.0}),
        ("Nausea occurred in 5 patients in Group II and 12 in Group I (p = 0.04)", {INT: 5.0, CMP: 12.0}),
        ("Nausea occurred in 5 patients in G2 and 12 in G1 (p = 0.04)", {INT: 5.0, CMP: 12.0}),
        ("Five patients in group F and twelve in group S had nausea (p = 0.04)", {INT: 5.0, CMP: 12.0}),
        # a label the methods leave open names no arm, and of two tested arms neither is the one
        ("Nausea occurred in 5 patients in group F and 12 in group X (p = 0.04)", {}),
        ("Nausea occurred in 5 patients in group F, 9 in group T and 12 in group S (p = 0.04)", {}),
    ],
)
def test_the_counts_labelled_arms_get_before_their_labels(said: str, numbers: dict[str, float]) -> None:
    labels = {"F": INT, "T": INT, "S": CMP, "II": INT, "I": CMP, "G2": INT, "G1": CMP}
    assert labelled_numbers(said, labels) == numbers


@pytest.mark.parametrize(
    "said",
    [  # fictional: each labelled arm's share, of its label or between the two labels
        "60% of group B were free of pain, compared with 20% of group A (p = 0.01)",
        "In group B 60% of adults had no pain as compared to 20% in group A (p = 0.01)",
        "In group B, 60% of adults had no pain, compared with 20% in group A (p = 0.01)",
    ],
)
def test_the_shares_labelled_arms_get(said: str) -> None:
    assert labelled_numbers(said, {"A": CMP, "B": INT}) == {INT: 60.0, CMP: 20.0}
    assert labelled_numbers(said, {"A": CMP, "B": CMP}) == {}  # no tested arm


@pytest.mark.parametrize(
    "said",
    [  # fictional: the labelled arms' values before them, or after them with their intervals
        "Pain was 3.0 (SD 1.1) and 5.1 (SD 1.2) in groups 1 and 2, respectively (p = 0.005)",
        "Pain in groups 1 and 2 was 3.0 (95% CI 2.1, 3.9) and 5.1 (95% CI 4.2, 6.0), respectively (p = 0.005)",
        "Pain in groups 1 and 2 was 3.0 [2.1–3.9] and 5.1 [4.2–6.0], respectively (p = 0.005)",
    ],
)
def test_labelled_arms_get_their_values_respectively_never_an_intervals_bounds(said: str) -> None:
    assert labelled_numbers(said, {"1": INT, "2": CMP}) == {INT: 3.0, CMP: 5.1}


@pytest.mark.parametrize("control_arm", [True, False])
def test_the_comparators_that_name_the_control_arm_come_from_the_vocabulary_file(
    tmp_path: Path, control_arm: bool
) -> None:
    """Fictional: a "mock drill" is the arm compared with where the techniques file says so."""
    vocabulary = vocabulary_with_comparator(tmp_path, "caries", "mock drill", control_arm=control_arm)
    methods = [
        "Children were divided into two groups: Group A treated by a mock drill and group B with a gel."
    ]
    expected = {"A": CMP, "B": INT} if control_arm else {}
    assert labelled_arms(methods, "A fictional gel for caries", vocabulary) == expected


@pytest.mark.parametrize(
    ("methods", "arms"),
    [
        (["Adults were randomized to receive fictolan 20 mg or placebin (control group)."], ({"fictolan"}, {"placebin"})),
        (["Adults were randomly assigned to usual care or fictolan twice daily."], ({"fictolan"}, {"usual", "care"})),
        (["Adults were randomized to fictolan or oral placebo."], ({"fictolan"}, {"placebo"})),
        (["Adults were randomized to fictolan or placebin."], (set(), set())),  # neither is the control
        # no control arm, but one arm is an active comparator of the vocabulary, the other none
        (["Adults were randomized to fictoball or relaxation."], ({"fictoball"}, {"relaxation"})),
        (["Adults were randomized to relaxation or fictoball for 8 weeks."], ({"fictoball"}, {"relaxation"})),
        (["Adults were randomized to exercise or stretching."], (set(), set())),  # both are comparators
        # how long the treatment was given, before its name, is no word of the arm
        (["Adults were randomized to a 12-week fictoball programme or a control group."], ({"fictoball", "programme"}, {"control"})),
        (["Adults were randomized to six weeks of fictoball or usual care."], ({"fictoball"}, {"usual", "care"})),
        (["Adults were randomized to placebo or sham."], (set(), set())),  # both are
        # an arm named by the treatment it went without is the control
        (["Adults were randomized to fictolan infusion or no infusion."], ({"fictolan"}, set())),
        (["Adults were randomly assigned to no supplement or fictolan capsules."], ({"fictolan", "capsules"}, {"supplement"})),
        # the first arm's short name or dose in brackets ends its name
        (["Adults were randomized to a ginger group (GG) or a control group (CG)."], ({"ginger"}, {"control"})),
        # an arm called only a group takes the treatment its bracket names; not a word naming an outcome
        (["Adults were randomized to an experimental group (fictoball training) or a control group (usual care)."], ({"experimental", "fictoball", "training"}, {"control"})),
        (["Adults were randomized to a control group (usual care) or an experimental group (fictoball)."], ({"experimental", "fictoball"}, {"control"})),
        (["Adults were randomized to an experimental group (balance training) or a control group."], ({"experimental", "training"}, {"control"})),
        (["Adults were randomized to an intervention group (IG) or a control group (CG)."], ({"intervention"}, {"control"})),
        (["Adults were randomized to fictolan (20 mg) or placebo."], ({"fictolan"}, {"placebo"})),
        # the comparator is the tested treatment under a control's word: the treatment's own words are
        # the tested arm's, the control's word the comparator's
        (["Adults were randomized to mirror therapy or sham mirror therapy."], ({"mirror"}, {"sham"})),
        # so too where the comparator names the tested treatment by the short name given it: that
        # name is no word of the comparator
        (["Adults were randomized to fictopressure (FP) or sham FP."], ({"fictopressure"}, {"sham"})),
        (["Adults were randomized to fictive stimulation (fSTIM) or sham fSTIM."], ({"fictive", "stimulation"}, {"sham"})),
        (["Adults were randomized to sham fictopuncture or fictopuncture."], ({"fictopuncture"}, {"sham"})),
        # so too where the tested arm's name joins the treatment to a word by a hyphen
        (["Adults were randomized to self-fictopressure or sham fictopressure."], ({"self-fictopressure"}, {"sham"})),
        # an acupoint's number is part of the arm's name, not a dose ending it; a tested arm left
        # unnamed leaves the treatment's word to neither arm
        (["Adults were randomized to P6 fictopressure or sham fictopressure."], ({"fictopressure"}, {"sham"})),
        (["Adults were randomized to 20 mg daily or sham fictopressure."], (set(), {"sham"})),
        # a dose before the treatment's name is no end of it
        (["Adults were randomized to 5% fictogel or sham fictopressure."], ({"fictogel"}, {"sham", "fictopressure"})),
        (["Adults were randomised to 20 mg fictoglip or placebo once daily."], ({"fictoglip"}, {"placebo"})),
        (["Adults were randomised to placebo or 40 mg of fictoglip."], ({"fictoglip"}, {"placebo"})),
        # plain saline is the placebo: a dose's decimal point ends no arm, and the amount the other
        # arm sets ("the same volume of") is no word of its name
        (["Adults were randomized to fictolan 0.5 mg or 0.9% saline."], ({"fictolan"}, {"saline"})),
        (["Adults were randomized to fictolan or 0.9% saline."], ({"fictolan"}, {"saline"})),
        # when the arm's treatment was given is no word of its name, nor is "normal" of plain saline
        (["Adults were randomized to fictolan or normal saline before incision."], ({"fictolan"}, {"saline"})),
        (["Adults were randomized to fictolan (2 mg/kg) or the same volume of normal saline."], ({"fictolan"}, {"saline"})),
        (["Adults were randomized to fictolan or an equal volume of 0.9% sodium chloride."], ({"fictolan"}, {"sodium", "chloride"})),
        # neither arm a control, one the vocabulary's technique: the other is what it was tested against
        (["Adults were randomized to reflexology or fictolol."], ({"reflexology"}, {"fictolol"})),
        (["Adults were randomized to fictolol or reflexology."], ({"reflexology"}, {"fictolol"})),
        # the comparator has no control's word of its own ("alone" names no arm): its words tell neither
        # arm, but what the tested arm had added to them names it
        (["Adults were randomized to exercise plus fictolan or exercise alone."], ({"fictolan"}, set())),
        (["Adults were randomized to exercise alone or exercise + fictolan gel."], ({"fictolan", "gel"}, set())),
        (["Adults were randomized to massage plus usual care or usual care alone."], (set(), set())),
        # both arms the same technique, one given a kind of its own: the kind is the one tested, not
        # another technique named beside the general one
        (["Adults were randomized to aromatherapy massage or plain massage with unscented lotion."], ({"aromatherapy"}, {"plain"})),
        (["Adults were randomized to plain massage or aromatherapy massage."], ({"aromatherapy"}, {"plain"})),
        (["Adults were randomized to foot reflexology or massage."], (set(), set())),
        # the arms each patient could receive, said without "randomized"
        (["Patients received fictolan or placebo for 4 months."], ({"fictolan"}, {"placebo"})),
        (["All patients received fictolan or placebin daily."], (set(), set())),
        # saline as nothing active, how it was given no arm's word
        (["Adults were randomised to intravenous fictolan 8 mg or saline at induction."], ({"intravenous", "fictolan"}, {"saline"})),
        (["Adults were randomised to fictolan or normal saline infusion."], ({"fictolan"}, {"saline"})),
        (["Adults were randomised to hypertonic saline or fictolan."], (set(), set())),
        # a crossover's two treatments, every one given both in random order
        (["Forty children received fictolan cream and placebo cream before two venepunctures in random order."], ({"fictolan"}, {"placebo"})),
        (["Twelve men received placebo and fictolan in a randomized order."], ({"fictolan"}, {"placebo"})),
        (["Twelve men received fictolan and mintarol together."], (set(), set())),
        # three or more arms listed, one of them the control: every other arm was tested against it
        (["Adults were randomly allocated to receive placebo (saline), fictolan (20 mg), mintarol (10 mg), or both."], ({"fictolan", "mintarol"}, {"placebo"})),
        (["Adults were randomized to placebo, fictolan 2.5 mg, fictolan 5 mg, or fictolan 10 mg daily."], ({"fictolan"}, {"placebo"})),
        (["Adults were randomized to placebo, fictolan, or mintarol."], ({"fictolan", "mintarol"}, {"placebo"})),
        (["Adults were randomized to fictolan, mintarol, or gingerine."], (set(), set())),  # no control among them
        (["Adults were randomized to fictolan, usual care, or placebo."], (set(), set())),  # two controls
        # a listed arm the vocabulary knows: the study's own treatment is known, the others compared with it
        (["Adults were randomized to receive massage (30 min), exercise (30 min), or usual care."], (set(), set())),
        # the same, a technique listed after another arm: the first arm is no more tested than any
        (["Adults were randomized to aquatic exercise, reflexology or a control group."], (set(), set())),
        (["Adults were randomized to aquatic exercise, reflexology, or no treatment."], (set(), set())),
    ],
)  # fmt: skip
def test_the_methods_randomized_arms_tell_the_tested_one_from_the_control(
    methods: list[str], arms: tuple[set[str], set[str]]
) -> None:
    assert randomized_arms(methods, VOCABULARY) == arms  # fictional


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # fictional: each arm's short name after its words, in brackets
        ("Adults were randomized to a ginger group (GG) or a control group (CG).", {"gg": "INT", "cg": "CMP"}),
        ("40 received ginger [ginger group, GG] and 42 served as controls [control group, CG].", {"gg": "INT", "cg": "CMP"}),
        ("Adults were assigned to the intervention group (IG) or the placebo group (PG).", {"ig": "INT", "pg": "CMP"}),
        # fictional: the short name before the arm's size
        ("Adults were randomized to the ginger group (GG; n = 30) or the control group (CG; n = 30).", {"gg": "INT", "cg": "CMP"}),
        ("Adults were randomized to two groups (ginger group, GG, n = 30; control group, CG, n = 30).", {"gg": "INT", "cg": "CMP"}),
        # fictional: no comparator's words, or a single arm, tell nothing
        ("Adults were randomized to a ginger group (GG) or a mint group (MG).", {}),
        ("Adults in the ginger group (GG) drank tea daily.", {}),
    ],
)  # fmt: skip
def test_arms_named_by_a_short_name_the_abstract_defines(text: str, roles: dict[str, str]) -> None:
    assert abbreviated_arms(text, load_vocabulary()) == roles


@pytest.mark.parametrize(
    ("text", "named"),
    [  # fictional: a short name in brackets after its arm's treatment
        ("Adults were randomized to massage (MG group) or sham (SG group).", {"MG": "massage", "SG": "sham"}),
        ("Adults were assigned to a massage (MG) or a sham (SG) group.", {"MG": "massage", "SG": "sham"}),
        ("Adults received either Swedish massage (MG) or usual care (UC).", {"MG": "massage", "UC": "usual care"}),
        # the arm's size after the short name, in the same bracket
        ("Adults were randomized to massage (MG, n = 20) or sham (SG; n=19).", {"MG": "massage", "SG": "sham"}),
        # the bracket names no word of the treatment, nor says it names a group: nothing
        ("Adults were given a mint tea (GT).", {}),
    ],
)  # fmt: skip
def test_a_short_name_in_brackets_after_a_treatment_names_its_arm(text: str, named: dict[str, str]) -> None:
    assert bracketed_arm_names(text) == named


@pytest.mark.parametrize(
    ("text", "read"),
    [  # fictional: an arm's short name standing alone is read as that arm's group
        ("pain decreased in the EG (p = 0.01)", "pain decreased in the EG group (p = 0.01)"),
        ("pain was lower in EG than in CG", "pain was lower in EG group than in CG group"),
        ("pain decreased in the EG group", "pain decreased in the EG group"),
        # names listed together give each arm's number, not a change in one
        (
            "pain was 3.1, 2.9 and 1.2 in EG, CG and UC respectively",
            "pain was 3.1, 2.9 and 1.2 in EG, CG and UC respectively",
        ),
        # "and" after a name, then a clause of the next arm's own, lists no names
        (
            "pain decreased in the EG and increased in the CG (p = 0.01)",
            "pain decreased in the EG group and increased in the CG group (p = 0.01)",
        ),
        ("pain was lower in the EG vs the CG", "pain was lower in the EG vs the CG group"),
        # a word in lower case is no short name
        ("the eg of the study", "the eg of the study"),
    ],
)
def test_an_arms_short_name_alone_is_read_as_its_group(text: str, read: str) -> None:
    assert short_names_as_groups(text, frozenset({"eg", "cg", "uc"})) == read


def test_a_change_in_an_arm_named_by_a_label_not_the_tested_arms_is_that_arms() -> None:
    labels = {"A": INT, "C": CMP}  # fictional: group A reflexology, group B relaxation, group C control
    assert labelled_comparator("fatigue did not change in group C", labels) == "group C"
    assert labelled_comparator("fatigue did not change in group B", labels) == "group B"
    assert labelled_comparator("fatigue decreased in group A", labels) is None
    assert labelled_comparator("fatigue decreased in groups A and C", labels) is None
    assert labelled_comparator("fatigue did not change in group C", {}) is None  # no arm labelled
    assert labelled_comparator("fatigue did not change", labels) is None


def test_a_result_between_labelled_arms_is_set_against_the_comparators_label() -> None:
    labels = {"F": INT, "M": CMP}  # fictional: group F fictolan, group M mintarol
    assert labelled_against("pain was higher in group M than in group F", labels) == "group M"
    assert labelled_against("the F group had less pain than the M group", labels) == "M group"
    assert labelled_against("pain was lower in group F", labels) is None  # no arm set against
    assert labelled_against("pain was lower in group F than in group B", labels) is None  # B left open


def test_a_title_giving_one_treatment_with_or_without_another_tests_the_other() -> None:
    title = "Physiotherapy with or without fictolan injections for spasticity"  # fictional
    assert title_arms(title) == ({"fictolan", "injections"}, set())


def test_labels_of_a_pair_without_the_tested_arm_are_untested_arms() -> None:
    labels = {"A": INT, "C": CMP}
    assert labels_of_untested_arms("no difference between group B and group C", labels)
    assert not labels_of_untested_arms("no difference between group A and group C", labels)
    assert not labels_of_untested_arms("no difference between group B and group C", {})


@pytest.mark.parametrize(
    ("title", "set_against"),
    [  # fictional
        ("Needle-guided versus freehand puncture for knee aspiration", True),
        ("Cold packs are superior to warm packs after ankle sprain", True),
        ("Knee aspiration via a lateral or a medial approach", False),  # a list of two arms
        ("Cold packs after ankle sprain", False),
    ],
)
def test_a_title_sets_its_tested_arm_against_its_comparator_by_versus_not_by_or(
    title: str, set_against: bool
) -> None:
    assert title_sets_arms_against(title) is set_against


@pytest.mark.parametrize(
    "methods",
    [  # fictional
        "Adults were randomized into two groups: group C received saline and group F received fictolan 5 mg.",
        "Group C received normal saline, while group F received fictolan 5 mg.",
        "Group C received 10 ml of normal saline or group F received fictolan 5 mg.",
    ],
)
def test_a_label_given_saline_is_the_comparator_where_its_definition_runs_on_to_the_next_labels(
    methods: str,
) -> None:
    assert labelled_arms([methods], "", VOCABULARY) == {"C": CMP, "F": INT}


def test_two_labels_given_treatments_respectively_are_both_seen_so_the_one_not_the_comparator_is_tested() -> (
    None
):
    methods = ["Groups A and B received saline and fictolan 5 mg, respectively."]  # fictional
    assert labelled_arms(methods, "Fictolan for cough: a fictional trial", VOCABULARY) == {"A": CMP, "B": INT}


@pytest.mark.parametrize(
    "methods",
    [  # fictional
        "Adults were allocated to group A, which received normal saline, or group B, which received fictolan.",
        "Sixty adults were randomized to group S, who received saline, and group F, who received fictolan.",
    ],
)
def test_a_label_people_were_assigned_to_is_defined_by_what_follows_it(methods: str) -> None:
    roles = labelled_arms([methods], "Fictolan for cough: a fictional trial", VOCABULARY)
    assert sorted(roles.values()) == [CMP, INT] and roles[methods.split("group ")[1][0]] == CMP


@pytest.mark.parametrize(
    "methods",
    [  # fictional
        "Adults were randomized to receive saline (group NS) or fictolan (group FIC).",
        "Adults were randomized to receive saline (the NS group) or fictolan (the FIC group).",
    ],
)
def test_a_short_label_in_brackets_after_to_receive_saline_is_the_comparator(methods: str) -> None:
    assert labelled_arms([methods], "Fictolan for cough: a fictional trial", VOCABULARY) == {
        "NS": CMP,
        "FIC": INT,
    }


@pytest.mark.parametrize(
    "methods",
    [  # fictional
        "Adults were randomized to group Z (zorbatan 0.5 mg/kg) or group F (fictolan 20 mg).",
        "Adults were randomized to group F (fictolan 20 mg; n = 30) or group Z (zorbatan 0.5 mg/kg; n = 30).",
    ],
)
def test_a_label_bracketed_with_a_treatment_and_its_dose_is_defined_by_the_treatment(methods: str) -> None:
    title = "Zorbatan versus fictolan for cough: a fictional trial"
    assert labelled_arms([methods], title, VOCABULARY) == {"Z": INT, "F": CMP}
