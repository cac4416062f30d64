package netc.runtime.internal;

import jdk.incubator.vector.FloatVector;

/** Test access to {@link VectorImpl#exp} (kept out of {@link ImplTest} so that it links without the module). */
final class VectorExp {
    private VectorExp() {}

    static void exp(float[] x, float[] y) {
        VectorImpl.exp(FloatVector.fromArray(FloatVector.SPECIES_256, x, 0)).intoArray(y, 0);
    }
}
