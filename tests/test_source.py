"""The source itself: each module names each of its top-level things once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "harvester"


def _top_level_names(source: str) -> list[str]:
    names = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_binds_each_top_level_name_once(module: Path) -> None:
    """A pattern or helper bound twice in one module silently replaces the first: every use of
    the name, above and below, then means the second, and the first's rule is lost."""
    names = Counter(_top_level_names(module.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_a_second_binding_is_seen() -> None:
    assert _top_level_names("_A = 1\ndef f(): pass\n_A = 2\n") == ["_A", "f", "_A"]
