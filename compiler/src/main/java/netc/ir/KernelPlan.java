package netc.ir;

/**
 * How a backend runs one node, decided by the plan pass ({@code netc.passes.PlanKernels}) for a {@link Target} and
 * read by the backend: the algorithm, its tiling (micro-tile, cache blocks, packing, loop order) and the range
 * {@code [0, units)} its kernel takes as {@code [lo, hi)}, which two threads cut at {@code cut} (whether a layer is
 * big enough to share is still the backend's, from its thread count and the target option {@code parallelMacs}). Kept in the IR so that {@code --emit ir} shows it
 * and golden files catch a change. Tensor layouts stay on the {@link Tensor}s: a conv whose output is NCHWc8 (pass
 * nchwc) runs its plan's kernel in its blocked form ({@link OcGemm}'s, or {@link Direct} {@code depthwise-nchwc8}).
 */
public sealed interface KernelPlan {
    /** Compact text for {@code --emit ir} ({@code gemm-1x1 6x16 kc=256 cols=1024 pack-b order=pixels range=channels:64/30}). */
    String label();

    /** No plan: the target plans nothing, or the op has one kernel with nothing to choose. */
    KernelPlan NONE = new None();

    record None() implements KernelPlan {
        public String label() { return ""; }
    }

    /**
     * An ungrouped conv as a GEMM {@code Y[oc][p] = sum_k W[oc][k] B[k][p]} on an {@code mr x nr} micro-kernel:
     * K blocks of {@code icb} input channels ({@code kc} taps), blocks of {@code cols} output pixels of the
     * {@code pixels}; B is the input itself for a 1x1 stride-1 unpadded conv ({@code im2col} false: copied into
     * micro-panels when {@code packB}, else read in place), else an im2col panel. Over packed panels or B read in place
     * the micro-tiles go pixel tiles outside when {@code pixelsOuter} (for the last, shorter block:
     * {@code restPixelsOuter}), else channel tiles outside; over an im2col panel always channel tiles outside. The
     * range is in pixel blocks when {@code byPixels}, else in output channels.
     */
    record Gemm(boolean im2col, int mr, int nr, long icb, long kc, long cols, long pixels, boolean byPixels, long outC, boolean packB,
                boolean pixelsOuter, boolean restPixelsOuter) implements KernelPlan {
        public long full() { return pixels / cols; }

        public long rest() { return pixels % cols; }

        public long blocks() { return full() + (rest() > 0 ? 1 : 0); }

        public long units() { return byPixels ? blocks() : outC; }

        /**
         * Where two threads cut {@link #units}: half the blocks, or whole channel tiles, the first thread taking the
         * larger half of the tiles (as the emitter's chunks do: 32 channels cut 18 | 14).
         */
        public long cut() { return byPixels ? blocks() / 2 : Math.min(outC, ((outC + mr - 1) / mr + 1) / 2 * mr); }

        /** The loop order for a block of {@code nb} pixels (see the record comment). */
        public boolean pixelsOuter(long nb) { return nb == cols ? pixelsOuter : restPixelsOuter; }

        public String label() {
            String order = " order=" + order(pixelsOuter) + (rest() > 0 && restPixelsOuter != pixelsOuter ? "(last " + order(restPixelsOuter) + ")" : "");
            // B read in place shows its order only where pixel tiles go outside (channel tiles outside is the old default)
            String b = im2col ? "" : packB ? " pack-b" + order : " direct-b" + (pixelsOuter || restPixelsOuter ? order : "");
            return (im2col ? "gemm-im2col " : "gemm-1x1 ") + mr + "x" + nr + " icb=" + icb + " kc=" + kc + " cols=" + cols + b
                    + " range=" + (byPixels ? "pixel-blocks" : "channels") + ":" + units() + "/" + cut();
        }

        private static String order(boolean pixels) { return pixels ? "pixels" : "channels"; }
    }

