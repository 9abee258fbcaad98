"""Model-graded assertions through a judge: any OpenAI-compatible endpoint.

The judge's prompt, model and parameters are pinned (the prompts below, ``temperature``
0 unless the suite says otherwise) and recorded with every result, with a hash of the
prompt template used, so two runs graded by different judges or prompts are told apart.
A judge answer that cannot be parsed is an ``error`` result — never a silent pass, never
a NaN score.

- ``llm-rubric``: the judge answers ``{"reason", "pass", "score"}`` (promptfoo's shape);
  a ``rubricPrompt`` on the assertion replaces the prompt (``{{output}}``, ``{{rubric}}``).
- ``factuality``: the answer is compared with the value as a reference and classified
  (A) subset, (B) superset, (C) same, (D) disagrees, (E) differs only immaterially;
  (D) fails, as in promptfoo.
- ``answer-relevance``: a 0-1 relevance score of the answer to the ``query`` (or the
  prompt); passes at ``threshold`` (default 0.7).
- ``context-faithfulness``: the share of the answer's claims supported by the ``context``
  variable; passes at ``threshold`` (default 0.7).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import aiohttp
import orjson

from aire.evals.assertions import Answer, Grade
from aire.evals.model import AssertionSpec, JudgeSpec
from aire.evals.template import render

__all__ = ["PROMPTS", "Judge", "prompt_hash"]

PROMPTS: dict[str, str] = {
    "llm-rubric": (
        "You are grading output according to a user-specified rubric. If the statement in "
        "the rubric is true, then the output passes the test. You respond with a JSON "
        'object with this structure: {"reason": string, "pass": boolean, "score": number}\n\n'
        "<Output>\n{{output}}\n</Output>\n<Rubric>\n{{rubric}}\n</Rubric>"
    ),
    "factuality": (
        "You are comparing a submitted answer to an expert answer on a given question.\n"
        "[BEGIN DATA]\n[Question]: {{input}}\n[Expert]: {{ideal}}\n[Submission]: {{output}}\n"
        "[END DATA]\nCompare the factual content of the submitted answer with the expert "
        "answer. Ignore any differences in style, grammar, or punctuation. Answer with one "
        "letter in parentheses and a reason: (A) the submission is a subset of the expert "
        "answer and fully consistent with it; (B) a superset and fully consistent; (C) the "
        "same details; (D) there is a disagreement; (E) they differ, but the differences "
        "do not matter factually."
    ),
    "answer-relevance": (
        "Rate how relevant the answer is to the question, from 0 (unrelated) to 1 (fully "
        'answers it). Respond with a JSON object: {"reason": string, "score": number}\n\n'
        "<Question>\n{{input}}\n</Question>\n<Answer>\n{{output}}\n</Answer>"
    ),
    "context-faithfulness": (
        "List the claims the answer makes and decide for each whether the context supports "
        'it. Respond with a JSON object: {"reason": string, "supported": integer, '
        '"claims": integer}\n\n<Context>\n{{context}}\n</Context>\n<Answer>\n{{output}}\n</Answer>'
    ),
}


def prompt_hash(template: str) -> str:
    return hashlib.sha256(template.encode()).hexdigest()[:16]


_JSON_OBJECT = re.compile(r"\{.*\}", re.S)
_CHOICE = re.compile(r"\(([A-E])\)")


def _json_object(text: str) -> dict[str, Any] | None:
    for candidate in (text, *(_JSON_OBJECT.findall(text))):
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


class Judge:
    def __init__(self, spec: JudgeSpec, timeout_s: float = 120.0) -> None:
        self.spec = spec
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._session: aiohttp.ClientSession | None = None
        self._used: dict[str, str] = {}

    async def __aenter__(self) -> Judge:
        self._session = aiohttp.ClientSession(timeout=self._timeout)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def record(self) -> dict[str, Any]:
        """What graded this run: endpoint, model, parameters and the prompts' hashes."""
        return {
            "url": self.spec.url,
            "model": self.spec.model,
            "params": self.spec.params,
            "prompt_hashes": dict(sorted(self._used.items())),
        }

    async def ask(self, prompt: str) -> str:
        session = self._session
        assert session is not None, "use the Judge as an async context manager"
        body = {
            "model": self.spec.model,
            "messages": [{"role": "user", "content": prompt}],
            **self.spec.params,
        }
        headers = {"Content-Type": "application/json"}
        if self.spec.api_key:
            headers["Authorization"] = f"Bearer {self.spec.api_key}"
        url = self.spec.url.rstrip("/") + "/chat/completions"
        async with session.post(url, data=orjson.dumps(body), headers=headers) as resp:
            raw = await resp.read()
            if resp.status >= 400:
                raise ValueError(f"judge answered HTTP {resp.status}")
        content = orjson.loads(raw)["choices"][0]["message"].get("content")
        if not isinstance(content, str):
            raise ValueError("judge answered no text")
        return content

    async def grade(self, spec: AssertionSpec, value: Any, answer: Answer) -> Grade:
        template = spec.rubric_prompt or PROMPTS[spec.type]
        digest = prompt_hash(template)
        key = spec.type if not spec.rubric_prompt else f"{spec.type}:custom"
        self._used[key] = digest
        variables = {
            **answer.vars,
            "output": answer.output,
            "rubric": value if isinstance(value, str) else json.dumps(value),
            "ideal": value if isinstance(value, str) else "",
            "input": answer.vars.get("query", answer.prompt),
            "context": answer.vars.get("context", ""),
        }
        meta = {"judge_model": self.spec.model, "judge_prompt_hash": digest}
        try:
            text = await self.ask(render(template, variables))
        except (
            aiohttp.ClientError,
            OSError,
            TimeoutError,
            ValueError,
            KeyError,
            IndexError,
            TypeError,
        ) as exc:
            return Grade(False, 0.0, f"judge call failed: {exc}", error=True, metadata=meta)
        meta["judge_answer"] = text[:500]
        verdict = self._parse(spec, text)
        if verdict is None:
            return Grade(
                False,
                0.0,
                f"cannot parse the judge's answer: {text[:200]!r}",
                error=True,
                metadata=meta,
            )
        passed, score, reason = verdict
        passed = passed != spec.negate
        if spec.negate:
            score = 1.0 - score
        return Grade(passed, score, reason, metadata=meta)

    def _parse(self, spec: AssertionSpec, text: str) -> tuple[bool, float, str] | None:
        if spec.type == "factuality":
            m = _CHOICE.search(text)
            if m is None:
                return None
            ok = m.group(1) != "D"
            return ok, 1.0 if ok else 0.0, f"factuality ({m.group(1)}): {text.strip()[:200]}"
        obj = _json_object(text)
        if obj is None:
            return None
        reason = str(obj.get("reason", ""))
        if spec.type == "llm-rubric":
            passed = obj.get("pass")
            score = obj.get("score")
            if not isinstance(passed, bool):
                return None
            if score is None:
                score = 1.0 if passed else 0.0
            if isinstance(score, bool) or not isinstance(score, int | float):
                return None
            if spec.threshold is not None:
                passed = passed and score >= spec.threshold
            return passed, float(score), reason
        if spec.type == "context-faithfulness":
            supported, claims = obj.get("supported"), obj.get("claims")
            if (
                not (isinstance(supported, int) and isinstance(claims, int))
                or claims < 0
                or supported < 0
            ):
                return None
            score = supported / claims if claims else 1.0
        else:
            raw = obj.get("score")
            if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 <= raw <= 1:
                return None
            score = float(raw)
        threshold = 0.7 if spec.threshold is None else spec.threshold
        return score >= threshold, score, reason or f"score {score:.2f}"
