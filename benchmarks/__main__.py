"""Run every benchmark, print one table, and write the figures to benchmarks/results/.

Each ``benchmarks/bench_<name>.py`` exposes ``run() -> dict[str, float | str]``; a skipped
benchmark returns a ``skipped`` entry saying why (or nothing at all). Figures are measured side by
side within one run, so compare the ratios between runs, not absolute times.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import platform
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def discover(selected: list[str]) -> list[str]:
    names = sorted(path.stem for path in HERE.glob("bench_*.py"))
    if selected:
        names = [n for n in names if any(s in n for s in selected)]
    return names


def format_value(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def main(argv: list[str]) -> int:
    results: dict[str, dict[str, object]] = {}
    failed = 0
    for name in discover(argv):
        started = time.perf_counter()
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            figures = module.run() or {"skipped": "no figures (see the message above)"}
        except Exception as error:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            figures = {"failed": f"{type(error).__name__}: {error}"}
            failed += 1
        figures["bench_seconds"] = round(time.perf_counter() - started, 1)
        results[name.removeprefix("bench_")] = figures
    width = max((len(f"{b}.{k}") for b, f in results.items() for k in f), default=10)
    print(f"\n{'figure':<{width}}  value")
    print(f"{'-' * width}  {'-' * 16}")
    for bench, figures in results.items():
        for key, value in figures.items():
            print(f"{bench + '.' + key:<{width}}  {format_value(value)}")
    RESULTS.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    document = {
        "when": stamp,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "results": results,
    }
    text = json.dumps(document, indent=2, sort_keys=True)
    (RESULTS / "latest.json").write_text(text + "\n", encoding="utf-8")
    (RESULTS / f"bench-{stamp}.json").write_text(text + "\n", encoding="utf-8")
    print(f"\nwritten to {RESULTS / 'latest.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
