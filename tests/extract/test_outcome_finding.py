"""What an outcome of a clause is read from: its lead-in, never the next outcome's."""

from __future__ import annotations

import pytest

from harvester.extract import load_vocabulary
from harvester.extract.outcome_finding import (
    _NEXT_LEAD_IN,
    _next_lead_in,
    _without_another_outcome,
    lead_in,
    own_statements,
)
from harvester.extract.vocabulary import DomainMatch


def test_a_lead_in_stops_before_the_next_outcomes_own_change_noun() -> None:
    clause = "Massage gave a significant decrease in pain and anxiety and a significant increase in sleep quality"  # fictional
    lead, end = clause.index(" and anxiety"), clause.index("sleep quality")
    assert lead_in(clause, lead, end) == "significant decrease in pain and anxiety"


def test_a_lead_in_of_its_own_is_kept() -> None:
    clause = "Massage gave less pain and an increase of walking speed (p = 0.01)"  # fictional
    lead = clause.index(" and an increase")
    assert lead_in(clause, lead, len(clause)) == " and an increase of walking speed (p = 0.01)"


def test_a_lead_in_keeps_the_word_that_sizes_its_change_noun() -> None:
    clause = "The exercise group had significantly less increase in depression and fatigue than controls"  # fictional
    lead, end = clause.index(" and fatigue"), len(clause)
    assert lead_in(clause, lead, end) == "significantly less increase in depression and fatigue than controls"


def test_the_earlier_outcomes_bracket_is_no_lead_in_of_the_next() -> None:
    clause = (  # fictional
        "Hippotherapy improved balance (mean difference 2.3, 95% CI 0.8 to 3.9) and fatigue"
        " (-0.9, 95% CI -1.5 to -0.3)"
    )
    lead = clause.index(" (mean")
    assert lead_in(clause, lead, len(clause)) == clause[len("Hippotherapy ") :]  # from "improved", not 2.3
    # so too the rest of a bracket the earlier outcome's instrument opened
    named = clause.replace("(mean", "(Berg Balance Scale, mean")
    lead = named.index(", mean")
    assert lead_in(named, lead, len(named)) == named[len("Hippotherapy ") :]
    # a lead-in of its own after that bracket is still its own
    own = clause.replace("and fatigue", "and a decrease in fatigue")
    lead = own.index(" (mean")
    assert lead_in(own, lead, len(own)) == " and a decrease in fatigue (-0.9, 95% CI -1.5 to -0.3)"


def _mentions(clause: str, *names: str) -> list[DomainMatch]:
    return [
        DomainMatch(name, name, clause.index(name), clause.index(name) + len(name), "lower_is_better")
        for name in names
    ]


@pytest.mark.parametrize(
    ("clause", "first", "second"),
    [
        # fictional: the words after the first outcome's p-value still name its arms
        (
            "pain was lower (p < 0.001) in the oilrub group than in the sham group, and fatigue rose (p = 0.02)",
            "pain was lower (p < 0.001) in the oilrub group than in the sham group",
            ", and fatigue rose (p = 0.02)",
        ),
        (
            "pain fell (p = 0.01) compared with sham, and fatigue rose (p = 0.02) after oilrub",
            "pain fell (p = 0.01) compared with sham",
            ", and fatigue rose (p = 0.02) after oilrub",
        ),
        # fictional: the p-value closes the first statement, the next opens on its outcome
        (
            "pain fell (p = 0.01) and fatigue rose (p = 0.02) in the oilrub group than in the sham group",
            "pain fell (p = 0.01",
            ") and fatigue rose (p = 0.02) in the oilrub group than in the sham group",
        ),
    ],
)
def test_a_statement_goes_on_after_its_p_value_to_the_arms_it_names(
    clause: str, first: str, second: str
) -> None:
    parts = own_statements(clause, _mentions(clause, "pain", "fatigue"), frozenset())
    assert (parts["pain"], parts["fatigue"]) == (first, second)


