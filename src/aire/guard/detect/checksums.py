"""Check digits that tell a real identifier from a number that only looks like one."""

from __future__ import annotations

__all__ = ["IBAN_LENGTHS", "card_brand_valid", "iban_valid", "luhn_valid", "ssn_valid"]

#: IBAN length by country (ISO 13616 registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27,
    "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    # in use, not (yet) in the registry: Iran and the CFA/Maghreb banking zones
    "IR": 26, "DZ": 26, "AO": 25, "BJ": 28, "BF": 28, "CM": 27, "CV": 25, "CF": 27,
    "CG": 27, "CI": 28, "GA": 27, "GQ": 27, "GW": 25, "KM": 27, "MA": 28, "MG": 27,
    "ML": 28, "MZ": 25, "NE": 28, "SN": 28, "TD": 27, "TG": 28, "HN": 28,
}  # fmt: skip


def luhn_valid(digits: str) -> bool:
    """Luhn (mod 10) check of a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_brand_valid(digits: str) -> bool:
    """Whether the issuer prefix and the length fit a card network (Visa, Mastercard,
    Amex, Discover, Diners, JCB, Maestro, UnionPay, Mir): "1234..." of 16 digits does not."""
    n = len(digits)
    if digits[0] == "4":
        return n in (13, 16, 19)
    p2, p4 = int(digits[:2]), int(digits[:4])
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if p4 in (2131, 1800):
        return n == 15
    if 2200 <= p4 <= 2204 or p2 == 35:
        return 16 <= n <= 19
    if 300 <= p4 // 10 <= 305 or p2 in (36, 38, 39) or p4 // 10 == 309:
        return 14 <= n <= 19
    if p2 == 50 or 56 <= p2 <= 69 or p4 == 604:
        return 12 <= n <= 19
    return False


def iban_valid(iban: str, *, any_length: bool = False) -> bool:
    """Country length and ISO 7064 mod-97 check of an IBAN without spaces.

    ``any_length``: accept a length the registry does not give the country (15-34
    characters, mod-97 still checked), for text that says it is an IBAN.
    """
    iban = iban.upper()
    if not iban[2:4].isdigit():
        return False
    if any_length:
        if not 15 <= len(iban) <= 34 or not iban[:2].isalpha():
            return False
    elif IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    try:
        number = "".join(str(int(ch, 36)) for ch in rearranged)
    except ValueError:
        return False
    return int(number) % 97 == 1


def ssn_valid(area: str, group: str, serial: str) -> bool:
    """US SSN rules: area not 000, 666 or 9xx; group not 00; serial not 0000."""
    return (
        area != "000"
        and area != "666"
        and area[0] != "9"
        and group != "00"
        and serial != "0000"
        and f"{area}{group}{serial}" not in _ADVERTISED
    )


# Numbers published in advertising and documentation, never issued to a person.
_ADVERTISED = frozenset({"078051120", "219099999", "123456789"})
