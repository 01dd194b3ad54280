"""The digest's view model: what is new, how studies are ranked, grouped and counted."""

from __future__ import annotations

import dataclasses

import pytest

from harvester.errors import InputError
from harvester.extract.types import Evidence, Finding
from harvester.models import StatusChange
from harvester.report.view import DIRECTION_COLOURS, build_view, finding_text
from support.report_samples import (
    EXTRACTIONS,
    HOSTILE,
    NO_ABSTRACT,
    PILOT,
    RCT,
    RECORDS,
    RETRACTED,
    REVIEW,
    sample_digest,
)


def _counts(outcome):
    return {c.direction: c.count for c in outcome.counts}


def test_new_this_month_is_by_entrez_date_strongest_design_first_and_retracted_last():
    view = build_view(sample_digest())
    assert [s.pmid for s in view.new_studies] == [
        RCT.pmid,
        PILOT.pmid,
        HOSTILE.pmid,
        NO_ABSTRACT.pmid,
        RETRACTED.pmid,
    ]
    assert REVIEW.pmid not in {s.pmid for s in view.new_studies}  # entered PubMed in 2024


def test_every_record_is_a_study_sorted_by_numeric_pmid():
    view = build_view(sample_digest())
    assert [s.pmid for s in view.studies] == [
        REVIEW.pmid,
        RCT.pmid,
        PILOT.pmid,
        RETRACTED.pmid,
        HOSTILE.pmid,
        NO_ABSTRACT.pmid,
    ]


def test_focus_outcomes_come_first_even_without_studies_then_the_rest_by_label():
    view = build_view(sample_digest())
    assert [o.domain for o in view.outcomes] == [
        "spasticity",
        "fatigue",
        "urinary",
        "anxiety",
        "depression",
        "pain",
        "quality_of_life",
    ]
    assert [o.focus for o in view.outcomes][:4] == [True, True, True, False]
    assert view.outcomes[-1].label == "quality of life"
    assert view.outcomes[2].studies == ()


def test_outcome_counts_leave_retracted_studies_out_but_list_them_last():
    pain = next(o for o in build_view(sample_digest()).outcomes if o.domain == "pain")
    assert _counts(pain) == {"improved": 1, "worsened": 0, "no_difference": 0, "unclear": 1}
    assert [e.study.pmid for e in pain.studies] == [PILOT.pmid, HOSTILE.pmid, RETRACTED.pmid]
    assert pain.studies[-1].study.retracted


def test_a_study_with_mixed_results_counts_under_each_direction_it_reported():
    extraction = EXTRACTIONS[RCT.pmid]
    mixed = dataclasses.replace(
        extraction,
        findings=(
            extraction.findings[0],
            dataclasses.replace(extraction.findings[0], direction="no_difference", timepoint="12 weeks"),
        ),
    )
    view = build_view(sample_digest(extractions={**EXTRACTIONS, RCT.pmid: mixed}))
    spasticity = view.outcomes[0]
    assert _counts(spasticity)["improved"] == 1 and _counts(spasticity)["no_difference"] == 1
    assert spasticity.studies[0].directions == ("improved", "no_difference")


def test_finding_lines_read_as_plain_sentences():
    rct = next(s for s in build_view(sample_digest()).studies if s.pmid == RCT.pmid)
    assert rct.findings[0].text == (
        "Spasticity (Modified Ashworth Scale): improved vs sham, P = 0.03, end of treatment"
    )
    assert rct.findings[1].text == "Fatigue: no difference vs sham, end of treatment"
    hedged = Finding("pain", "pain", "unclear", "within_group", "8 weeks", Evidence("x", 0, 1), hedged=True)
    assert finding_text(hedged, {}) == "Pain: unclear result within the group (tentative wording), 8 weeks"


def test_outcomes_outside_the_vocabulary_are_listed_by_measure_after_the_vocabularys():
    extraction = EXTRACTIONS[RCT.pmid]
    spasticity = extraction.findings[0]
    others = (
        dataclasses.replace(spasticity, domain="other", measure="serum cortisol", direction="improved"),
        dataclasses.replace(
            spasticity, domain="other", measure="Plasma zinc", direction="not_applicable", change="increased"
        ),
        dataclasses.replace(spasticity, domain="other", measure="Serum cortisol", direction="no_difference"),
    )
    view = build_view(
        sample_digest(extractions={**EXTRACTIONS, RCT.pmid: dataclasses.replace(extraction, findings=others)})
    )
    listed = [(o.domain, o.label) for o in view.outcomes if o.domain.startswith("other")]
    assert listed == [
        ("other-plasma-zinc", "Other outcomes: Plasma zinc"),
        ("other-serum-cortisol", "Other outcomes: Serum cortisol"),
    ]
    assert [o.domain for o in view.outcomes][-2:] == ["other-plasma-zinc", "other-serum-cortisol"]
    cortisol = next(o for o in view.outcomes if o.domain == "other-serum-cortisol")
    assert _counts(cortisol)["improved"] == 1 and _counts(cortisol)["no_difference"] == 1
    zinc = next(o for o in view.outcomes if o.domain == "other-plasma-zinc")
    assert zinc.studies[0].findings[0].text.startswith("Plasma zinc: increased vs sham")
    assert sum(c.count for c in zinc.counts) == 0  # no good side: counted under no direction


