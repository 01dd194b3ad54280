"""What an outcome of a clause is read from: its lead-in, never the next outcome's."""

from __future__ import annotations

from harvester.extract.outcome_finding import lead_in


def test_a_lead_in_stops_before_the_next_outcomes_own_change_noun() -> None:
    clause = "Massage gave a significant decrease in pain and anxiety and a significant increase in sleep quality"  # fictional
    lead, end = clause.index(" and anxiety"), clause.index("sleep quality")
    assert lead_in(clause, lead, end) == "significant decrease in pain and anxiety"


def test_a_lead_in_of_its_own_is_kept() -> None:
    clause = "Massage gave less pain and an increase of walking speed (p = 0.01)"  # fictional
    lead = clause.index(" and an increase")
    assert lead_in(clause, lead, len(clause)) == " and an increase of walking speed (p = 0.01)"
