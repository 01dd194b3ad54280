"""Evidence inference on the Evidence Inference 2.0 corpus: held-out quality and speed.

    python benchmarks/bench_effects.py

The packaged model is trained on the training and validation splits together, so scoring it on
validation would measure seen data. The quality figures here are therefore held out, computed
with the training code in ``scripts/train_effects.py``:

- ``heldout_*``: the validation split scored by a model trained on the training split only;
- ``cv_*``: 5-fold cross-validation over training + validation, folds grouped by article (the
  estimate for the packaged model on abstracts it has not seen).

Speed is the packaged model's, in prompts per second on one core, single process, model loaded:
the best of several rounds in CPU time (``prompts_per_s``) and in wall time
(``prompts_per_s_wall``). Skips when ../shared/data is absent.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from harvester.extract.reader.effects import EffectModel  # noqa: E402

DATA = PROJECT.parent / "shared" / "data" / "evidence-inference"
SPEED_ROUNDS = 7  # the split is small; time it several times and keep the best round
CV_FOLDS = 5
# cited_macro_f1: the classifier alone, on the annotators' own sentences (see train_effects.evaluate)
REPORTED = (
    "macro_f1",
    "f1_increased",
    "f1_decreased",
    "f1_no_difference",
    "evidence_accuracy",
    "cited_macro_f1",
)


def _training_code():
    """scripts/train_effects.py, loaded as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("train_effects", PROJECT / "scripts" / "train_effects.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def run() -> dict[str, float | str]:
    if not (DATA / "validation.jsonl").is_file():
        return {"skipped": f"Evidence Inference corpus not found at {DATA}"}
    training = _training_code()
    train = training.load_examples(DATA / "train.jsonl")
    validation = training.load_examples(DATA / "validation.jsonl")
    passages = training.load_passages(DATA, "train")
    validation_passages = training.load_passages(DATA, "validation")

    figures: dict[str, float | str] = {}
    heldout = _heldout(training, train, passages, validation)
    figures.update({f"heldout_{k}": heldout[k] for k in REPORTED})
    cv = training.cross_validate(train + validation, passages + validation_passages, CV_FOLDS)
    figures.update({f"cv_{k}": cv[k] for k in REPORTED})
    figures.update(_speed(EffectModel.load(), [e.prompt for e in validation]))
    return figures


def _heldout(training, train: list, passages: list, validation: list) -> dict[str, float]:
    """The validation split scored by a reader trained on the training split only."""
    train_only = EffectModel.from_dict(training.train(train, passages))
    return training.evaluate(train_only, validation)


def heldout_macro_f1() -> float:
    """The held-out validation macro-F1 alone, for benchmarks that print it beside their own."""
    training = _training_code()
    return _heldout(
        training,
        training.load_examples(DATA / "train.jsonl"),
        training.load_passages(DATA, "train"),
        training.load_examples(DATA / "validation.jsonl"),
    )["macro_f1"]


def _speed(model: EffectModel, prompts: list) -> dict[str, float]:
    cpu_rounds, wall_rounds = [], []
    for _ in range(SPEED_ROUNDS):
        started, started_wall = time.process_time(), time.perf_counter()
        for prompt in prompts:
            model.infer(prompt)
        cpu_rounds.append(time.process_time() - started)
        wall_rounds.append(time.perf_counter() - started_wall)
    # The best round, as timeit does: slower rounds measure the neighbours, not this code.
    return {
        "prompts_per_s": len(prompts) / min(cpu_rounds),
        "prompts_per_s_wall": len(prompts) / min(wall_rounds),
    }


if __name__ == "__main__":
    for name, value in sorted(run().items()):
        print(f"{name:>28}: {value}" if isinstance(value, str) else f"{name:>28}: {value:.3f}")
