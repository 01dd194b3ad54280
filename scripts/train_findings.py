"""Rebuild harvester/extract/data/finding_judge.json from the findings gold's training files.

    python scripts/train_findings.py [--gold ../shared/data/findings-gold] [--folds 5]

Trains ONLY on ``train_ei_*.jsonl`` (the ``dev_*`` files measure, in ``bench_findings``):

1. every abstract is read by the extractor's rules (``findings``, before the judge), and each finding
   is labelled right or wrong by the matching ``gold_score.py`` uses: right when a gold finding
   of the same abstract has the same domain (for ``other``, shares a content word) and the same
   direction (where gold's is n/a, the same change); a wrong one is further told apart as a
   reversal (it contradicts gold for the same outcome and comparison) or a wrong direction;
2. a logistic regression over ``finding_features`` predicts "right"; its regularisation, the
   policy (drop the finding, or demote its direction to unclear) and the threshold are chosen
   by cross-validation over abstracts (grouped folds), scored as gold_score.py scores;
3. a second one, over the same features less the rules' comparison, predicts "between groups"
   from the right findings' gold comparison; it settles the comparisons the rules leave unclear,
   with the margin from even odds chosen by the same cross-validation (strict matches gained,
   reversals counted three times against);
4. the models fitted on all training abstracts are written with the chosen policy and margin and
   the cross-validated figures.

Deterministic: fixed folds, a deterministic solver, weights rounded and written with sorted keys.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from benchmarks.bench_findings import finding_words, outcome_words  # noqa: E402
from harvester.extract import load_vocabulary  # noqa: E402
from harvester.extract.facts import study_facts  # noqa: E402
from harvester.extract.findings import findings  # noqa: E402
from harvester.extract.reader.finding_features import finding_features  # noqa: E402
from harvester.extract.reader.judge import (  # noqa: E402
    JUDGE_FORMAT,
    by_policy,
    comparison_features,
    contexts,
    logistic,
    settled,
)
from harvester.extract.structure import abstract_sentences  # noqa: E402
from harvester.extract.types import Finding  # noqa: E402
from harvester.pubmed.xml import parse_record_xml  # noqa: E402

DEFAULT_GOLD = PROJECT.parent / "shared" / "data" / "findings-gold"
DEFAULT_EVIDENCE_INFERENCE = PROJECT.parent / "shared" / "data" / "evidence-inference"
OUTPUT = PROJECT / "harvester" / "extract" / "data" / "finding_judge.json"
C_GRID = (0.03, 0.1, 0.3, 1.0)
# The judge acts only on a finding it thinks more likely wrong than right: above even odds the
# trade is right findings lost for wrong ones removed, at a rate a hundred training abstracts
# cannot estimate for other fields.
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 11))
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)  # 0.5: the comparison model never answers


@dataclass
class Abstract:
    """One training abstract: its gold findings and the findings the rules read, with features."""

    key: str
    source: str
    design: str
    gold: list[dict]
    found: list[Finding]
    features: list[dict[str, float]]


def load_abstracts(gold_dir: Path) -> list[Abstract]:
    """The gold training abstracts, read by the rules."""
    abstracts = []
    for path in sorted(gold_dir.glob("train_ei_*.jsonl")):
        for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                study = json.loads(line)
                abstracts.append(
                    _read(gold_dir, study, f"{path.stem}:{line_number}", study.get("findings", []))
                )
    return abstracts


def load_evidence_inference(gold_dir: Path, data: Path) -> list[Abstract]:
    """Evidence Inference training abstracts not in any findings-gold file, with their prompts as
    gold: a between-groups finding about a prompt's outcome is right when its change is the
    prompt's label (``ei_labels``)."""
    taken = set()
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                taken.add(str(json.loads(line).get("pmcid") or "").removeprefix("PMC"))
    prompts: dict[str, list[dict]] = {}
    for line in (data / "train.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if str(row["pmcid"]) not in taken:
            prompts.setdefault(str(row["pmcid"]), []).append(row)
    abstracts = []
    for pmcid in sorted(prompts):
        rows = prompts[pmcid]
        study = {
            "title": rows[0]["title"],
            "abstract_sections": _ei_sections(rows[0]["abstract"]),
            "publication_types": ["Randomized Controlled Trial"],
        }
        gold = [{"outcome": r["outcome"], "change": r["label"]} for r in rows]
        abstracts.append(_read(gold_dir, study, f"ei:{pmcid}", gold))
    return abstracts


def _ei_sections(abstract: str) -> list[dict]:
    """'ABSTRACT.METHODS::\n...' headings as sections, as PubMed would label them."""
    parts = re.split(r"ABSTRACT\.([^:\n]{1,60})::\s*", abstract)
    if len(parts) == 1:
        return [{"label": None, "text": abstract.strip()}]
    return [
        {"label": label.strip(), "text": text.strip()}
        for label, text in zip(parts[1::2], parts[2::2])
        if text.strip()
    ]


def _read(gold_dir: Path, study: dict, key: str, gold: list[dict]) -> Abstract:
    """One abstract through the PubMed XML the gold folder's ``gold_xml.py`` writes, and the rules."""
    if str(gold_dir) not in sys.path:  # gold_xml.py lives beside the gold files, not in a package
        sys.path.insert(0, str(gold_dir))
    import gold_xml

    for section in study.get("abstract_sections", []):
        if section.get("label"):
            section["label"] = escape(section["label"])
    record = parse_record_xml(gold_xml.article(study, "90000000"))
    sentences = abstract_sentences(record)
    vocabulary = load_vocabulary()
    facts = study_facts(record, vocabulary)
    found, _ = findings(record, vocabulary, facts, sentences)
    features = [finding_features(f, c) for f, c in zip(found, contexts(found, sentences, facts.design))]
    return Abstract(key, key.split(":")[0], facts.design, gold, found, features)


def ei_labels(abstract: Abstract) -> list[tuple[int, dict[str, float]]]:
    """(right?, features) for each between-groups finding about one of the abstract's prompts."""
    labelled = []
    for finding, features in zip(abstract.found, abstract.features):
        if finding.comparison == "within_group":
            continue
        words = finding_words(finding)
        about = [g for g in abstract.gold if outcome_words(g["outcome"]) & words]
        if about:
            labelled.append((int(any(g["change"] == finding.change for g in about)), features))
    return labelled


# ------------------------------------------------------------------ gold_score.py's matching


def same_outcome(gold: dict, finding: Finding) -> bool:
    if gold["domain"] != "other":
        return finding.domain == gold["domain"]
    return bool(outcome_words(gold["outcome"]) & finding_words(finding))


def agrees(gold: dict, finding: Finding) -> bool:
    if gold["direction"] == "n/a":
        return finding.change == gold.get("change")
    return finding.direction == gold["direction"]


def is_reversal(gold: list[dict], finding: Finding) -> bool:
    return any(
        same_outcome(g, finding)
        and g["comparison"] == finding.comparison
        and g["direction"] != "n/a"
        and "unclear" not in (g["direction"], finding.direction)
        and g["direction"] != finding.direction
        for g in gold
    ) and not is_right(gold, finding)


def is_right(gold: list[dict], finding: Finding) -> bool:
    return any(same_outcome(g, finding) and agrees(g, finding) for g in gold)


def score(abstracts: list[Abstract], kept: list[list[Finding]]) -> dict[str, float]:
    """gold_score.py's figures for these abstracts, given the findings each one keeps."""
    found = strict = total = correct = claimed = reversals = 0
    for abstract, mine in zip(abstracts, kept):
        for g in abstract.gold:
            total += 1
            hit = [f for f in mine if same_outcome(g, f) and agrees(g, f)]
            found += bool(hit)
            strict += any(f.comparison == g["comparison"] for f in hit)
        for f in mine:
            claimed += 1
            correct += is_right(abstract.gold, f)
            reversals += is_reversal(abstract.gold, f)
    return {
        "recall": round(found / total, 3) if total else 0.0,
        "strict": round(strict / total, 3) if total else 0.0,
        "precision": round(correct / claimed, 3) if claimed else 0.0,
        "reversals": reversals,
        "correct": correct,
        "claimed": claimed,
        "strict_found": strict,
    }


# ------------------------------------------------------------------------------- training


def fit(rows: list[dict[str, float]], targets: list[int], c: float) -> dict[str, float]:
    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform(rows)
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000, tol=1e-6)
    model.fit(matrix, np.array(targets))
    names = vectoriser.get_feature_names_out()
    weights = {str(n): round(float(w), 5) for n, w in zip(names, model.coef_[0])}
    return {n: w for n, w in weights.items() if w != 0.0}


