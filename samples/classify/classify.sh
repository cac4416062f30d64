#!/usr/bin/env bash
# A standard-library classifier on a generated picture, with seeded random weights (see README.md).
# PYTHON: a python3 with Pillow (default python3); NETC: the netc launcher (default: the one of this checkout).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
netc="${NETC:-$here/../../netc}"
"${PYTHON:-python3}" "$here/make_image.py" "$here/disc.png"
"$netc" run stdlib:resnet18 --random-seed 1 --input "$here/disc.png" --output "$here/logits.npy"
