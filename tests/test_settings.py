"""Settings: read once from the environment, explicit overrides win, secrets stay out of repr."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest
import requests
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from harvester.errors import InputError
from harvester.settings import NCBI_EUTILS_URL, Settings


def test_defaults_point_at_ncbi_and_a_local_data_directory() -> None:
    settings = Settings.from_env({})

    assert settings.eutils_url == NCBI_EUTILS_URL
    assert settings.data_dir == Path("data")
    assert settings.store_path == Path("data/harvester.sqlite")
    assert settings.http_cache_path == Path("data/http-cache.sqlite")
    assert settings.requests_per_second == 3.0


def test_environment_variables_fill_the_settings() -> None:
    settings = Settings.from_env(
        {
            "HARVESTER_DATA_DIR": "/srv/harvest",
            "HARVESTER_QUERIES_DIR": "/srv/queries",
            "HARVESTER_EUTILS_URL": "http://127.0.0.1:8080/eutils",
            "NCBI_EMAIL": "someone@example.org",
            "NCBI_API_KEY": "abc123",
            "HARVESTER_REFRESH_AFTER_DAYS": "7",
            "HARVESTER_BATCH_SIZE": "500",
            "HARVESTER_TIMEOUT": "12.5",
            "HARVESTER_MAX_RETRIES": "9",
            "HARVESTER_PUBLISH_URL": "https://example.org/digests/{month}/{query}/",
        }
    )

    assert settings.data_dir == Path("/srv/harvest")
    assert settings.queries_dir == Path("/srv/queries")
    assert settings.eutils_url == "http://127.0.0.1:8080/eutils/"  # endpoints are joined to it
    assert settings.email == "someone@example.org"
    assert settings.requests_per_second == 10.0  # an API key raises NCBI's limit
    assert (settings.refresh_after_days, settings.batch_size) == (7, 500)
    assert (settings.timeout, settings.max_retries) == (12.5, 9)
    assert settings.publish_url == "https://example.org/digests/{month}/{query}/"


def test_explicit_overrides_win_over_the_environment() -> None:
    settings = Settings.from_env({"HARVESTER_DATA_DIR": "/env"}, data_dir=Path("/flag"), offline=True)

    assert settings.data_dir == Path("/flag")
    assert settings.offline is True


@pytest.mark.parametrize("value", ["soon", "0", "-3", "1.5"])
def test_a_bad_number_names_the_variable(value: str) -> None:
    with pytest.raises(InputError, match=f"HARVESTER_REFRESH_AFTER_DAYS={value!r}: expected a whole number"):
        Settings.from_env({"HARVESTER_REFRESH_AFTER_DAYS": value})


def test_the_api_key_never_appears_in_the_settings_repr() -> None:
    settings = Settings.from_env({"NCBI_API_KEY": "SECRET-KEY-123"})

    assert "SECRET-KEY-123" not in repr(settings)


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("HARVESTER_TIMEOUT", "nan"),
        ("HARVESTER_TIMEOUT", "inf"),
        ("HARVESTER_TIMEOUT", "1e400"),
        ("HARVESTER_TIMEOUT", "-inf"),
        ("HARVESTER_REFRESH_AFTER_DAYS", "10000000"),
        ("HARVESTER_BATCH_SIZE", "99999999999999999999999"),
        ("HARVESTER_MAX_RETRIES", "1" * 5000),  # beyond Python's int-from-text digit limit
    ],
)
def test_a_number_that_is_not_finite_or_too_large_names_the_variable(variable: str, value: str) -> None:
    with pytest.raises(InputError, match=f"{variable}=.*at most") as raised:
        Settings.from_env({variable: value})
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("notaurl", "http:// or https://"),
        ("ftp://ftp.ncbi.nlm.nih.gov/entrez/", "http:// or https://"),
        ("http://127.0.0.1:99999/e/", "Port out of range"),
        ("http://[::1/e/", "Invalid IPv6 URL"),
        ("http:///e/", "no host"),
        ("http://exa mple.org/e/", "spaces"),
    ],
)
def test_an_unusable_eutils_url_is_a_configuration_error(url: str, problem: str) -> None:
    with pytest.raises(InputError, match="HARVESTER_EUTILS_URL") as raised:
        Settings.from_env({"HARVESTER_EUTILS_URL": url})
    assert problem in str(raised.value)


def test_a_malformed_api_key_is_refused_without_repeating_it() -> None:
    with pytest.raises(InputError, match="NCBI_API_KEY") as raised:
        Settings.from_env({"NCBI_API_KEY": "SECRET KEY\n123"})
    assert "SECRET" not in str(raised.value)


def test_an_email_without_an_at_sign_is_refused() -> None:
    with pytest.raises(InputError, match="NCBI_EMAIL is not an e-mail address"):
        Settings.from_env({"NCBI_EMAIL": "nobody"})


# Every variable Settings reads, with text a hurried or hostile user might put in it.
_VARIABLES = (
    "HARVESTER_DATA_DIR",
    "HARVESTER_QUERIES_DIR",
    "HARVESTER_EUTILS_URL",
    "HARVESTER_PUBLISH_URL",
    "HARVESTER_REFRESH_AFTER_DAYS",
    "HARVESTER_BATCH_SIZE",
    "HARVESTER_TIMEOUT",
    "HARVESTER_MAX_RETRIES",
    "NCBI_EMAIL",
    "NCBI_API_KEY",
)
_NUMBERISH = st.one_of(
    st.integers().map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["nan", "inf", "-0", "1e400", "0x10", "1_000", " 7 ", "٣"]),
)
_URLISH = st.builds(
    "".join,
    st.lists(
        st.sampled_from(
            ["http", "https", "ftp", ":", "//", "/", "[", "]", "::1", "host", ":99999", "@", " ", "%", "?"]
        )
    ),
)


@hypothesis_settings(max_examples=200, deadline=None)
@given(
    variable=st.sampled_from(_VARIABLES),
    value=st.one_of(st.text(min_size=1), _NUMBERISH, _URLISH).filter(lambda text: "\x00" not in text),
)
def test_any_value_of_any_variable_gives_usable_settings_or_one_line_naming_it(
    variable: str, value: str
) -> None:
    try:
        settings = Settings.from_env({variable: value})
    except InputError as error:
        assert variable in str(error)
        assert "\n" not in str(error)
        return
    # What the harvest later does with each value must not raise either.
    assert math.isfinite(settings.timeout) and settings.timeout > 0
    dt.datetime.now(dt.UTC) + dt.timedelta(days=settings.refresh_after_days)
    assert 1 <= settings.batch_size <= 10_000 and settings.max_retries >= 1
    request = requests.Request("GET", settings.eutils_url + "esearch.fcgi", params={"term": "x"})
    assert request.prepare().url
