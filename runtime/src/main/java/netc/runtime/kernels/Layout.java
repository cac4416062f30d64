package netc.runtime.kernels;

import java.util.Arrays;

/**
 * Data movement on NCHW tensors: channel blocks (concat, chunk), channel shuffle, zero padding. Producers can often
 * avoid these: {@link Conv2d} writes into a channel range of a larger tensor and reads a channel slice of one
 * (batch strides), which makes concat and chunk free.
 */
public final class Layout {
    private Layout() {}

    /**
     * Copies channels {@code [srcC0, srcC0 + count)} of {@code n} images of {@code srcC} channels to channels
     * {@code [dstC0, dstC0 + count)} of images of {@code dstC} channels, planes of {@code hw}. Concat is one call per
     * input; chunk is one call.
     */
    public static void copyChannels(int n, int hw, float[] src, int srcOff, int srcC, int srcC0,
                                    float[] dst, int dstOff, int dstC, int dstC0, int count) {
        for (int img = 0; img < n; img++) {
            System.arraycopy(src, srcOff + (img * srcC + srcC0) * hw, dst, dstOff + (img * dstC + dstC0) * hw, count * hw);
        }
    }

    /**
     * PyTorch's {@code channel_shuffle}: {@code x.view(n, g, c/g, h, w).transpose(1, 2)}, i.e. output channel
     * {@code j * g + i} is input channel {@code i * (c/g) + j}.
     */
    public static void channelShuffle(int n, int c, int hw, int groups, float[] x, int xo, float[] y, int yo) {
        if (c % groups != 0) throw new IllegalArgumentException(c + " channels, " + groups + " groups");
        int per = c / groups;
        for (int img = 0; img < n; img++) {
            int base = img * c * hw;
            for (int i = 0; i < groups; i++) {
                for (int j = 0; j < per; j++) {
                    System.arraycopy(x, xo + base + (i * per + j) * hw, y, yo + base + (j * groups + i) * hw, hw);
                }
            }
        }
    }

    /**
     * Zero padding ({@code F.pad} on the last two dimensions): output {@code (h + top + bottom) x (w + left + right)};
     * negative amounts crop.
     */
    public static void zeroPad(int n, int c, int h, int w, int left, int right, int top, int bottom,
                               float[] x, int xo, float[] y, int yo) {
        int oh = h + top + bottom, ow = w + left + right;
        if (oh < 0 || ow < 0) throw new IllegalArgumentException("negative output size");
        int ix0 = Math.max(0, -left), ix1 = Math.min(w, ow - left);
        for (int p = 0; p < n * c; p++) {
            int xp = xo + p * h * w, yp = yo + p * oh * ow;
            for (int oy = 0; oy < oh; oy++) {
                int iy = oy - top, d = yp + oy * ow;
                if (iy < 0 || iy >= h || ix1 <= ix0) {
                    Arrays.fill(y, d, d + ow, 0f);
                    continue;
                }
                int ox0 = ix0 + left, ox1 = ix1 + left;
                Arrays.fill(y, d, d + ox0, 0f);
                System.arraycopy(x, xp + iy * w + ix0, y, d + ox0, ix1 - ix0);
                Arrays.fill(y, d + ox1, d + ow, 0f);
            }
        }
    }
}