    /**
     * An ungrouped conv on a small plane as a GEMM vectorised over output channels, the first blocked (NCHWc-style)
     * kernel: a micro-tile of {@code ov} vectors of {@code lanes} output channels x {@code np} pixels, the weights
     * packed in panels of {@code ov * lanes} channels ({@code [oc-block][k][ov * lanes]}), each pixel of B broadcast,
     * so that a short pixel tail costs its share of the FMAs (1 of 4 at 7x7's 49 = 12 x 4 + 1); partial sums over the
     * K blocks ({@code icb} input channels, {@code kc} taps) kept channel-blocked in scratch and the result transposed
     * to NCHW at the end. B is an im2col panel when {@code im2col}, else the input read in place. The range is in
     * output channels, cut at whole channel blocks.
     */
    record OcGemm(boolean im2col, int ov, int lanes, int np, long icb, long kc, long pixels, long outC) implements KernelPlan {
        /** Output channels per micro-tile (and per weight panel). */
        public int mr() { return ov * lanes; }

        public long units() { return outC; }

        /**
         * Where two threads cut the channels: at the whole tile nearest half the channel vectors, so that a short last
         * tile counts for what it costs (160 channels, 6 tiles of 24 and one of 16: 72 | 88, 9 against 11 vectors).
         */
        public long cut() { return cut(1, 2); }

        /** Bound {@code j} of {@code k} chunks cut so (see {@link #cut()}). */
        public long cut(long j, long k) { return cut(outC, ov, lanes, j, k); }

        /** Bound {@code j} of {@code k} chunks of {@code outC} channels in tiles of {@code ov} vectors of {@code lanes}. */
        public static long cut(long outC, int ov, int lanes, long j, long k) {
            long vectors = (outC + lanes - 1) / lanes;
            return Math.min(outC, Math.round((double) vectors * j / k / ov) * ov * lanes);
        }

        public String label() {
            return "gemm-oc" + (im2col ? "-im2col " : "-1x1 ") + mr() + "x" + np + " icb=" + icb + " kc=" + kc + " pixels=" + pixels
                    + " range=channels:" + units() + "/" + cut();
        }
    }

    /**
     * A 3x3 stride-1 conv by Winograd's F(m x m, 3x3): {@code th x tw} tiles of m x m outputs, taken in blocks of
     * {@code rb} tile rows ({@code tb} tiles, {@code tp} of them rounded up to 16 columns), the last block maybe
     * reaching past the output; a zero-padded strip of {@code (m rb + 2) x pw} floats per input channel; the
     * (m + 2)^2 GEMMs on the {@code mr}-channel micro-kernel in K blocks of {@code icb} input channels. The range is in
     * blocks when there are at least two, else in output channels.
     */
    record Winograd(int m, long th, long tw, long rb, long pw, long outC, long inC, long icb, int mr) implements KernelPlan {
        /** GEMMs per tile: one per element of the (m + 2) x (m + 2) transformed tile. */
        public int elements() { return (m + 2) * (m + 2); }

        public long tb() { return rb * tw; }

        public long tp() { return ceilDiv(tb(), 16) * 16; }

        public long blocks() { return ceilDiv(th, rb); }

        public boolean byBlocks() { return blocks() >= 2; }

        public long units() { return byBlocks() ? blocks() : outC; }

        /** Two threads' cut: half the blocks, or the whole tiles of mr channels nearest half the channels. */
        public long cut() { return byBlocks() ? blocks() / 2 : Math.min(outC, Math.round(outC / 2.0 / mr) * mr); }

        /** The larger thread's share of the work under {@link #cut()}, from 0.5 (even) to 1. */
        public double share() { return (double) Math.max(cut(), units() - cut()) / units(); }

        public long strip() { return ceilDiv((m * rb + 2) * pw, 16) * 16; }

        /** V and M of a block: a matrix of tp columns per transformed element and channel. */
        public long vm() { return elements() * (outC + inC) * tp(); }

        /** Scratch: the strip, M, V (in that order, so that M's edge loads past its end stay inside V). */
        public long scratch() { return strip() + vm() + 16; }

        public String label() {
            return "winograd F" + m + " tiles=" + th + "x" + tw + " rows=" + rb + " icb=" + icb + " range=" + (byBlocks() ? "blocks" : "channels")
                    + ":" + units() + "/" + cut();
        }

