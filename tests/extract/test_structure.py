"""Abstract structure: which part of the abstract (background, methods, results, conclusions)
each sentence belongs to, from its section label or, without one, from its wording."""

from __future__ import annotations

import pytest

from harvester.extract import extract
from harvester.extract.structure import abstract_sentences, label_role, p_values
from harvester.models import AbstractSection, Record


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("BACKGROUND", "background"),
        ("OBJECTIVE", "methods"),
        ("RESULTS", "results"),
        ("CONCLUSIONS", "conclusions"),
        ("MATERIALS AND METHODS", "methods"),
        ("PATIENTS AND METHODS", "methods"),
        ("RESULTS AND CONCLUSIONS", "results"),
        ("MAIN RESULTS", "results"),
        ("CONCLUSIONS AND RELEVANCE", "conclusions"),
        ("BACKGROUND AND AIMS", "background"),
        ("STUDY DESIGN", "methods"),
        ("CLINICAL SIGNIFICANCE", "conclusions"),
        ("DISCUSSION", "conclusions"),
        # fictional: advice on what to do next, not what was found
        ("IMPLICATIONS FOR PRACTICE", "background"),
        ("RELEVANCE TO CLINICAL PRACTICE", "background"),
        ("PRACTICE IMPLICATIONS", "background"),
        ("CONCLUSIONS AND RELEVANCE", "conclusions"),
    ],
)
def test_a_section_label_gives_its_sentences_a_role(label: str, role: str) -> None:
    assert label_role(label) == role


@pytest.mark.parametrize(
    "label",
    [
        "",
        "SUMMARY",
        "AVAILABILITY",
        "SUPPLEMENTARY INFORMATION",
        "METHODS AND RESULTS",
        "METHODS AND FINDINGS",
    ],
)
def test_a_label_that_names_no_part_or_two_leaves_the_role_to_the_wording(label: str) -> None:
    assert label_role(label) is None


def test_a_methods_and_findings_section_holds_plans_and_results_even_filed_under_methods() -> None:
    fictional = Record(
        pmid="1",
        title="A fictional trial of widget therapy",
        abstract=(
            AbstractSection("Widget therapy for fictional knee pain.", "BACKGROUND", "BACKGROUND"),
            AbstractSection(
                "Eighty fictional adults were randomised to widget therapy or usual care. "
                "Stiffness was significantly lower with widget therapy than with usual care (p = 0.01).",
                "METHODS AND FINDINGS",
                "METHODS",
            ),
        ),
    )
    sentences = abstract_sentences(fictional)
    assert [s.role for s in sentences] == ["background", "methods", "results"]
    (finding,) = extract(fictional).findings
    assert (finding.measure, finding.direction, finding.comparison) == (
        "Stiffness",
        "improved",
        "between_groups",
    )


SECTIONS = (
    (
        "BACKGROUND AND AIMS",
        "BACKGROUND",
        "Earlier trials reported that massage reduced pain significantly (p < 0.05).",
    ),
    (
        "PATIENTS AND METHODS",
        "METHODS",
        "Forty fictional people with multiple sclerosis received massage or usual care for six weeks.",
    ),
    (
        "MAIN RESULTS",
        "RESULTS",
        "Fatigue decreased significantly in the massage group compared with usual care (p = 0.01).",
    ),
    ("CONCLUSIONS AND RELEVANCE", "CONCLUSIONS", "Massage may ease fatigue in multiple sclerosis."),
)


def record(with_categories: bool) -> Record:
    return Record(
        pmid="1",
        title="A fictional trial of massage for fatigue in multiple sclerosis",
        abstract=tuple(
            AbstractSection(text, label, category if with_categories else None)
            for label, category, text in SECTIONS
        ),
    )


