"""tiny.net (width 4) in PyTorch with seeded weights: writes OUT/weights.safetensors, OUT/input.npy, OUT/output.npy."""
import json, os, struct, sys
import numpy as np
import torch
from torch import nn

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
torch.manual_seed(7)
w = 4


def unit(cin, cout):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU())


class SE(nn.Module):
    def __init__(self, c, squeeze):
        super().__init__()
        self.fc1, self.fc2 = nn.Conv2d(c, squeeze, 1), nn.Conv2d(squeeze, c, 1)

    def forward(self, x):
        g = torch.sigmoid(self.fc2(torch.relu(self.fc1(x.mean((2, 3), keepdim=True)))))
        return x * g


class Tiny(nn.Module):
    def __init__(self):
        super().__init__()
        self.u1, self.u2, self.s, self.fc = unit(3, w), unit(w, 2 * w), SE(2 * w, 2), nn.Linear(2 * w, 5)

    def forward(self, x):
        x = self.s(self.u2(nn.functional.max_pool2d(self.u1(x), 2, 2)))
        return self.fc(x.mean((2, 3)))


model = Tiny()
with torch.no_grad():
    for m in model.modules():  # non-trivial batch-norm statistics, so that folding them is tested
        if isinstance(m, nn.BatchNorm2d):
            m.weight.uniform_(0.5, 1.5); m.bias.uniform_(-0.5, 0.5)
            m.running_mean.uniform_(-0.5, 0.5); m.running_var.uniform_(0.5, 1.5)
model.eval()
x = torch.randn(2, 3, 16, 16)
with torch.no_grad():
    y = model(x)

state = {k: v for k, v in model.state_dict().items() if not k.endswith("num_batches_tracked")}
header, blobs, offset = {}, [], 0
for name, t in state.items():
    data = t.contiguous().float().numpy().astype("<f4").tobytes()
    header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
    blobs.append(data)
    offset += len(data)
h = json.dumps(header).encode()
h += b" " * ((8 - len(h) % 8) % 8)
with open(os.path.join(out, "weights.safetensors"), "wb") as f:
    f.write(struct.pack("<Q", len(h))); f.write(h); f.write(b"".join(blobs))
np.save(os.path.join(out, "input.npy"), x.numpy())
np.save(os.path.join(out, "output.npy"), y.numpy())
