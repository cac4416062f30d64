package netc.runtime.internal;

import netc.runtime.Activation;

/**
 * A fused epilogue: {@code y = act(acc + bias + residual)}, or {@code y = act(acc + bias) + residual} when
 * {@link #residualAfter}. The bias is per row of the GEMM ({@link #rowBias}: conv output channels) or per column
 * ({@link #colBias}: linear output features), or absent. The residual, if any, is given per call.
 */
public final class Epi {
    public static final Epi NONE = new Epi(null, null, Activation.NONE, 0f, false);

    public final float[] rowBias;
    public final float[] colBias;
    public final Activation act;
    public final int actCode;
    public final float alpha;
    public final boolean residualAfter;

    public Epi(float[] rowBias, float[] colBias, Activation act, float alpha, boolean residualAfter) {
        if (rowBias != null && colBias != null) throw new IllegalArgumentException("row or column bias, not both");
        this.rowBias = rowBias;
        this.colBias = colBias;
        this.act = act == null ? Activation.NONE : act;
        this.actCode = this.act.ordinal();
        this.alpha = alpha;
        this.residualAfter = residualAfter;
    }

    /** The same activation and residual order, without bias. */
    public Epi withoutBias() {
        return rowBias == null && colBias == null ? this : new Epi(null, null, act, alpha, residualAfter);
    }

    /** The epilogue of an accumulated value {@code v}, residual {@code res[ri]} when {@code res != null}. */
    public float finish(float v, float[] res, int ri) {
        if (res != null && !residualAfter) v += res[ri];
        v = act.apply(v, alpha);
        if (res != null && residualAfter) v += res[ri];
        return v;
    }
}
