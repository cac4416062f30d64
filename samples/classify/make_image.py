"""Draws a 96x96 test picture (an orange disc on a pale blue sky) and saves it as a PNG: no download needed."""
import sys

from PIL import Image, ImageDraw

path = sys.argv[1] if len(sys.argv) > 1 else "disc.png"
image = Image.new("RGB", (96, 96), (200, 220, 255))
ImageDraw.Draw(image).ellipse((20, 20, 76, 76), fill=(230, 120, 30))
image.save(path)
print("wrote", path)
