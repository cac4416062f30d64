package netc.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import netc.runtime.Activation;
import netc.runtime.Backend;
import netc.runtime.TestUtil;
import org.junit.jupiter.api.Test;

/**
 * Every micro-tile shape of {@link Impl#tile} (full, half-width, one or two rows, corners) against a reference in
 * double: K tails (odd, one step, longer than the one-pass limit), accumulate or start from the bias, with and without
 * the epilogue, row and column bias, residual before and after the activation. Columns of C past the tile and rows
 * past it must keep their guard values.
 */
class GemmTileTest {
    private static final int[] KCS = {1, 2, 3, 8, 17, 96, 97, 256};

    @Test
    void everyTileShapeMatchesReference() {
        Random rnd = new Random(11);
        for (Backend backend : TestUtil.backends()) {
            Impl impl = Impl.of(backend);
            int nrMax = impl.nr;
            for (int variant = 0; variant < 4; variant++) {
                for (int kc : KCS) {
                    for (int mr = 1; mr <= Impl.MR; mr++) {
                        for (int nr = 1; nr <= nrMax; nr += nr < 20 ? 1 : 11) {
                            for (int mode = 0; mode < 4; mode++) {
                                check(impl, rnd, variant, kc, mr, nr, (mode & 1) != 0, (mode & 2) != 0);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void check(Impl impl, Random rnd, int variant, int kc, int mr, int nr, boolean load, boolean last) {
        int pnr = impl.nr, ldc = nr + 5, rows = Impl.MR + 1;
        float[] rowBias = TestUtil.random(rnd, 8), colBias = TestUtil.random(rnd, pnr + 8);
        Epi epi = switch (variant) {
            case 0 -> new Epi(rowBias, null, Activation.RELU, 0f, false);
            case 1 -> new Epi(null, colBias, Activation.SILU, 0f, true);
            case 2 -> new Epi(null, null, Activation.NONE, 0f, false);
            default -> new Epi(rowBias, null, Activation.RELU6, 0f, true);
        };
        boolean withRes = variant != 2;
        int biasRow = 2, biasCol = 3, ao = 5, bo = 7, co = 3, ro = 1;
        // packed panels, zero beyond the tile's rows and columns as the packers leave them
        float[] a = new float[ao + kc * Impl.MR + 8], b = new float[bo + kc * pnr + 8];
        for (int k = 0; k < kc; k++) {
            for (int r = 0; r < mr; r++) a[ao + k * Impl.MR + r] = (float) (rnd.nextDouble() * 2 - 1);
            for (int j = 0; j < nr; j++) b[bo + k * pnr + j] = (float) (rnd.nextDouble() * 2 - 1);
        }
        float[] c = new float[co + rows * ldc];
        java.util.Arrays.fill(c, Float.NaN);
        float[] res = withRes ? TestUtil.random(rnd, ro + rows * ldc) : null;
        double[] want = new double[mr * nr];
        for (int r = 0; r < mr; r++) {
            for (int j = 0; j < nr; j++) {
                double s;
                if (load) {
                    c[co + r * ldc + j] = (float) (rnd.nextDouble() * 2 - 1);
                    s = c[co + r * ldc + j];
                } else {
                    s = epi.rowBias != null ? epi.rowBias[biasRow + r] : epi.colBias != null ? epi.colBias[biasCol + j] : 0;
                }
                for (int k = 0; k < kc; k++) s += (double) a[ao + k * Impl.MR + r] * b[bo + k * pnr + j];
                if (last) {
                    if (withRes && !epi.residualAfter) s += res[ro + r * ldc + j];
                    s = epi.act.apply((float) s, 0f);
                    if (withRes && epi.residualAfter) s += res[ro + r * ldc + j];
                }
                want[r * nr + j] = s;
            }
        }
        impl.tile(kc, a, ao, b, bo, c, co, ldc, mr, nr, load, last, epi, biasRow, biasCol, res, ro);
        String what = impl.name() + " variant " + variant + " kc " + kc + " " + mr + "x" + nr + " load " + load
                + " last " + last;
        for (int i = 0; i < c.length; i++) {
            int r = (i - co) / ldc, j = (i - co) % ldc;
            if (i < co || r >= mr || j >= nr) {
                assertTrue(Float.isNaN(c[i]), what + ": wrote outside the tile at " + i);
            } else {
                double w = want[r * nr + j];
                assertEquals(w, c[i], 1e-5 * Math.max(1, Math.sqrt(kc)), what + " at " + r + "," + j);
            }
        }
    }
}
