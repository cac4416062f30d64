package netc.backend.llvm;

import netc.ir.Epilogue;
import netc.ir.KernelPlan;
import netc.ir.Op;

/**
 * A network's head as one kernel ({@link Op.ConvPoolDense}, pass fuse_conv_pool_dense): the blocked 1x1 conv runs
 * on the oc-vector GEMM ({@link OcVectorGemm}), but each finished output vector is summed into the channel tile's
 * pooled values instead of stored; after the tile, the pooled means are multiplied into a partial dense output,
 * {@code partial[o] += sum_c mean_c Wt[c][o]}, with the dense weight transposed at weight preparation (the table's
 * {@code POUT:OUT} packing, one panel of every row, is the transpose), so a tile's 24 rows of Wt are 96 KB of
 * consecutive bytes. While a tile computes, its tap loop prefetches the next tile's rows into L2, so that the 5 MB
 * of weights, which come from memory in every call, stream beside the multiply-adds.
 *
 * <p>The two threads take chunks of channel tiles ({@link OcVectorGemm#chunks}); chunk c of image b sums into its own
 * partial in the node's slots ({@code slots + (b C + c) OUT'}), and {@link #combine} adds bias and partials in chunk
 * order after the join: the result does not depend on which thread took which chunk. A call for a range of several
 * chunks (one thread alone) does them one by one, the same sums.
 */
final class ConvPoolDenseKernels {
    private ConvPoolDenseKernels() {}

    private static final int LANES = ConvKernels.LANES;

    /** Dense outputs of one partial, rounded up to 64 bytes. */
    private static long outFloats(Op.ConvPoolDense h) { return WeightLayout.align(h.dense().out()); }

    /** Floats of the node's slots per image: a partial dense output per chunk. */
    static long slotFloats(Op.ConvPoolDense h, long chunks) { return chunks * outFloats(h); }

    /** Scratch per thread: the GEMM's, then a channel tile's pooled values. */
    static long scratchFloats(KernelPlan.OcGemm p, long inC) { return OcVectorGemm.scratchFloats(p, inC) + WeightLayout.align(p.mr()); }

    /** Multiply-adds per image. */
    static long macs(Op.ConvPoolDense h, long inC, long pixels) { return pixels * inC * h.conv().outC() + (long) h.conv().outC() * h.dense().out(); }

    /**
     * The kernel for output channels [%lo, %hi) of the conv, whole chunks of {@code bounds}: {@code w} holds the conv's
     * packed weight and bias, the transposed dense weight and its bias; {@code slots} the partials.
     */
    static void conv(IrWriter ir, Op.ConvPoolDense h, KernelPlan.OcGemm p, Operand x, Operand r, boolean blocked, long inC, long[] w, String scratch,
                     String slots, long[] bounds) {
        long chunks = bounds.length - 1;
        ir.comment("conv + global average pool + dense: per channel tile pooled, then multiplied into chunk's partial dense output");
        ir.loop("c", "0", IrWriter.num(chunks), c -> {
            String start = pick(ir, c, bounds, 0), end = pick(ir, c, bounds, 1);
            String inside = ir.value("and i1 " + ir.value("icmp uge i64 " + start + ", %lo") + ", " + ir.value("icmp ule i64 " + end + ", %hi"));
            ir.when(inside, () -> OcVectorGemm.convInto(ir, h.conv(), p, x, r, blocked, inC, w[0], w[1], scratch, start, end,
                    new Pool(h, p, w[2], ir.at(scratch, OcVectorGemm.scratchFloats(p, inC)), slots, c, chunks)));
        });
    }

    /** {@code values[c + shift]} for the i64 c, a chain of selects (a handful of chunks). */
    private static String pick(IrWriter ir, String c, long[] values, int shift) {
        String v = IrWriter.num(values[shift]);
        for (int k = 1; k < values.length - 1; k++) { // chunks c = 1 .. C-1; shift 0 or 1 stays inside
            v = ir.value("select i1 " + ir.value("icmp eq i64 " + c + ", " + k) + ", i64 " + values[k + shift] + ", i64 " + v);
        }
        return v;
    }

    /** The sink: pooled sums per tile in scratch, then the partial dense output of chunk c. */
    private static final class Pool implements OcVectorGemm.Sink {
        private final Op.ConvPoolDense h;
        private final KernelPlan.OcGemm p;
        private final long wt;
        private final String pooled, slots, chunk;
        private final long chunks;
        private String partial;

        Pool(Op.ConvPoolDense h, KernelPlan.OcGemm p, long wt, String pooled, String slots, String chunk, long chunks) {
            this.h = h;
            this.p = p;
            this.wt = wt;
            this.pooled = pooled;
            this.slots = slots;
            this.chunk = chunk;
            this.chunks = chunks;
        }

        @Override public void image(IrWriter ir, String b) {
            partial = ir.at(slots, ir.mul(ir.add(ir.mul(b, chunks), chunk), outFloats(h)));
            ir.loop("z", "0", IrWriter.num(outFloats(h) / LANES), j -> ir.vstore("zeroinitializer", ir.at(partial, ir.mul(j, LANES))));
        }

        @Override public void begin(IrWriter ir, String ot, int rows) {
            for (int v = 0; v * LANES < rows; v++) ir.vstore("zeroinitializer", ir.at(pooled, (long) v * LANES));
        }

