"""``aire doctor``: is this environment ready to run aire and its gate?

Read-only. Each line is a ``CheckResult`` (PASS, WARN, FAIL, SKIP):

- Python version (the package's ``requires-python``) and each extra: its packages
  importable or not (an extra not installed is a SKIP: optional, only what uses it needs
  it; a configured Redis or PostgreSQL whose client library is missing is a WARN);
- the target answering ``/v1/models`` (``--target``);
- Redis (``PING``), PostgreSQL (``SELECT 1``) and Prometheus (``/-/ready``) reachable,
  where a flag or the config (``state:`` with backend redis, ``audit.dsn``) names them;
- ``promtool`` and ``kubectl`` on PATH (checks of generated rules, ``deploy/``);
- each ``--profile`` and ``--config`` file valid (the same loaders as the commands).
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import importlib.util
import re
import shutil
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from aire.errors import AireError
from aire.gate.result import CheckResult

__all__ = ["run_doctor"]

_IMPORT_NAMES = {"opentelemetry-sdk": "opentelemetry.sdk", "scikit-learn": "sklearn",
                 "httpx2": "httpx2", "opentelemetry-exporter-otlp-proto-http":
                 "opentelemetry.exporter.otlp.proto.http"}  # fmt: skip


def check_python() -> CheckResult:
    v = sys.version_info
    need = (3, 11)
    try:
        spec = importlib.metadata.metadata("aire")["Requires-Python"] or ">=3.11"
        m = re.search(r">=\s*(\d+)\.(\d+)", spec)
        if m:
            need = (int(m.group(1)), int(m.group(2)))
    except importlib.metadata.PackageNotFoundError:
        pass
    ver = f"{v.major}.{v.minor}.{v.micro}"
    ok = (v.major, v.minor) >= need
    return CheckResult("python", "PASS" if ok else "FAIL",
                       f"Python {ver} ({'>=' if ok else 'below'} {need[0]}.{need[1]})")  # fmt: skip


def check_extras() -> list[CheckResult]:
    try:
        requires = importlib.metadata.requires("aire") or []
    except importlib.metadata.PackageNotFoundError:
        return [CheckResult("extras", "SKIP", "aire is not installed as a package")]
    extras: dict[str, list[str]] = {}
    for req in requires:
        m = re.match(r"([A-Za-z0-9_.-]+).*extra\s*==\s*['\"]([^'\"]+)['\"]", req)
        if m and m.group(2) != "dev":
            extras.setdefault(m.group(2), []).append(m.group(1))
    out = []
    for extra, packages in sorted(extras.items()):
        missing = [
            p for p in packages if not _importable(_IMPORT_NAMES.get(p, p.replace("-", "_")))
        ]
        out.append(CheckResult(
            f"extra:{extra}", "SKIP" if missing else "PASS",
            f"optional, not installed ({', '.join(missing)}): pip install 'aire[{extra}]'"
            if missing
            else f"installed ({', '.join(packages)})",
        ))  # fmt: skip
    return out


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


def check_target(url: str) -> CheckResult:
    from aire.config.load import LoadConfig
    from aire.load import TargetUnreachable
    from aire.load.target import probe

    try:
        target = asyncio.run(probe(LoadConfig(url=url), url))
    except TargetUnreachable as exc:
        return CheckResult("target", "FAIL", exc.message)
    except AireError as exc:
        return CheckResult("target", "WARN", f"reachable, but {exc.message}")
    return CheckResult("target", "PASS", f"{url} answers (model {target.model})")


def check_redis(url: str, timeout_s: float = 2.0) -> CheckResult:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379),
                                      timeout=timeout_s) as s:  # fmt: skip
            s.sendall(b"PING\r\n")
            answer = s.recv(64)
    except OSError as exc:
        return CheckResult("redis", "FAIL", f"not reachable at {_safe(url)}: {exc}")
    if answer.startswith((b"+PONG", b"-NOAUTH")):
        return CheckResult("redis", "PASS", f"{_safe(url)} answers PING")
    return CheckResult("redis", "FAIL", f"{_safe(url)} is not Redis ({answer[:20]!r})")


def check_postgres(dsn: str, timeout_s: float = 5.0) -> CheckResult:
    if importlib.util.find_spec("asyncpg") is None:
        return CheckResult(
            "postgres", "WARN", "asyncpg not installed: pip install 'aire[postgres]'"
        )
    import asyncpg

    async def ping() -> object:
        conn = await asyncpg.connect(dsn, timeout=timeout_s)
        try:
            return await conn.fetchval("SELECT 1")
        finally:
            await conn.close()

    try:
        asyncio.run(ping())
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        return CheckResult("postgres", "FAIL", f"not reachable at {_safe(dsn)}: {exc}")
    return CheckResult("postgres", "PASS", f"{_safe(dsn)} answers SELECT 1")


def check_prometheus(url: str) -> CheckResult:
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/-/ready", timeout=5) as resp:
            code = resp.status
    except (urllib.error.URLError, OSError) as exc:
        return CheckResult("prometheus", "FAIL", f"not reachable at {url}: {exc}")
    return CheckResult("prometheus", "PASS" if code == 200 else "FAIL", f"{url} ready: {code}")


def check_tool(name: str, why: str, version_args: tuple[str, ...] = ("--version",)) -> CheckResult:
    path = shutil.which(name)
    if path is None:
        return CheckResult(name, "WARN", f"not on PATH ({why})")
    try:
        out = subprocess.run([path, *version_args], capture_output=True, text=True, timeout=10)
        first = (out.stdout or out.stderr).strip().splitlines()[:1]
    except (OSError, subprocess.SubprocessError):
        first = []
    return CheckResult(name, "PASS", f"{path}" + (f" ({first[0]})" if first else ""))


def check_profile(path: Path) -> CheckResult:
    from aire.gate.profile import read_profile

    try:
        profile, _ = read_profile(path)
    except AireError as exc:
        return CheckResult(f"profile:{path}", "FAIL", exc.show())
    return CheckResult(f"profile:{path}", "PASS",
                       f"valid ({profile.format} format, kind {profile.kind})")  # fmt: skip


def check_config(path: Path) -> tuple[CheckResult, str | None, str | None]:
    """The config's validity, and the Redis URL and PostgreSQL DSN it names."""
    from aire.config.loader import read_document
    from aire.config.root import AireConfig

    name = f"config:{path}"
    try:
        doc = read_document(path, litellm=True, ignore_unsupported=False)
        for section, field in AireConfig.model_fields.items():
            model = field.annotation
            if section in doc.data and isinstance(model, type):
                doc.section(section, model)
        root = AireConfig.model_validate(doc.data)
    except AireError as exc:
        return CheckResult(name, "FAIL", exc.show()), None, None
    except ValueError as exc:
        return CheckResult(name, "FAIL", str(exc).splitlines()[0]), None, None
    redis = root.state.url if root.state.backend == "redis" else None
    pg = (
        root.audit.dsn if root.audit is not None and root.audit.dsn.startswith("postgres") else None
    )
    return CheckResult(name, "PASS", "valid"), redis, pg


