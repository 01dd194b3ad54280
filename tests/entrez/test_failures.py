"""What a failed exchange means: how long the server asks us to wait, and which host failed how."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import requests

from harvester.entrez.failures import connection_problem, retry_after


def test_retry_after_in_seconds_or_as_a_date_is_capped_and_never_negative() -> None:
    assert retry_after("7") == 7.0
    assert retry_after("100000") == 120.0
    assert retry_after(None) is None and retry_after("soon") is None
    past = format_datetime(datetime.now(UTC) - timedelta(minutes=5), usegmt=True)
    assert retry_after(past) == 0.0
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 20.0 <= (retry_after(later) or 0.0) <= 30.0


def test_a_failed_connection_names_its_host_and_cause() -> None:
    refused = requests.ConnectionError(ConnectionRefusedError(111, "Connection refused"))
    assert connection_problem(refused, "http://127.0.0.1:9/e/") == "connection refused by 127.0.0.1:9"
    unknown = requests.ConnectionError(socket.gaierror(-2, "Name or service not known"))
    assert connection_problem(unknown, "https://eutils.example/e/") == "DNS lookup failed for eutils.example"
