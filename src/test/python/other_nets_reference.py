#!/usr/bin/env python3
"""Reference figures for the stdlib networks that torchvision does not have.

Each network is written here in plain PyTorch, the way its source lays it out (see the comment at each
builder and at the top of its .net file), and measured exactly as torchvision_reference.py measures
torchvision's models: params, buffers (without num_batches_tracked), MACs (same hooks), the output shape
and the ordered state_dict keys with shapes.

Usage: /usr/bin/python3 other_nets_reference.py [OUTPUT_JSON]
Default output: src/test/resources/reference/other_nets.json (relative to this script).
"""
import math
import os
import sys

import torch
from torch import nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from torchvision_reference import measure, write  # noqa: E402  (same MAC hooks, same file layout)

DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "reference", "other_nets.json"))
GENERATOR = "src/test/python/other_nets_reference.py"


# ---- LeNet-5 as d2l.ai (section 7.6) writes it -----------------------------------------------------------

def lenet():
    return nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(), nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(), nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.Sigmoid(),
        nn.Linear(120, 84), nn.Sigmoid(),
        nn.Linear(84, 10))


# ---- U-Net (Ronneberger 2015) with padded 3x3 convs ------------------------------------------------------

def double_conv(cin, cout):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU(inplace=True),
                         nn.Conv2d(cout, cout, 3, padding=1), nn.ReLU(inplace=True))


