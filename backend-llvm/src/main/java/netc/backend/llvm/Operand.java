package netc.backend.llvm;

import netc.ir.Tensor;

/**
 * A tensor as a kernel sees it: the IR value holding its first image's address, its per-image shape as
 * channels x height x width (features are {@code c x 1 x 1}; a blocked tensor's channels padded to whole blocks, so
 * that flat kernels cover its padding), and the distance between images, which is larger than the tensor for a
 * channel slice of a concat's output.
 */
record Operand(String ptr, long c, long h, long w, long imageStride) {
    static Operand of(String ptr, Tensor t, long imageStride) {
        long[] d = t.dims();
        return d.length == 3 ? new Operand(ptr, t.floats() / (d[1] * d[2]), d[1], d[2], imageStride)
                : new Operand(ptr, t.elements(), 1, 1, imageStride);
    }

    long hw() { return h * w; }

    long elements() { return c * h * w; }

    /** Address of image {@code b}. */
    String image(IrWriter ir, String b) { return ir.at(ptr, ir.mul(b, imageStride)); }
}
