"""Evidence inference on the Evidence Inference 2.0 validation split: quality and speed.

    python benchmarks/bench_effects.py

Figures: macro-F1 and per-class F1 of the label, evidence accuracy (the returned sentence
overlaps a sentence the annotators cited), and prompts per second on one core, single process,
with the model already loaded. Speed is the best of several rounds, in CPU time of this process,
so other work on a shared machine counts against it as little as possible
(``prompts_per_s_wall`` gives the wall-clock rate of the best round).
Skips (returns {}) when ../shared/data is absent.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from harvester.extract.effects import LABELS, EffectModel, Prompt  # noqa: E402

VALIDATION = PROJECT.parent / "shared" / "data" / "evidence-inference" / "validation.jsonl"
SPEED_ROUNDS = 7  # the split is small; time it several times and keep the best round


def run() -> dict[str, float]:
    if not VALIDATION.is_file():
        print(f"bench_effects: skipped, {VALIDATION} not found (a clone without ../shared)")
        return {}
    rows = [json.loads(line) for line in VALIDATION.read_text(encoding="utf-8").splitlines() if line.strip()]
    prompts = [Prompt(id=r["id"], abstract=r["abstract"], outcome=r["outcome"],
                      intervention=r["intervention"], comparator=r["comparator"]) for r in rows]
    model = EffectModel.load()
    answers = [model.infer(p) for p in prompts]
    figures = _quality(rows, answers)
    cpu_rounds, wall_rounds = [], []
    for _ in range(SPEED_ROUNDS):
        started, started_wall = time.process_time(), time.perf_counter()
        for prompt in prompts:
            model.infer(prompt)
        cpu_rounds.append(time.process_time() - started)
        wall_rounds.append(time.perf_counter() - started_wall)
    # The best round, as timeit does: slower rounds measure the neighbours, not this code.
    figures["prompts_per_s"] = len(prompts) / min(cpu_rounds)
    figures["prompts_per_s_wall"] = len(prompts) / min(wall_rounds)
    return figures


def _quality(rows: list[dict], answers: list) -> dict[str, float]:
    figures: dict[str, float] = {}
    for label in LABELS:
        tp = sum(r["label"] == a.label == label for r, a in zip(rows, answers))
        precision = tp / max(1, sum(a.label == label for a in answers))
        recall = tp / max(1, sum(r["label"] == label for r in rows))
        figures[f"f1_{label}"] = 2 * precision * recall / (precision + recall) if tp else 0.0
    figures["macro_f1"] = sum(figures[f"f1_{label}"] for label in LABELS) / len(LABELS)
    figures["accuracy"] = sum(r["label"] == a.label for r, a in zip(rows, answers)) / len(rows)
    figures["evidence_accuracy"] = sum(_cited(r, a.evidence) for r, a in zip(rows, answers)) / len(rows)
    return figures


def _cited(row: dict, evidence) -> bool:
    """Whether the returned sentence overlaps a passage the annotators cited."""
    for cited in row["evidence"]:
        start = row["abstract"].find(cited.strip())
        if start >= 0 and evidence.start < start + len(cited.strip()) and start < evidence.end:
            return True
    return False


if __name__ == "__main__":
    for name, value in sorted(run().items()):
        print(f"{name:>20}: {value:.0f}" if name.startswith("prompts_per_s") else f"{name:>20}: {value:.3f}")