def test_medline_labels_without_nlm_categories_are_read_as_the_xml_categories_are() -> None:
    medline, xml = record(with_categories=False), record(with_categories=True)

    assert [s.role for s in abstract_sentences(medline)] == [
        "background",
        "methods",
        "results",
        "conclusions",
    ]
    assert [s.role for s in abstract_sentences(medline)] == [s.role for s in abstract_sentences(xml)]
    assert extract(medline).findings == extract(xml).findings
    assert {f.domain for f in extract(medline).findings} == {"fatigue"}  # not the background's pain


def test_an_unlabelled_sentence_reporting_an_interval_or_that_nothing_happened_is_a_result() -> None:
    fictional = Record(
        pmid="1",
        title="A fictional trial of widget therapy",
        abstract=(
            AbstractSection(
                "Widget therapy is widely used for fictional knee pain. "
                "Eighty fictional adults were randomised to widget therapy or usual care. "
                "The hazard ratio for knee surgery with widget therapy was 1.13 (95% confidence interval 0.68-1.89). "
                "No skin irritation was observed throughout the study. "
                "Widget therapy did not affect the risk of falls. "
                "Widget therapy deserves further study."
            ),
        ),
    )
    roles = [s.role for s in abstract_sentences(fictional)]
    assert roles[2:] == ["results", "results", "results", "conclusions"]


def test_an_unlabelled_sentence_saying_an_outcome_was_impaired_or_restored_is_a_result() -> None:
    fictional = Record(
        pmid="1",
        abstract=(
            AbstractSection(
                "Night shifts disturb the sleep of fictional nurses. "
                "Sixty nurses with impaired sleep were randomised to massage or usual care. "
                "Sleep quality was impaired in the usual care group. "
                "Massage did not compromise alertness. "
                "Reflexology normalised heart rate variability. "
                "Massage deserves further study."
            ),
        ),
    )
    roles = [s.role for s in abstract_sentences(fictional)]
    assert roles[1:] == ["methods", "results", "results", "results", "conclusions"]


def test_an_unlabelled_abstract_opens_with_background_before_its_methods() -> None:
    text = (  # fictional
        "Warm compresses reduce neck pain. Forty adults were randomized to warm compresses or usual "
        "care, and neck pain was measured at 6 weeks. Neck pain was lower with warm compresses (p = 0.04). "
        "Warm compresses reduce neck pain."
    )
    sentences = abstract_sentences(Record(pmid="1", title="", abstract=(AbstractSection(text=text),)))
    assert [s.role for s in sentences] == ["background", "methods", "results", "conclusions"]


@pytest.mark.parametrize(
    ("said", "role"),
    [  # fictional: a change held back, in the past tense, is a result; what a therapy may do is not
        ("Warm compresses prevented the rise in neck pain.", "results"),
        ("Warm compresses halted the loss of neck mobility.", "results"),
        ("Warm compresses may prevent falls.", "background"),
    ],
)
def test_an_unlabelled_change_held_back_is_a_result(said: str, role: str) -> None:
    text = f"Forty adults were randomized to warm compresses or usual care. {said}"
    sentences = abstract_sentences(Record(pmid="1", title="", abstract=(AbstractSection(text=text),)))
    assert [s.role for s in sentences] == ["methods", role]


@pytest.mark.parametrize(
    ("said", "role"),
    [  # fictional: the outcomes measured, listed by their good side, are the methods
        ("Outcomes included pain reduction, improved sleep and decreased anxiety.", "methods"),
        ("The outcomes of interest were pain relief and improved sleep quality.", "methods"),
        ("The primary outcome was reduction in neck pain.", "methods"),
        # fictional: outcomes said to have changed, or not, are results
        ("Secondary outcomes were significantly improved with warm compresses.", "results"),
        ("The primary outcome was lower with warm compresses than with usual care.", "results"),
        ("Secondary outcomes were similar in both groups.", "results"),
    ],
)
def test_an_unlabelled_list_of_the_outcomes_measured_is_the_methods(said: str, role: str) -> None:
    text = f"Forty adults were randomized to warm compresses or usual care. {said} Neck pain fell (p = 0.04)."
    sentences = abstract_sentences(Record(pmid="1", title="", abstract=(AbstractSection(text=text),)))
    assert [s.role for s in sentences] == ["methods", role, "results"]


