"""Helpers the tests share: where things are, the E-utilities stand-in, sample records."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"
