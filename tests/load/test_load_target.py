"""The target URL: bad ones are usage errors (exit 2) with one line, never a traceback."""

from __future__ import annotations

import re

import pytest

from aire.errors import UsageError
from aire.load.target import endpoint_for


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://[::1", "not a valid URL (Invalid IPv6 URL)"),
        ("http://127.0.0.1:99999", "not a valid URL (Port out of range"),
        ("http://127.0.0.1:abc", "not a valid URL"),
        ("http://127.0.0.1:0", "port 0"),
        ("http://:8000", "must be an http(s) URL"),
        ("localhost:8000", "must be an http(s) URL"),
        ("ftp://127.0.0.1", "must be an http(s) URL"),
    ],
)
def test_bad_urls_are_usage_errors(url: str, message: str) -> None:
    with pytest.raises(UsageError, match=re.escape(message)) as info:
        endpoint_for(url, "chat")
    assert "\n" not in info.value.show()


@pytest.mark.parametrize(
    ("url", "endpoint"),
    [
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000/v1/chat/completions"),
        ("http://127.0.0.1:8000/v1/", "http://127.0.0.1:8000/v1/chat/completions"),
        ("https://[::1]:8443/v1/completions", "https://[::1]:8443/v1/completions"),
    ],
)
def test_good_urls_give_the_endpoint(url: str, endpoint: str) -> None:
    assert endpoint_for(url, "chat")[1] == endpoint
