"""Helpers the tests share: where things are, the E-utilities stand-in, sample records."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

PROJECT_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"


def load_script(name: str) -> ModuleType:
    """scripts/NAME.py loaded as a module (scripts/ is not a package), for the tests of a
    training script."""
    spec = importlib.util.spec_from_file_location(name, PROJECT_ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module
