"""scripts/train_effects.py: how the weights it writes relate to the features the reader sees."""

from __future__ import annotations

import pytest

from support import load_script


def _rows() -> tuple[list[dict[str, float]], list[int]]:
    """Fictional rows in which a readable cue and a word always come together: the data cannot
    tell them apart, so only their regularisation decides how the weight is shared."""
    rows, targets = [], []
    for label in (0, 1, 2) * 4:  # increased, decreased, no_difference
        row = {"bias": 1.0}
        if label != 2:
            row.update({"cue:signif": 1.0, "w:significant": 1.0})
        row["cue:up" if label == 0 else "cue:down"] = 1.0
        rows.append(row)
        targets.append(label)
    return rows, targets


def test_readable_features_are_regularised_less_than_words(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn", reason="scikit-learn is a training-only dependency (the 'train' extra)")
    script = load_script("train_effects")
    monkeypatch.setattr(script, "SIGNIFICANCE_READABLE_SCALE", 3.0)
    names, weights = script.fit_classifier(*_rows())
    readable, word = weights[0][names.index("cue:signif")], weights[0][names.index("w:significant")]
    # Fitted on the cue scaled by 3, and stored for the value 1.0 the reader gives it: the two
    # share the evidence as 3 * 3 to 1.
    assert readable == pytest.approx(9.0 * word, rel=1e-3)


def test_without_a_scale_the_two_share_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn", reason="scikit-learn is a training-only dependency (the 'train' extra)")
    script = load_script("train_effects")
    monkeypatch.setattr(script, "SIGNIFICANCE_READABLE_SCALE", 1.0)
    names, weights = script.fit_classifier(*_rows())
    assert weights[0][names.index("cue:signif")] == pytest.approx(weights[0][names.index("w:significant")])


def test_the_cited_sentences_are_read_whatever_the_ranker_would_pick() -> None:
    pytest.importorskip("sklearn", reason="scikit-learn is a training-only dependency (the 'train' extra)")
    script = load_script("train_effects")
    abstract = (
        "Pain after a fictional knee operation was lower with cold packs than with usual care (P = 0.002). "
        "Sleep did not differ between the groups."
    )
    prompt = script.Prompt(
        id=1, abstract=abstract, outcome="pain", intervention="cold packs", comparator="usual care"
    )
    cited = abstract.index("Pain"), abstract.index(" Sleep")
    example = script.Example(prompt, "2", "decreased", [cited])
    model = script.EffectModel.load()
    assert script.label_of_cited(model, example) == "decreased"
    assert script.label_of_cited(model, script.Example(prompt, "2", "decreased", [])) is None
