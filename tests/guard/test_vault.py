import pytest

from aire.guard.vault import StreamRestorer, Vault


def test_same_value_same_placeholder() -> None:
    vault = Vault()
    a = vault.placeholder("email", "a@x.io")
    assert vault.placeholder("email", "a@x.io") == a == "[EMAIL_1]"
    assert vault.placeholder("email", "b@x.io") == "[EMAIL_2]"
    assert vault.placeholder("credit_card", "4111") == "[CREDIT_CARD_1]"
    assert vault.restore("to [EMAIL_2] from [EMAIL_1], not [EMAIL_9]") == (
        "to b@x.io from a@x.io, not [EMAIL_9]"
    )


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 100])
def test_stream_restore_with_placeholders_split_anywhere(size: int) -> None:
    vault = Vault()
    ph = vault.placeholder("email", "alice@example.com")
    answer = f"Sure [x], I wrote to {ph}. Copy: {ph}[EMAIL_1] and [not closed"
    restorer = StreamRestorer(vault)
    out = "".join(restorer.feed(answer[i : i + size]) for i in range(0, len(answer), size))
    out += restorer.finish()
    assert out == vault.restore(answer)
    assert "alice@example.com" in out
    assert "[EMAIL_1]" not in out


def test_restorer_holds_back_only_a_possible_placeholder() -> None:
    restorer = Vault().restorer()
    assert restorer.feed("hello [EMA") == "hello "
    assert restorer.feed("IL_1] and [") == "[EMAIL_1] and "  # unknown: left as is
    assert restorer.feed("x" * 50) == "[" + "x" * 50  # too long to be a placeholder
