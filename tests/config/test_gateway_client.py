"""A deployment's client block (client, proxy, tls, http2): bad values exit 2 with the
file, the line and the field, before anything is served."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import trustme

from aire.cli.main import main
from aire.config.gateway import DeploymentConfig
from aire.gateway.transport import client_settings

HEAD = "gateway:\n  models:\n    chat:\n      deployments:\n        - url: https://up:8443/v1\n"


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: str) -> str:
    """The first error line of ``aire serve --check`` on a file with ``extra`` (indented
    fields of the deployment; the first of them on line 7)."""
    path = tmp_path / "aire.yaml"
    path.write_text(HEAD + "          model: m\n" + extra)
    code = main(["serve", "-c", str(path), "--check"])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    if code == 0:
        return ""
    assert code == 2
    return out.err.splitlines()[0]


@pytest.fixture(scope="module")
def pem(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("pem")
    ca = trustme.CA()
    cert = ca.issue_cert("client.test")
    files = {"ca": root / "ca.pem", "cert": root / "cert.pem", "key": root / "key.pem"}
    ca.cert_pem.write_to_path(str(files["ca"]))
    cert.cert_chain_pems[0].write_to_path(str(files["cert"]))
    cert.private_key_pem.write_to_path(str(files["key"]))
    (root / "garbage.pem").write_text(
        "-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n"
    )
    # an encrypted key (a passphrase): refused, never asked for on the terminal
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    key = load_pem_private_key(cert.private_key_pem.bytes(), password=None)
    (root / "enc.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"secret"),
        )
    )
    return {k: str(v) for k, v in files.items()} | {
        "garbage": str(root / "garbage.pem"),
        "enc_cert": str(files["cert"]),
        "enc_key": str(root / "enc.key"),
    }


def test_good_blocks_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pem: dict[str, str]
) -> None:
    files = f"ca_file: {pem['ca']}, cert_file: {pem['cert']}, key_file: {pem['key']}"
    tls = f"          tls: {{{files}}}\n"
    assert check(tmp_path, capsys, tls) == ""
    assert (
        check(tmp_path, capsys, "          proxy: http://proxy:3128\n          http2: true\n") == ""
    )
    assert (
        check(tmp_path, capsys, "          client: http1\n          tls: {verify: false}\n") == ""
    )


@pytest.mark.parametrize(
    ("extra", "line", "words"),
    [
        ("          client: http1\n          proxy: http://p:3128\n", 8,
         ["deployments[0].proxy", "client 'http1' does not support proxy", "client: httpx"]),
        ("          client: http1\n          http2: true\n", 8,
         ["deployments[0].http2", "does not support http2"]),
        ("          client: curl\n", 7,
         ["deployments[0].client", "unknown upstream client 'curl' (known: http1, httpx)"]),
        ("          proxy: socks5://p:1080\n", 7,
         ["deployments[0].proxy", "scheme should be 'http' or 'https'"]),
        ("          tls: {ca_file: /no/such.pem}\n", 7,
         ["deployments[0].tls.ca_file", "no such file: /no/such.pem"]),
        ("          tls: {key_file: KEY}\n", 7, ["deployments[0].tls.key_file", "needs cert_file"]),
        ("          tls: {ca_file: GARBAGE}\n", 7, ["tls.ca_file", "not a PEM CA bundle"]),
        ("          tls: {cert_file: CA}\n", 7, ["tls.cert_file", "do not load"]),
        ("          tls: {verify: maybe}\n", 7, ["tls.verify"]),
        ("          tls: {cert_file: ENC_CERT, key_file: ENC_KEY}\n", 7,
         ["tls.key_file", "the private key is encrypted"]),
    ],
)  # fmt: skip
def test_bad_blocks_exit_2_with_line_and_field(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    pem: dict[str, str],
    extra: str,
    line: int,
    words: list[str],
) -> None:
    extra = extra.replace("ENC_CERT", pem["enc_cert"]).replace("ENC_KEY", pem["enc_key"])
    extra = extra.replace("GARBAGE", pem["garbage"]).replace("KEY", pem["key"])
    first = check(tmp_path, capsys, extra.replace("CA}", pem["ca"] + "}"))
    assert first.startswith("config error: "), first
    assert f"aire.yaml:{line}: " in first, first
    for word in words:
        assert word in first, first


def test_a_missing_extra_is_a_config_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.util.find_spec

    def without_httpx(name: str, *args: Any) -> Any:
        return None if name == "httpx2" else real(name, *args)

    find: Callable[..., Any] = without_httpx
    monkeypatch.setattr(importlib.util, "find_spec", find)
    first = check(tmp_path, capsys, "          proxy: http://p:3128\n")
    assert "aire.yaml:7: " in first, first
    assert (
        "deployments[0].proxy: proxy needs client 'httpx', which needs the 'httpx2' package: "
        "pip install 'aire[httpx]'"
    ) in first


def test_settings_from_a_deployment() -> None:
    plain = client_settings(DeploymentConfig.model_validate({"url": "http://a/v1", "model": "m"}))
    assert (plain.client, plain.proxy, plain.tls, plain.http2) == ("http1", None, None, False)
    proxied = client_settings(
        DeploymentConfig.model_validate(
            {
                "url": "https://a/v1",
                "model": "m",
                "proxy": "http://p:3128",
                "tls": {"verify": False},
            }
        )
    )
    assert proxied.client == "httpx"
    assert proxied.proxy == "http://p:3128/"
    assert proxied.tls is not None
    assert proxied.tls.verify is False