def probability(weights: dict[str, float], features: dict[str, float]) -> float:
    return logistic(weights, features)


def fold_of(abstract: Abstract, folds: int) -> int:
    return zlib.crc32(abstract.key.encode("utf-8")) % folds


def training_rows(
    abstracts: list[Abstract], extra: list[tuple[int, dict[str, float]]]
) -> tuple[list[dict[str, float]], list[int]]:
    """Features and targets: every finding of the gold abstracts, then the ``extra`` labelled ones."""
    rows = [x for a in abstracts for x in a.features] + [x for _, x in extra]
    targets = [int(is_right(a.gold, f)) for a in abstracts for f in a.found] + [y for y, _ in extra]
    return rows, targets


def out_of_fold(
    abstracts: list[Abstract], folds: int, c: float, extra: list[tuple[int, dict[str, float]]]
) -> list[list[float]]:
    """Each abstract's finding probabilities from a model that never saw the abstract (the
    ``extra`` rows, from other abstracts, are in every fold's training)."""
    result: list[list[float]] = [[] for _ in abstracts]
    for fold in range(folds):
        train = [a for a in abstracts if fold_of(a, folds) != fold]
        weights = fit(*training_rows(train, extra), c)
        for i, a in enumerate(abstracts):
            if fold_of(a, folds) == fold:
                result[i] = [probability(weights, x) for x in a.features]
    return result