def test_an_other_outcomes_section_is_titled_by_the_whole_measure_even_with_a_colon_in_it():
    extraction = EXTRACTIONS[RCT.pmid]
    ratio = dataclasses.replace(extraction.findings[0], domain="other", measure="ratio 2:1 responders")
    view = build_view(
        sample_digest(
            extractions={**EXTRACTIONS, RCT.pmid: dataclasses.replace(extraction, findings=(ratio,))}
        )
    )
    section = next(o for o in view.outcomes if o.domain.startswith("other"))
    assert section.label == "Other outcomes: Ratio 2:1 responders"


def test_quotes_carry_the_evidence_offsets_into_the_abstract():
    for study in build_view(sample_digest()).studies:
        for line in study.findings:
            assert study.record.abstract_text[line.quote.start : line.quote.end] == line.quote.text
            assert line.colour == DIRECTION_COLOURS[line.direction]


def test_flow_counts_records_through_each_stage():
    view = build_view(sample_digest())
    assert [(step.label, step.count) for step in view.flow] == [
        ("Matched in PubMed", "42"),
        ("Records stored", "6"),
        ("With an abstract", "5"),
        ("With findings", "5"),
        ("New this month", "5"),
    ]
    assert build_view(sample_digest(matched_count=None)).flow[0].count == "not searched"


def test_evidence_map_has_a_mark_per_outcome_intervention_and_direction_without_retractions():
    evidence_map = build_view(sample_digest()).evidence_map
    assert [c.text for c in evidence_map.columns] == ["<b>kneading</b>", "massage", "reflexology"]
    assert [r.text for r in evidence_map.rows] == [
        "spasticity",
        "fatigue",
        "anxiety",
        "depression",
        "pain",
        "quality of life",
    ]
    titles = [m.title for m in evidence_map.marks]
    assert len(titles) == 7
    assert "pain x massage: 1 study found improvement" not in titles  # only the retracted trial
    assert "pain x reflexology: 1 study found unclear" in titles
    assert evidence_map.description == "; ".join(titles)


def test_evidence_map_marks_grow_with_the_number_of_studies():
    second = dataclasses.replace(RCT, pmid="10000010")
    extraction = dataclasses.replace(EXTRACTIONS[RCT.pmid], pmid="10000010")
    view = build_view(
        sample_digest(records=(*RECORDS, second), extractions={**EXTRACTIONS, "10000010": extraction})
    )
    marks = {m.title: m.r for m in view.evidence_map.marks}
    assert (
        marks["spasticity x massage: 2 studies found improvement"]
        > marks["anxiety x reflexology: 1 study found improvement"]
    )


def test_retracted_and_corrected_records_are_flagged_and_status_changes_sorted():
    changes = (
        StatusChange(REVIEW.pmid, "2025-03-30T09:00:00Z", 7, False, False, (), ("ErratumIn Fict Rev",)),
        StatusChange(RETRACTED.pmid, "2025-03-25T09:00:00Z", 6, False, True, (), ()),
    )
    view = build_view(sample_digest(status_changes=changes))
    assert [s.pmid for s in view.flagged] == [REVIEW.pmid, RETRACTED.pmid]
    assert view.flagged[0].corrections == ("Erratum in: Fict Rev. 2025;30(2):99",)
    assert [c.text for c in view.status_changes] == [
        "2025-03-25: PMID 10000004 retracted",
        "2025-03-30: PMID 9000003 new link: ErratumIn Fict Rev",
    ]
    assert view.status_changes[0].study.pmid == RETRACTED.pmid


def test_records_without_extraction_or_abstract_still_appear():
    letter = next(s for s in build_view(sample_digest()).studies if s.pmid == NO_ABSTRACT.pmid)
    assert (letter.design, letter.size, letter.has_abstract, letter.findings) == (
        "",
        "size not stated",
        False,
        (),
    )
    assert build_view(sample_digest()).extractor_versions == ("rules-1.0",)


def test_a_malformed_month_is_an_input_error():
    with pytest.raises(InputError, match="2025-3"):
        build_view(sample_digest(month="2025-3"))


def test_a_change_within_the_comparator_arm_names_that_arm_as_the_abstract_does():
    sham = Finding(
        "pain", "pain", "no_difference", "within_group", "8 weeks", Evidence("x", 0, 1), comparator="sham"
    )
    labelled = dataclasses.replace(sham, comparator="group C")
    assert finding_text(sham, {}) == "Pain: no difference within the sham group, 8 weeks"
    assert finding_text(labelled, {}) == "Pain: no difference within group C, 8 weeks"
