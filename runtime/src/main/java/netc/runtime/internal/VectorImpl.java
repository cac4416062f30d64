package netc.runtime.internal;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import netc.runtime.Activation;

/**
 * Inner loops with the Vector API (256-bit: AVX2 + FMA). Loaded reflectively by {@link Impl#of} only when the
 * {@code jdk.incubator.vector} module is present. The GEMM micro-kernel keeps a 4 x 16 tile of C in 8 registers,
 * broadcasting 4 values of A and loading 2 vectors of B per step of k (a 6 x 16 tile needs all 16 ymm registers
 * and C2 then spills an accumulator in the loop, halving the speed; 4 x 16 runs at 85-95% of the FMA peak in isolation).
 */
final class VectorImpl extends Impl {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    private static final int L = 8;
    private static final int NR = 16;

    VectorImpl() {
        super(NR);
    }

    /** The 256-bit species is native (not emulated) on this CPU. Called reflectively by {@link Impl#vectorFast}. */
    static boolean fast() {
        return FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 256;
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void tile(int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int ldc, int mr, int nr,
                     boolean load, boolean last, Epi epi, int biasRow, int biasCol, float[] res, int ro) {
        if (mr == MR && nr == NR) {
            full(kc, a, ao, b, bo, c, co, ldc, load, last, epi, biasRow, biasCol, res, ro);
        } else if (mr == MR && nr <= L && HALF) {
            half(kc, a, ao, b, bo, c, co, ldc, nr, load, last, epi, biasRow, biasCol, res, ro);
        } else if (nr == NR && mr <= 2) {
            for (int r = 0; r < mr; r++) {
                row(kc, a, ao + r, b, bo, c, co + r * ldc, load, last, epi, biasRow + r, biasCol, res, ro + r * ldc);
            }
        } else {
            edge(kc, a, ao, b, bo, c, co, ldc, mr, nr, load, last, epi, biasRow, biasCol, res, ro);
        }
    }

    /** Whether panels of at most 8 columns use {@link #half} (settable for benchmarks: -Dnetc.gemm.half=false). */
    private static final boolean HALF = !"false".equals(System.getProperty("netc.gemm.half"));

    /**
     * A 4 x 8 tile (a panel with at most 8 valid columns: 7x7 outputs are 3 panels of 16 and one of 1, 56-wide rows
     * end with 8), at half the cost of the 16-wide tile. Its 4 accumulators alone would be bound by the FMA latency,
     * so even and odd steps of k go to two sets, added at the end.
     */
    private static void half(int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int ldc, int nr,
                             boolean load, boolean last, Epi epi, int biasRow, int biasCol, float[] res, int ro) {
        VectorMask<Float> m = S.indexInRange(0, nr);
        int o1 = co + ldc, o2 = o1 + ldc, o3 = o2 + ldc;
        FloatVector c0, c1, c2, c3;
        if (load) {
            c0 = FloatVector.fromArray(S, c, co, m);
            c1 = FloatVector.fromArray(S, c, o1, m);
            c2 = FloatVector.fromArray(S, c, o2, m);
            c3 = FloatVector.fromArray(S, c, o3, m);
        } else if (epi.rowBias != null) {
            c0 = FloatVector.broadcast(S, epi.rowBias[biasRow]);
            c1 = FloatVector.broadcast(S, epi.rowBias[biasRow + 1]);
            c2 = FloatVector.broadcast(S, epi.rowBias[biasRow + 2]);
            c3 = FloatVector.broadcast(S, epi.rowBias[biasRow + 3]);
        } else if (epi.colBias != null) {
            c0 = c1 = c2 = c3 = FloatVector.fromArray(S, epi.colBias, biasCol, m);
        } else {
            c0 = c1 = c2 = c3 = FloatVector.zero(S);
        }
        FloatVector d0 = FloatVector.zero(S), d1 = d0, d2 = d0, d3 = d0;
        int k = 0;
        for (; k + 1 < kc; k += 2, ao += 2 * MR, bo += 2 * NR) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + NR);
            c0 = FloatVector.broadcast(S, a[ao]).fma(b0, c0);
            c1 = FloatVector.broadcast(S, a[ao + 1]).fma(b0, c1);
            c2 = FloatVector.broadcast(S, a[ao + 2]).fma(b0, c2);
            c3 = FloatVector.broadcast(S, a[ao + 3]).fma(b0, c3);
            d0 = FloatVector.broadcast(S, a[ao + MR]).fma(b1, d0);
            d1 = FloatVector.broadcast(S, a[ao + MR + 1]).fma(b1, d1);
            d2 = FloatVector.broadcast(S, a[ao + MR + 2]).fma(b1, d2);
            d3 = FloatVector.broadcast(S, a[ao + MR + 3]).fma(b1, d3);
        }
        if (k < kc) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            c0 = FloatVector.broadcast(S, a[ao]).fma(b0, c0);
            c1 = FloatVector.broadcast(S, a[ao + 1]).fma(b0, c1);
            c2 = FloatVector.broadcast(S, a[ao + 2]).fma(b0, c2);
            c3 = FloatVector.broadcast(S, a[ao + 3]).fma(b0, c3);
        }
        c0 = c0.add(d0);
        c1 = c1.add(d1);
        c2 = c2.add(d2);
        c3 = c3.add(d3);
        if (last) {
            putMasked(c0, c, co, res, ro, epi, m);
            putMasked(c1, c, o1, res, ro + ldc, epi, m);
            putMasked(c2, c, o2, res, ro + 2 * ldc, epi, m);
            putMasked(c3, c, o3, res, ro + 3 * ldc, epi, m);
            if (needsPost(epi, res)) {
                for (int r = 0; r < MR; r++) post(c, co + r * ldc, nr, res, res == null ? 0 : ro + r * ldc, epi);
            }
        } else {
            c0.intoArray(c, co, m);
            c1.intoArray(c, o1, m);
            c2.intoArray(c, o2, m);
            c3.intoArray(c, o3, m);
        }
    }

    /** A partial tile: computed in full on a zero-padded scratch tile, moved in and out with masked vector ops. */
    private static void edge(int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int ldc, int mr, int nr,
                             boolean load, boolean last, Epi epi, int biasRow, int biasCol, float[] res, int ro) {
        float[] t = Scratch.get(Scratch.TILE, MR * NR);
        VectorMask<Float> m0 = S.indexInRange(0, nr), m1 = S.indexInRange(L, nr);
        FloatVector z = FloatVector.zero(S);
        for (int r = 0; r < MR; r++) {
            FloatVector v0 = z, v1 = z;
            if (r < mr) {
                if (load) {
                    v0 = FloatVector.fromArray(S, c, co + r * ldc, m0);
                    v1 = FloatVector.fromArray(S, c, co + r * ldc + L, m1);
                } else if (epi.rowBias != null) {
                    v0 = v1 = FloatVector.broadcast(S, epi.rowBias[biasRow + r]);
                } else if (epi.colBias != null) {
                    v0 = FloatVector.fromArray(S, epi.colBias, biasCol, m0);
                    v1 = FloatVector.fromArray(S, epi.colBias, biasCol + L, m1);
                }
            }
            v0.intoArray(t, r * NR);
            v1.intoArray(t, r * NR + L);
        }
        full(kc, a, ao, b, bo, t, 0, NR, true, false, Epi.NONE, 0, 0, null, 0);
        for (int r = 0; r < mr; r++) {
            FloatVector v0 = FloatVector.fromArray(S, t, r * NR), v1 = FloatVector.fromArray(S, t, r * NR + L);
            int cr = co + r * ldc, rr = ro + r * ldc;
            if (last) {
                putMasked(v0, c, cr, res, rr, epi, m0);
                putMasked(v1, c, cr + L, res, rr + L, epi, m1);
            } else {
                v0.intoArray(c, cr, m0);
                v1.intoArray(c, cr + L, m1);
            }
        }
        if (last && needsPost(epi, res)) {
            for (int r = 0; r < mr; r++) post(c, co + r * ldc, nr, res, res == null ? 0 : ro + r * ldc, epi);
        }
    }

    /** {@link #put} for the lanes of {@code m}. */
    private static void putMasked(FloatVector v, float[] y, int yo, float[] res, int ro, Epi epi, VectorMask<Float> m) {
        if (res != null && !epi.residualAfter) v = v.add(FloatVector.fromArray(S, res, ro, m));
        if (epi.actCode == RELU) v = v.max(0f);
        else if (epi.actCode == RELU6) v = v.max(0f).min(6f);
        else if (epi.actCode == 0 && res != null && epi.residualAfter) v = v.add(FloatVector.fromArray(S, res, ro, m));
        v.intoArray(y, yo, m);
    }

    /**
     * A full 4 x 16 tile. The k loop is a method of its own that only loads, updates and stores the tile: with the
     * bias/epilogue branches in the same method C2 compiled the loop ~20% slower.
     */
    private static void full(int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int ldc,
                             boolean load, boolean last, Epi epi, int biasRow, int biasCol, float[] res, int ro) {
        if (!load && last && kc <= ONCE_K && epi.colBias == null) {
            once(kc, a, ao, b, bo, c, co, ldc, epi, biasRow, res, ro);
            return;
        }
        if (!load) init(c, co, ldc, epi, biasRow, biasCol);
        kernel(kc, a, ao, b, bo, c, co, ldc);
        if (last) {
            for (int r = 0; r < MR; r++) {
                int cr = co + r * ldc, rr = ro + r * ldc;
                put(FloatVector.fromArray(S, c, cr), c, cr, res, rr, epi);
                put(FloatVector.fromArray(S, c, cr + L), c, cr + L, res, rr + L, epi);
            }
            if (needsPost(epi, res)) {
                for (int r = 0; r < MR; r++) post(c, co + r * ldc, NR, res, res == null ? 0 : ro + r * ldc, epi);
            }
        }
    }

    /** The tile's starting value: the bias (per row or per column) or zero. */
    private static void init(float[] c, int co, int ldc, Epi epi, int biasRow, int biasCol) {
        FloatVector x0 = FloatVector.zero(S), x1 = x0;
        if (epi.colBias != null) {
            x0 = FloatVector.fromArray(S, epi.colBias, biasCol);
            x1 = FloatVector.fromArray(S, epi.colBias, biasCol + L);
        }
        for (int r = 0; r < MR; r++) {
            if (epi.rowBias != null) x0 = x1 = FloatVector.broadcast(S, epi.rowBias[biasRow + r]);
            x0.intoArray(c, co + r * ldc);
            x1.intoArray(c, co + r * ldc + L);
        }
    }

    /** Up to this K, a tile computed in one K slice goes through {@link #once} (at K = 128 it was ~8% slower). */
    private static final int ONCE_K = Integer.getInteger("netc.gemm.onceK", 96);

    /**
     * A whole tile in one pass for short K (mobilenet's expanding 1x1s: K = 16..64): the accumulators start from the
     * row bias and get the epilogue in registers, so C is stored once instead of initialised, reloaded, stored,
     * reloaded for the epilogue and stored again. Same operations in the same order as {@link #init} + {@link #kernel}.
     */
    private static void once(int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int ldc, Epi epi,
                             int biasRow, float[] res, int ro) {
        int o1 = co + ldc, o2 = o1 + ldc, o3 = o2 + ldc;
        FloatVector c00, c10, c20, c30;
        float[] rb = epi.rowBias;
        if (rb != null) {
            c00 = FloatVector.broadcast(S, rb[biasRow]);
            c10 = FloatVector.broadcast(S, rb[biasRow + 1]);
            c20 = FloatVector.broadcast(S, rb[biasRow + 2]);
            c30 = FloatVector.broadcast(S, rb[biasRow + 3]);
        } else {
            c00 = c10 = c20 = c30 = FloatVector.zero(S);
        }
        FloatVector c01 = c00, c11 = c10, c21 = c20, c31 = c30;
        for (int k = 0; k < kc; k++, ao += MR, bo += NR) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector av;
            av = FloatVector.broadcast(S, a[ao]); c00 = av.fma(b0, c00); c01 = av.fma(b1, c01);
            av = FloatVector.broadcast(S, a[ao + 1]); c10 = av.fma(b0, c10); c11 = av.fma(b1, c11);
            av = FloatVector.broadcast(S, a[ao + 2]); c20 = av.fma(b0, c20); c21 = av.fma(b1, c21);
            av = FloatVector.broadcast(S, a[ao + 3]); c30 = av.fma(b0, c30); c31 = av.fma(b1, c31);
        }
        put(c00, c, co, res, ro, epi);
        put(c01, c, co + L, res, ro + L, epi);
        put(c10, c, o1, res, ro + ldc, epi);
        put(c11, c, o1 + L, res, ro + ldc + L, epi);
        put(c20, c, o2, res, ro + 2 * ldc, epi);
        put(c21, c, o2 + L, res, ro + 2 * ldc + L, epi);
        put(c30, c, o3, res, ro + 3 * ldc, epi);
        put(c31, c, o3 + L, res, ro + 3 * ldc + L, epi);
        if (needsPost(epi, res)) {
            for (int r = 0; r < MR; r++) post(c, co + r * ldc, NR, res, res == null ? 0 : ro + r * ldc, epi);
        }
    }

    /** {@code C[4][16] += A panel * B panel} over {@code kc} steps. */
    private static void kernel(int kc, float[] a, int ao, float[] b, int bo, float[] c, int co, int ldc) {
        int o1 = co + ldc, o2 = o1 + ldc, o3 = o2 + ldc;
        FloatVector c00 = FloatVector.fromArray(S, c, co), c01 = FloatVector.fromArray(S, c, co + L);
        FloatVector c10 = FloatVector.fromArray(S, c, o1), c11 = FloatVector.fromArray(S, c, o1 + L);
        FloatVector c20 = FloatVector.fromArray(S, c, o2), c21 = FloatVector.fromArray(S, c, o2 + L);
        FloatVector c30 = FloatVector.fromArray(S, c, o3), c31 = FloatVector.fromArray(S, c, o3 + L);
        for (int k = 0; k < kc; k++, ao += MR, bo += NR) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector av;
            av = FloatVector.broadcast(S, a[ao]); c00 = av.fma(b0, c00); c01 = av.fma(b1, c01);
            av = FloatVector.broadcast(S, a[ao + 1]); c10 = av.fma(b0, c10); c11 = av.fma(b1, c11);
            av = FloatVector.broadcast(S, a[ao + 2]); c20 = av.fma(b0, c20); c21 = av.fma(b1, c21);
            av = FloatVector.broadcast(S, a[ao + 3]); c30 = av.fma(b0, c30); c31 = av.fma(b1, c31);
        }
        c00.intoArray(c, co); c01.intoArray(c, co + L);
        c10.intoArray(c, o1); c11.intoArray(c, o1 + L);
        c20.intoArray(c, o2); c21.intoArray(c, o2 + L);
        c30.intoArray(c, o3); c31.intoArray(c, o3 + L);
    }

    /** One row of C (16 columns); A is read with stride MR. Two accumulator pairs hide the FMA latency. */
    private static void row(int kc, float[] a, int ao, float[] b, int bo, float[] c, int co,
                            boolean load, boolean last, Epi epi, int biasRow, int biasCol, float[] res, int ro) {
        FloatVector s0, s1;
        if (load) {
            s0 = FloatVector.fromArray(S, c, co);
            s1 = FloatVector.fromArray(S, c, co + 8);
        } else if (epi.rowBias != null) {
            s0 = s1 = FloatVector.broadcast(S, epi.rowBias[biasRow]);
        } else if (epi.colBias != null) {
            s0 = FloatVector.fromArray(S, epi.colBias, biasCol);
            s1 = FloatVector.fromArray(S, epi.colBias, biasCol + 8);
        } else {
            s0 = s1 = FloatVector.zero(S);
        }
        FloatVector t0 = FloatVector.zero(S), t1 = t0;
        int k = 0;
        for (; k + 1 < kc; k += 2, ao += 2 * MR, bo += 2 * NR) {
            FloatVector av = FloatVector.broadcast(S, a[ao]);
            s0 = av.fma(FloatVector.fromArray(S, b, bo), s0);
            s1 = av.fma(FloatVector.fromArray(S, b, bo + 8), s1);
            FloatVector aw = FloatVector.broadcast(S, a[ao + MR]);
            t0 = aw.fma(FloatVector.fromArray(S, b, bo + NR), t0);
            t1 = aw.fma(FloatVector.fromArray(S, b, bo + NR + 8), t1);
        }
        if (k < kc) {
            FloatVector av = FloatVector.broadcast(S, a[ao]);
            s0 = av.fma(FloatVector.fromArray(S, b, bo), s0);
            s1 = av.fma(FloatVector.fromArray(S, b, bo + 8), s1);
        }
        s0 = s0.add(t0);
        s1 = s1.add(t1);
        if (last) {
            put(s0, c, co, res, ro, epi);
            put(s1, c, co + 8, res, ro + 8, epi);
            if (needsPost(epi, res)) post(c, co, NR, res, ro, epi);
        } else {
            s0.intoArray(c, co);
            s1.intoArray(c, co + 8);
        }
    }

    /**
     * Stores {@code v} with the epilogue. Kept small so that C2 inlines it everywhere (a vector passed to a call
     * that is not inlined gets boxed): activations other than relu/relu6 and a residual added after them are
     * left to {@link #post}, which the caller runs on what it stored.
     */
    private static void put(FloatVector v, float[] y, int yo, float[] res, int ro, Epi epi) {
        if (res != null && !epi.residualAfter) v = v.add(FloatVector.fromArray(S, res, ro));
        if (epi.actCode == RELU) v = v.max(0f);
        else if (epi.actCode == RELU6) v = v.max(0f).min(6f);
        else if (epi.actCode == 0 && res != null && epi.residualAfter) v = v.add(FloatVector.fromArray(S, res, ro));
        v.intoArray(y, yo);
    }

    /** Whether {@link #put} left work for {@link #post}. */
    private static boolean needsPost(Epi epi, float[] res) {
        return epi.actCode > RELU6 || (res != null && epi.residualAfter && epi.actCode != 0);
    }

    /** The rest of the epilogue after {@link #put}: {@code y = act(y) [+ res]} over {@code len} elements. */
    private static void post(float[] y, int yo, int len, float[] res, int ro, Epi epi) {
        boolean after = res != null && epi.residualAfter;
        Activation act = epi.actCode > RELU6 ? epi.act : Activation.NONE;
        int i = 0;
        for (; i + L <= len; i += L) {
            FloatVector v = actSlow(FloatVector.fromArray(S, y, yo + i), act, epi.alpha);
            if (after) v = v.add(FloatVector.fromArray(S, res, ro + i));
            v.intoArray(y, yo + i);
        }
        for (; i < len; i++) {
            float v = act.apply(y[yo + i], epi.alpha);
            y[yo + i] = after ? v + res[ro + i] : v;
        }
    }

    private static final int RELU = Activation.RELU.ordinal();
    private static final int RELU6 = Activation.RELU6.ordinal();
    static {
        if (Activation.NONE.ordinal() != 0 || RELU6 != 2 || RELU != 1) throw new AssertionError("activation order");
    }

    private static FloatVector actSlow(FloatVector v, Activation act, float alpha) {
        return switch (act) {
            case NONE -> v;
            case RELU -> v.max(0f);
            case RELU6 -> v.max(0f).min(6f);
            case SIGMOID -> sigmoid(v);
            case HARDSIGMOID -> v.add(3f).max(0f).min(6f).div(6f);
            case HARDSWISH -> v.mul(v.add(3f).max(0f).min(6f).div(6f));
            case SILU -> v.mul(sigmoid(v));
            case TANH -> tanh(v);
            case LEAKY_RELU -> v.blend(v.mul(alpha), v.compare(VectorOperators.LE, 0f));
        };
    }

    private static FloatVector sigmoid(FloatVector v) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        return one.div(one.add(exp(v.neg())));
    }

    /** {@code tanh(x) = sign(x) (1 - e^(-2|x|)) / (1 + e^(-2|x|))}. */
    private static FloatVector tanh(FloatVector v) {
        FloatVector e = exp(v.abs().mul(-2f));
        FloatVector t = FloatVector.broadcast(S, 1f).sub(e).div(e.add(1f));
        return t.blend(t.neg(), v.compare(VectorOperators.LT, 0f));
    }

    /**
     * {@code e^x} in float (Cephes' expf: range reduction by ln 2 in two parts, a degree-5 polynomial, scaling by
     * 2^n through the exponent bits; ~1 ulp). Written with plain lane arithmetic rather than the Vector API's
     * {@code EXP}, whose intrinsic (SVML) and interpreter fallback round differently, so that the first, interpreted
     * calls of a model give bitwise the same results as the compiled ones.
     */
    static FloatVector exp(FloatVector x) {
        x = x.max(-87.33654f).min(88.37626f); // beyond, 2^n overflows the exponent bits
        FloatVector fx = x.mul(1.44269504088896341f).add(0.5f);
        IntVector n = (IntVector) fx.convert(VectorOperators.F2I, 0);
        FloatVector nf = (FloatVector) n.convert(VectorOperators.I2F, 0);
        // floor: truncation rounds negative values up
        VectorMask<Float> up = nf.compare(VectorOperators.GT, fx);
        nf = nf.sub(FloatVector.zero(S).blend(1f, up));
        n = (IntVector) nf.convert(VectorOperators.F2I, 0);
        FloatVector r = nf.fma(FloatVector.broadcast(S, -0.693359375f), x);
        r = nf.fma(FloatVector.broadcast(S, 2.12194440e-4f), r);
        FloatVector z = r.mul(r);
        FloatVector y = FloatVector.broadcast(S, 1.9875691500e-4f).fma(r, FloatVector.broadcast(S, 1.3981999507e-3f));
        y = y.fma(r, FloatVector.broadcast(S, 8.3334519073e-3f));
        y = y.fma(r, FloatVector.broadcast(S, 4.1665795894e-2f));
        y = y.fma(r, FloatVector.broadcast(S, 1.6666665459e-1f));
        y = y.fma(r, FloatVector.broadcast(S, 5.0000001201e-1f));
        y = y.fma(z, r).add(1f);
        FloatVector pow2 = n.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        return y.mul(pow2);
    }

    @Override
    public void dwRow(float[] src, int[] taps, int ntaps, float[] w, int wo, int ow, float[] y, int yo,
                      float bias, float[] res, int ro, Epi epi) {
        int j = 0;
        // 4 accumulators: the FMA latency (4 cycles) would otherwise bound the loop over taps
        for (; j + 4 * L <= ow; j += 4 * L) {
            FloatVector s0 = FloatVector.broadcast(S, bias), s1 = s0, s2 = s0, s3 = s0;
            for (int t = 0; t < ntaps; t++) {
                FloatVector wv = FloatVector.broadcast(S, w[wo + t]);
                int s = taps[t] + j;
                s0 = wv.fma(FloatVector.fromArray(S, src, s), s0);
                s1 = wv.fma(FloatVector.fromArray(S, src, s + L), s1);
                s2 = wv.fma(FloatVector.fromArray(S, src, s + 2 * L), s2);
                s3 = wv.fma(FloatVector.fromArray(S, src, s + 3 * L), s3);
            }
            put(s0, y, yo + j, res, ro + j, epi);
            put(s1, y, yo + j + L, res, ro + j + L, epi);
            put(s2, y, yo + j + 2 * L, res, ro + j + 2 * L, epi);
            put(s3, y, yo + j + 3 * L, res, ro + j + 3 * L, epi);
        }
        if (j < ow) dwRest(src, taps, ntaps, w, wo, ow, j, y, yo, bias, res, ro, epi);
        if (needsPost(epi, res)) post(y, yo, ow, res, ro, epi);
    }

    /**
     * The last 1 to 31 columns of a depthwise row: up to 4 vectors in independent chains (the last one masked on
     * store), so that the FMA latency is hidden here too. Vectors past the row's end repeat the last one's loads.
     */
    private static void dwRest(float[] src, int[] taps, int ntaps, float[] w, int wo, int ow, int j, float[] y, int yo,
                               float bias, float[] res, int ro, Epi epi) {
        int lastV = j + (ow - j - 1) / L * L;
        int o1 = Math.min(j + L, lastV), o2 = Math.min(j + 2 * L, lastV), o3 = lastV;
        FloatVector s0 = FloatVector.broadcast(S, bias), s1 = s0, s2 = s0, s3 = s0;
        for (int t = 0; t < ntaps; t++) {
            FloatVector wv = FloatVector.broadcast(S, w[wo + t]);
            int s = taps[t];
            s0 = wv.fma(FloatVector.fromArray(S, src, s + j), s0);
            s1 = wv.fma(FloatVector.fromArray(S, src, s + o1), s1);
            s2 = wv.fma(FloatVector.fromArray(S, src, s + o2), s2);
            s3 = wv.fma(FloatVector.fromArray(S, src, s + o3), s3);
        }
        // through a small buffer, so that one call site stores them all (fewer inlined copies of the epilogue)
        float[] t = Scratch.get(Scratch.TILE, 4 * L);
        s0.intoArray(t, 0);
        s1.intoArray(t, L);
        s2.intoArray(t, 2 * L);
        s3.intoArray(t, 3 * L);
        int v = 0, at = j;
        for (; at + L <= ow; v++, at += L) put(FloatVector.fromArray(S, t, v * L), y, yo + at, res, ro + at, epi);
        if (at < ow) putMasked(FloatVector.fromArray(S, t, v * L), y, yo + at, res, ro + at, epi, S.indexInRange(at, ow));
    }

    /**
     * Per vector of 8 flat outputs: the centre column's 3 taps onto the bias, the left and right columns' 3 taps each
     * in chains of their own, then both added under their column masks (2 more FMAs per 9): independent chains, and
     * no padded columns to compute and drop.
     */
    @Override
    public void dw3x3Masked(float[] p, int[] taps, int len, int period, float[] keepLeft, float[] keepRight, float[] k,
                            int ko, float bias, float[] y, int yo, float[] res, int ro, Epi epi) {
        FloatVector k0 = FloatVector.broadcast(S, k[ko]), k1 = FloatVector.broadcast(S, k[ko + 1]);
        FloatVector k2 = FloatVector.broadcast(S, k[ko + 2]), k3 = FloatVector.broadcast(S, k[ko + 3]);
        FloatVector k4 = FloatVector.broadcast(S, k[ko + 4]), k5 = FloatVector.broadcast(S, k[ko + 5]);
        FloatVector k6 = FloatVector.broadcast(S, k[ko + 6]), k7 = FloatVector.broadcast(S, k[ko + 7]);
        FloatVector k8 = FloatVector.broadcast(S, k[ko + 8]), b = FloatVector.broadcast(S, bias);
        final int t0 = taps[0], t1 = taps[1], t2 = taps[2], t3 = taps[3], t4 = taps[4], t5 = taps[5], t6 = taps[6];
        final int t7 = taps[7], t8 = taps[8];
        int i = 0, c = 0;
        for (; i < len; i += L) {
            FloatVector mid = k1.fma(FloatVector.fromArray(S, p, t1 + i), b);
            mid = k4.fma(FloatVector.fromArray(S, p, t4 + i), mid);
            mid = k7.fma(FloatVector.fromArray(S, p, t7 + i), mid);
            FloatVector left = k0.mul(FloatVector.fromArray(S, p, t0 + i));
            left = k3.fma(FloatVector.fromArray(S, p, t3 + i), left);
            left = k6.fma(FloatVector.fromArray(S, p, t6 + i), left);
            FloatVector right = k2.mul(FloatVector.fromArray(S, p, t2 + i));
            right = k5.fma(FloatVector.fromArray(S, p, t5 + i), right);
            right = k8.fma(FloatVector.fromArray(S, p, t8 + i), right);
            FloatVector o = left.fma(FloatVector.fromArray(S, keepLeft, c), mid);
            o = right.fma(FloatVector.fromArray(S, keepRight, c), o);
            if (i + L <= len) put(o, y, yo + i, res, ro + i, epi);
            else putMasked(o, y, yo + i, res, ro + i, epi, S.indexInRange(i, len));
            c += L;
            while (c >= period) c -= period;
        }
        if (needsPost(epi, res)) post(y, yo, len, res, ro, epi);
    }

    private static final VectorShuffle<Float> EVEN = VectorShuffle.fromOp(S, i -> 2 * i);
    private static final VectorShuffle<Float> ODD = VectorShuffle.fromOp(S, i -> 2 * i + 1);

    @Override
    public void deinterleave(float[] src, int s, int n, float[] dst, int even, int odd) {
        int q = 0;
        for (; 2 * q + 2 * L <= n; q += L) {
            FloatVector v0 = FloatVector.fromArray(S, src, s + 2 * q), v1 = FloatVector.fromArray(S, src, s + 2 * q + L);
            v0.rearrange(EVEN, v1).intoArray(dst, even + q);
            v0.rearrange(ODD, v1).intoArray(dst, odd + q);
        }
        if (q * 2 < n) super.deinterleave(src, s + 2 * q, n - 2 * q, dst, even + q, odd + q);
    }

    /**
     * Eight tiles at a time; past {@code tw} the lanes compute garbage that the caller never reads. Written out
     * without arrays or loops over the 16 elements, so that every vector stays in a register.
     */
    @Override
    public void winogradInput(float[] p, int base, int rowLen, int phaseLen, int tw, float[] v, int vo, int xiStride) {
        final int r1 = rowLen, r2 = 2 * rowLen, r3 = 3 * rowLen, ph = phaseLen;
        for (int tx = 0; tx < tw; tx += L) {
            int e = base + tx;
            // B^T d: rows 0 - 2, 1 + 2, 2 - 1, 1 - 3 of the tile, per column (even c0 c2, odd c1 c3)
            FloatVector a0 = FloatVector.fromArray(S, p, e), a2 = FloatVector.fromArray(S, p, e + r2);
            FloatVector b1 = FloatVector.fromArray(S, p, e + r1), b3 = FloatVector.fromArray(S, p, e + r3);
            FloatVector c0e = a0.sub(a2), c1e = b1.add(a2), c2e = a2.sub(b1), c3e = b1.sub(b3);
            a0 = FloatVector.fromArray(S, p, e + 1);
            a2 = FloatVector.fromArray(S, p, e + r2 + 1);
            b1 = FloatVector.fromArray(S, p, e + r1 + 1);
            b3 = FloatVector.fromArray(S, p, e + r3 + 1);
            FloatVector c0f = a0.sub(a2), c1f = b1.add(a2), c2f = a2.sub(b1), c3f = b1.sub(b3);
            a0 = FloatVector.fromArray(S, p, e + ph);
            a2 = FloatVector.fromArray(S, p, e + ph + r2);
            b1 = FloatVector.fromArray(S, p, e + ph + r1);
            b3 = FloatVector.fromArray(S, p, e + ph + r3);
            FloatVector c0o = a0.sub(a2), c1o = b1.add(a2), c2o = a2.sub(b1), c3o = b1.sub(b3);
            a0 = FloatVector.fromArray(S, p, e + ph + 1);
            a2 = FloatVector.fromArray(S, p, e + ph + r2 + 1);
            b1 = FloatVector.fromArray(S, p, e + ph + r1 + 1);
            b3 = FloatVector.fromArray(S, p, e + ph + r3 + 1);
            FloatVector c0g = a0.sub(a2), c1g = b1.add(a2), c2g = a2.sub(b1), c3g = b1.sub(b3);
            // (B^T d) B: columns c0 - c2, c1 + c2, c2 - c1, c1 - c3 with c0 = e, c1 = o, c2 = f (e + 1), c3 = g (o + 1)
            // no helper taking vectors: C2 did not inline one here, and every vector passed to it was boxed
            int at = vo + tx, x1 = xiStride, x2 = 2 * xiStride, x3 = 3 * xiStride;
            c0e.sub(c0f).intoArray(v, at);
            c0o.add(c0f).intoArray(v, at + x1);
            c0f.sub(c0o).intoArray(v, at + x2);
            c0o.sub(c0g).intoArray(v, at + x3);
            at += 4 * xiStride;
            c1e.sub(c1f).intoArray(v, at);
            c1o.add(c1f).intoArray(v, at + x1);
            c1f.sub(c1o).intoArray(v, at + x2);
            c1o.sub(c1g).intoArray(v, at + x3);
            at += 4 * xiStride;
            c2e.sub(c2f).intoArray(v, at);
            c2o.add(c2f).intoArray(v, at + x1);
            c2f.sub(c2o).intoArray(v, at + x2);
            c2o.sub(c2g).intoArray(v, at + x3);
            at += 4 * xiStride;
            c3e.sub(c3f).intoArray(v, at);
            c3o.add(c3f).intoArray(v, at + x1);
            c3f.sub(c3o).intoArray(v, at + x2);
            c3o.sub(c3g).intoArray(v, at + x3);
        }
    }

    /** {@code ZIP_LO}/{@code ZIP_HI} interleave the low/high halves of two vectors (lanes >= L pick the second). */
    private static final VectorShuffle<Float> ZIP_LO = VectorShuffle.fromOp(S, i -> i % 2 == 0 ? i / 2 : L + i / 2);
    private static final VectorShuffle<Float> ZIP_HI =
            VectorShuffle.fromOp(S, i -> i % 2 == 0 ? L / 2 + i / 2 : L + L / 2 + i / 2);

    @Override
    public void winogradOutput(float[] m, int mo, int xiStride, int tw, float bias, float[] t, int to, int ld) {
        FloatVector bv = FloatVector.broadcast(S, bias);
        final int x4 = 4 * xiStride, x8 = 8 * xiStride, x12 = 12 * xiStride;
        for (int tx = 0; tx < tw; tx += L) {
            // A^T m: rows 0 + 1 + 2 and 1 - 2 - 3, per column j (written out, as in winogradInput: no vector arrays)
            int at = mo + tx;
            FloatVector m0 = FloatVector.fromArray(S, m, at), m1 = FloatVector.fromArray(S, m, at + x4);
            FloatVector m2 = FloatVector.fromArray(S, m, at + x8), m3 = FloatVector.fromArray(S, m, at + x12);
            FloatVector s0 = m0.add(m1).add(m2), u0 = m1.sub(m2).sub(m3);
            at += xiStride;
            m0 = FloatVector.fromArray(S, m, at);
            m1 = FloatVector.fromArray(S, m, at + x4);
            m2 = FloatVector.fromArray(S, m, at + x8);
            m3 = FloatVector.fromArray(S, m, at + x12);
            FloatVector s1 = m0.add(m1).add(m2), u1 = m1.sub(m2).sub(m3);
            at += xiStride;
            m0 = FloatVector.fromArray(S, m, at);
            m1 = FloatVector.fromArray(S, m, at + x4);
            m2 = FloatVector.fromArray(S, m, at + x8);
            m3 = FloatVector.fromArray(S, m, at + x12);
            FloatVector s2 = m0.add(m1).add(m2), u2 = m1.sub(m2).sub(m3);
            at += xiStride;
            m0 = FloatVector.fromArray(S, m, at);
            m1 = FloatVector.fromArray(S, m, at + x4);
            m2 = FloatVector.fromArray(S, m, at + x8);
            m3 = FloatVector.fromArray(S, m, at + x12);
            FloatVector s3 = m0.add(m1).add(m2), u3 = m1.sub(m2).sub(m3);
            FloatVector y00 = s0.add(s1).add(s2).add(bv), y01 = s1.sub(s2).sub(s3).add(bv);
            FloatVector y10 = u0.add(u1).add(u2).add(bv), y11 = u1.sub(u2).sub(u3).add(bv);
            int o = to + 2 * tx;
            y00.rearrange(ZIP_LO, y01).intoArray(t, o);
            y00.rearrange(ZIP_HI, y01).intoArray(t, o + L);
            y10.rearrange(ZIP_LO, y11).intoArray(t, o + ld);
            y10.rearrange(ZIP_HI, y11).intoArray(t, o + ld + L);
        }
    }

    @Override
    public void finishRow(float[] s, int so, float[] y, int yo, int len, float[] res, int ro, Epi epi) {
        int i = 0;
        for (; i + L <= len; i += L) put(FloatVector.fromArray(S, s, so + i), y, yo + i, res, ro + i, epi);
        if (i < len) {
            VectorMask<Float> m = S.indexInRange(i, len);
            putMasked(FloatVector.fromArray(S, s, so + i, m), y, yo + i, res, ro + i, epi, m);
        }
        if (needsPost(epi, res)) post(y, yo, len, res, ro, epi);
    }

    @Override
    public boolean flatDepthwise() {
        return true;
    }

    @Override
    public void copy(float[] src, int s, float[] dst, int d, int n) {
        if (n >= 64) {
            System.arraycopy(src, s, dst, d, n);
            return;
        }
        if (n < L) {
            VectorMask<Float> m = S.indexInRange(0, n);
            FloatVector.fromArray(S, src, s, m).intoArray(dst, d, m);
            return;
        }
        // whole vectors; the last one ends at n, overlapping the one before (no masked ops)
        for (int i = 0; i < n - L; i += L) FloatVector.fromArray(S, src, s + i).intoArray(dst, d + i);
        FloatVector.fromArray(S, src, s + n - L).intoArray(dst, d + n - L);
    }

    @Override
    public void copyPanelRow(float[] src, int s, float[] dst, int d) {
        FloatVector.fromArray(S, src, s).intoArray(dst, d);
        FloatVector.fromArray(S, src, s + L).intoArray(dst, d + L);
    }

    /** {@code FROM[l]}: the lanes {@code >= l} of a vector ({@code l} in {@code [0, L]}). */
    private static final VectorMask<Float>[] FROM = fromMasks();

    @SuppressWarnings("unchecked")
    private static VectorMask<Float>[] fromMasks() {
        VectorMask<Float>[] m = new VectorMask[L + 1];
        for (int l = 0; l <= L; l++) m[l] = S.indexInRange(-l, L - l);
        return m;
    }

    /**
     * Each half of the panel row is the first shifted run's vector blended with the later runs' over their lanes;
     * the masks are looked up once per panel, not per k.
     */
    @Override
    public void packSegments(float[] src, int base, int[] taps, int k0, int kc, int[] shift, int[] lane, int so,
                             int nseg, float[] dst, int d) {
        if (nseg == 1) {
            int s0 = base + shift[so];
            for (int kk = 0; kk < kc; kk++, d += NR) copyPanelRow(src, s0 + taps[k0 + kk], dst, d);
            return;
        }
        if (nseg > 3) {
            super.packSegments(src, base, taps, k0, kc, shift, lane, so, nseg, dst, d);
            return;
        }
        int s0 = base + shift[so], s1 = base + shift[so + 1], l1 = lane[so + 1];
        int s2 = nseg == 3 ? base + shift[so + 2] : s1, l2 = nseg == 3 ? lane[so + 2] : NR;
        VectorMask<Float> m1lo = FROM[Math.min(L, l1)], m1hi = FROM[Math.max(0, l1 - L)];
        VectorMask<Float> m2lo = FROM[Math.min(L, l2)], m2hi = FROM[Math.min(L, Math.max(0, l2 - L))];
        for (int kk = 0; kk < kc; kk++, d += NR) {
            int t = taps[k0 + kk];
            FloatVector lo = FloatVector.fromArray(S, src, s0 + t);
            FloatVector hi = FloatVector.fromArray(S, src, s0 + t + L);
            lo = lo.blend(FloatVector.fromArray(S, src, s1 + t), m1lo);
            hi = hi.blend(FloatVector.fromArray(S, src, s1 + t + L), m1hi);
            if (nseg == 3) {
                lo = lo.blend(FloatVector.fromArray(S, src, s2 + t), m2lo);
                hi = hi.blend(FloatVector.fromArray(S, src, s2 + t + L), m2hi);
            }
            lo.intoArray(dst, d);
            hi.intoArray(dst, d + L);
        }
    }

    @Override
    public void activate(float[] x, int xo, float[] y, int yo, int len, Activation act, float alpha) {
        int i = 0;
        for (; i + L <= len; i += L) {
            actSlow(FloatVector.fromArray(S, x, xo + i), act, alpha).intoArray(y, yo + i);
        }
        for (; i < len; i++) y[yo + i] = act.apply(x[xo + i], alpha);
    }
}
