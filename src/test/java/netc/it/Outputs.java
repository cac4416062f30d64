package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comparing an output with a reference relative to the reference's scale (its largest magnitude). */
final class Outputs {
    private Outputs() {}

    /** Asserts |actual - expected| <= 1e-4 x scale everywhere, naming the worst element when it is not. */
    static void assertWithinScale(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": output length");
        double scale = 0, worst = 0;
        int at = 0;
        for (float v : expected) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < actual.length; i++) {
            double d = Math.abs(actual[i] - expected[i]);
            if (!(d <= worst)) { worst = d; at = i; }
        }
        assertTrue(worst <= 1e-4 * scale, what + ": max difference " + worst + " at " + at + " (got " + actual[at]
                + ", reference " + expected[at] + "), output scale " + scale);
    }
}
