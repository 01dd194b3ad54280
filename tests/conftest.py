"""Fixtures shared by every test module."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvester.settings import Settings
from support import PROJECT_ROOT, SHARED_DATA


@pytest.fixture
def shared_data() -> Path:
    """The reference data beside the project; tests using it skip on a fresh clone without it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"reference data not found at {SHARED_DATA} (a clone without ../shared)")
    return SHARED_DATA


@pytest.fixture
def ncbi_samples(shared_data: Path) -> Path:
    path = shared_data / "ncbi-samples"
    if not path.is_dir():
        pytest.skip(f"NCBI samples not found at {path}")
    return path


@pytest.fixture
def evidence_inference(shared_data: Path) -> Path:
    path = shared_data / "evidence-inference"
    if not path.is_dir():
        pytest.skip(f"Evidence Inference corpus not found at {path}")
    return path


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with a fresh data directory and fast retries, pointing at no real server."""
    return Settings(
        data_dir=tmp_path / "data",
        queries_dir=PROJECT_ROOT / "queries",
        eutils_url="http://127.0.0.1:9/eutils/",
        email="tests@example.org",
        backoff_base=0.01,
        backoff_max=0.05,
        timeout=2.0,
    )


@pytest.fixture
def eutils_standin(monkeypatch: pytest.MonkeyPatch):
    """A running E-utilities stand-in on 127.0.0.1; HARVESTER_EUTILS_URL points at it."""
    from support.standin import StandIn

    with StandIn() as standin:
        monkeypatch.setenv("HARVESTER_EUTILS_URL", standin.url)
        yield standin


_REAL_SERVER_FIXTURES = {"eutils_standin", "live", "standin"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that talks to the loopback stand-in over real sockets is an integration test."""
    for item in items:
        if _REAL_SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.integration)
