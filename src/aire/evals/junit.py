"""JUnit XML, as CI systems read it (validated in the tests against the Jenkins xUnit
plugin's ``junit-10.xsd``): one ``testsuite`` per suite, one ``testcase`` per case; a
failed or flaky case carries a ``failure``, an errored one an ``error``. Repeats and
pass-rate intervals go in ``system-out``."""

from __future__ import annotations

import socket
import time
from typing import Any
from xml.etree import ElementTree as ET

__all__ = ["junit_xml"]


def junit_xml(results: dict[str, Any]) -> str:
    s = results["summary"]
    failures = s["failed"] + s["flaky"]
    duration = f"{results['duration_s']:.3f}"
    root = ET.Element(
        "testsuites",
        name=f"aire eval {results['suite']}",
        tests=str(s["cases"]),
        failures=str(failures),
        errors=str(s["errors"]),
        time=duration,
    )
    suite = ET.SubElement(
        root,
        "testsuite",
        name=str(results["suite"]),
        tests=str(s["cases"]),
        failures=str(failures),
        errors=str(s["errors"]),
        skipped="0",
        time=duration,
        timestamp=time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(results["started_at"])),
        hostname=socket.gethostname(),
    )
    props = ET.SubElement(suite, "properties")
    pr = s["pass_rate"]
    for name, value in (
        ("source", results["source"]),
        ("repeat", results["repeat"]),
        ("pass_rate", pr["estimate"]),
        ("pass_rate_low", pr["low"]),
        ("pass_rate_high", pr["high"]),
    ):
        ET.SubElement(props, "property", name=name, value=str(value))
    for case in results["cases"]:
        latencies = [r["latency_ms"] for r in case["runs"] if r["latency_ms"] is not None]
        tc = ET.SubElement(
            suite,
            "testcase",
            name=f"{case['id']}: {case['description']}",
            classname=f"{results['suite']}.{case['target']}",
            time=f"{sum(latencies) / 1000.0:.3f}",
        )
        first_bad = next((r for r in case["runs"] if r["status"] != "pass"), None)
        verdict = case["verdict"]
        if verdict in ("fail", "flaky") and first_bad is not None:
            el = ET.SubElement(tc, "failure", type=verdict, message=_clean(first_bad["reason"]))
            el.text = _clean(first_bad["output"])
        elif verdict == "error" and first_bad is not None:
            el = ET.SubElement(tc, "error", type="error", message=_clean(first_bad["reason"]))
        rate = case["pass_rate"]
        out = ET.SubElement(tc, "system-out")
        out.text = (
            f"verdict={verdict} passes={case['passes']} failures={case['failures']} "
            f"errors={case['errors']} pass_rate={rate['estimate']} "
            f"[{rate['low']:.3f}, {rate['high']:.3f}]"
        )
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _clean(text: str) -> str:
    """XML 1.0 cannot hold most control characters, even escaped."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)[:4000]
