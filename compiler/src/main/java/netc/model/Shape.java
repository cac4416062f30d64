package netc.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A tensor shape without the batch dimension: {@code C x H x W} for feature maps, {@code N} after flatten.
 * Dimensions are longs; products are computed with overflow checks by callers.
 */
public record Shape(long[] dims) {
    public Shape {
        dims = dims.clone();
    }

    public static Shape chw(long c, long h, long w) { return new Shape(new long[] {c, h, w}); }
    public static Shape flat(long n) { return new Shape(new long[] {n}); }

    public int rank() { return dims.length; }
    public long dim(int i) { return dims[i]; }
    public long c() { return dims[0]; }
    public long h() { return dims[1]; }
    public long w() { return dims[2]; }
    public boolean isMap() { return dims.length == 3; }

    /** Element count; throws ArithmeticException on overflow. */
    public long elements() {
        long n = 1;
        for (long d : dims) n = Math.multiplyExact(n, d);
        return n;
    }

    public Shape withChannels(long c) {
        long[] d = dims.clone();
        d[0] = c;
        return new Shape(d);
    }

    @Override public boolean equals(Object o) { return o instanceof Shape s && Arrays.equals(dims, s.dims); }
    @Override public int hashCode() { return Arrays.hashCode(dims); }
    @Override public String toString() { return Arrays.stream(dims).mapToObj(Long::toString).collect(Collectors.joining("x")); }
}