def test_a_bare_comparative_after_a_comparison_is_compared_as_before() -> None:
    clause = "pain was lower (p < 0.001) in the oilrub group than in the sham group, and fatigue was lower too."  # fictional
    parts = own_statements(clause, _mentions(clause, "pain", "fatigue"), frozenset())
    assert parts["fatigue"] == clause


@pytest.mark.parametrize(
    "clause",
    [  # fictional: the arm the list's result favours, named after its last item, is every item's
        "Significant improvements were seen in pain and fatigue in favour of the stretching group (p = 0.01)",
        "Significant improvements were seen in pain and fatigue, favouring the stretching group (p = 0.01)",
    ],
)
def test_an_arm_favoured_after_a_list_is_no_statement_of_the_last_items_own(clause: str) -> None:
    parts = own_statements(clause, _mentions(clause, "pain", "fatigue"), frozenset())
    assert parts["pain"] == parts["fatigue"] == clause


def test_the_last_item_with_a_result_of_its_own_is_its_own_statement() -> None:
    clause = "pain fell significantly in the stretching group and fatigue rose in the control group (p = 0.04)"  # fictional
    parts = own_statements(clause, _mentions(clause, "pain", "fatigue"), frozenset())
    assert parts["fatigue"] == " and fatigue rose in the control group (p = 0.04)"


def _within(methods: str, results: str) -> set[tuple[str, str, str | None]]:
    """(measure, change, arm) of each change within an arm read from a fictional abstract."""
    from harvester.extract import extract, load_vocabulary
    from harvester.models import AbstractSection, Record

    record = Record(
        pmid="1",
        title="A fictional trial",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=results, label="RESULTS"),
        ),
    )
    return {
        (f.measure.lower(), f.change, f.comparator)
        for f in extract(record, load_vocabulary()).findings
        if f.comparison == "within_group"
    }


@pytest.mark.parametrize(
    "methods",
    [
        "Sixty patients were randomized to massage or acupuncture.",
        "Sixty patients were randomized to massage, acupuncture, or usual care.",
    ],
)
def test_the_other_active_arms_own_change_is_kept_as_that_arms(methods: str) -> None:
    # fictional: the other active arm's change within itself, beside the tested arm's; it was left
    # out, lest it be taken for the tested arm's
    found = _within(
        methods,
        "Pain decreased in the acupuncture group (p = 0.01). Anxiety did not change in the acupuncture group.",
    )
    assert ("pain", "decreased", "acupuncture") in found
    assert not [f for f in found if f[2] is None]
    both = _within(
        methods,
        "Pain decreased in the acupuncture group (p = 0.01). Pain decreased in the massage group (p = 0.001).",
    )
    assert both == {("pain", "decreased", "acupuncture"), ("pain", "decreased", None)}


@pytest.mark.parametrize(
    "text",
    [
        "decreased pain and an increase in ",  # fictional: a lead-in, then the next name
        "lower fatigue (p = 0.01) and a higher ",
        "decreased pain and an increase in\n",
        "decreased pain and an increase in",  # no space after it: no lead-in at the end
        "decreased pain and an increase in anxiety",
        "decreased pain (p = 0.02) ",
        "",
    ],
)
def test_the_next_lead_in_is_looked_for_only_where_a_space_ends_the_text(text: str) -> None:
    found = _next_lead_in(text)
    expected = _NEXT_LEAD_IN.search(text)
    assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("text", "left"),
    [  # fictional: another outcome set against is left out; an arm's name is not
        ("balance improved more than fatigue did in the yoga group", "balance improved in the yoga group"),
        ("fatigue improved more in the yoga group than in the balance training group", None),
        ("fatigue improved more in the yoga group than in controls", None),
    ],
)  # fmt: skip
def test_another_outcome_set_against_is_no_arm(text: str, left: str | None) -> None:
    assert _without_another_outcome(text, load_vocabulary(), lambda word: None) == (left or text)