def comparison_rows(abstracts: list[Abstract]) -> tuple[list[dict[str, float]], list[int]]:
    """Features and targets (1: between groups) of the right findings whose gold says one side."""
    rows, targets = [], []
    for a in abstracts:
        for finding, features in zip(a.found, a.features):
            sides = {g["comparison"] for g in a.gold if same_outcome(g, finding) and agrees(g, finding)}
            if len(sides) == 1:
                rows.append(comparison_features(features))
                targets.append(int(sides.pop() == "between_groups"))
    return rows, targets


def comparison_out_of_fold(abstracts: list[Abstract], folds: int, c: float) -> list[list[float]]:
    """Each abstract's findings' probability of being between groups, from a model that never saw
    the abstract."""
    result: list[list[float]] = [[] for _ in abstracts]
    for fold in range(folds):
        weights = fit(*comparison_rows([a for a in abstracts if fold_of(a, folds) != fold]), c)
        for i, a in enumerate(abstracts):
            if fold_of(a, folds) == fold:
                result[i] = [probability(weights, comparison_features(x)) for x in a.features]
    return result


def choose_margin(
    abstracts: list[Abstract], kept: list[list[Finding]], between: list[list[float]]
) -> tuple[float, dict]:
    """The margin from even odds at which the comparison model answers: strict matches gained,
    a reversal counted three times against; ties go to the larger (more cautious) margin."""
    best: tuple[float, float, dict] | None = None
    for margin in sorted(MARGINS, reverse=True):
        settled_all = [
            settled(mine, _unclear_only(a, mine, ps), margin) for a, mine, ps in zip(abstracts, kept, between)
        ]
        figures = score(abstracts, settled_all)
        value = figures["strict_found"] - 3.0 * figures["reversals"]
        if best is None or value > best[0]:
            best = (value, margin, figures)
    assert best is not None
    return best[1], best[2]


def _unclear_only(abstract: Abstract, kept: list[Finding], between: list[float]) -> list[float | None]:
    """The probabilities of ``kept`` (the judge's choice among the abstract's findings), None where
    the rules said the comparison."""
    by_finding = {id(f): p for f, p in zip(abstract.found, between)}
    return [by_finding.get(id(f), 0.5) if f.comparison == "unclear" else None for f in kept]


def log_loss(abstracts: list[Abstract], probabilities: list[list[float]]) -> float:
    total, count = 0.0, 0
    for a, ps in zip(abstracts, probabilities):
        for f, p in zip(a.found, ps):
            p = min(max(p, 1e-6), 1 - 1e-6)
            total -= np.log(p) if is_right(a.gold, f) else np.log(1 - p)
            count += 1
    return total / count


def choose_policy(abstracts: list[Abstract], probabilities: list[list[float]]) -> tuple[str, float, dict]:
    """The policy and threshold with the best cross-validated trade-off, as ``utility`` weighs it."""
    best: tuple[float, str, float, dict] | None = None
    for action in ("drop", "demote"):
        for threshold in THRESHOLDS:
            kept = [by_policy(a.found, ps, action, threshold) for a, ps in zip(abstracts, probabilities)]
            figures = score(abstracts, kept)
            value = utility(figures)
            if best is None or value > best[0]:
                best = (value, action, threshold, figures)
    assert best is not None
    return best[1], best[2], best[3]


def utility(figures: dict[str, float]) -> float:
    """The worth of the table to a reader: a right finding kept gains 1, a wrong one costs 2 (a
    wrong finding is worse than a missing one), a reversal 3 more (it can change a decision)."""
    right = figures["correct"]
    wrong = figures["claimed"] - right
    return right - 2.0 * wrong - 3.0 * figures["reversals"]


