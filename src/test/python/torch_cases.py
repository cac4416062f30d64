#!/usr/bin/python3
"""Writes exactness test cases for netc's backends from PyTorch: for each model, seeded random weights with
realistic batch-norm statistics (set from one random batch, then perturbed, so that a wrong BN fold shows),
saved as safetensors under the state_dict names, a random input batch and PyTorch's output, as .npy.

    /usr/bin/python3 src/test/python/torch_cases.py OUT_DIR [model ...]

OUT_DIR/<model>/{weights.safetensors, input.npy, output.npy, meta.json}. Files are large: the build
generates them (target/), they are not committed. Needs Debian's python3-torch and python3-torchvision.
"""
import json
import os
import struct
import sys

import numpy as np
import torch
import torchvision

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import other_nets_reference  # noqa: E402  (the stdlib nets torchvision lacks, written in PyTorch)
import seed_nin_shapes  # noqa: E402

# Networks torchvision lacks: the PyTorch builds of their layouts, with (channels, size) of the test input.
OTHER = {"nin_d2l": (lambda: seed_nin_shapes.nin(2), 1, 224)}
OTHER.update({name: (build, channels, min(size, 128) if name == "unet" else size)
              for name, (build, channels, size) in other_nets_reference.MODELS.items()})

DEFAULT_MODELS = ["nin_d2l", "lenet", "unet", "se_resnet50", "xception", "ghostnet", "resnet18", "mobilenet_v2", "squeezenet1_1", "googlenet", "densenet121", "mobilenet_v3_small",
                  "shufflenet_v2_x1_0", "mnasnet0_5", "efficientnet_b0", "vgg11_bn", "alexnet", "resnext50_32x4d",
                  "inception_v3", "resnet50"]
BATCH = 2


def build(name):
    if name in OTHER:
        return OTHER[name][0]()
    kwargs = {"weights": None}
    if name in ("googlenet", "inception_v3"):
        kwargs.update(aux_logits=False, init_weights=False)
    return getattr(torchvision.models, name)(**kwargs)


def default_size(name):
    if name in OTHER:
        return OTHER[name][2]
    return {"inception_v3": 299}.get(name, 224)


def channels(name):
    return OTHER[name][1] if name in OTHER else 3


def randomise(model, seed, size, in_channels=3):
    """Seeded uniform weights (Kaiming bound), then BN statistics from one random batch, perturbed."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for pname, p in model.named_parameters():
            if p.dim() > 1:
                bound = (6.0 / (p.numel() // p.shape[0])) ** 0.5
                p.copy_(torch.empty(p.shape).uniform_(-bound, bound, generator=g))
            elif pname.endswith("bias"):
                p.copy_(torch.empty(p.shape).uniform_(-0.1, 0.1, generator=g))
            else:
                p.copy_(torch.empty(p.shape).uniform_(0.8, 1.2, generator=g))
    bns = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    for m in bns:
        m.momentum = 1.0
    model.train()
    with torch.no_grad():
        model(torch.randn((4, in_channels, size, size), generator=g))
        for m in bns:
            m.running_mean.add_(torch.empty(m.running_mean.shape).uniform_(-0.1, 0.1, generator=g))
            m.running_var.mul_(torch.empty(m.running_var.shape).uniform_(0.8, 1.2, generator=g))
    model.eval()


def save_safetensors(path, tensors):
    """The safetensors format written by hand: u64 header length, JSON header, raw little-endian data."""
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        data = t.detach().contiguous().to(torch.float32).numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for b in blobs:
            f.write(b)


def write_case(out_dir, name, seed=1234):
    if os.path.exists(os.path.join(out_dir, name, "meta.json")):
        return  # already generated in this build directory
    torch.manual_seed(seed)
    model = build(name)
    size = default_size(name)
    randomise(model, seed, size, channels(name))
    g = torch.Generator().manual_seed(seed + 1)
    x = torch.randn((BATCH, channels(name), size, size), generator=g)
    with torch.no_grad():
        y = model(x)
    if isinstance(y, dict):
        y = y["out"]
    d = os.path.join(out_dir, name)
    os.makedirs(d, exist_ok=True)
    state = {k: v for k, v in model.state_dict().items() if not k.endswith("num_batches_tracked")}
    save_safetensors(os.path.join(d, "weights.safetensors"), state)
    np.save(os.path.join(d, "input.npy"), x.numpy().astype("<f4"))
    np.save(os.path.join(d, "output.npy"), y.numpy().astype("<f4"))
    with open(os.path.join(d, "meta.json"), "w") as f:
        json.dump({"model": name, "batch": BATCH, "input": list(x.shape), "output": list(y.shape),
                   "output_scale": float(y.abs().max()), "torch": torch.__version__}, f)
    print(f"{name:22s} input {tuple(x.shape)} output {tuple(y.shape)} max|y| {float(y.abs().max()):.3g}")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    torch.set_num_threads(2)
    out_dir = sys.argv[1]
    for name in sys.argv[2:] or DEFAULT_MODELS:
        write_case(out_dir, name)


if __name__ == "__main__":
    main()