def test_an_unlabelled_randomization_sentence_is_the_methods() -> None:
    text = (  # fictional
        "Warm compresses may help ease neck pain. Forty adults were randomized to warm compresses or "
        "usual care. Neck pain was lower with warm compresses (p = 0.04)."
    )
    sentences = abstract_sentences(Record(pmid="1", title="", abstract=(AbstractSection(text=text),)))
    assert [s.role for s in sentences] == ["background", "methods", "results"]


@pytest.mark.parametrize(
    "design",
    [  # fictional: who was studied, told in the active voice or as who took part
        "We randomised 40 adults to warm compresses or usual care.",
        "Forty adults with neck pain took part.",
        "Forty adults were enrolled from two clinics.",
    ],
)
def test_an_unlabelled_design_sentence_in_any_voice_is_the_methods(design: str) -> None:
    text = f"Neck pain is common and reduces quality of life. {design} Neck pain was lower with warm compresses (p = 0.04)."
    sentences = abstract_sentences(Record(pmid="1", title="", abstract=(AbstractSection(text=text),)))
    assert [s.role for s in sentences] == ["background", "methods", "results"]


def test_an_unlabelled_abstract_opening_with_a_belief_opens_with_background_without_methods() -> None:
    text = (  # fictional
        "Warm compresses may help ease neck pain. Warm compresses are thought to relax muscles. "
        "Neck pain fell after warm compresses (p = 0.04)."
    )
    sentences = abstract_sentences(Record(pmid="1", title="", abstract=(AbstractSection(text=text),)))
    assert [s.role for s in sentences] == ["background", "background", "results"]


def test_a_belief_after_the_results_is_still_the_abstract_s_conclusion() -> None:
    text = (  # fictional
        "Neck pain fell after warm compresses (p = 0.04). Stiffness fell too (p = 0.03). "
        "Warm compresses may help ease neck pain."
    )
    sentences = abstract_sentences(Record(pmid="1", title="", abstract=(AbstractSection(text=text),)))
    assert [s.role for s in sentences] == ["results", "results", "conclusions"]


@pytest.mark.parametrize(
    ("closing", "role"),
    [  # fictional: the results section's own summing-up, and results that only open alike
        ("Overall, warm compresses eased neck pain and improved sleep.", "conclusions"),
        ("Taken together, warm compresses eased neck pain and improved sleep.", "conclusions"),
        ("In summary, neck pain and sleep improved with warm compresses.", "conclusions"),
        ("These findings suggest that warm compresses ease neck pain and improve sleep.", "conclusions"),
        ("This indicates that warm compresses ease neck pain.", "conclusions"),
        ("The results showed that sleep improved with warm compresses.", "results"),
        ("Overall, 12 of 40 participants reported better sleep.", "results"),
        ("In summary, sleep improved with warm compresses (p = 0.03).", "results"),
    ],
)
def test_a_results_sentence_summing_up_the_results_is_a_conclusion(closing: str, role: str) -> None:
    results = f"Neck pain fell more with warm compresses than with rest (p = 0.01). {closing}"
    record = Record(pmid="1", title="", abstract=(AbstractSection(label="RESULTS", text=results),))
    assert [s.role for s in abstract_sentences(record)] == ["results", role]


def test_a_summing_up_does_not_outweigh_the_result_it_restates() -> None:
    """Fictional: sleep did not differ; the summing-up's "improved sleep" is no second finding."""
    record = Record(
        pmid="1",
        title="Warm compresses for neck pain: a fictional randomized trial",
        abstract=(
            AbstractSection(label="METHODS", text="Sixty adults were randomized to warm compresses or rest."),
            AbstractSection(
                label="RESULTS",
                text="Neck pain fell more with warm compresses than with rest (p = 0.01). Sleep quality did "
                "not differ between groups (p = 0.31). Overall, warm compresses eased neck pain and "
                "improved sleep.",
            ),
        ),
    )
    sleep = [f for f in extract(record).findings if f.domain == "sleep"]
    assert [(f.direction, f.comparison) for f in sleep] == [("no_difference", "between_groups")]


