"""One typed Settings object, read from the environment once, passed explicitly everywhere."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from harvester.errors import InputError

NCBI_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
DEFAULT_DATA_DIR = Path("data")
DEFAULT_QUERIES_DIR = Path("queries")
TOOL_NAME = "evidence-harvester"


# Tuning knobs a user may set in the environment: variable -> (Settings field, type).
_NUMERIC_VARIABLES: dict[str, tuple[str, type]] = {
    "HARVESTER_REFRESH_AFTER_DAYS": ("refresh_after_days", int),
    "HARVESTER_BATCH_SIZE": ("batch_size", int),
    "HARVESTER_TIMEOUT": ("timeout", float),
    "HARVESTER_MAX_RETRIES": ("max_retries", int),
}


def _number(env: Mapping[str, str], variable: str, kind: type) -> int | float:
    """A positive number from the environment, or an error naming the variable."""
    text = env[variable].strip()
    try:
        value = kind(text)
    except ValueError:
        value = 0
    if value <= 0:
        noun = "a whole number" if kind is int else "a number"
        raise InputError(f"environment variable {variable}={text!r}: expected {noun} above 0")
    return value


@dataclass(frozen=True)
class Settings:
    """Where data lives and how to talk to NCBI.

    ``api_key`` is excluded from ``repr`` so that it never lands in a log or a traceback.
    """

    data_dir: Path = DEFAULT_DATA_DIR
    queries_dir: Path = DEFAULT_QUERIES_DIR
    eutils_url: str = NCBI_EUTILS_URL
    email: str | None = None
    api_key: str | None = field(default=None, repr=False)
    tool: str = TOOL_NAME
    timeout: float = 30.0
    max_retries: int = 6
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    batch_size: int = 200
    refresh_after_days: int = 30
    offline: bool = False
    publish_url: str | None = None  # where digests are published: see digest.publish_address

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Build settings from HARVESTER_* and NCBI_* variables; explicit overrides win."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        if env.get("HARVESTER_DATA_DIR"):
            values["data_dir"] = Path(env["HARVESTER_DATA_DIR"])
        if env.get("HARVESTER_QUERIES_DIR"):
            values["queries_dir"] = Path(env["HARVESTER_QUERIES_DIR"])
        if env.get("HARVESTER_EUTILS_URL"):
            url = env["HARVESTER_EUTILS_URL"]
            values["eutils_url"] = url if url.endswith("/") else url + "/"
        if env.get("HARVESTER_PUBLISH_URL"):
            values["publish_url"] = env["HARVESTER_PUBLISH_URL"]
        if env.get("NCBI_EMAIL"):
            values["email"] = env["NCBI_EMAIL"]
        if env.get("NCBI_API_KEY"):
            values["api_key"] = env["NCBI_API_KEY"]
        for variable, (name, kind) in _NUMERIC_VARIABLES.items():
            if env.get(variable):
                values[name] = _number(env, variable, kind)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    @property
    def requests_per_second(self) -> float:
        """NCBI's published limit: 3 requests/s without an API key, 10 with one."""
        return 10.0 if self.api_key else 3.0

    @property
    def store_path(self) -> Path:
        return self.data_dir / "harvester.sqlite"

    @property
    def http_cache_path(self) -> Path:
        return self.data_dir / "http-cache.sqlite"
