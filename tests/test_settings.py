"""Settings: read once from the environment, explicit overrides win, secrets stay out of repr."""

from __future__ import annotations

from pathlib import Path

import pytest

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
