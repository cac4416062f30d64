#!/usr/bin/env python3
"""Reference layer shapes for the NiN network of seed article 003.

Builds two NiN variants with PyTorch and records, for every leaf module in
execution order, its state_dict-style dotted name, class name, output shape
(batch dimension dropped) and own parameter count:

  nin_seed003  -- the network exactly as written in the seed article
                  (each nin_block has ONE 1x1 convolution), input 1x224x224
  nin_d2l      -- the classic d2l NiN (each nin_block has TWO 1x1
                  convolutions), otherwise identical

Usage: seed_nin_shapes.py [OUTPUT_JSON]
Default output: src/test/resources/reference/nin_seed003.json (resolved
relative to this script, so it works from any working directory).
"""
import json
import os
import sys

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(
    os.path.join(HERE, "..", "resources", "reference", "nin_seed003.json"))
GENERATOR = "src/test/python/seed_nin_shapes.py"
INPUT = (1, 224, 224)


def nin_block(in_channels, out_channels, kernel_size, strides, padding, n_1x1):
    layers = [nn.Conv2d(in_channels, out_channels, kernel_size, strides, padding),
              nn.ReLU()]
    for _ in range(n_1x1):
        layers += [nn.Conv2d(out_channels, out_channels, kernel_size=1), nn.ReLU()]
    return nn.Sequential(*layers)


def nin(n_1x1):
    return nn.Sequential(
        nin_block(1, 96, kernel_size=11, strides=4, padding=0, n_1x1=n_1x1),
        nn.MaxPool2d(3, stride=2),
        nin_block(96, 256, kernel_size=5, strides=1, padding=2, n_1x1=n_1x1),
        nn.MaxPool2d(3, stride=2),
        nin_block(256, 384, kernel_size=3, strides=1, padding=1, n_1x1=n_1x1),
        nn.MaxPool2d(3, stride=2),
        nn.Dropout(0.5),
        nin_block(384, 10, kernel_size=3, strides=1, padding=1, n_1x1=n_1x1),
        nn.AdaptiveAvgPool2d((1, 1)),
        nn.Flatten())


def trace(net):
    net.eval()
    layers = []
    handles = []
    for name, mod in net.named_modules():
        if len(list(mod.children())) > 0:
            continue

        def hook(m, inp, out, name=name):
            layers.append({
                "name": name,
                "type": type(m).__name__,
                "output": list(out.shape[1:]),
                "params": sum(p.numel() for p in m.parameters(recurse=False)),
            })
        handles.append(mod.register_forward_hook(hook))
    with torch.no_grad():
        net(torch.zeros((1,) + INPUT))
    for h in handles:
        h.remove()
    return {
        "input": list(INPUT),
        "params": sum(p.numel() for p in net.parameters()),
        "layers": layers,
    }


def dump(value, indent=0):
    """JSON with small leaf structures (e.g. one layer record) on one line."""
    def depth(v):
        if isinstance(v, dict):
            return 1 + max((depth(x) for x in v.values()), default=0)
        if isinstance(v, list):
            return 1 + max((depth(x) for x in v), default=0)
        return 0
    pad = " " * indent
    inner = " " * (indent + 1)
    if depth(value) <= 2 and not (isinstance(value, dict) and depth(value) == 2
                                  and len(value) > 6):
        return json.dumps(value, separators=(", ", ": "))
    if isinstance(value, dict):
        items = [inner + json.dumps(k) + ": " + dump(v, indent + 1)
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    items = [inner + dump(v, indent + 1) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + pad + "]"


def main(argv):
    out_path = os.path.abspath(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    torch.manual_seed(0)
    result = {
        "generator": GENERATOR,
        "torch": torch.__version__,
        "networks": {
            "nin_seed003": trace(nin(1)),
            "nin_d2l": trace(nin(2)),
        },
    }
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(dump(result) + "\n")
    for key, net in result["networks"].items():
        print("%s: params=%d" % (key, net["params"]))
        for l in net["layers"]:
            print("  %-5s %-18s %-16s %d" % (l["name"], l["type"], l["output"], l["params"]))
    print("wrote", out_path)


if __name__ == "__main__":
    main(sys.argv)
