"""The evidence-inference ranker's features, on short abstracts written for these tests (all fictional)."""

from __future__ import annotations

from harvester.extract.reader.features import Question
from harvester.extract.reader.ranking import rank_features, sentence_views

# Fictional abstract: the aim names the outcome, two results sentences state a result.
_ABSTRACT = (
    "We asked whether hand massage eases anxiety before dental surgery. "
    "Anxiety scores were lower with hand massage than with usual care (P = 0.02). "
    "Heart rate did not differ significantly. "
    "Anxiety was rated on a ten-point scale."
)
_QUESTION = Question.of("anxiety scores", "hand massage", "usual care")


def _rows() -> list[dict[str, float]]:
    return rank_features(sentence_views(_ABSTRACT), _QUESTION)


def test_a_sentence_that_states_a_result_is_marked() -> None:
    stated = [row.get("stated", 0.0) for row in _rows()]
    # A p-value, and "did not differ significantly" without one; the aim and the scale state none.
    assert stated == [0.0, 1.0, 1.0, 0.0]


def test_the_best_match_for_the_outcome_that_states_a_result_is_marked() -> None:
    best_stated = [row.get("best_stated", 0.0) for row in _rows()]
    # The last sentence names "anxiety" too, but states no result; heart rate is another outcome.
    assert best_stated == [0.0, 1.0, 0.0, 0.0]


def test_both_arms_beside_a_stated_result_are_marked() -> None:
    arms_stated = [row.get("arms_stated", 0.0) for row in _rows()]
    # The aim names the intervention only, and states no result.
    assert arms_stated == [0.0, 1.0, 0.0, 0.0]


def test_a_confidence_interval_states_a_result_without_a_p_value() -> None:
    # Fictional sentence.
    views = sentence_views("Sleep improved by 1.2 hours with the app (95% CI 0.4 to 2.0).")
    (row,) = rank_features(views, Question.of("sleep", "app", "leaflet"))
    assert row["stated"] == 1.0 and row["best_stated"] == 1.0
    assert "arms_stated" not in row  # the leaflet is not named
