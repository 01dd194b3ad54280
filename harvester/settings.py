"""One typed Settings object, read from the environment once, passed explicitly everywhere."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from harvester.errors import InputError

NCBI_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
DEFAULT_DATA_DIR = Path("data")
DEFAULT_QUERIES_DIR = Path("queries")
TOOL_NAME = "evidence-harvester"


# Tuning knobs a user may set in the environment: variable -> (Settings field, type, largest
# sensible value). The ceilings keep every later use (timedelta, socket timeouts, EFetch's 10,000
# ids per request) inside what the libraries accept, so a typo fails here and not mid-harvest.
_NUMERIC_VARIABLES: dict[str, tuple[str, type, int]] = {
    "HARVESTER_REFRESH_AFTER_DAYS": ("refresh_after_days", int, 36_500),
    "HARVESTER_BATCH_SIZE": ("batch_size", int, 10_000),
    "HARVESTER_TIMEOUT": ("timeout", float, 3_600),
    "HARVESTER_MAX_RETRIES": ("max_retries", int, 100),
}
_API_KEY = re.compile(r"[A-Za-z0-9._-]{1,128}\Z")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\Z")


def _number(env: Mapping[str, str], variable: str, kind: type, ceiling: int) -> int | float:
    """A finite number in (0, ceiling] from the environment, or an error naming the variable."""
    text = env[variable].strip()
    try:
        value = kind(text)
    except (ValueError, OverflowError):
        value = math.nan
    if not (0 < value <= ceiling):  # also false for nan
        noun = "a whole number" if kind is int else "a number of seconds"
        raise InputError(
            f"environment variable {variable}={_shown(text)}: expected {noun} above 0 and at most {ceiling:,}"
        )
    return value


def _shown(text: str) -> str:
    """A value quoted for a one-line message: escaped, and cut short when long."""
    shown = ascii(text[:60])
    return shown[:-1] + "…'" if len(text) > 60 else shown


def eutils_url(text: str, variable: str = "HARVESTER_EUTILS_URL") -> str:
    """An http(s) base URL with a host (and a valid port), ending in "/"; else an error naming it.

    requests would otherwise fail mid-harvest with MissingSchema or InvalidURL, and an ``ftp://``
    address would look like an unreachable PubMed rather than a configuration mistake.
    """
    text = text.strip()
    problem = None
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 (raises ValueError for a port outside 0-65535)
    except ValueError as error:
        problem = str(error)
    else:
        if parts.scheme not in ("http", "https"):
            problem = "it must start with http:// or https://"
        elif not parts.hostname:
            problem = "it names no host"
        elif not text.isascii() or any(ch.isspace() or not ch.isprintable() for ch in text):
            problem = "it holds spaces or characters a URL cannot"
    if problem:
        raise InputError(
            f"environment variable {variable}={_shown(text)} is not a usable address ({problem}); "
            f"unset it to use {NCBI_EUTILS_URL}"
        )
    return text if text.endswith("/") else text + "/"


def _checked(env: Mapping[str, str], variable: str, pattern: re.Pattern[str], what: str) -> str:
    """A value that must match ``pattern``; the message never repeats it (it may be a secret)."""
    value = env[variable].strip()
    if not pattern.match(value):
        raise InputError(f"environment variable {variable} is not {what}; fix or unset it")
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
            values["eutils_url"] = eutils_url(env["HARVESTER_EUTILS_URL"])
        if env.get("HARVESTER_PUBLISH_URL"):
            values["publish_url"] = env["HARVESTER_PUBLISH_URL"]
        if env.get("NCBI_EMAIL"):
            values["email"] = _checked(env, "NCBI_EMAIL", _EMAIL, "an e-mail address")
        if env.get("NCBI_API_KEY"):
            values["api_key"] = _checked(
                env, "NCBI_API_KEY", _API_KEY, "an NCBI API key (letters, digits, - . _)"
            )
        for variable, (name, kind, ceiling) in _NUMERIC_VARIABLES.items():
            if env.get(variable):
                values[name] = _number(env, variable, kind, ceiling)
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

    @property
    def rate_limit_path(self) -> Path:
        """The next free request slot, shared by every process using this data directory."""
        return self.data_dir / "rate-limit.sqlite"
