"""What an outcome of a clause is read from: its lead-in, never the next outcome's."""

from __future__ import annotations

import pytest

from harvester.extract.outcome_finding import lead_in, own_statements
from harvester.extract.vocabulary import DomainMatch


def test_a_lead_in_stops_before_the_next_outcomes_own_change_noun() -> None:
    clause = "Massage gave a significant decrease in pain and anxiety and a significant increase in sleep quality"  # fictional
    lead, end = clause.index(" and anxiety"), clause.index("sleep quality")
    assert lead_in(clause, lead, end) == "significant decrease in pain and anxiety"


def test_a_lead_in_of_its_own_is_kept() -> None:
    clause = "Massage gave less pain and an increase of walking speed (p = 0.01)"  # fictional
    lead = clause.index(" and an increase")
    assert lead_in(clause, lead, len(clause)) == " and an increase of walking speed (p = 0.01)"


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
