"""Cost of one very long abstract: reading time must grow in proportion to its length.

One fictional abstract of 1,000, 10,000 and 40,000 sentences (a short trial report, repeated
with varying numbers) is read by the extractor (``harvester extract`` and the digest) and by the
evidence reader (``harvester effects``), with the per-record bound on abstract length switched
off so that the reading itself is measured. ``*_ratio_40k_1k`` divides the time per sentence at
40,000 sentences by that at 1,000: about 1 means linear growth; quadratic growth would show ~40.
In normal use an abstract is read only to ``MAX_ABSTRACT_CHARS`` (about 1,000 such sentences).
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from functools import partial

from harvester.extract import extract, load_vocabulary
from harvester.extract.reader.effects import EffectModel, Prompt
from harvester.models import AbstractSection, Record

SIZES = (1_000, 10_000, 40_000)
# Fictional sentences: the kinds a results section holds, with brackets, abbreviations, p-values.
SENTENCES = (
    "Pain decreased more with massage than with usual care "
    "(mean difference -1.{i}, 95% CI -2.1 to -0.4; p = 0.0{j}).",
    "Fatigue, measured on the Modified Fatigue Impact Scale, did not differ between groups (p = 0.{j}1).",
    "Anxiety scores fell in the massage group only, vs. no change with sham touch (n = 2{i}).",
    "No serious adverse events occurred; two participants (i.e. {i}%) reported mild soreness.",
)


# The best of a few runs: the machine may be shared, and a short run suffers most from that.
REPEATS = {1_000: 5, 10_000: 3, 40_000: 2}


def _best_of(repeats: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        gc.collect()  # each run starts from the same heap, not the previous run's garbage
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def abstract_of(count: int) -> str:
    return " ".join(SENTENCES[n % 4].format(i=n % 10, j=n % 9 + 1) for n in range(count))


def run() -> dict[str, float | str]:
    vocabulary = load_vocabulary()
    model = EffectModel.load()
    figures: dict[str, float | str] = {}
    for size in SIZES:
        text = abstract_of(size)
        record = Record(pmid="99000999", abstract=(AbstractSection(text, "RESULTS", "RESULTS"),))
        prompt = Prompt(id=1, abstract=text, outcome="pain", intervention="massage", comparator="usual care")
        repeats = REPEATS[size]
        extract_s = _best_of(repeats, partial(extract, record, vocabulary, max_chars=None))
        effects_s = _best_of(repeats, partial(model.infer, prompt))
        label = f"{size // 1000}k"
        figures[f"extract_{label}_s"] = extract_s
        figures[f"effects_{label}_s"] = effects_s
        print(f"  {size:,} sentences: extract {extract_s:.2f} s, effects {effects_s:.2f} s", file=sys.stderr)
    for reader in ("extract", "effects"):
        per_sentence_40k = figures[f"{reader}_40k_s"] / 40_000  # type: ignore[operator]
        per_sentence_1k = figures[f"{reader}_1k_s"] / 1_000  # type: ignore[operator]
        figures[f"{reader}_ratio_40k_1k"] = per_sentence_40k / per_sentence_1k
    return figures


if __name__ == "__main__":
    print(run())