class UNetDown(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.pool = nn.MaxPool2d(2)
        self.conv = double_conv(cin, cout)

    def forward(self, x):
        return self.conv(self.pool(x))


class UNetUp(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.up = nn.ConvTranspose2d(cin, cin // 2, 2, stride=2)
        self.conv = double_conv(cin, cout)

    def forward(self, x, skip):
        return self.conv(torch.cat([skip, self.up(x)], dim=1))


class UNet(nn.Module):
    def __init__(self, channels=1, classes=2, base=64):
        super().__init__()
        self.inc = double_conv(channels, base)
        for i in range(1, 5):
            setattr(self, "down%d" % i, UNetDown(base * 2 ** (i - 1), base * 2 ** i))
        for i in range(1, 5):
            setattr(self, "up%d" % i, UNetUp(base * 2 ** (5 - i), base * 2 ** (4 - i)))
        self.outc = nn.Conv2d(base, classes, 1)

    def forward(self, x):
        skips = [self.inc(x)]
        for i in range(1, 5):
            skips.append(getattr(self, "down%d" % i)(skips[-1]))
        x = skips.pop()
        for i in range(1, 5):
            x = getattr(self, "up%d" % i)(x, skips.pop())
        return self.outc(x)


# ---- SE-ResNet-50 (Hu et al.), laid out and named as timm's seresnet50 -------------------------------------

class SE(nn.Module):
    def __init__(self, c, squeeze):
        super().__init__()
        self.fc1 = nn.Conv2d(c, squeeze, 1)
        self.fc2 = nn.Conv2d(squeeze, c, 1)

    def forward(self, x):
        s = F.adaptive_avg_pool2d(x, 1)
        return x * torch.sigmoid(self.fc2(F.relu(self.fc1(s))))


class SEBottleneck(nn.Module):
    def __init__(self, cin, planes, stride, reduction=16):
        super().__init__()
        out = planes * 4
        self.conv1 = nn.Conv2d(cin, planes, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, stride=stride, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.conv3 = nn.Conv2d(planes, out, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(out)
        self.se = SE(out, out // reduction)
        self.downsample = None
        if stride != 1 or cin != out:
            self.downsample = nn.Sequential(nn.Conv2d(cin, out, 1, stride=stride, bias=False), nn.BatchNorm2d(out))

    def forward(self, x):
        y = F.relu(self.bn1(self.conv1(x)))
        y = F.relu(self.bn2(self.conv2(y)))
        y = self.se(self.bn3(self.conv3(y)))
        return F.relu(y + (x if self.downsample is None else self.downsample(x)))


class SEResNet(nn.Module):
    def __init__(self, layers=(3, 4, 6, 3), classes=1000):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 64, 7, stride=2, padding=3, bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        self.maxpool = nn.MaxPool2d(3, stride=2, padding=1)
        cin = 64
        for i, n in enumerate(layers):
            blocks = []
            for j in range(n):
                blocks.append(SEBottleneck(cin, 64 * 2 ** i, 2 if i > 0 and j == 0 else 1))
                cin = 64 * 2 ** i * 4
            setattr(self, "layer%d" % (i + 1), nn.Sequential(*blocks))
        self.fc = nn.Linear(cin, classes)

    def forward(self, x):
        x = self.maxpool(F.relu(self.bn1(self.conv1(x))))
        for i in range(1, 5):
            x = getattr(self, "layer%d" % i)(x)
        return self.fc(torch.flatten(F.adaptive_avg_pool2d(x, 1), 1))


# ---- Xception as Keras defines it, named as the PyTorch port (pretrainedmodels / timm legacy_xception) --------

class Separable(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cin, 3, padding=1, groups=cin, bias=False)
        self.pointwise = nn.Conv2d(cin, cout, 1, bias=False)

    def forward(self, x):
        return self.pointwise(self.conv1(x))


class XceptionModule(nn.Module):
    """widths: the separable convs' outputs; stride 2 adds max pooling and a 1x1 conv shortcut."""

    def __init__(self, cin, widths, stride, relu_first=True):
        super().__init__()
        rep, c = [], cin
        for w in widths:
            rep += [nn.ReLU(), Separable(c, w), nn.BatchNorm2d(w)]
            c = w
        if not relu_first:
            rep = rep[1:]
        if stride != 1:
            rep.append(nn.MaxPool2d(3, stride, 1))
            self.skip = nn.Conv2d(cin, c, 1, stride=stride, bias=False)
            self.skipbn = nn.BatchNorm2d(c)
        else:
            self.skip = None
        self.rep = nn.Sequential(*rep)

    def forward(self, x):
        return self.rep(x) + (x if self.skip is None else self.skipbn(self.skip(x)))


class Xception(nn.Module):
    def __init__(self, classes=1000):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 32, 3, stride=2, bias=False)
        self.bn1 = nn.BatchNorm2d(32)
        self.conv2 = nn.Conv2d(32, 64, 3, bias=False)
        self.bn2 = nn.BatchNorm2d(64)
        self.block1 = XceptionModule(64, [128, 128], 2, relu_first=False)
        self.block2 = XceptionModule(128, [256, 256], 2)
        self.block3 = XceptionModule(256, [728, 728], 2)
        for i in range(4, 12):
            setattr(self, "block%d" % i, XceptionModule(728, [728] * 3, 1))
        self.block12 = XceptionModule(728, [728, 1024], 2)
        self.conv3 = Separable(1024, 1536)
        self.bn3 = nn.BatchNorm2d(1536)
        self.conv4 = Separable(1536, 2048)
        self.bn4 = nn.BatchNorm2d(2048)
        self.fc = nn.Linear(2048, classes)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.relu(self.bn2(self.conv2(x)))
        for i in range(1, 13):
            x = getattr(self, "block%d" % i)(x)
        x = F.relu(self.bn3(self.conv3(x)))
        x = F.relu(self.bn4(self.conv4(x)))
        return self.fc(torch.flatten(F.adaptive_avg_pool2d(x, 1), 1))


# ---- GhostNet 1.0 as the official implementation (huawei-noah, ghostnet_pytorch/ghostnet.py) builds it --------

def make_divisible(v, divisor, min_value=None):
    min_value = min_value or divisor
    n = max(min_value, int(v + divisor / 2) // divisor * divisor)
    return n + divisor if n < 0.9 * v else n


class GhostModule(nn.Module):
    def __init__(self, cin, out, relu=True, ratio=2):
        super().__init__()
        self.out = out
        init = math.ceil(out / ratio)
        act = (lambda: nn.ReLU(inplace=True)) if relu else nn.Sequential
        self.primary_conv = nn.Sequential(nn.Conv2d(cin, init, 1, bias=False), nn.BatchNorm2d(init), act())
        self.cheap_operation = nn.Sequential(nn.Conv2d(init, init * (ratio - 1), 3, padding=1, groups=init, bias=False),
                                             nn.BatchNorm2d(init * (ratio - 1)), act())

    def forward(self, x):
        x1 = self.primary_conv(x)
        return torch.cat([x1, self.cheap_operation(x1)], dim=1)[:, :self.out]


class GhostSE(nn.Module):
    def __init__(self, c, ratio):
        super().__init__()
        self.conv_reduce = nn.Conv2d(c, make_divisible(c * ratio, 4), 1)
        self.conv_expand = nn.Conv2d(make_divisible(c * ratio, 4), c, 1)

    def forward(self, x):
        s = self.conv_expand(F.relu(self.conv_reduce(F.adaptive_avg_pool2d(x, 1))))
        return x * F.hardsigmoid(s)


class GhostBottleneck(nn.Module):
    def __init__(self, cin, mid, out, k, stride, se_ratio):
        super().__init__()
        self.stride = stride
        self.ghost1 = GhostModule(cin, mid)
        if stride > 1:
            self.conv_dw = nn.Conv2d(mid, mid, k, stride=stride, padding=(k - 1) // 2, groups=mid, bias=False)
            self.bn_dw = nn.BatchNorm2d(mid)
        self.se = GhostSE(mid, se_ratio) if se_ratio > 0 else None
        self.ghost2 = GhostModule(mid, out, relu=False)
        if cin == out and stride == 1:
            self.shortcut = nn.Sequential()
        else:
            self.shortcut = nn.Sequential(
                nn.Conv2d(cin, cin, k, stride=stride, padding=(k - 1) // 2, groups=cin, bias=False), nn.BatchNorm2d(cin),
                nn.Conv2d(cin, out, 1, bias=False), nn.BatchNorm2d(out))

    def forward(self, x):
        y = self.ghost1(x)
        if self.stride > 1:
            y = self.bn_dw(self.conv_dw(y))
        if self.se is not None:
            y = self.se(y)
        return self.ghost2(y) + self.shortcut(x)


class ConvBnAct(nn.Module):
    def __init__(self, cin, out):
        super().__init__()
        self.conv = nn.Conv2d(cin, out, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(out)

    def forward(self, x):
        return F.relu(self.bn1(self.conv(x)))


GHOSTNET_CFG = [  # stages of [kernel, expansion, out, se ratio, stride]: the paper's table 1
    [[3, 16, 16, 0, 1]],
    [[3, 48, 24, 0, 2]],
    [[3, 72, 24, 0, 1]],
    [[5, 72, 40, 0.25, 2]],
    [[5, 120, 40, 0.25, 1]],
    [[3, 240, 80, 0, 2]],
    [[3, 200, 80, 0, 1], [3, 184, 80, 0, 1], [3, 184, 80, 0, 1], [3, 480, 112, 0.25, 1], [3, 672, 112, 0.25, 1]],
    [[5, 672, 160, 0.25, 2]],
    [[5, 960, 160, 0, 1], [5, 960, 160, 0.25, 1], [5, 960, 160, 0, 1], [5, 960, 160, 0.25, 1]],
]


class GhostNet(nn.Module):
    def __init__(self, width=1.0, classes=1000):
        super().__init__()
        c = make_divisible(16 * width, 4)
        self.conv_stem = nn.Conv2d(3, c, 3, 2, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(c)
        stages = []
        for stage in GHOSTNET_CFG:
            blocks = []
            for k, exp, out, se, s in stage:
                out = make_divisible(out * width, 4)
                blocks.append(GhostBottleneck(c, make_divisible(exp * width, 4), out, k, s, se))
                c = out
            stages.append(nn.Sequential(*blocks))
        last = make_divisible(GHOSTNET_CFG[-1][-1][1] * width, 4)
        stages.append(nn.Sequential(ConvBnAct(c, last)))
        self.blocks = nn.Sequential(*stages)
        self.conv_head = nn.Conv2d(last, 1280, 1)
        self.classifier = nn.Linear(1280, classes)

    def forward(self, x):
        x = self.blocks(F.relu(self.bn1(self.conv_stem(x))))
        x = F.relu(self.conv_head(F.adaptive_avg_pool2d(x, 1)))
        return self.classifier(F.dropout(torch.flatten(x, 1), 0.2, self.training))


# name in the stdlib -> (builder, input channels, input size)
MODELS = {
    "lenet": (lenet, 1, 28),
    "unet": (UNet, 1, 512),
    "se_resnet50": (SEResNet, 3, 224),
    "xception": (Xception, 3, 299),
    "ghostnet": (GhostNet, 3, 224),
}


def describe(name):
    torch.manual_seed(0)
    build, channels, size = MODELS[name]
    model = build()
    macs, output = measure(model, size, channels)
    return {
        "input": [channels, size, size],
        "params": sum(p.numel() for p in model.parameters()),
        "buffers": sum(b.numel() for n, b in model.named_buffers() if not n.endswith("num_batches_tracked")),
        "macs": macs,
        "output": output,
        "state_dict": [[k, list(v.shape)] for k, v in model.state_dict().items()
                       if not k.endswith("num_batches_tracked")],
    }


def main(argv):
    out_path = os.path.abspath(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    torch.set_num_threads(2)
    result = {"generator": GENERATOR, "torch": torch.__version__, "models": {}}
    for name in MODELS:
        result["models"][name] = info = describe(name)
        print("%-12s %-10s %12d params %10d buffers %16d MACs" % (
            name, "x".join(map(str, info["input"])), info["params"], info["buffers"], info["macs"]), flush=True)
    write(result, out_path)
    print("wrote %s" % out_path)


if __name__ == "__main__":
    main(sys.argv)
