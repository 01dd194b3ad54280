"""What the evidence-inference ranker sees: each sentence of an abstract, digested once, and
how well it matches the question.

The ranker picks the sentences that report the comparison asked about; the classifier
(``effect_features.label_features``) then reads them. Plain Python and deterministic, shared by
the runtime and the training script.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from harvester.extract.reader.features import (
    CI_MENTION,
    CI_WORDS,
    P_VALUE,
    Question,
    cues,
    masked_tokens,
    stem,
    words,
)
from harvester.extract.sentences import section_of, section_spans, split_sentences
from harvester.extract.types import Evidence

_SECTIONS = (
    ("RESULT", "results"),
    ("FINDING", "results"),
    ("CONCLU", "conclusions"),
    ("INTERPRET", "conclusions"),
    ("METHOD", "methods"),
    ("DESIGN", "methods"),
    ("BACKGROUND", "background"),
    ("INTRO", "background"),
    ("OBJECT", "background"),
    ("AIM", "background"),
    ("PURPOSE", "background"),
    ("TITLE", "title"),
)


# Cues that state a result's significance, with or without a p-value.
_STATED = frozenset({"signif", "no_signif", "similar"})


def section_kind(label: str) -> str:
    """A section label folded into a handful of kinds ("none" when the abstract has no labels)."""
    for prefix, kind in _SECTIONS:
        if prefix in label:
            return kind
    return "other" if label else "none"


@dataclass(frozen=True)
class _SentenceView:
    """One sentence with what ranking needs to know about it, computed once."""

    evidence: Evidence
    words: tuple[str, ...]
    stems: frozenset[str]
    squeezed: str  # see ``squeeze``; character n-grams are looked up in it
    cues: tuple[str, ...]
    has_p: bool
    has_ci: bool
    section: str


def _coverage(part: set[str], whole: frozenset[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _gram_coverage(grams: set[str], squeezed: str) -> float:
    """The share of the question's character n-grams found in the sentence."""
    return sum(1 for gram in grams if gram in squeezed) / len(grams) if grams else 0.0


def rank_features(views: tuple[_SentenceView, ...], question: Question) -> list[dict[str, float]]:
    """Ranking features for every sentence; some are relative to the abstract's best match."""
    covers = [
        (
            _coverage(question.outcome, v.stems),
            _gram_coverage(question.outcome_grams, v.squeezed),
            _coverage(question.intervention, v.stems),
            _coverage(question.comparator, v.stems),
            _gram_coverage(question.intervention_grams, v.squeezed),
        )
        for v in views
    ]
    best = [max((c[i] for c in covers), default=0.0) or 1.0 for i in range(5)]
    rows = []
    last = len(views) - 1
    for index, (view, cover) in enumerate(zip(views, covers)):
        text = view.evidence.text
        row = {"bias": 1.0, "sec:" + view.section: 1.0}
        for name, value, top in zip(("o", "og", "i", "c", "ig"), cover, best):
            row[name] = value
            row[name + "_rel"] = value / top
            if value == top and value > 0:
                row[name + "_best"] = 1.0
        row["og_sq"] = cover[1] * cover[1]
        row["pos"] = index / last if last else 0.0
        if index == last:
            row["last"] = 1.0
        row["has_p"] = float(view.has_p)
        row["has_ci"] = float(view.has_ci)
        for name in view.cues:
            row["cue:" + name] = 1.0
        row["og_x_p"] = cover[1] * view.has_p
        stated = view.has_p or view.has_ci or not _STATED.isdisjoint(view.cues)
        if stated:
            row["stated"] = 1.0
            if "og_best" in row or "o_best" in row:
                row["best_stated"] = 1.0  # the best match for the outcome that states a result
            if cover[2] > 0 and cover[3] > 0:
                row["arms_stated"] = 1.0  # both arms named beside a stated result
        row["og_x_results"] = cover[1] * (view.section in ("results", "none"))
        row["og_x_conclusions"] = cover[1] * (view.section == "conclusions")
        row["len"] = math.log1p(len(text)) / 6.0
        for token in set(masked_tokens(view.words, question)):
            row["rw:" + token] = 1.0
        rows.append(row)
    return rows


@lru_cache(maxsize=16)
def sentence_views(abstract: str) -> tuple[_SentenceView, ...]:
    """The abstract's sentences, digested. Cached: consecutive questions often share an abstract."""
    sections = section_spans(abstract)
    return tuple(
        _view(sentence, section_kind(section_of(sections, sentence.start)))
        for sentence in split_sentences(abstract)
    )


def _view(sentence: Evidence, section: str) -> _SentenceView:
    sentence_words = tuple(words(sentence.text))
    stems = frozenset(stem(w) for w in sentence_words)
    return _SentenceView(
        evidence=sentence,
        words=sentence_words,
        stems=stems,
        squeezed=" " + " ".join(sentence_words) + " ",
        cues=tuple(cues(sentence.text, sentence_words)),
        has_p="p" in stems and bool(P_VALUE.search(sentence.text)),
        has_ci=not CI_WORDS.isdisjoint(stems) and bool(CI_MENTION.search(sentence.text)),
        section=section,
    )
