"""Rebuild harvester/extract/data/effects_model.json from the Evidence Inference 2.0 corpus.

    python scripts/train_effects.py [--data ../shared/data/evidence-inference] [--folds 5]

Every choice (features, regularisation, top_k) was made by cross-validation on the training
split, folds grouped by article so one abstract never sits on both sides. The script prints:

1. cross-validation on the training split (what the choices were made on);
2. the validation split scored by a model trained on the training split only (a fair check);
3. cross-validation on training + validation, the estimate for unseen abstracts of the model
   it then writes, which is trained on both splits (more data for the prompts it will meet).

Deterministic: fixed folds, deterministic solvers, weights rounded and written with sorted keys.

Training signal:
- ranker: every sentence of every training abstract, positive when it overlaps a sentence
  the annotators cited;
- classifier: the cited sentences with the prompt's label, plus every individual annotator's
  cited passage and label from ``<split>_annotations.csv`` (many of them quote the full text,
  which still teaches how results are worded). It is two logistic regressions: did the outcome
  change significantly, and if so did it go up (see ``fit_classifier``).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import zlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from harvester.extract.reader.effects import LABELS, MODEL_FORMAT, EffectModel, Prompt  # noqa: E402
from harvester.extract.reader.features import Question, label_features  # noqa: E402
from harvester.extract.reader.ranking import rank_features, sentence_views  # noqa: E402

DEFAULT_DATA = PROJECT.parent / "shared" / "data" / "evidence-inference"
OUTPUT = PROJECT / "harvester" / "extract" / "data" / "effects_model.json"
CSV_LABELS = {
    "significantly increased": "increased",
    "significantly increase": "increased",
    "significantly decreased": "decreased",
    "no significant difference": "no_difference",
}
# Chosen by grouped cross-validation on the training split; the validation split only reports.
RANKER_C = 0.3  # inverse L2 strength of the sentence ranker
SIGNIFICANCE_C = 0.1  # inverse L2 strength of the "changed significantly?" classifier
DIRECTION_C = 0.1  # inverse L2 strength of the "went up?" classifier
MIN_COUNT = 2  # features seen in fewer training rows are dropped
TOP_K = 2
TEMPERATURE = 1.0
# What a rule extractor's finding for the outcome in one of the best sentences adds to the change
# it reads (see ``EffectModel.infer``): the rules settle answers the classifier leads by no more
# than this. 0.4 read best in grouped cross-validation; 0.2 left close answers to the classifier,
# 1.0 let the rules overrule sure ones.
RULE_WEIGHT = 0.4
# The "changed significantly?" question fits its readable features (cues, p-values, intervals,
# the arms' difference said in words) scaled by this, against the thousands of word features,
# which learn the training topics as much as how a result is worded; the weights written are
# for the value 1.0 the reader gives them (see ``fit_classifier``). The "went up?" question and
# the ranker read better without it.
SIGNIFICANCE_READABLE_SCALE = 3.0
WORD_PREFIXES = ("w:", "b:", "near:", "cl:w:")  # the classifier's word features; the rest are readable


@dataclass
class Example:
    """One training prompt with the offsets of the sentences its annotators cited."""

    prompt: Prompt
    pmcid: str
    label: str
    evidence_spans: list[tuple[int, int]]


@dataclass
class Passage:
    """One annotator's cited passage and label, for the classifier only."""

    pmcid: str
    text: str
    outcome: str
    intervention: str
    comparator: str
    label: str


def load_examples(path: Path) -> list[Example]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        prompt = Prompt(
            id=row["id"],
            abstract=row["abstract"],
            outcome=row["outcome"],
            intervention=row["intervention"],
            comparator=row["comparator"],
        )
        spans = []
        for cited in row["evidence"]:
            start = row["abstract"].find(cited.strip())
            if start >= 0:
                spans.append((start, start + len(cited.strip())))
        examples.append(Example(prompt, str(row["pmcid"]), row["label"], spans))
    return examples


