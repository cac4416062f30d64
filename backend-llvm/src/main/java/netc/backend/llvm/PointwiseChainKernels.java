package netc.backend.llvm;

import java.util.List;
import netc.ir.KernelPlan;
import netc.ir.Op;

/**
 * A chain of 1x1 convs (fuse_pointwise_chain's {@code PointwiseChain}) as consecutive GEMMs ({@link GemmConv#gemm})
 * over one block of pixels at a time: the first reads the block's columns of the input planes, each intermediate
 * result goes to one of two panels in scratch ({@code roundUp(pixels, 16)} floats a channel, its epilogue applied),
 * which the next GEMM reads, and the last writes the output with its epilogue (residual included). The block is
 * sized so the two panels stay in L2; the intermediates are never written whole. Two threads split the blocks.
 */
final class PointwiseChainKernels {
    private PointwiseChainKernels() {}

    /** Floats a channel of an intermediate panel takes: the plan's block of pixels rounded up to whole micro-tiles. */
    private static long stride(KernelPlan.PointwiseChain p) { return roundUp(p.cols(), GemmConv.NR); }

    /** Scratch floats: the two intermediate panels of the node's plan ({@link KernelPlan.PointwiseChain}). */
    static long scratchFloats(KernelPlan plan) {
        KernelPlan.PointwiseChain p = (KernelPlan.PointwiseChain) plan;
        return 2 * WeightLayout.align(p.mid() * stride(p));
    }

    /** Multiply-adds per image. */
    static long macs(Op.PointwiseChain ch, long inC, long pixels) {
        long m = 0, c = inC;
        for (Op.Conv conv : ch.convs()) {
            m += pixels * c * conv.outC();
            c = conv.outC();
        }
        return m;
    }

    /** The kernel: {@code w} holds each conv's packed weight and bias as offsets from {@code %w}; {@code r} is the last conv's residual or null. */
    static void chain(IrWriter ir, Op.PointwiseChain ch, KernelPlan plan, Operand x, Operand y, Operand r, long[] w, String scratch) {
        KernelPlan.PointwiseChain p = (KernelPlan.PointwiseChain) plan;
        ir.comment("pointwise chain of " + ch.convs().size() + " 1x1 convs in blocks of " + p.cols() + " pixels");
        ir.loop("b", "0", "%n", b -> {
            String xb = x.image(ir, b), yb = y.image(ir, b), rb = r == null ? null : r.image(ir, b);
            ir.loop("blk", "%lo", ir.min("%hi", IrWriter.num(p.full())), blk ->
                    block(ir, ch, p, x, y, xb, yb, rb, ir.mul(blk, p.cols()), p.cols(), w, scratch));
            if (p.rest() > 0) ir.when(ir.value("icmp eq i64 %hi, " + p.blocks()), () ->
                    block(ir, ch, p, x, y, xb, yb, rb, IrWriter.num(p.full() * p.cols()), p.rest(), w, scratch));
        });
    }

    /** Pixels [n0, n0 + nb) through every conv of the chain. */
    private static void block(IrWriter ir, Op.PointwiseChain ch, KernelPlan.PointwiseChain p, Operand x, Operand y, String xb, String yb, String rb, String n0, long nb,
                              long[] w, String scratch) {
        List<Op.Conv> convs = ch.convs();
        String[] panel = {scratch, ir.at(scratch, WeightLayout.align(p.mid() * stride(p)))};
        long stride = roundUp(nb, GemmConv.NR);
        String src = ir.at(xb, n0);
        long srcStride = x.hw(), inC = x.c();
        for (int i = 0; i < convs.size(); i++) {
            Op.Conv c = convs.get(i);
            boolean last = i == convs.size() - 1, fromInput = i == 0;
            String dst = last ? yb : panel[i % 2], res = last ? rb : null, at = last ? n0 : "0";
            long dstStride = last ? y.hw() : stride, K = inC, icb = Math.min(K, GemmConv.KC), kFull = K / icb, icRest = K % icb;
            String from = src;
            long fromStride = srcStride, wOff = w[2 * i], bOff = w[2 * i + 1];
            java.util.function.BiConsumer<String, String[]> kBlock = (k0, flags) -> {
                long kn = flags[2].equals("rest") ? icRest : icb;
                GemmConv.gemm(ir, new GemmConv.Gemm(c.epilogue(), K, kn, ir.at("%w", ir.add(ir.mul(k0, GemmConv.MR), wOff)),
                        ir.at(from, ir.mul(k0, fromStride)), fromStride, !fromInput, false, dst, dstStride, res, at, flags[0], flags[1], bOff),
                        nb, c.outC(), new GemmConv.Rows("0", IrWriter.num(c.outC())));
            };
            ir.loop("kb", "0", IrWriter.num(kFull), kb -> {
                String k0 = ir.mul(kb, icb);
                String first = kFull == 1 ? "true" : ir.value("icmp eq i64 " + k0 + ", 0");
                String lastK = icRest > 0 ? "false" : kFull == 1 ? "true" : ir.value("icmp eq i64 " + k0 + ", " + (kFull - 1) * icb);
                kBlock.accept(k0, new String[] {first, lastK, "full"});
            });
            if (icRest > 0) kBlock.accept(IrWriter.num(kFull * icb), new String[] {"false", "true", "rest"});
            src = dst;
            srcStride = stride;
            inC = c.outC();
        }
    }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }

    private static long roundUp(long a, long b) { return ceilDiv(a, b) * b; }
}
