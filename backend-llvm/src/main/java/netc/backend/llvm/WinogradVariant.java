package netc.backend.llvm;

/**
 * A Winograd algorithm F(m x m, 3x3) as its input and output transforms {@code B^T} ({@code a x a}, a = m + 2) and
 * {@code A^T} ({@code m x a}); the weight transform G lives with the weight preparation (NativeModel, table token
 * {@link #token}), computed there in double. Every entry of B^T and A^T is exact in float (integers, halves,
 * quarters, eighths), so the kernels' transforms round only in their sums.
 *
 * <p>F(4x4, 3x3) is built (Toom-Cook) on the points 0, 1, -1, 1/2, -2 and infinity rather than the usual 0, +-1, +-2:
 * in a float32 simulation of one 4x4 tile over 128 input channels (src/test/python or /tmp, numpy) its error was
 * 1.7e-6 of the output's scale against 3.9e-6 for +-2 and 3.2e-6 for +-1/2; the matching G has thirds and fifteenths.
 */
record WinogradVariant(int m, double[][] bt, double[][] at, String token) {
    /** Tile side of the transformed input (and of U, V and M). */
    int alpha() { return m + 2; }

    /** GEMMs per tile: one per element of the alpha x alpha transformed tile. */
    int elements() { return alpha() * alpha(); }

    /** F(m x m, 3x3) for m = 2 or 4. */
    static WinogradVariant of(int m) {
        return switch (m) {
            case 2 -> F2;
            case 4 -> F4;
            default -> throw new IllegalArgumentException("no Winograd F(" + m + "x" + m + ", 3x3)");
        };
    }

    /** F(2x2, 3x3) on the points 0, 1, -1 and infinity. */
    static final WinogradVariant F2 = new WinogradVariant(2,
            new double[][] {{1, 0, -1, 0}, {0, 1, 1, 0}, {0, -1, 1, 0}, {0, 1, 0, -1}},
            new double[][] {{1, 1, 1, 0}, {0, 1, -1, -1}}, "W2");

    /** F(4x4, 3x3) on the points 0, 1, -1, 1/2, -2 and infinity. */
    static final WinogradVariant F4 = new WinogradVariant(4,
            new double[][] {
                {1, -1.5, -2, 1.5, 1, 0},
                {0, -1, 0.5, 2.5, 1, 0},
                {0, 1, -2.5, 0.5, 1, 0},
                {0, -2, -1, 2, 1, 0},
                {0, 0.5, -1, -0.5, 1, 0},
                {0, 1, -1.5, -2, 1.5, 1}},
            new double[][] {
                {1, 1, 1, 1, 1, 0},
                {0, 1, -1, 0.5, -2, 0},
                {0, 1, 1, 0.25, 4, 0},
                {0, 1, -1, 0.125, -8, 1}}, "W4");
}
