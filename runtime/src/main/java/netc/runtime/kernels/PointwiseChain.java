package netc.runtime.kernels;

import netc.runtime.Activation;
import netc.runtime.Backend;
import netc.runtime.Parallel;
import netc.runtime.internal.Epi;
import netc.runtime.internal.GemmDriver;
import netc.runtime.internal.GemmDriver.Operand;
import netc.runtime.internal.Impl;
import netc.runtime.internal.Packer;
import netc.runtime.internal.Scratch;

/**
 * A chain of 1x1 stride-1 convolutions (NiN's mlpconv), each with its epilogue (bias, activation; the last one may
 * add a residual), computed per tile of pixels: the intermediate tensors exist only as a tile in two small per-thread
 * buffers. Each stage is a GEMM on the driver {@link Conv2d} uses for 1x1 convs, so results are those of the convs
 * run one after the other. Images and pixel tiles are split over {@link Parallel#common()}.
 */
public final class PointwiseChain {
    private static final int TILE_FLOATS = Integer.getInteger("netc.pointwise.tile", 16384);

    private final int[] channels;
    private final int hw, outBatch;
    private final Impl impl;
    private final float[][] packed;
    private final Epi[] epis;
    private final int tile, tiles, maxMid;
    private final Packer inputPacker, tilePacker;

    /**
     * {@code channels[0]} input channels, then each stage's output channels; {@code weights[i]} is
     * {@code [channels[i+1]][channels[i]]}, {@code biases[i]} may be null, {@code acts}/{@code alphas} per stage.
     * {@code outBatch} < 0: the output's own size.
     */
    public PointwiseChain(int[] channels, int h, int w, float[][] weights, float[][] biases, Activation[] acts, float[] alphas,
                          int outBatch, Backend backend) {
        int stages = channels.length - 1;
        if (stages < 1 || weights.length != stages || biases.length != stages || acts.length != stages || alphas.length != stages) {
            throw new IllegalArgumentException("need one weight, bias and activation per stage");
        }
        this.channels = channels.clone();
        this.hw = h * w;
        this.impl = Impl.of(backend);
        this.outBatch = outBatch >= 0 ? outBatch : channels[stages] * hw;
        packed = new float[stages][];
        epis = new Epi[stages];
        int mx = 1;
        for (int i = 0; i < stages; i++) {
            if (weights[i].length < channels[i] * channels[i + 1]) throw new IllegalArgumentException("weight " + i + " too short");
            packed[i] = Packer.prepack(Packer.rowsA(channels[i]), Impl.MR, weights[i], 0, channels[i], channels[i + 1]);
            epis[i] = new Epi(biases[i], null, acts[i], alphas[i], false);
            if (i < stages - 1) mx = Math.max(mx, channels[i + 1]);
        }
        maxMid = mx;
        // pixels per tile: whole panels, the widest intermediate tile within TILE_FLOATS, two tiles per thread
        int nr = impl.nr, threads = Parallel.common().threads();
        int t = Math.max(4 * nr, TILE_FLOATS / maxMid / nr * nr);
        t = Math.min(t, Packer.ceilDiv(Packer.ceilDiv(hw, 2 * threads), nr) * nr);
        tile = Math.max(nr, Math.min(t, Packer.ceilDiv(hw, nr) * nr));
        tiles = Packer.ceilDiv(hw, tile);
        inputPacker = Packer.rowsB(hw, impl);
        tilePacker = Packer.rowsB(tile, impl);
    }

    public int outChannels() {
        return channels[channels.length - 1];
    }

    public void forward(int n, float[] x, int xOff, float[] y, int yOff) {
        forward(n, x, xOff, y, yOff, null, 0);
    }

    /** {@code res} (null: none) is added in the last stage, after its bias and before its activation. */
    public void forward(int n, float[] x, int xOff, float[] y, int yOff, float[] res, int resOff) {
        final int inBatch = channels[0] * hw, resBatch = outChannels() * hw, last = channels.length - 2;
        Parallel.common().run(n * tiles, task -> {
            int img = task / tiles, p0 = (task % tiles) * tile, cols = Math.min(tile, hw - p0);
            float[] a = Scratch.get(Scratch.FUSED_A, maxMid * tile), b = last > 0 ? Scratch.get(Scratch.FUSED_B, maxMid * tile) : null;
            Operand src = Operand.of(inputPacker, x, xOff + img * inBatch + p0);
            for (int s = 0; s <= last; s++) {
                Operand w = Operand.prepacked(packed[s], 0);
                if (s == last) {
                    int at = img * outBatch + p0;
                    GemmDriver.run(impl, channels[s], w, src, 0, channels[s + 1], 0, cols, y, yOff + at, hw, epis[s], 0, p0,
                            res, res == null ? 0 : resOff + img * resBatch + p0);
                } else {
                    float[] dst = s % 2 == 0 ? a : b;
                    GemmDriver.run(impl, channels[s], w, src, 0, channels[s + 1], 0, cols, dst, 0, tile, epis[s], 0, 0, null, 0);
                    src = Operand.of(tilePacker, dst, 0);
                }
            }
        });
    }
}