        @Override public void accept(IrWriter ir, String ot, int v, String val) {
            String at = ir.at(pooled, (long) v * LANES);
            ir.vstore(ir.vadd(ir.vload(at), val), at);
        }

        /** The tile's means times its rows of Wt, four output vectors at a time, into the partial. */
        @Override public void end(IrWriter ir, String ot, int rows) {
            long out = h.dense().out(), P = p.pixels();
            String scale = ir.splat(IrWriter.f(1.0 / P));
            for (int v = 0; v * LANES < rows; v++) {
                String at = ir.at(pooled, (long) v * LANES);
                ir.vstore(ir.value("fmul <8 x float> " + ir.vload(at) + ", " + scale), at);
            }
            String rowsAt = ir.at("%w", ir.add(ir.mul(ir.mul(ot, p.mr()), out), wt)); // Wt row mr ot
            java.util.function.BiConsumer<String, Integer> vectors = (o0, n) -> {
                String[] acc = new String[n];
                for (int q = 0; q < n; q++) acc[q] = ir.vload(ir.at(partial, ir.add(o0, (long) q * LANES)));
                for (int c = 0; c < rows; c++) {
                    String m = ir.splat(ir.load(pooled, IrWriter.num(c)));
                    String row = ir.at(rowsAt, ir.add(o0, (long) c * out));
                    for (int q = 0; q < n; q++) acc[q] = ir.vfma(m, ir.vload(ir.at(row, (long) q * LANES)), acc[q]);
                }
                for (int q = 0; q < n; q++) ir.vstore(acc[q], ir.at(partial, ir.add(o0, (long) q * LANES)));
            };
            long full = out / (4 * LANES), vecs = out / LANES;
            ir.loop("o", "0", IrWriter.num(full), o -> vectors.accept(ir.mul(o, 4 * LANES), 4));
            for (long q = full * 4; q < vecs; q++) vectors.accept(IrWriter.num(q * LANES), 1);
            for (long o = vecs * LANES; o < out; o++) { // a last partial vector, lane by lane
                String s = ir.load(partial, IrWriter.num(o));
                for (int c = 0; c < rows; c++) s = ir.fma(ir.load(pooled, IrWriter.num(c)), ir.load(rowsAt, IrWriter.num(c * out + o)), s);
                ir.store(s, partial, IrWriter.num(o));
            }
        }

        /**
         * Step {@code slot} of {@code slots} prefetches its share of the next tile's Wt rows (64-byte lines; the tile
         * after that instead: 1.08x the node's time; locality 2 rather than 3: even). A chunk's first tile reads its
         * rows from memory.
         */
        @Override public java.util.List<String> step(IrWriter ir, String ot, String slot, long slots) {
            if (ir.target().off("convPoolDense.prefetch")) return java.util.List.of(); // to compare: 1.24x the node's time without (mobilenet_v2)
            long lines = (p.mr() * h.dense().out() + 15) / 16, per = (lines + slots - 1) / slots;
            ir.declare("declare void @llvm.prefetch.p0(ptr, i32 immarg, i32 immarg, i32 immarg)");
            String next = ir.at("%w", ir.add(ir.mul(ir.add(ot, 1), p.mr() * h.dense().out()), wt));
            String first = ir.value("udiv i64 " + ir.mul(slot, lines) + ", " + slots);
            java.util.List<String> at = new java.util.ArrayList<>();
            for (long q = 0; q < per; q++) at.add(ir.at(next, ir.mul(ir.min(ir.add(first, q), IrWriter.num(lines - 1)), 16)));
            return at;
        }
    }

    /**
     * After the kernel (both threads joined): {@code y = act(bias + sum over chunks of the partials)}, chunk by chunk
     * in order, for each of the n images.
     */
    static void combine(IrWriter ir, Op.ConvPoolDense h, String y, String slots, long chunks, String denseBias) {
        long out = h.dense().out(), vecs = out / LANES, rest = out % LANES;
        Epilogue e = h.dense().epilogue();
        boolean inRegisters = IrWriter.vectorActivation(e.act());
        ir.comment("conv_pool_dense: bias plus the chunks' partials, in chunk order");
        ir.loop("b", "0", "%n", b -> {
            String yb = ir.at(y, ir.mul(b, out)), sb = ir.at(slots, ir.mul(b, chunks * outFloats(h)));
            java.util.function.BiConsumer<String, Integer> vector = (o, lanes) -> {
                String s = lanes == LANES ? ir.vload(ir.at(denseBias, o)) : ir.maskedLoad(ir.at(denseBias, o), lanes);
                for (long c = 0; c < chunks; c++) s = ir.vadd(s, ir.vload(ir.at(sb, ir.add(o, c * outFloats(h)))));
                if (inRegisters) s = ir.vactivation(e.act(), e.alpha(), s);
                if (lanes == LANES) ir.vstore(s, ir.at(yb, o));
                else ir.maskedStore(s, ir.at(yb, o), lanes);
            };
            ir.loop("o", "0", IrWriter.num(vecs), o -> vector.accept(ir.mul(o, LANES), LANES));
            if (rest > 0) vector.accept(IrWriter.num(vecs * LANES), (int) rest);
            if (!inRegisters && !e.isEmpty()) ir.loop("o", "0", IrWriter.num(out), o -> {
                String at = ir.at(yb, o);
                ir.store(ir.activation(e.act(), e.alpha(), ir.load(at)), at);
            });
        });
    }
}
