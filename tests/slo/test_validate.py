"""aire's own checks agree with promtool on good and broken rule files."""

from __future__ import annotations

import pytest
from tests.slo.conftest import require
from tests.slo.test_rules import SPEC

from aire.slo.rules import RuleOptions, dump_rules, generate_rules
from aire.slo.specs import read_slos_text
from aire.slo.validate import check_rules_text

BROKEN = {
    "unparsable": "groups:\n- name: g\n  rules:\n  - record: a:b\n    expr: sum(rate(x[5m])\n",
    "both kinds": "groups:\n- name: g\n  rules:\n  - record: a\n    alert: A\n    expr: x\n",
    "bad record": "groups:\n- name: g\n  rules:\n  - record: 'a-b'\n    expr: x\n",
    "repeated group": "groups:\n- name: g\n  rules: []\n- name: g\n  rules: []\n",
    "for on record": "groups:\n- name: g\n  rules:\n  - record: a\n    expr: x\n    for: 5m\n",
    "bad for": "groups:\n- name: g\n  rules:\n  - alert: A\n    expr: x\n    for: soon\n",
    "unknown field": "groups:\n- name: g\n  rulez: []\n",
    "bad label": "groups:\n- name: g\n  rules:\n  - alert: A\n    expr: x\n    labels: {1a: b}\n",
    "template": "groups:\n- name: g\n  rules:\n  - alert: A\n    expr: x\n"
    "    annotations: {s: '{{ $labels.a }'}\n",
}


def test_generated_rules_pass() -> None:
    text = dump_rules(generate_rules(read_slos_text(SPEC), RuleOptions()))
    v = check_rules_text(text, use_promtool=False)
    assert v.ok, v.problems
    assert v.rules == 22


def test_range_vector_is_a_warning() -> None:
    v = check_rules_text("groups:\n- name: g\n  rules:\n  - record: a\n    expr: x[5m]\n")
    assert v.ok
    assert [p.warning for p in v.problems] == [True]


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_fail_as_with_promtool(name: str) -> None:
    own = check_rules_text(BROKEN[name], use_promtool=False)
    assert not own.ok, name
    require("promtool")
    both = check_rules_text(BROKEN[name])
    assert both.promtool_ok is False, (name, both.promtool)