def test_the_question_an_unlabelled_abstract_asks_is_not_its_answer() -> None:
    text = (  # fictional
        "Balance was measured in forty adults with MS. We examined whether warm compresses improve "
        "balance. Balance improved with warm compresses (p = 0.04). Warm compresses help."
    )
    sentences = abstract_sentences(Record(pmid="1", title="", abstract=(AbstractSection(text=text),)))
    assert [s.role for s in sentences] == ["methods", "background", "results", "conclusions"]


def test_an_unlabelled_abstract_without_methods_keeps_its_results() -> None:
    text = "Neck pain fell with warm compresses. Stiffness was unchanged."  # fictional
    sentences = abstract_sentences(Record(pmid="1", title="", abstract=(AbstractSection(text=text),)))
    assert [s.role for s in sentences] == ["results", "results"]


@pytest.mark.parametrize(
    "heading", ["ABSTRACT.{}:", "{}:", "ABSTRACT.{}::", "ABSTRACT. {} :", "ABSTRACT.{}.:", "ABSTRACT.{}: :"]
)
def test_an_unlabelled_text_that_names_its_sections_on_lines_of_their_own_is_read_by_them(
    heading: str,
) -> None:
    # fictional: each sentence's wording alone would give it another role
    parts = [
        ("BACKGROUND", "Nothing was measured before this trial."),
        ("METHODS", "Neck pain was lower with warm compresses in a pilot (p = 0.04), so forty adults were randomized."),
        ("RESULTS", "The groups were not compared at 6 weeks."),
        ("CONCLUSIONS", "Warm compresses reduce neck pain."),
    ]  # fmt: skip
    text = "\n\n".join(f"{heading.format(label)}\n{sentence}" for label, sentence in parts)
    sentences = abstract_sentences(Record(pmid="1", title="", abstract=(AbstractSection(text=text),)))
    assert [(s.role, s.evidence.text) for s in sentences] == [(label.lower(), text) for label, text in parts]
    assert all(s.structured for s in sentences)


def test_a_section_text_repeating_its_labels_colon_reads_from_the_word_after_it() -> None:
    fictional = Record(
        pmid="1",
        title="A fictional trial of massage for neck pain",
        abstract=(
            AbstractSection("Forty adults were randomized to massage or usual care.", "METHODS"),
            AbstractSection(
                ": Serum cortisol in the massage group increased compared with the usual care group (p = 0.01).",
                "RESULTS",
            ),
        ),
    )
    (finding,) = extract(fictional).findings
    assert finding.evidence.text.startswith("Serum cortisol")
    assert (finding.measure, finding.change, finding.comparison) == (
        "Serum cortisol",
        "increased",
        "between_groups",
    )


@pytest.mark.parametrize(
    "label",
    [
        "EDITORS' SUMMARY",
        "EDITORIAL COMMENTARY",
        "AUTHOR SUMMARY",
        "WHY WAS THIS STUDY DONE?",
        "WHAT DID THE RESEARCHERS DO AND FIND?",
        "WHAT DO THESE FINDINGS MEAN?",
        "HIGHLIGHTS",
        "TWEETABLE ABSTRACT",
    ],
)
def test_a_lay_summary_restating_the_study_is_background(label: str) -> None:
    assert label_role(label) == "background"


