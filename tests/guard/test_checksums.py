import pytest

from aire.guard.detect.checksums import iban_valid, luhn_valid, ssn_valid


@pytest.mark.parametrize("number", ["4111111111111111", "5500005555555559", "378282246310005"])
def test_luhn_accepts_real_test_cards(number: str) -> None:
    assert luhn_valid(number)


@pytest.mark.parametrize("number", ["4111111111111112", "5500005555555558", "378282246310006"])
def test_luhn_rejects_one_digit_off(number: str) -> None:
    assert not luhn_valid(number)


def test_iban_checks_length_and_mod97() -> None:
    assert iban_valid("GB82WEST12345698765432")
    assert iban_valid("de89370400440532013000")  # case does not matter
    assert not iban_valid("GB82WEST12345698765433")  # check digits fail
    assert not iban_valid("GB82WEST1234569876543")  # too short for GB
    assert not iban_valid("XX82WEST12345698765432")  # no such country


@pytest.mark.parametrize(
    ("area", "group", "serial", "ok"),
    [
        ("731", "83", "4418", True),
        ("000", "12", "3456", False),
        ("666", "12", "3456", False),
        ("912", "12", "3456", False),
        ("123", "00", "4567", False),
        ("123", "45", "0000", False),
        ("078", "05", "1120", False),  # the Woolworth wallet number
    ],
)
def test_ssn_rules(area: str, group: str, serial: str, ok: bool) -> None:
    assert ssn_valid(area, group, serial) is ok
