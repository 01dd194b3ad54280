"""Peak memory of a digest over 25,000 stored records, measured on its own process.

The records are the fictional ones of ``bench_digest``; they are imported first, then
``harvester digest --offline`` runs in a child process whose peak resident set size (the
kernel's ``ru_maxrss``) is read when it exits. The figure is for a cold digest (every abstract
read), the monthly job's worst case.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_digest import MONTH, QUERY, write_records
from harvester.jobs.imports import import_files
from harvester.store import Store

RECORDS = 25_000


def run() -> dict[str, float | str]:
    if not hasattr(os, "wait4"):
        return {"skipped": "os.wait4 (peak memory of a child process) is not available here"}
    with tempfile.TemporaryDirectory(prefix="bench-digest-memory-") as tmp:
        root = Path(tmp)
        (root / "bench.toml").write_text(QUERY, encoding="utf-8")
        write_records(root / "records.xml", RECORDS)
        with Store.open(root / "data" / "harvester.sqlite") as store:
            import_files([root / "records.xml"], store, query="bench")
        command = [
            *(sys.executable, "-m", "harvester", "--data-dir", str(root / "data")),
            *("digest", str(root / "bench.toml"), "--offline", "--month", MONTH, "--out", str(root / "out")),
        ]
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert child.stderr is not None
        errors = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        if child.returncode != 0:
            return {"failed": errors.decode(errors="replace").strip().splitlines()[-1]}
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    print(f"  {RECORDS:,} records: {seconds:.1f} s, peak {peak_mb:,.0f} MB", file=sys.stderr)
    return {"records": float(RECORDS), "wall_s": seconds, "peak_rss_mb": peak_mb}


if __name__ == "__main__":
    print(run())
