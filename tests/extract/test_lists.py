"""Measures outside the vocabulary that share a clause's result with the outcomes listed beside
them (fictional clauses, written for these tests)."""

from __future__ import annotations

from harvester.extract.lists import listed_with
from harvester.extract.vocabulary import DomainMatch


def _at(clause: str, words: str, domain: str = "other") -> DomainMatch:
    start = clause.index(words)
    return DomainMatch(
        domain, words, start, start + len(words), "lower_is_better" if domain == "pain" else ""
    )


def test_items_before_and_after_a_named_outcome_are_listed_with_it() -> None:
    clause = "The VAS, KOOS and pain improved, as did hand dexterity"
    kept, listed = listed_with(
        clause, [_at(clause, "pain", "pain")], [_at(clause, "VAS"), _at(clause, "KOOS")]
    )
    assert [m.measure for m in kept] == ["VAS", "KOOS", "pain"]
    assert listed == []


def test_a_measure_outside_the_list_is_not_kept() -> None:
    clause = "Pain improved in the massage group of the clinic trial"
    kept, _ = listed_with(clause, [_at(clause, "Pain", "pain")], [_at(clause, "clinic trial")])
    assert [m.measure for m in kept] == ["Pain"]


def test_an_open_list_around_a_named_outcome_shares_its_domain() -> None:
    before = "no differences in response rates, CRP or pain"
    _, listed = listed_with(
        before, [_at(before, "pain", "pain")], [_at(before, "response rates, CRP or pain")]
    )
    assert [(m.measure, domain) for m, domain in listed] == [("response rates, CRP", "pain")]
    after = "no differences in fatigue, pain and hand dexterity"
    named = [_at(after, "fatigue", "fatigue"), _at(after, "pain", "pain")]
    _, listed = listed_with(after, named, [_at(after, "fatigue, pain and hand dexterity")])
    assert [(m.measure, domain) for m, domain in listed] == [("hand dexterity", "pain")]


def test_a_word_of_kind_before_a_named_outcome_names_its_kind_of_that_outcome() -> None:
    kinds = "static and dynamic balance"
    _, listed = listed_with(
        kinds, [_at(kinds, "dynamic balance", "balance")], [_at(kinds, "static and dynamic balance")]
    )
    assert [(m.measure, m.domain, domain) for m, domain in listed] == [
        ("static balance", "balance", "balance")
    ]
    measures = "cortisol and dynamic balance"  # a measure of its own, its good side known
    _, listed = listed_with(
        measures,
        [_at(measures, "dynamic balance", "balance")],
        [_at(measures, "cortisol and dynamic balance")],
    )
    assert [(m.measure, m.domain, domain) for m, domain in listed] == [("cortisol", "other", "balance")]


def test_a_list_in_the_complement_of_a_named_outcome_lists_places_not_measures() -> None:
    clause = "range of motion of the knee and ankle"
    _, listed = listed_with(
        clause, [_at(clause, "range of motion", "range_of_motion")], [_at(clause, clause)]
    )
    assert listed == []


def test_things_that_happened_each_to_its_share_of_people_are_one_list() -> None:
    clause = "In the control group, pain occurred in 10% of patients, cramps in 8%, and bruising in 16%"
    kept, _ = listed_with(
        clause, [_at(clause, "pain", "pain")], [_at(clause, "cramps"), _at(clause, "bruising")]
    )
    assert [m.measure for m in kept] == ["pain", "cramps", "bruising"]


def test_an_item_after_its_list_s_preposition_said_again_is_listed_with_the_named_one() -> None:
    clause = "no differences in pain or in use of analgesics"
    kept, _ = listed_with(clause, [_at(clause, "pain", "pain")], [_at(clause, "use of analgesics")])
    assert [m.measure for m in kept] == ["pain", "use of analgesics"]


def test_a_subject_of_its_own_after_a_comma_and_its_lead_in_words_is_listed_too() -> None:
    clause = "pain scores were lower (p < 0.01), and the number of nausea episodes was lower"
    kept, _ = listed_with(clause, [_at(clause, "pain", "pain")], [_at(clause, "nausea episodes")])
    assert [m.measure for m in kept] == ["pain", "nausea episodes"]


def test_a_preposition_that_did_not_open_the_list_joins_no_item() -> None:
    clause = "pain at rest and on coughing was lower"
    kept, _ = listed_with(clause, [_at(clause, "pain", "pain")], [_at(clause, "coughing")])
    assert [m.measure for m in kept] == ["pain"]


def test_a_first_item_named_at_length_still_joins_the_list_after_it() -> None:
    clause = "Pain scores at rest or while walking slowly, patient satisfaction and appetite did not differ"
    kept, _ = listed_with(
        clause,
        [_at(clause, "Pain", "pain")],
        [_at(clause, "patient satisfaction"), _at(clause, "appetite")],
    )
    assert [m.measure for m in kept] == ["Pain", "patient satisfaction", "appetite"]


def test_items_each_with_their_own_comparative_are_one_list() -> None:
    clause = (  # fictional: an arm's list, each item after its own comparative
        "The massage group had a lower resting heart rate (p = 0.008), a higher pain threshold (p = 0.01) "
        "and required a lower dose of analgesics (p = 0.001) compared with the usual care group"
    )
    kept, _ = listed_with(
        clause,
        [_at(clause, "pain threshold", "pain")],
        [_at(clause, "resting heart rate"), _at(clause, "dose of analgesics")],
    )
    assert [m.measure for m in kept] == ["resting heart rate", "pain threshold", "dose of analgesics"]


def test_a_measure_after_a_comparative_of_another_statement_is_not_listed() -> None:
    clause = "Pain was lower in the massage group, which had higher session counts"  # fictional
    kept, _ = listed_with(clause, [_at(clause, "Pain", "pain")], [_at(clause, "session counts")])
    assert [m.measure for m in kept] == ["Pain"]


def test_items_each_with_their_own_change_noun_are_one_list() -> None:
    clause = (  # fictional: the first item outside the vocabulary, the second in it
        "The massage group showed a significant reduction in agitation and a significant increase in "
        "self-esteem compared with the control group"
    )
    kept, _ = listed_with(clause, [_at(clause, "self-esteem", "self_esteem")], [_at(clause, "agitation")])
    assert [m.measure for m in kept] == ["agitation", "self-esteem"]


def test_items_before_a_named_outcome_told_with_its_kind_word_are_listed_with_it() -> None:
    clause = "Trunk control, core stability and dynamic balance improved"
    kept, _ = listed_with(
        clause,
        [_at(clause, "balance", "balance")],
        [_at(clause, "Trunk control"), _at(clause, "core stability"), _at(clause, "dynamic balance")],
    )
    assert [m.measure for m in kept] == ["Trunk control", "core stability", "balance"]


def test_open_items_between_two_named_outcomes_share_the_list_s_result() -> None:
    clause = "no differences in fatigue, body weight, waist circumference or pain"
    named = [_at(clause, "fatigue", "fatigue"), _at(clause, "pain", "pain")]
    _, listed = listed_with(clause, named, [_at(clause, "fatigue, body weight, waist circumference or pain")])
    assert [(m.measure, domain) for m, domain in listed] == [
        ("body weight", "pain"),
        ("waist circumference", "pain"),
    ]


def test_words_between_two_named_outcomes_that_say_when_name_no_item() -> None:
    clause = "no differences in fatigue, at rest or on walking, and pain"
    named = [_at(clause, "fatigue", "fatigue"), _at(clause, "pain", "pain")]
    _, listed = listed_with(clause, named, [_at(clause, "fatigue, at rest or on walking, and pain")])
    assert listed == []