def labelled_counts(abstracts: list[Abstract]) -> dict[str, int]:
    counts = {
        "right": 0,
        "right_wrong_comparison": 0,
        "reversal": 0,
        "wrong_direction": 0,
        "no_such_outcome": 0,
    }
    for a in abstracts:
        for f in a.found:
            if is_right(a.gold, f):
                same = any(
                    same_outcome(g, f) and agrees(g, f) and g["comparison"] == f.comparison for g in a.gold
                )
                counts["right" if same else "right_wrong_comparison"] += 1
            elif is_reversal(a.gold, f):
                counts["reversal"] += 1
            elif any(same_outcome(g, f) for g in a.gold):
                counts["wrong_direction"] += 1
            else:
                counts["no_such_outcome"] += 1
    return counts


def train(gold_dir: Path, evidence_inference: Path, folds: int, show=print) -> dict:
    """The judge's JSON: regularisation, use of the Evidence Inference rows, policy and threshold
    all chosen on cross-validation over the gold training abstracts."""
    abstracts = load_abstracts(gold_dir)
    show(f"{len(abstracts)} training abstracts, findings labelled: {labelled_counts(abstracts)}")
    show(f"rules alone: {score(abstracts, [a.found for a in abstracts])}")
    extra: list[tuple[int, dict[str, float]]] = []
    if (evidence_inference / "train.jsonl").is_file():
        extra = [row for a in load_evidence_inference(gold_dir, evidence_inference) for row in ei_labels(a)]
        show(f"Evidence Inference train rows: {len(extra)} ({sum(y for y, _ in extra)} right)")
    losses = {}
    for use in (False, True) if extra else (False,):
        for c in C_GRID:
            losses[(use, c)] = log_loss(abstracts, out_of_fold(abstracts, folds, c, extra if use else []))
            show(
                f"C={c}, Evidence Inference rows {'in' if use else 'out'}: cross-validated log-loss "
                f"{losses[(use, c)]:.4f}"
            )
    use, c = min(losses, key=lambda k: (losses[k], k))
    extra = extra if use else []
    probabilities = out_of_fold(abstracts, folds, c, extra)
    action, threshold, figures = choose_policy(abstracts, probabilities)
    show(f"chosen: C={c}, {action} below {threshold}: cross-validated {figures}")
    kept = [by_policy(a.found, ps, action, threshold) for a, ps in zip(abstracts, probabilities)]
    comparison_c = min(C_GRID, key=lambda grid_c: (_comparison_loss(abstracts, folds, grid_c), grid_c))
    margin, settled_figures = choose_margin(
        abstracts, kept, comparison_out_of_fold(abstracts, folds, comparison_c)
    )
    show(f"comparison model: C={comparison_c}, answers beyond {margin} of even odds: {settled_figures}")
    return {
        "format": JUDGE_FORMAT,
        "trained_on": "findings-gold train_ei_*.jsonl" + (" + Evidence Inference train" if use else ""),
        "C": c,
        "designs": sorted({a.design for a in abstracts}),
        "policy": {"action": action, "threshold": threshold},
        "cross_validated": {
            "rules_alone": score(abstracts, [a.found for a in abstracts]),
            "judged": figures,
            "comparisons_settled": settled_figures,
        },
        "weights": fit(*training_rows(abstracts, extra), c),
        "comparison": {
            "C": comparison_c,
            "margin": margin,
            "weights": fit(*comparison_rows(abstracts), comparison_c),
        },
    }


def _comparison_loss(abstracts: list[Abstract], folds: int, c: float) -> float:
    """Cross-validated log-loss of the comparison model on the rows it learns from."""
    total, count = 0.0, 0
    between = comparison_out_of_fold(abstracts, folds, c)
    for a, ps in zip(abstracts, between):
        for finding, p in zip(a.found, ps):
            sides = {g["comparison"] for g in a.gold if same_outcome(g, finding) and agrees(g, finding)}
            if len(sides) == 1:
                p = min(max(p, 1e-6), 1 - 1e-6)
                total -= np.log(p) if sides.pop() == "between_groups" else np.log(1 - p)
                count += 1
    return total / count


def as_json(data: dict) -> str:
    """The file's text: sorted keys, so the same training gives the same bytes."""
    return json.dumps(data, sort_keys=True, indent=0) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--evidence-inference", type=Path, default=DEFAULT_EVIDENCE_INFERENCE)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    if not any(args.gold.glob("train_ei_*.jsonl")):
        sys.exit(f"error: no train_ei_*.jsonl in {args.gold}; pass --gold with the findings-gold folder")
    data = train(args.gold, args.evidence_inference, args.folds)
    args.output.write_text(as_json(data), encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