def test_an_editors_summary_on_a_line_of_its_own_reports_no_finding_of_its_own() -> None:
    # fictional: the summary's background and its retelling of the results give nothing
    text = (
        "ABSTRACT.METHODS:\nForty adults were randomized to massage or usual care.\n\n"
        "ABSTRACT.RESULTS.:\nNeck pain was lower with massage than with usual care (p = 0.01).\n\n"
        "ABSTRACT.EDITORS' SUMMARY:\nBackground: Stress is known to increase neck pain.\n\n"
        "ABSTRACT.WHAT DID THE RESEARCHERS DO AND FIND?:\n"
        "The researchers found that massage reduced anxiety compared with usual care."
    )
    record = Record(pmid="1", title="", abstract=(AbstractSection(text=text),))
    roles = [(s.role, s.evidence.text[:10]) for s in abstract_sentences(record)]
    assert roles == [
        ("methods", "Forty adul"),
        ("results", "Neck pain "),
        ("background", "Background"),
        ("background", "The resear"),
    ]
    assert [f.domain for f in extract(record).findings] == ["pain"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [  # fictional
        ("Pain fell (p = 0.03).", ("p = 0.03",)),
        ("Pain and stiffness fell (ps < .05).", ("ps < .05",)),
        ("Pain and stiffness did not differ (p’s > 0.30).", ("p’s > 0.30",)),
        ("Pain fell in 4 groups (groups < 0.5 mm).", ()),
        ("Pain fell (P-value: .222).", ("P-value: .222",)),
        ("Group P: 0.5 mg of the drug.", ()),  # a dose, not a p-value
        ("Pain fell (p = 0. 003).", ("p = 0. 003",)),  # a space after the point, as PubMed text has it
        ("Pain fell (p=0·003).", ("p=0·003",)),  # the Lancet's middle dot
        ("Pain fell (p=0,003).", ("p=0,003",)),  # a decimal comma
        ("Pain fell (p: 0.003).", ("p: 0.003",)),  # the letter alone before a colon
        ("Pain fell, with a P value of 0.003.", ("P value of 0.003",)),  # said in words
        (
            "Pain fell with massage (p for interaction = 0.02).",
            ("p for interaction = 0.02",),
        ),  # the arms' test
        (
            "Pain fell more with massage (p for the between-group difference = 0.21).",
            ("p for the between-group difference = 0.21",),
        ),  # the test of the arms' difference
        ("Pain fell more with massage (P for difference < 0.001).", ("P for difference < 0.001",)),
        ("Pain was lower with massage (p 0.21).", ("p 0.21",)),  # no sign, in brackets
        ("Pain was lower in group P (P 0.5 mg).", ()),  # a dose
    ],
)
def test_a_p_value_is_read_also_as_the_plural_of_a_set_of_tests(text: str, quoted: tuple[str, ...]) -> None:
    assert p_values(text) == quoted


@pytest.mark.parametrize("heading", ["Results", "Results:", "RESULTS:", "RESULTS"])
def test_a_results_heading_run_into_the_methods_begins_the_results(heading: str) -> None:
    # fictional: the record joined its results to its methods, the heading left inline
    methods = (
        "Sixty adults with tension headache were randomized to neck stretching or usual care. "
        "Results were analysed by intention to treat. "
        f"{heading} At 8 weeks, headache days were fewer with neck stretching than with usual care "
        "(p = 0.02). Neck stiffness was also milder with stretching."
    )
    fictional = Record(
        pmid="1",
        title="",
        abstract=(
            AbstractSection(methods, "METHODS", "METHODS"),
            AbstractSection("Neck stretching may help.", "CONCLUSIONS", "CONCLUSIONS"),
        ),
    )
    sentences = abstract_sentences(fictional)
    assert [(s.role, s.evidence.text[:22]) for s in sentences] == [
        ("methods", "Sixty adults with tens"),
        ("methods", "Results were analysed "),
        ("results", "At 8 weeks, headache d"),
        ("results", "Neck stiffness was als"),
        ("conclusions", "Neck stretching may he"),
    ]
    opened = sentences[2].evidence
    assert fictional.abstract_text[opened.start : opened.end] == opened.text
