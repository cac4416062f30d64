package netc.ir;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A value of the graph: per-sample dimensions (the batch is a run-time size), a layout, and, for views,
 * the tensor whose memory it shares. A view is either the same elements in another shape (flatten), or, with
 * {@code channelOffset >= 0}, a slice of channels of its base: images keep the base's stride, so a producer can
 * write straight into its place in a concat.
 */
public record Tensor(int id, long[] dims, Layout layout, int aliasOf, long channelOffset) {
    public static final int NO_ALIAS = -1;

    public Tensor {
        dims = dims.clone();
    }

    public Tensor(int id, long[] dims, Layout layout, int aliasOf) { this(id, dims, layout, aliasOf, -1); }

    /** A slice of channels of another tensor (see the class comment). */
    public boolean isSlice() { return aliasOf != NO_ALIAS && channelOffset >= 0; }

    public Tensor withAlias(int base) { return new Tensor(id, dims, layout, base, channelOffset); }

    /** Elements per sample. */
    public long elements() {
        long n = 1;
        for (long d : dims) n = Math.multiplyExact(n, d);
        return n;
    }

    /** Floats per sample in memory: {@link #elements}, with the channels padded to whole blocks in a blocked layout. */
    public long floats() {
        int b = layout.block();
        if (b == 1 || dims.length != 3) return elements();
        return Math.multiplyExact((dims[0] + b - 1) / b * b, dims[1] * dims[2]);
    }

    public Tensor withLayout(Layout l) { return new Tensor(id, dims, l, aliasOf, channelOffset); }

    public boolean isView() { return aliasOf != NO_ALIAS; }

    public String shape() { return Arrays.stream(dims).mapToObj(Long::toString).collect(Collectors.joining("x")); }

    @Override public boolean equals(Object o) {
        return o instanceof Tensor t && t.id == id && Arrays.equals(t.dims, dims) && t.layout == layout && t.aliasOf == aliasOf
                && t.channelOffset == channelOffset;
    }

    @Override public int hashCode() { return id * 31 + Arrays.hashCode(dims); }
}
