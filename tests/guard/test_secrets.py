import pytest

from aire.guard.detect.secrets import find_secrets


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_secrets(text)]


GH = "ghp_" + "a1B2" * 9
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx\n-----END RSA PRIVATE KEY-----"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("key=AKIAIOSFODNN7EXAMPLE", "aws_access_key", "AKIAIOSFODNN7EXAMPLE"),
        (f"token {GH}", "github_token", GH),
        ("glpat-abcdefghij1234567890", "gitlab_token", "glpat-abcdefghij1234567890"),
        ("xoxb-123456789012-abcdefABCDEF", "slack_token", "xoxb-123456789012-abcdefABCDEF"),
        ("sk_live_" + "x" * 24, "stripe_key", "sk_live_" + "x" * 24),
        ("AIza" + "A" * 35, "google_api_key", "AIza" + "A" * 35),
        ("hf_" + "a" * 34, "huggingface_token", "hf_" + "a" * 34),
        (PEM, "private_key", PEM),
        (f"Authorization: Bearer {JWT}", "jwt", JWT),
        ("postgres://app:s3cr3t-pw@db:5432/x", "db_password", "s3cr3t-pw"),
        ("mongodb+srv://u:Pa55w0rd@c.mongodb.net/db", "db_password", "Pa55w0rd"),
        ('password = "correct-horse-9"', "password", "correct-horse-9"),
        ("API_KEY: 9f8e7d6c5b4a39281706", "password", "9f8e7d6c5b4a39281706"),
        ("here: q8Ze4Lm2Vx9Rt1Pw7Ks3Yb6Nc0", "high_entropy", "q8Ze4Lm2Vx9Rt1Pw7Ks3Yb6Nc0"),
    ],
)
def test_finds_secret(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the quick brown fox jumps over the lazy dog",
        "id 123e4567-e89b-12d3-a456-426614174000",  # a UUID is not a credential
        "commit 3f786850e387550fdab836ed7e6dc881de23001b fixed it",  # hex without a key word
        "/usr/local/lib/python3.11/site-packages/aire",
        "password: ${DB_PASSWORD}",  # a reference, not a value
        "XAKIAIOSFODNN7EXAMPLE",  # glued to a word: not a key boundary
        "InternationalizationAndLocalization",
    ],
)
def test_no_false_alarm(text: str) -> None:
    assert found(text) == []


def test_partial_pem_is_still_a_key() -> None:
    # a stream cut after the header must not release the body
    text = "here:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA"
    assert [k for k, _ in found(text)] == ["private_key"]
