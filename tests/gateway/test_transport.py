import email.utils
import time

import pytest

from aire.gateway.transport import retry_after_s


def test_retry_after_forms() -> None:
    assert retry_after_s({"retry-after": "3"}) == 3
    assert retry_after_s({"retry-after-ms": "1500", "retry-after": "9"}) == 1.5
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert retry_after_s({"retry-after": when}) == pytest.approx(30, abs=2)
    assert retry_after_s({"retry-after": "soon"}) is None
    assert retry_after_s({}) is None