def load_passages(data: Path, split: str) -> list[Passage]:
    prompts = {}
    with open(data / f"{split}_prompts.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            prompts[row["PromptID"]] = row
    passages = []
    with open(data / f"{split}_annotations.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            prompt = prompts.get(row["PromptID"])
            label = CSV_LABELS.get(row["Label"].strip())
            if (
                prompt is None
                or label is None
                or row["Valid Label"] != "True"
                or not row["Annotations"].strip()
            ):
                continue
            passages.append(
                Passage(
                    row["PMCID"],
                    row["Annotations"].strip(),
                    prompt["Outcome"],
                    prompt["Intervention"],
                    prompt["Comparator"],
                    label,
                )
            )
    return passages


def cited_sentences(example: Example) -> list[int]:
    """Indexes of the abstract's sentences that overlap a cited passage."""
    views = sentence_views(example.prompt.abstract)
    return [
        i
        for i, v in enumerate(views)
        if any(v.evidence.start < end and start < v.evidence.end for start, end in example.evidence_spans)
    ]


def question_of(prompt: Prompt) -> Question:
    return Question.of(prompt.outcome, prompt.intervention, prompt.comparator)


def ranker_rows(examples: list[Example]) -> tuple[list[dict], list[int]]:
    """Every sentence of every abstract with cited evidence: its features, and cited or not."""
    rows, targets = [], []
    for example in examples:
        positives = set(cited_sentences(example))
        if not positives:
            continue
        views = sentence_views(example.prompt.abstract)
        for i, row in enumerate(rank_features(views, question_of(example.prompt))):
            rows.append(row)
            targets.append(int(i in positives))
    return rows, targets


def classifier_rows(examples: list[Example], passages: list[Passage]) -> tuple[list[dict], list[int]]:
    """Cited sentences with the prompt's label, and every annotator's passage with their label."""
    items, seen = [], set()
    for example in examples:
        views = sentence_views(example.prompt.abstract)
        for i in cited_sentences(example):
            items.append(
                (views[i].evidence.text, question_of(example.prompt), example.label, example.prompt.outcome)
            )
    for passage in passages:
        question = Question.of(passage.outcome, passage.intervention, passage.comparator)
        items.append((passage.text, question, passage.label, passage.outcome))
    rows, targets = [], []
    for text, question, label, outcome in items:
        if (text, outcome, label) in seen:
            continue
        seen.add((text, outcome, label))
        rows.append(label_features(text, question))
        targets.append(LABELS.index(label))
    return rows, targets


def _vectorise(rows: list[dict]) -> tuple[list[str], csr_matrix]:
    """Rows as a sparse matrix over the features seen at least MIN_COUNT times."""
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        for name in row:
            counts[name] += 1
    kept = [{k: v for k, v in row.items() if counts[k] >= MIN_COUNT} for row in rows]
    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform(kept)
    return list(vectoriser.get_feature_names_out()), csr_matrix(matrix)


def fit_classifier(rows: list[dict], targets: list[int]) -> tuple[list[str], np.ndarray]:
    """Two logistic regressions over the same features, one weight row each.

    Row 0: did the outcome change significantly at all (increased or decreased against
    no_difference)? Row 1: if it did, did it go up? Each question gets its own regularisation.
    Classes are weighted to equal total weight: the score is macro-F1, where the rarer
    labels count as much as the common one. Row 0 is fitted on its readable features scaled by
    SIGNIFICANCE_READABLE_SCALE, which regularises them less, and written times the same scale
    so that the reader's 1.0 gives the fitted score.
    """
    names, matrix = _vectorise(rows)
    labels = np.asarray(targets)
    changed = (labels != LABELS.index("no_difference")).astype(int)
    scale = np.array(
        [1.0 if name.startswith(WORD_PREFIXES) else SIGNIFICANCE_READABLE_SCALE for name in names]
    )
    significance = LogisticRegression(
        C=SIGNIFICANCE_C, fit_intercept=False, max_iter=1000, tol=1e-4, class_weight="balanced"
    )
    significance.fit(csr_matrix(matrix.multiply(scale[np.newaxis, :])), changed)
    moved = np.flatnonzero(changed)
    direction = LogisticRegression(
        C=DIRECTION_C, fit_intercept=False, max_iter=1000, tol=1e-4, class_weight="balanced"
    )
    direction.fit(matrix[moved], (labels[moved] == LABELS.index("increased")).astype(int))
    return names, np.vstack([significance.coef_[0] * scale, direction.coef_[0]])


def fit_ranker(rows: list[dict], targets: list[int]) -> tuple[list[str], np.ndarray]:
    """Pointwise logistic regression: is this sentence one the annotators cited?

    (A listwise softmax over each abstract's sentences was tried and picked no better.)
    """
    names, matrix = _vectorise(rows)
    model = LogisticRegression(C=RANKER_C, fit_intercept=False, max_iter=1000, tol=1e-4)
    model.fit(matrix, targets)
    return names, model.coef_[0]


def train(examples: list[Example], passages: list[Passage]) -> dict:
    """The model as a JSON-ready dict, weights rounded so the file is stable and readable."""
    names, weights = fit_ranker(*ranker_rows(examples))
    ranker = {n: round(float(w), 5) for n, w in zip(names, weights) if round(float(w), 5) != 0.0}
    names, coef = fit_classifier(*classifier_rows(examples, passages))
    classifier = {}  # feature -> [weight for "changed significantly?", weight for "went up?"]
    for j, name in enumerate(names):
        weights = [round(float(coef[i][j]), 5) for i in range(len(coef))]
        if any(weights):
            classifier[name] = weights
    return {
        "format": MODEL_FORMAT,
        "labels": list(LABELS),
        "top_k": TOP_K,
        "temperature": TEMPERATURE,
        "rule_weight": RULE_WEIGHT,
        "ranker": ranker,
        "classifier": classifier,
    }


def evaluate(model: EffectModel, examples: list[Example]) -> dict[str, float]:
    """End-to-end figures, and ``cited_macro_f1``: the classifier alone, reading the sentences
    the annotators cited. Its distance above ``macro_f1`` is what a perfect ranker could add;
    its distance below 1 is the classifier's own share of the errors."""
    truth, predicted, hits = [], [], 0
    cited_truth, cited_predicted = [], []
    for example in examples:
        inference = model.infer(example.prompt)
        truth.append(example.label)
        predicted.append(inference.label)
        evidence = inference.evidence
        hits += any(evidence.start < end and start < evidence.end for start, end in example.evidence_spans)
        label = label_of_cited(model, example)
        if label is not None:
            cited_truth.append(example.label)
            cited_predicted.append(label)
    per_class = f1_score(truth, predicted, labels=list(LABELS), average=None)
    figures = {
        "macro_f1": float(np.mean(per_class)),
        "evidence_accuracy": hits / len(examples),
        "accuracy": float(np.mean([t == p for t, p in zip(truth, predicted)])),
        "cited_macro_f1": float(f1_score(cited_truth, cited_predicted, labels=list(LABELS), average="macro")),
    }
    figures.update({f"f1_{label}": float(f) for label, f in zip(LABELS, per_class)})
    return figures


def label_of_cited(model: EffectModel, example: Example) -> str | None:
    """The label the classifier gives the sentences the annotators cited, their probabilities
    summed (None when no sentence of the abstract was cited)."""
    views = sentence_views(example.prompt.abstract)
    question = question_of(example.prompt)
    read = [model.label_probabilities(views[i].evidence.text, question) for i in cited_sentences(example)]
    if not read:
        return None
    totals = [sum(probabilities[k] for probabilities in read) for k in range(len(LABELS))]
    return LABELS[max(range(len(LABELS)), key=lambda k: totals[k])]


def grouped_folds(examples: list[Example], folds: int) -> list[set[str]]:
    """Articles dealt round-robin into folds, in a fixed order, so each fold is reproducible."""
    articles = sorted({e.pmcid for e in examples}, key=lambda p: (zlib.crc32(p.encode("utf-8")), p))
    return [set(articles[i::folds]) for i in range(folds)]


def cross_validate(examples: list[Example], passages: list[Passage], folds: int) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for held_out in grouped_folds(examples, folds):
        train_part = [e for e in examples if e.pmcid not in held_out]
        test_part = [e for e in examples if e.pmcid in held_out]
        train_passages = [p for p in passages if p.pmcid not in held_out]
        model = EffectModel.from_dict(train(train_part, train_passages))
        for name, value in evaluate(model, test_part).items():
            totals[name] += value / folds
    return dict(totals)


def show(title: str, figures: dict[str, float]) -> None:
    print(title + ": " + ", ".join(f"{k}={v:.3f}" for k, v in sorted(figures.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5, help="0 skips cross-validation")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    if not (args.data / "train.jsonl").is_file():
        sys.exit(f"Evidence Inference corpus not found at {args.data}")
    started = time.perf_counter()
    examples = load_examples(args.data / "train.jsonl")
    validation = load_examples(args.data / "validation.jsonl")
    passages = load_passages(args.data, "train")
    validation_passages = load_passages(args.data, "validation")
    print(
        f"{len(examples)} training prompts, {len(passages)} annotated passages, "
        f"{len(validation)} validation prompts, {len(validation_passages)} annotated passages"
    )
    if args.folds:
        show(
            f"train, cross-validation ({args.folds} folds by article)",
            cross_validate(examples, passages, args.folds),
        )
    show(
        "validation, model trained on train",
        evaluate(EffectModel.from_dict(train(examples, passages)), validation),
    )
    examples, passages = examples + validation, passages + validation_passages
    if args.folds:
        show(
            f"train + validation, cross-validation ({args.folds} folds by article)",
            cross_validate(examples, passages, args.folds),
        )
    data = train(examples, passages)
    data["trained_on"] = ["train", "validation"]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(data, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(
        f"wrote {args.output} ({args.output.stat().st_size // 1024} KiB, "
        f"{len(data['ranker'])} ranker and {len(data['classifier'])} classifier weights) "
        f"in {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
