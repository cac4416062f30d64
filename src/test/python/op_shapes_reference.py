#!/usr/bin/env python3
"""Reference shapes, parameter counts and MACs of single ops, from PyTorch, for netc's OpShapesTest.

Draws a few hundred random configurations (fixed seed, so the output is reproducible) of Conv2d, depthwise
conv (Conv2d with groups = channels and a depth multiplier), ConvTranspose2d, MaxPool2d, AvgPool2d,
AdaptiveAvgPool2d, Upsample, ZeroPad2d, Linear, ChannelShuffle, torch.chunk, torch.cat and broadcasting
add/mul, plus hand-picked edge cases, runs each in PyTorch on a batch of one and records:

  op, input, args   the configuration in netc's terms (op name and named arguments of the .net language;
                    joins have "inputs": the shapes of the tensors joined to the input)
  output            PyTorch's output shape without the batch dimension
  params            trainable parameter count of the module
  macs              by netc's (torchvision's) convention: conv: output elements x in/groups x kh x kw;
                    transposed conv: input elements x out/groups x kh x kw; linear: in x out; others 0
  error             instead of the three above when PyTorch rejects the configuration (its message)

netc's 4-value padding [left, right, top, bottom] has no Conv2d equivalent; its reference is F.pad then Conv2d.

Usage: op_shapes_reference.py [OUTPUT_JSON]
Default output: src/test/resources/reference/op_shapes.json (relative to this script).
"""
import json
import os
import random
import sys
import warnings

import torch
import torch.nn.functional as F
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "reference", "op_shapes.json"))
GENERATOR = "src/test/python/op_shapes_reference.py"
SEED = 20250101

warnings.filterwarnings("ignore")


def pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def netc_pair(v):
    """An int stays an int; a (h, w) pair becomes [h, w]."""
    return v if isinstance(v, int) else list(v)


def run(op, inputs, args, build):
    """build() returns (module or None, forward function on the input tensors, macs function of (ins, out))."""
    case = {"op": op, "input": list(inputs[0])}
    if len(inputs) > 1:
        case["inputs"] = [list(s) for s in inputs[1:]]
    case["args"] = args
    try:
        module, forward, macs = build()
        with torch.no_grad():
            xs = [torch.zeros((1,) + tuple(s)) for s in inputs]
            y = forward(*xs)
        if y.numel() == 0:
            raise RuntimeError("empty output %s" % (tuple(y.shape),))
        case["output"] = list(y.shape[1:])
        case["params"] = sum(p.numel() for p in module.parameters()) if module is not None else 0
        case["macs"] = macs(inputs, case["output"]) if macs else 0
    except Exception as e:  # PyTorch rejected the configuration
        msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        case["error"] = (type(e).__name__ + ": " + msg)[:160]
    return case


def prod(xs):
    n = 1
    for x in xs:
        n *= x
    return n


# ---- generators, one configuration each --------------------------------------------------------------------

def rand_int_or_pair(rng, lo, hi, p_pair=0.3):
    if rng.random() < p_pair:
        return (rng.randint(lo, hi), rng.randint(lo, hi))
    return rng.randint(lo, hi)


def small(rng, lo, hi, weights):
    return rng.choices(range(lo, hi + 1), weights=weights)[0]


