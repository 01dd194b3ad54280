"""Read a CSV the way the README tells R users to, and report each column's class.

Skips the calling test where R is not installed (``apt-get install r-base-core`` brings it).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

RSCRIPT = shutil.which("Rscript")
_READ = (
    'd <- read.csv(commandArgs(TRUE)[1], colClasses = c(pmid = "character"), encoding = "UTF-8"); '
    'for (name in names(d)) cat(name, class(d[[name]]), "\\n")'
)


def r_column_classes(path: Path) -> dict[str, str]:
    """``{"retracted": "logical", "n": "integer", ...}`` as R's ``read.csv`` reads ``path``."""
    if RSCRIPT is None:
        pytest.skip("R is not installed (apt-get install r-base-core)")
    result = subprocess.run(
        [RSCRIPT, "-e", _READ, str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return dict(line.split() for line in result.stdout.splitlines() if line.strip())
