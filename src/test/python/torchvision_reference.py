#!/usr/bin/env python3
"""Reference parameter / buffer / state_dict / MAC figures for torchvision models.

Every model is built with random initialisation (no pretrained weights, no
downloads), put in eval mode and run once on a batch-1 zero input at the
model's default evaluation resolution. Recorded per model:

  input       [C, H, W] the model was evaluated at
  params      sum of p.numel() over parameters()
  buffers     sum of b.numel() over buffers(), excluding num_batches_tracked
  macs        multiply-accumulates counted by forward hooks (see MAC_CONVENTION)
  output      output shape without the batch dim (segmentation: the 'out' entry)
  state_dict  ordered [key, shape] pairs, excluding *.num_batches_tracked

Usage: torchvision_reference.py [OUTPUT_JSON]
Default output: src/test/resources/reference/torchvision.json (resolved
relative to this script, so it works from any working directory).
"""
import json
import os
import sys
import time

import torch
import torchvision
from torch import nn
from torchvision import models
from torchvision.models import segmentation

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(
    os.path.join(HERE, "..", "resources", "reference", "torchvision.json"))
GENERATOR = "src/test/python/torchvision_reference.py"

MAC_CONVENTION = (
    "Batch-1 eval-mode forward; only nn.Conv2d (C_out*H_out*W_out * C_in/groups * kh*kw), "
    "nn.ConvTranspose2d (C_in*H_in*W_in * C_out/groups * kh*kw) and nn.Linear "
    "(in_features*out_features per leading non-batch position) are counted, once per call; "
    "biases, normalisation, activations, pooling, elementwise ops and interpolation count zero.")

# Documented eval resolutions, used only if the installed torchvision has no
# weight metadata to read them from.
EFFICIENTNET_FALLBACK = {0: 224, 1: 240, 2: 288, 3: 300, 4: 380, 5: 456, 6: 528, 7: 600}
SEGMENTATION_SIZE = 520  # torchvision's segmentation eval transforms resize to 520

CLASSIFIERS = (
    ["alexnet"]
    + ["vgg11", "vgg13", "vgg16", "vgg19"]
    + ["vgg11_bn", "vgg13_bn", "vgg16_bn", "vgg19_bn"]
    + ["googlenet", "inception_v3", "inception_v3_aux"]
    + ["resnet18", "resnet34", "resnet50", "resnet101", "resnet152"]
    + ["resnext50_32x4d", "resnext101_32x8d", "wide_resnet50_2"]
    + ["densenet121", "densenet161", "densenet169", "densenet201"]
    + ["mobilenet_v2", "mobilenet_v3_large", "mobilenet_v3_small"]
    + ["squeezenet1_0", "squeezenet1_1"]
    + ["shufflenet_v2_x0_5", "shufflenet_v2_x1_0", "shufflenet_v2_x1_5", "shufflenet_v2_x2_0"]
    + ["mnasnet0_5", "mnasnet0_75", "mnasnet1_0", "mnasnet1_3"]
    + ["efficientnet_b%d" % i for i in range(8)]
)
SEGMENTERS = ["deeplabv3_resnet50", "fcn_resnet50"]

# Published parameter counts used as a sanity check.
KNOWN_PARAMS = {
    "alexnet": 61100840, "vgg16": 138357544, "resnet18": 11689512,
    "resnet50": 25557032, "googlenet": 6624904, "inception_v3": 23834568,
    "inception_v3_aux": 27161264, "densenet121": 7978856,
    "mobilenet_v2": 3504872, "squeezenet1_0": 1248424, "efficientnet_b0": 5288548,
}


def construct(fn, **kwargs):
    """Call a builder with the new weights= API, falling back to pretrained=."""
    try:
        return fn(weights=None, **kwargs)
    except TypeError:
        legacy = {"pretrained": False}
        if "weights_backbone" in kwargs:
            kwargs.pop("weights_backbone")
            legacy["pretrained_backbone"] = False
        return fn(**legacy, **kwargs)


def efficientnet_size(i):
    enum = getattr(models, "EfficientNet_B%d_Weights" % i, None)
    if enum is not None:
        try:
            crop = enum.DEFAULT.transforms().crop_size
            return int(crop[0] if isinstance(crop, (list, tuple)) else crop)
        except Exception:
            pass
    return EFFICIENTNET_FALLBACK[i]


