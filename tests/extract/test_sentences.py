"""The sentence splitter: clinical punctuation does not end sentences, offsets stay exact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from harvester.extract.sentences import (
    _LABEL_LINE,
    _label_lines,
    _Protected,
    section_of,
    section_spans,
    split_sentences,
)


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_point_back_into_the_text() -> None:
    text = "  Pain fell.  Mood rose!\nSleep? Yes.  "
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
    assert texts(text) == ["Pain fell.", "Mood rose!", "Sleep?", "Yes."]


def test_p_values_and_decimals_do_not_end_a_sentence() -> None:
    text = "Fatigue fell by 2.5 points (P = 0.03) in the massage group. Walking speed was unchanged."
    assert texts(text) == [
        "Fatigue fell by 2.5 points (P = 0.03) in the massage group.",
        "Walking speed was unchanged.",
    ]


def test_a_p_value_at_the_end_of_a_sentence_still_ends_it() -> None:
    assert texts("Spasticity fell, P = 0.03. Pain did not.") == [
        "Spasticity fell, P = 0.03.",
        "Pain did not.",
    ]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "As Doe et al. reported, massage vs. Rest gave 95% CI 1.2-3.4 for pain. It was safe."
    assert texts(text) == [
        "As Doe et al. reported, massage vs. Rest gave 95% CI 1.2-3.4 for pain.",
        "It was safe.",
    ]


def test_ms_the_disease_and_ms_the_unit_end_a_sentence_where_ms_the_title_does_not() -> None:
    text = "Forty people had MS. Pain fell. QTc rose by 12 ms. Ms. Doe was dosed. Fine."  # fictional
    assert texts(text) == [
        "Forty people had MS.",
        "Pain fell.",
        "QTc rose by 12 ms.",
        "Ms. Doe was dosed.",
        "Fine.",
    ]


def test_initials_do_not_end_a_sentence_but_a_lone_capital_does() -> None:
    assert texts("Rated by J. A. Doe on day 3. Vitamin D. The end.") == [
        "Rated by J. A. Doe on day 3.",
        "Vitamin D.",
        "The end.",
    ]


def test_full_stops_inside_parentheses_do_not_end_a_sentence() -> None:
    text = "Scores improved (mean diff. 3. Range 1-5) after therapy. Follow-up ended."
    assert texts(text) == [
        "Scores improved (mean diff. 3. Range 1-5) after therapy.",
        "Follow-up ended.",
    ]


def test_label_lines_are_not_sentences_and_start_sections() -> None:
    text = "TITLE:\nA fictional trial\n\nABSTRACT.RESULTS::\nPain fell. Mood rose.\n\nCONCLUSIONS:\nIt helps."
    assert texts(text) == ["A fictional trial", "Pain fell.", "Mood rose.", "It helps."]
    sections = section_spans(text)
    by_text = {s.text: section_of(sections, s.start) for s in split_sentences(text)}
    assert by_text == {
        "A fictional trial": "TITLE",
        "Pain fell.": "RESULTS",
        "Mood rose.": "RESULTS",
        "It helps.": "CONCLUSIONS",
    }


def test_a_single_line_break_does_not_end_a_sentence_but_a_blank_line_does() -> None:
    text = "Pain was lower in the\nmassage group\n\nSleep improved.\nMood did not."
    assert texts(text) == [
        "Pain was lower in the\nmassage group",
        "Sleep improved.",
        "Mood did not.",
    ]


def test_a_lower_case_continuation_is_not_a_new_sentence() -> None:
    assert texts("Pain fell (approx. 20%). and then rose.") == ["Pain fell (approx. 20%). and then rose."]


def test_a_sentence_that_lost_its_capital_starts_after_a_closing_bracket_or_a_plain_word() -> None:
    text = (
        "Pain fell in the massage group (P = 0.02). comparing the two groups, sleep improved more"
        " with massage. mood scores did not differ, p = 0.41. anxiety fell. As Doe et al. reported,"
        " approx. thirty withdrew."
    )
    assert texts(text) == [
        "Pain fell in the massage group (P = 0.02).",
        "comparing the two groups, sleep improved more with massage.",
        "mood scores did not differ, p = 0.41.",
        "anxiety fell.",
        "As Doe et al. reported, approx. thirty withdrew.",
    ]


def test_a_full_stop_glued_to_the_next_capital_after_a_lower_case_word_ends_a_sentence() -> None:
    assert texts("Scores fell before and after treatment.NSAID use raised ulcer counts.") == [
        "Scores fell before and after treatment.",
        "NSAID use raised ulcer counts.",
    ]


def test_a_full_stop_glued_inside_a_name_does_not_end_a_sentence() -> None:
    text = "The trial was registered at ClinicalTrials.Gov under a fictional number."
    assert texts(text) == [text]


def test_empty_and_blank_text_give_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t ") == []


@given(st.text())
def test_any_text_gives_exact_ordered_non_overlapping_sentences(text: str) -> None:
    previous_end = 0
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


# The lookups that keep long abstracts linear must answer as the plain scans they replace.
_PAIRS = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 60)), max_size=12).map(
    lambda pairs: [(opened, opened + length) for opened, length in pairs]
)


@given(pairs=_PAIRS, position=st.integers(0, 300))
def test_a_position_is_protected_exactly_when_some_bracket_pair_encloses_it(
    pairs: list[tuple[int, int]], position: int
) -> None:
    expected = any(opened < position < closed for opened, closed in pairs)
    assert _Protected(pairs).holds(position) is expected


@given(text=st.text(alphabet="RESULTS:METHODS:ab.\n ", max_size=200), offset=st.integers(0, 220))
def test_section_of_finds_the_section_a_scan_would(text: str, offset: int) -> None:
    sections = section_spans(text)
    expected = next((s.label for s in sections if s.start <= offset < s.end), "")
    assert section_of(sections, offset) == expected


@given(text=st.text(alphabet="ABSTRACT.RESULTS:Methods ab:\n\r\t", max_size=200))
def test_label_lines_are_found_where_lines_start_as_a_scan_of_the_whole_text_finds_them(text: str) -> None:
    expected = [(m.span(), m.group()) for m in _LABEL_LINE.finditer(text)]
    assert [(m.span(), m.group()) for m in _label_lines(text)] == expected
