"""Progress of long steps: a bar on a terminal, one summary line in the log.

A digest of thousands of records, a large import, a search split into date windows or a
harvest retrying an unreachable PubMed can each take minutes. On a terminal (stderr is a TTY)
each draws a tqdm bar that disappears when the step ends; anywhere else (cron, a pipe, tests)
nothing is drawn, and the step logs one line at INFO (``harvester -v``) saying how much it did
and how long it took. Library code never prints otherwise: this is the one place that draws.

Example::

    with progress("Reading abstracts", total=len(records), unit="abstract", log=log) as step:
        for record in records:
            ...
            step.update()
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from tqdm import tqdm

__all__ = ["Progress", "on_terminal", "progress"]


def on_terminal() -> bool:
    """Whether stderr is a terminal someone is watching."""
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


class Progress:
    """What a step has done so far, drawn as it goes when someone is watching."""

    def __init__(self, bar: tqdm) -> None:
        self._bar = bar
        self.done = 0

    def update(self, count: int = 1) -> None:
        self.done += count
        self._bar.update(count)

    def set_total(self, total: int) -> None:
        """The step's size, once known (a bulk run learns how many files are left to read)."""
        self._bar.total = total
        self._bar.refresh()

    def note(self, line: str) -> None:
        """A line for the person running the command, printed above the bar (or alone)."""
        self._bar.write(line, file=sys.stderr)

    def status(self, text: str) -> None:
        """A short note after the bar, such as the date window being searched."""
        self._bar.set_postfix_str(text, refresh=True)


@contextmanager
def progress(
    description: str,
    *,
    total: int | None = None,
    unit: str = "record",
    log: logging.Logger | None = None,
) -> Iterator[Progress]:
    """A step's progress; on leaving, ``log`` (if given) gets the one-line summary."""
    started = time.perf_counter()
    with tqdm(
        total=total,
        unit=unit,
        desc=description,
        file=sys.stderr,
        disable=not on_terminal(),
        leave=False,
        dynamic_ncols=True,
    ) as bar:
        step = Progress(bar)
        yield step
    if log is not None:
        log.info("%s: %s %s(s) in %.1f s", description, f"{step.done:,}", unit, time.perf_counter() - started)
