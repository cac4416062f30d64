#!/usr/bin/python3
"""Writes, for each named network, the same seeded random weights twice: as safetensors under the state_dict names
(what netc reads) and as an ONNX model (what ONNX Runtime reads), so that `netc bench` compares netc and ONNX
Runtime on identical weights. The weights follow torch_cases.py's recipe (same seed, Kaiming-bounded uniform
weights, BN statistics from one random batch, perturbed).

    /usr/bin/python3 src/test/python/onnx_export.py OUT_DIR [name ...]

OUT_DIR/<name>/{weights.safetensors, model.onnx, meta.json}; a directory with meta.json is skipped (done already).
Names are netc stdlib names: torchvision models (resnet50, mobilenet_v2, googlenet, squeezenet1_1, ...), nin_d2l
(d2l's NiN, as seed_nin_shapes.py builds it) and the PyTorch builds of other_nets_reference.py (lenet, unet,
se_resnet50, xception, ghostnet). The ONNX graph has opset 17 and a dynamic batch axis. Needs Debian's
python3-torch and python3-torchvision (not the onnx package).
"""
import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import other_nets_reference  # noqa: E402
import seed_nin_shapes  # noqa: E402
import torch_cases  # noqa: E402

DEFAULT_MODELS = ["resnet50", "mobilenet_v2", "googlenet", "squeezenet1_1", "nin_d2l"]
SEED = 1234  # torch_cases.write_case's default


def build(name):
    """The module, its input channels and input size."""
    if name == "nin_d2l":
        return seed_nin_shapes.nin(2), 1, 224
    if name in other_nets_reference.MODELS:
        builder, channels, size = other_nets_reference.MODELS[name]
        return builder(), channels, size
    return torch_cases.build(name), 3, torch_cases.default_size(name)


def export(out_dir, name, seed=SEED):
    d = os.path.join(out_dir, name)
    if os.path.exists(os.path.join(d, "meta.json")):
        return  # done in an earlier run
    torch.manual_seed(seed)
    model, channels, size = build(name)
    torch_cases.randomise(model, seed, size, channels)
    os.makedirs(d, exist_ok=True)
    state = {k: v for k, v in model.state_dict().items() if not k.endswith("num_batches_tracked")}
    torch_cases.save_safetensors(os.path.join(d, "weights.safetensors"), state)
    x = torch.randn((1, channels, size, size), generator=torch.Generator().manual_seed(seed + 1))
    with torch.no_grad():
        y = model(x)
        torch.onnx.export(model, x, os.path.join(d, "model.onnx"), opset_version=17, input_names=["input"],
                          output_names=["output"], dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}})
    with open(os.path.join(d, "meta.json"), "w") as f:
        json.dump({"model": name, "seed": seed, "input": [channels, size, size], "output": list(y.shape[1:]),
                   "torch": torch.__version__}, f)
    print(f"{name:16s} input {channels}x{size}x{size} -> {d}")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    torch.set_num_threads(2)
    for name in sys.argv[2:] or DEFAULT_MODELS:
        export(sys.argv[1], name)


if __name__ == "__main__":
    main()