def _safe(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def run_doctor(
    *,
    target: str | None = None,
    redis: str | None = None,
    postgres: str | None = None,
    prometheus: str | None = None,
    profiles: list[Path] | None = None,
    configs: list[Path] | None = None,
) -> list[CheckResult]:
    results = [check_python(), *check_extras()]
    for config in configs or []:
        res, cfg_redis, cfg_pg = check_config(config)
        results.append(res)
        redis, postgres = redis or cfg_redis, postgres or cfg_pg
    results.extend(check_profile(p) for p in profiles or [])
    results.append(check_target(target) if target else
                   CheckResult("target", "SKIP", "no --target given"))  # fmt: skip
    results.append(
        check_redis(redis)
        if redis
        else CheckResult("redis", "SKIP", "not configured (--redis or state: redis)")
    )
    results.append(
        check_postgres(postgres)
        if postgres
        else CheckResult("postgres", "SKIP", "not configured (--postgres or audit.dsn)")
    )
    results.append(check_prometheus(prometheus) if prometheus else
                   CheckResult("prometheus", "SKIP", "not configured (--prometheus)"))  # fmt: skip
    results.append(check_tool("promtool", "checks the SLO rules aire slo generates"))
    results.append(
        check_tool("kubectl", "renders deploy/k8s with kubectl kustomize", ("version", "--client"))
    )
    return results