def build(name):
    """Returns (model, input size H=W)."""
    if name in SEGMENTERS:
        fn = getattr(segmentation, name)
        return construct(fn, weights_backbone=None, aux_loss=False), SEGMENTATION_SIZE
    if name == "googlenet":
        return construct(models.googlenet, aux_logits=False, init_weights=False), 224
    if name in ("inception_v3", "inception_v3_aux"):
        aux = name == "inception_v3_aux"
        return construct(models.inception_v3, aux_logits=aux, init_weights=False), 299
    if name.startswith("efficientnet_b"):
        i = int(name[len("efficientnet_b"):])
        return construct(getattr(models, name)), efficientnet_size(i)
    return construct(getattr(models, name)), 224


def measure(model, size, channels=3):
    model.eval()
    macs = [0]

    def conv_hook(m, inp, out):
        macs[0] += out.numel() // out.shape[0] * (m.in_channels // m.groups) \
            * m.kernel_size[0] * m.kernel_size[1]

    def deconv_hook(m, inp, out):
        x = inp[0]
        macs[0] += x.numel() // x.shape[0] * (m.out_channels // m.groups) \
            * m.kernel_size[0] * m.kernel_size[1]

    def linear_hook(m, inp, out):
        positions = 1
        for d in out.shape[1:-1]:
            positions *= d
        macs[0] += positions * m.in_features * m.out_features

    handles = []
    for m in model.modules():
        if isinstance(m, nn.Conv2d):
            handles.append(m.register_forward_hook(conv_hook))
        elif isinstance(m, nn.ConvTranspose2d):
            handles.append(m.register_forward_hook(deconv_hook))
        elif isinstance(m, nn.Linear):
            handles.append(m.register_forward_hook(linear_hook))
    with torch.no_grad():
        out = model(torch.zeros(1, channels, size, size))
    for h in handles:
        h.remove()
    if isinstance(out, dict):
        out = out["out"]
    elif isinstance(out, tuple):  # namedtuple outputs (only in training mode)
        out = out[0]
    return macs[0], list(out.shape[1:])


def describe(name):
    torch.manual_seed(0)
    model, size = build(name)
    macs, output = measure(model, size)
    return {
        "input": [3, size, size],
        "params": sum(p.numel() for p in model.parameters()),
        "buffers": sum(b.numel() for n, b in model.named_buffers()
                       if not n.endswith("num_batches_tracked")),
        "macs": macs,
        "output": output,
        "state_dict": [[k, list(v.shape)] for k, v in model.state_dict().items()
                       if not k.endswith("num_batches_tracked")],
    }


def write(result, path):
    """json with one state_dict entry per line, everything else indent=1."""
    c = lambda v: json.dumps(v, separators=(",", ":"))
    lines = ["{"]
    head = [(k, v) for k, v in result.items() if k != "models"]
    for k, v in head:
        lines.append(" %s: %s," % (json.dumps(k), json.dumps(v)))
    lines.append(' "models": {')
    names = list(result["models"])
    for i, name in enumerate(names):
        m = result["models"][name]
        lines.append("  %s: {" % json.dumps(name))
        for k in ("input", "params", "buffers", "macs", "output"):
            lines.append("   %s: %s," % (json.dumps(k), c(m[k])))
        lines.append('   "state_dict": [')
        sd = m["state_dict"]
        for j, entry in enumerate(sd):
            lines.append("    " + c(entry) + ("," if j + 1 < len(sd) else ""))
        lines.append("   ]")
        lines.append("  }" + ("," if i + 1 < len(names) else ""))
    lines.append(" }")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # self-check: must be valid JSON
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main(argv):
    out_path = os.path.abspath(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    torch.set_num_threads(2)
    started = time.time()
    result = {
        "generator": GENERATOR,
        "torch": torch.__version__,
        "torchvision": torchvision.__version__,
        "mac_convention": MAC_CONVENTION,
        "models": {},
    }
    print("%-20s %-12s %12s %16s %8s" % ("model", "input", "params", "macs", "check"))
    for name in CLASSIFIERS + SEGMENTERS:
        t0 = time.time()
        info = describe(name)
        result["models"][name] = info
        known = KNOWN_PARAMS.get(name)
        check = "" if known is None else ("ok" if known == info["params"] else "MISMATCH(%d)" % known)
        print("%-20s %-12s %12d %16d %8s  (%.1fs)" % (
            name, "x".join(map(str, info["input"][1:])), info["params"], info["macs"],
            check, time.time() - t0), flush=True)
    write(result, out_path)
    print("wrote %s (%d bytes) in %.1fs" % (out_path, os.path.getsize(out_path),
                                            time.time() - started))


if __name__ == "__main__":
    main(sys.argv)
