"""Trains a LeNet-style network on scikit-learn's bundled 8x8 digits, as src/main/net/digits/lenet.net describes it.

Writes, into the folder given (default: data/ beside this script):
  weights.safetensors     the trained weights, named as the network's layers (c1.weight, ...)
  test_images.npy         the held-out digits, float32 N x 1 x 8 x 8, pixels scaled to [0, 1]
  test_labels.npy         their labels (float32)
  torch_predictions.npy   PyTorch's predicted class for each (float32)
  torch_accuracy.txt      PyTorch's accuracy on them, and the counts
Deterministic: fixed seeds, a fixed split, one thread. Takes a few seconds.
"""
import json
import os
import struct
import sys

import numpy as np
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(out, exist_ok=True)
torch.manual_seed(0)
torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)

digits = load_digits()  # 1797 images of 8x8 pixels with values 0..16, bundled with scikit-learn
x = (digits.images / 16.0).astype(np.float32).reshape(-1, 1, 8, 8)
y = digits.target.astype(np.int64)
x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.25, random_state=0, stratify=y)


class LeNet(nn.Module):
    """The layers of lenet.net, with the same names."""

    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(1, 16, 3, padding=1)
        self.c2 = nn.Conv2d(16, 32, 3, padding=1)
        self.f1 = nn.Linear(32 * 2 * 2, 64)
        self.f2 = nn.Linear(64, 10)

    def forward(self, t):
        t = nn.functional.max_pool2d(torch.relu(self.c1(t)), 2)
        t = nn.functional.max_pool2d(torch.relu(self.c2(t)), 2)
        return self.f2(torch.relu(self.f1(t.flatten(1))))


model = LeNet()
opt = torch.optim.Adam(model.parameters(), lr=3e-3)
xt, yt = torch.from_numpy(x_train), torch.from_numpy(y_train)
for epoch in range(30):
    order = torch.randperm(len(xt))
    for i in range(0, len(xt), 64):
        idx = order[i:i + 64]
        opt.zero_grad()
        nn.functional.cross_entropy(model(xt[idx]), yt[idx]).backward()
        opt.step()

model.eval()
with torch.no_grad():
    pred = model(torch.from_numpy(x_test)).argmax(1).numpy()
correct = int((pred == y_test).sum())
accuracy = correct / len(y_test)


def save_safetensors(path, tensors):
    """safetensors by hand: u64 header length, JSON header (dtype, shape, byte range), raw little-endian floats."""
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        data = t.detach().contiguous().float().numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    h = json.dumps(header).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        f.write(b"".join(blobs))


save_safetensors(os.path.join(out, "weights.safetensors"), model.state_dict())
np.save(os.path.join(out, "test_images.npy"), x_test)
np.save(os.path.join(out, "test_labels.npy"), y_test.astype(np.float32))
np.save(os.path.join(out, "torch_predictions.npy"), pred.astype(np.float32))
with open(os.path.join(out, "torch_accuracy.txt"), "w") as f:
    f.write(f"{accuracy:.6f} {correct} {len(y_test)}\n")
print(f"PyTorch: accuracy {accuracy:.4f} ({correct}/{len(y_test)} held-out digits); weights in {out}")