        private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }
    }

    /**
     * A stride-2 conv on few taps (a network's stem: mobilenet_v2's 3x3 on 3 channels) on the GEMM's {@code mr x nr}
     * micro-kernel without im2col: the input rows copied once, zero padded and split into even and odd columns, the
     * micro-kernel reading its pixels straight from them, all {@code taps} unrolled; weights packed as for {@link Gemm}.
     * The range is in output rows.
     */
    record Stem(long taps, long outH, int mr, int nr) implements KernelPlan {
        public long units() { return outH; }

        public long cut() { return outH / 2; }

        public String label() { return "stem " + mr + "x" + nr + " taps=" + taps + " range=rows:" + units() + "/" + cut(); }
    }

    /**
     * An inverted residual (expand 1x1, depthwise, project 1x1) in bands of {@code rows} output rows of an
     * {@code outH x outW} output, K blocks of {@code icb} expanded channels: per block the expand GEMM writes the
     * band's {@code halo} input rows (of {@code inW} floats) of those channels into scratch, the depthwise reads them into
     * the project GEMM's micro-panels. The range is in bands, two threads cutting it in half, or sharing it in
     * {@code chunks} runs of whole bands (each chunk expands its first halo again). {@code deinterleave}: the
     * depthwise splits its rows into even and odd columns first (as {@link Separable}'s).
     */
    record InvertedResidual(long icb, long rows, long halo, long outH, long outW, long inW, long chunks, boolean deinterleave) implements KernelPlan {
        public long bands() { return (outH + rows - 1) / rows; }

        public long full() { return outH / rows; }

        public long rest() { return outH % rows; }

        public long units() { return bands(); }

        public long cut() { return bands() / 2; }

        public String label() { return "inverted-residual rows=" + rows + " halo=" + halo + " icb=" + icb + " range=bands:" + units() + "/" + cut(); }
    }

    /**
     * A fused separable conv (a depthwise conv and the 1x1 that alone reads it) in bands of {@code rows} output rows of
     * an {@code outH x outW} output, K blocks of {@code icb} depthwise channels: per block the depthwise writes the
     * band's pixels into the 1x1's micro-panels, then the 1x1's GEMM runs on them. The range is in bands, or, when
     * {@code byChannels}, in the 1x1's {@code outC} output channels, cut at whole tiles of {@code mr} (each thread then
     * computes the whole depthwise band). {@code deinterleave}: the depthwise first splits each channel's input rows of
     * the band into even and odd columns (stride 2 across), so that each tap is one plain load.
     */
    record Separable(long icb, long rows, long outH, long outW, boolean byChannels, long outC, int mr, boolean deinterleave) implements KernelPlan {
        public long bands() { return (outH + rows - 1) / rows; }

        public long full() { return outH / rows; }

        public long rest() { return outH % rows; }

        public long units() { return byChannels ? outC : bands(); }

        /** Where two threads cut {@link #units}: half the bands, or whole channel tiles. */
        public long cut() { return byChannels ? outC / 2 / mr * mr : bands() / 2; }

        public String label() {
            return "separable rows=" + rows + " icb=" + icb + (deinterleave ? " deinterleave" : "") + " range=" + (byChannels ? "channels" : "bands")
                    + ":" + units() + "/" + cut();
        }
    }

    /**
     * A chain of 1x1 convs as consecutive GEMMs over blocks of {@code cols} of the {@code pixels} output pixels (the
     * last maybe shorter), the intermediates of at most {@code mid} channels in two panels. The range is in blocks.
     */
    record PointwiseChain(long cols, long pixels, long mid) implements KernelPlan {
        public long full() { return pixels / cols; }

        public long rest() { return pixels % cols; }

        public long blocks() { return full() + (rest() > 0 ? 1 : 0); }

        public long units() { return blocks(); }

        public long cut() { return blocks() / 2; }

        public String label() { return "pointwise-chain cols=" + cols + " range=pixel-blocks:" + units() + "/" + cut(); }
    }

    /**
     * A kernel with nothing to tile whose range is {@code [0, units)} of {@code unit} (a pool's planes, a dense
     * layer's output channels), which two threads cut at {@code cut}.
     */
    record Range(String kernel, String unit, long units, long cut) implements KernelPlan {
        public String label() { return kernel + " range=" + unit + ":" + units + "/" + cut; }
    }

    /** A conv on a direct loop-nest kernel: {@code depthwise} (stride 1 or 2 across) or the general {@code direct} one. */
    record Direct(String kernel) implements KernelPlan {
        public String label() { return kernel; }
    }
}
