package netc.ir;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A value of the graph: per-sample dimensions (the batch is a run-time size), a layout, and, for views,
 * the tensor whose memory it shares.
 */
public record Tensor(int id, long[] dims, Layout layout, int aliasOf) {
    public static final int NO_ALIAS = -1;

    public Tensor {
        dims = dims.clone();
    }

    /** Elements per sample. */
    public long elements() {
        long n = 1;
        for (long d : dims) n = Math.multiplyExact(n, d);
        return n;
    }

    public boolean isView() { return aliasOf != NO_ALIAS; }

    public String shape() { return Arrays.stream(dims).mapToObj(Long::toString).collect(Collectors.joining("x")); }

    @Override public boolean equals(Object o) {
        return o instanceof Tensor t && t.id == id && Arrays.equals(t.dims, dims) && t.layout == layout && t.aliasOf == aliasOf;
    }

    @Override public int hashCode() { return id * 31 + Arrays.hashCode(dims); }
}