def conv_case(rng, depthwise=False):
    cin = rng.choice([1, 2, 3, 4, 6, 8, 12, 16])
    h, w = rng.randint(1, 16), rng.randint(1, 16)
    if depthwise:
        mult = rng.randint(1, 3)
        groups, out = cin, cin * mult
    else:
        r = rng.random()
        if r < 0.6:
            groups = rng.choice([d for d in range(1, cin + 1) if cin % d == 0])
        elif r < 0.8:
            groups = rng.randint(1, 6)
        else:
            groups = 1
        out = groups * rng.randint(1, 4) if rng.random() < 0.85 else rng.randint(1, 16)
    k = rand_int_or_pair(rng, 1, 5)
    if rng.random() < 0.02:
        k = 0
    s = rand_int_or_pair(rng, 1, 3, 0.2) if rng.random() < 0.6 else 1
    d = rand_int_or_pair(rng, 1, 3, 0.2) if rng.random() < 0.3 else 1
    bias = rng.random() < 0.6
    kind = rng.choices(["int", "pair", "same", "valid", "quad"], weights=[5, 2, 2, 1, 1])[0]
    if kind == "same" and pair(s) != (1, 1):
        kind = "int"  # PyTorch's padding='same' exists for stride 1 only (netc extends it TensorFlow's way)
    if kind == "int":
        p = rng.randint(0, 3)
    elif kind == "pair":
        p = (rng.randint(0, 3), rng.randint(0, 3))
    elif kind == "quad":
        p = [rng.randint(0, 3) for _ in range(4)]
    else:
        p = kind
    if depthwise:
        args = {"kernel": netc_pair(k), "stride": netc_pair(s), "pad": netc_pair(p) if not isinstance(p, str) else p,
                "dilation": netc_pair(d), "mult": out // cin, "bias": bias}
        op = "dwconv"
    else:
        args = {"out": out, "kernel": netc_pair(k), "stride": netc_pair(s),
                "pad": netc_pair(p) if not isinstance(p, str) else p, "dilation": netc_pair(d), "groups": groups,
                "bias": bias}
        op = "conv"

    def build():
        torch_pad = 0 if kind == "quad" else (p if isinstance(p, (int, str)) else tuple(p))
        m = nn.Conv2d(cin, out, k, stride=s, padding=torch_pad, dilation=d, groups=groups, bias=bias)
        fwd = (lambda x: m(F.pad(x, tuple(p)))) if kind == "quad" else m
        kh, kw = pair(k)
        return m, fwd, lambda ins, o: prod(o) * (cin // groups) * kh * kw

    return run(op, [(cin, h, w)], args, build)


def conv_transpose_case(rng):
    cin = rng.choice([1, 2, 3, 4, 6, 8])
    r = rng.random()
    groups = rng.choice([g for g in range(1, cin + 1) if cin % g == 0]) if r < 0.7 else (rng.randint(1, 4) if r < 0.85 else 1)
    out = groups * rng.randint(1, 3) if rng.random() < 0.9 else rng.randint(1, 8)
    h, w = rng.randint(1, 8), rng.randint(1, 8)
    k = rand_int_or_pair(rng, 1, 5)
    s = rand_int_or_pair(rng, 1, 3, 0.2)
    p = rand_int_or_pair(rng, 0, 3, 0.2) if rng.random() < 0.7 else 0
    d = rand_int_or_pair(rng, 1, 3, 0.2) if rng.random() < 0.3 else 1
    op_ = rand_int_or_pair(rng, 0, 2, 0.2) if rng.random() < 0.5 else 0
    bias = rng.random() < 0.6
    args = {"out": out, "kernel": netc_pair(k), "stride": netc_pair(s), "pad": netc_pair(p),
            "output_pad": netc_pair(op_), "dilation": netc_pair(d), "groups": groups, "bias": bias}

    def build():
        m = nn.ConvTranspose2d(cin, out, k, stride=s, padding=p, output_padding=op_, groups=groups, bias=bias, dilation=d)
        kh, kw = pair(k)
        return m, m, lambda ins, o: prod(ins[0]) * (out // groups) * kh * kw

    return run("convT", [(cin, h, w)], args, build)


def pool_case(rng, is_max, c=None, h=None, w=None, k=None, s="draw", p=None, d=None, ceil=None, cip=None):
    c = c or rng.randint(1, 4)
    h = h or rng.randint(1, 12)
    w = w or rng.randint(1, 12)
    k = k if k is not None else rand_int_or_pair(rng, 1, 4)
    if s == "draw":
        s = None if rng.random() < 0.3 else rand_int_or_pair(rng, 1, 3, 0.2)
    p = p if p is not None else (rand_int_or_pair(rng, 0, 2, 0.2) if rng.random() < 0.6 else 0)
    ceil = ceil if ceil is not None else rng.random() < 0.5
    args = {"kernel": netc_pair(k)}
    if s is not None:
        args["stride"] = netc_pair(s)
    args["pad"] = netc_pair(p)
    if is_max:
        d = d if d is not None else (rand_int_or_pair(rng, 1, 2, 0.2) if rng.random() < 0.3 else 1)
        args["dilation"] = netc_pair(d)
    else:
        cip = cip if cip is not None else rng.random() < 0.5
        args["count_include_pad"] = cip
    args["ceil"] = ceil

    def build():
        if is_max:
            m = nn.MaxPool2d(k, stride=s, padding=p, dilation=d, ceil_mode=ceil)
        else:
            m = nn.AvgPool2d(k, stride=s, padding=p, ceil_mode=ceil, count_include_pad=cip)
        return m, m, None

    return run("maxpool" if is_max else "avgpool", [(c, h, w)], args, build)


def adaptive_case(rng):
    c, h, w = rng.randint(1, 8), rng.randint(1, 12), rng.randint(1, 12)
    if rng.random() < 0.2:
        return run("gap", [(c, h, w)], {}, lambda: (None, nn.AdaptiveAvgPool2d(1), None))
    size = rand_int_or_pair(rng, 1, 8)
    return run("adaptive_avgpool", [(c, h, w)], {"size": netc_pair(size)},
               lambda: (None, nn.AdaptiveAvgPool2d(size), None))


def upsample_case(rng):
    c, h, w = rng.randint(1, 4), rng.randint(1, 10), rng.randint(1, 10)
    mode = rng.choice(["nearest", "bilinear"])
    args = {}
    scale = size = None
    if rng.random() < 0.55:
        scale = rng.choice([0.25, 0.5, 0.75, 1.0, 1.5, 1.7, 2.0, 2.5, 3.0, 4.0])
        args["scale"] = scale
    else:
        size = rand_int_or_pair(rng, 1, 16)
        args["size"] = netc_pair(size)
    args["mode"] = mode
    align = None
    if mode == "bilinear" and rng.random() < 0.5:
        align = rng.random() < 0.5
        args["align_corners"] = align
    return run("upsample", [(c, h, w)], args,
               lambda: (None, nn.Upsample(size=size, scale_factor=scale, mode=mode, align_corners=align), None))


def zeropad_case(rng):
    c, h, w = rng.randint(1, 4), rng.randint(1, 8), rng.randint(1, 8)
    p = rng.randint(0, 3) if rng.random() < 0.5 else [rng.randint(0, 3) for _ in range(4)]
    return run("zeropad", [(c, h, w)], {"pad": p}, lambda: (None, nn.ZeroPad2d(p if isinstance(p, int) else tuple(p)), None))


def linear_case(rng):
    n, out, bias = rng.randint(1, 64), rng.randint(1, 32), rng.random() < 0.7

    def build():
        m = nn.Linear(n, out, bias=bias)
        return m, m, lambda ins, o: n * out

    return run("linear", [(n,)], {"out": out, "bias": bias}, build)


def shuffle_case(rng):
    c, h, w, g = rng.randint(1, 12), rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6)
    return run("shuffle", [(c, h, w)], {"groups": g}, lambda: (None, nn.ChannelShuffle(g), None))


def chunk_case(rng):
    n = rng.randint(1, 4)
    c = n * rng.randint(1, 4) if rng.random() < 0.8 else rng.randint(1, 12)
    h, w = rng.randint(1, 6), rng.randint(1, 6)
    i = rng.randint(0, n - 1) if rng.random() < 0.85 else n
    return run("chunk", [(c, h, w)], {"chunks": n, "index": i},
               lambda: (None, lambda x: torch.chunk(x, n, 1)[i], None))


def join_case(rng, op):
    flat = rng.random() < 0.15
    if flat:
        shapes = [(rng.randint(1, 20),)]
    else:
        shapes = [(rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6))]
    for _ in range(rng.randint(1, 2)):
        base = shapes[0]
        # A flat tensor joined to a map (not for add/mul: broadcasting against PyTorch's batch dimension would
        # give them a meaning that netc, without one, deliberately rejects).
        if op == "concat" and not flat and rng.random() < 0.07:
            s = (rng.randint(1, 20),)
        elif op == "concat":
            s = (rng.randint(1, 6),) + tuple(x if rng.random() < 0.85 else rng.randint(1, 6) for x in base[1:])
        else:
            s = tuple(rng.choices([x, 1, rng.randint(1, 6)], weights=[6, 3, 1])[0] for x in base)
            if rng.random() < 0.2:  # the current tensor is the one that stretches
                shapes[0] = tuple(1 if rng.random() < 0.5 else x for x in base)
        shapes.append(s)

    def forward(*xs):
        if op == "concat":
            return torch.cat(xs, 1)
        y = xs[0]
        for x in xs[1:]:
            y = y + x if op == "add" else y * x
        return y

    return run(op, shapes, {}, lambda: (None, forward, None))


# ---- edge cases, chosen by hand -----------------------------------------------------------------------------

def edge_cases(rng):
    out = []
    # ceil mode: the last window would start in the right padding, so PyTorch drops it (5 -> 3, not 4)
    out.append(pool_case(rng, False, c=1, h=5, w=5, k=2, s=2, p=1, ceil=True, cip=True))
    out.append(pool_case(rng, True, c=1, h=5, w=5, k=2, s=2, p=1, d=1, ceil=True))
    out.append(pool_case(rng, True, c=1, h=4, w=7, k=2, s=3, p=1, d=1, ceil=True))
    out.append(pool_case(rng, False, c=2, h=4, w=4, k=2, s=3, p=1, ceil=True, cip=False))
    out.append(pool_case(rng, True, c=1, h=5, w=5, k=2, s=2, p=1, d=1, ceil=False))
    # ceil mode on an input smaller than the kernel: the one window hangs over the edge (2 -> 1)
    out.append(pool_case(rng, True, c=4, h=2, w=2, k=3, s=2, p=0, d=1, ceil=True))
    out.append(pool_case(rng, False, c=4, h=2, w=2, k=3, s=2, p=0, ceil=True, cip=True))
    out.append(pool_case(rng, True, c=4, h=2, w=2, k=3, s=1, p=0, d=1, ceil=True))
    out.append(pool_case(rng, True, c=4, h=2, w=2, k=3, s=2, p=0, d=1, ceil=False))
    out.append(pool_case(rng, True, c=1, h=3, w=3, k=3, s=4, p=0, d=2, ceil=True))
    # GoogLeNet's and SqueezeNet's ceil-mode pools
    out.append(pool_case(rng, True, c=64, h=112, w=112, k=3, s=2, p=0, d=1, ceil=True))
    out.append(pool_case(rng, True, c=96, h=109, w=109, k=3, s=2, p=0, d=1, ceil=True))
    # pad larger than half the kernel
    out.append(pool_case(rng, True, c=1, h=8, w=8, k=3, s=1, p=2, d=1, ceil=False))
    out.append(pool_case(rng, False, c=1, h=8, w=8, k=(4, 2), s=1, p=(2, 2), ceil=False, cip=True))
    # upsample: exactly one of scale and size; align_corners only with an interpolating mode
    out.append(run("upsample", [(2, 4, 4)], {"scale": 2.0, "size": 3, "mode": "nearest"},
                   lambda: (None, nn.Upsample(size=3, scale_factor=2.0), None)))
    out.append(run("upsample", [(2, 4, 4)], {"mode": "nearest"}, lambda: (None, nn.Upsample(), None)))
    out.append(run("upsample", [(2, 4, 4)], {"scale": 2.0, "mode": "nearest", "align_corners": True},
                   lambda: (None, nn.Upsample(scale_factor=2.0, mode="nearest", align_corners=True), None)))
    out.append(run("upsample", [(2, 1, 3)], {"scale": 0.5, "mode": "bilinear"},
                   lambda: (None, nn.Upsample(scale_factor=0.5, mode="bilinear"), None)))
    # conv: non-positive stride, dilation, groups; channel counts not divisible by groups
    for args, kw in [({"stride": 0}, {"stride": 0}), ({"dilation": 0}, {"dilation": 0}), ({"groups": 0}, {"groups": 0}),
                     ({"groups": 3}, {"groups": 3}), ({"out": 6, "groups": 4}, {"groups": 4})]:
        a = {"out": 4, "kernel": 1}
        a.update(args)
        cin_out = a["out"]
        out.append(run("conv", [(4, 5, 5)], a,
                       lambda kw=kw, o=cin_out: (None, nn.Conv2d(4, o, 1, **kw), None)))
    # transposed conv: output_pad must be below stride or dilation; output cannot vanish
    def conv_t(cin, hw, out_, k, **kw):
        def build():
            m = nn.ConvTranspose2d(cin, out_, k, **kw)
            return m, m, lambda ins, o: prod(ins[0]) * out_ * k * k
        names = {"stride": "stride", "padding": "pad", "output_padding": "output_pad", "dilation": "dilation"}
        args = {"out": out_, "kernel": k}
        args.update({names[a]: v for a, v in kw.items()})
        return run("convT", [(cin, hw, hw)], args, build)
    out.append(conv_t(2, 3, 2, 3, stride=2, output_padding=2))
    out.append(conv_t(2, 3, 2, 3, stride=2, output_padding=2, dilation=3))
    out.append(conv_t(2, 1, 2, 1, padding=1))
    # shuffle and chunk
    out.append(run("shuffle", [(6, 2, 2)], {"groups": 4}, lambda: (None, nn.ChannelShuffle(4), None)))
    # torch.chunk of channels that do not divide: unequal slices (5 -> 3 + 2), or fewer of them (6 -> 2 + 2 + 2)
    for c, n, i in [(6, 3, 3), (5, 2, 0), (5, 2, 1), (6, 4, 3)]:
        out.append(run("chunk", [(c, 2, 2)], {"chunks": n, "index": i},
                       lambda n=n, i=i: (None, lambda x: torch.chunk(x, n, 1)[i], None)))
    # most edge cases above pass no module and no MAC function: only rejected ones may have weights
    for case in out:
        if "error" not in case and case["op"] in ("conv", "convT") and case["macs"] == 0:
            raise AssertionError("edge cases with weights must compute MACs: %s" % case)
    return out


def main(argv):
    out_path = os.path.abspath(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    rng = random.Random(SEED)
    torch.manual_seed(0)
    plan = [
        (140, lambda: conv_case(rng)),
        (40, lambda: conv_case(rng, depthwise=True)),
        (60, lambda: conv_transpose_case(rng)),
        (60, lambda: pool_case(rng, True)),
        (50, lambda: pool_case(rng, False)),
        (20, lambda: adaptive_case(rng)),
        (30, lambda: upsample_case(rng)),
        (12, lambda: zeropad_case(rng)),
        (15, lambda: linear_case(rng)),
        (15, lambda: shuffle_case(rng)),
        (15, lambda: chunk_case(rng)),
        (15, lambda: join_case(rng, "concat")),
        (8, lambda: join_case(rng, "add")),
        (7, lambda: join_case(rng, "mul")),
    ]
    cases = []
    for n, make in plan:
        cases.extend(make() for _ in range(n))
    cases.extend(edge_cases(rng))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write('{\n "generator": %s,\n "torch": %s,\n "seed": %d,\n "cases": [\n' % (
            json.dumps(GENERATOR), json.dumps(torch.__version__), SEED))
        f.write(",\n".join("  " + json.dumps(c, separators=(", ", ": ")) for c in cases))
        f.write("\n ]\n}\n")
    errors = sum(1 for c in cases if "error" in c)
    print("%d cases (%d rejected by PyTorch) -> %s" % (len(cases), errors, out_path))


if __name__ == "__main__":
    main(sys.argv)
