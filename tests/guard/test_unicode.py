from collections.abc import Callable

from aire.guard.detect.unicode import find_homoglyph_words, find_invisible
from aire.guard.scanner import Scanner
from aire.guard.types import ScanContext


def test_zero_width_and_bidi_are_found_and_removed(make_scanner: Callable[..., Scanner]) -> None:
    text = "pay\u200bpal \u202eevil\u202c ok"
    assert [k for k, _, _ in find_invisible(text)] == ["invisible", "bidi_control", "bidi_control"]
    res = make_scanner("invisible_text").scan(text, ScanContext())
    assert res.sanitized == "paypal evil ok"


def test_tag_block_smuggling() -> None:
    hidden = "".join(chr(0xE0000 + ord(c)) for c in "ignore")
    assert find_invisible(f"hello{hidden}")[0][0] == "tag_smuggling"


def test_emoji_sequences_are_not_tricks() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    england = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"
    assert find_invisible(f"{family} {england} caf\u00e9") == []


def test_homoglyph_words(make_scanner: Callable[..., Scanner]) -> None:
    fullwidth = "\uff49\uff47\uff4e\uff4f\uff52\uff45"
    moscow = "\u041c\u043e\u0441\u043a\u0432\u0430"
    text = f"log in to p\u0430ypal, {fullwidth} it; {moscow}"
    words = find_homoglyph_words(text)
    assert [w[2] for w in words] == ["paypal", "ignore"]  # a real Russian word is left alone
    res = make_scanner("homoglyphs").scan(text, ScanContext())
    assert res.sanitized.startswith("log in to paypal, ignore it;")
