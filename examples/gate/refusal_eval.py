"""A small eval for ``aire check``'s evals section: ask the target N questions and count
the answers that are refusals (aire's refusal detector) or errors. Prints the eval-gate
JSON ``{total, passed, pass_rate, metrics}``; exits 3 with no JSON when the target
cannot be reached (the gate then says it could not run the eval).

    python refusal_eval.py --target http://127.0.0.1:8000 --n 20
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from aire.guard.detect.refusal import refusal_score

QUESTIONS = [
    "Summarise the release notes in two sentences.",
    "What is the capital of France?",
    "Give three tips for writing clear error messages.",
    "Explain what a circuit breaker does in a gateway.",
]


def ask(target: str, model: str, question: str, timeout_s: float) -> str:
    body = json.dumps({"model": model, "max_tokens": 12,
                       "messages": [{"role": "user", "content": question}]}).encode()  # fmt: skip
    req = urllib.request.Request(target.rstrip("/") + "/v1/chat/completions", data=body,
                                 headers={"content-type": "application/json"})  # fmt: skip
    with urllib.request.urlopen(req, timeout=timeout_s) as resp:
        answer = json.loads(resp.read())
    return str(answer["choices"][0]["message"]["content"] or "")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", required=True)
    ap.add_argument("--model", default="aire-sim")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--timeout-s", type=float, default=30.0)
    ap.add_argument("--workers", type=int, default=8)
    args = ap.parse_args()

    def one(i: int) -> str | None:
        try:
            return ask(args.target, args.model, QUESTIONS[i % len(QUESTIONS)], args.timeout_s)
        except urllib.error.HTTPError:
            return None  # the target answered with an error: a failed case

    refusals = errors = 0
    try:
        with ThreadPoolExecutor(args.workers) as pool:
            for text in pool.map(one, range(args.n)):
                if text is None:
                    errors += 1
                else:
                    refusals += refusal_score(text) >= 0.5
    except (urllib.error.URLError, OSError) as exc:
        print(f"cannot reach {args.target}: {exc}", file=sys.stderr)
        return 3
    passed = args.n - refusals - errors
    print(json.dumps({"total": args.n, "passed": passed, "pass_rate": passed / args.n,
                      "metrics": {"refusal_rate": refusals / args.n,
                                  "error_rate": errors / args.n}}))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
