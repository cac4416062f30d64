package netc.ops;

import java.util.List;
import netc.diag.ErrorCode;
import netc.model.Shape;

/** Spatial arithmetic shared by convolutions and pools, as PyTorch defines it. */
final class Geometry {
    private Geometry() {}

    /** The single input of a non-join op, required to be a C x H x W map. */
    static Shape map(String op, List<Shape> inputs) {
        Shape s = inputs.get(0);
        if (!s.isMap()) {
            throw new OpError(ErrorCode.RANK, op + " expects a C x H x W feature map, got a flat tensor of " + s);
        }
        return s;
    }

    /** A pair argument whose entries must be at least {@code min}. */
    static long[] pair(OpArgs a, String name, long min) {
        long[] p = a.pair(name);
        if (p[0] < min || p[1] < min) {
            throw new OpError(ErrorCode.BAD_VALUE, name, name + " must be at least " + min + ", got " + show(p));
        }
        return p;
    }

    static long positive(OpArgs a, String name) {
        long v = a.integer(name);
        if (v < 1) throw new OpError(ErrorCode.BAD_VALUE, name, name + " must be positive, got " + v);
        return v;
    }

    /**
     * Padding as {left, right, top, bottom}. "same" pads so that out = ceil(in / stride), the extra pixel
     * going right/bottom (TensorFlow's rule; for stride 1 this is PyTorch's padding='same').
     */
    static long[] padding(OpArgs a, String name, long h, long w, long[] k, long[] s, long[] d) {
        if (a.isString(name)) {
            String mode = a.string(name);
            if (mode.equals("valid")) return new long[4];
            if (!mode.equals("same")) {
                throw new OpError(ErrorCode.BAD_VALUE, name, name + " must be a number, a list or \"same\"/\"valid\", got \"" + mode + "\"");
            }
            long th = samePad(h, k[0], s[0], d[0]);
            long tw = samePad(w, k[1], s[1], d[1]);
            return new long[] {tw / 2, tw - tw / 2, th / 2, th - th / 2};
        }
        List<Long> p = a.longs(name);
        long[] out = switch (p.size()) {
            case 1 -> new long[] {p.get(0), p.get(0), p.get(0), p.get(0)};
            case 2 -> new long[] {p.get(1), p.get(1), p.get(0), p.get(0)};
            case 4 -> new long[] {p.get(0), p.get(1), p.get(2), p.get(3)};
            default -> throw new OpError(ErrorCode.BAD_VALUE, name, name + " takes 1, 2 ([h, w]) or 4 ([left, right, top, bottom]) values, got " + p.size());
        };
        for (long v : out) {
            if (v < 0) throw new OpError(ErrorCode.BAD_VALUE, name, name + " must not be negative, got " + p);
        }
        return out;
    }

    private static long samePad(long in, long k, long s, long d) {
        long out = (in + s - 1) / s;
        long effective = d * (k - 1) + 1;
        return Math.max(0, (out - 1) * s + effective - in);
    }

    /** {@code floor((in + pads - d(k-1) - 1) / s) + 1}, or ceil mode as PyTorch's pools define it. */
    static long outSize(String op, String axis, long in, long padBefore, long padAfter, long k, long s, long d, boolean ceil) {
        long span = Math.addExact(in, padBefore + padAfter) - d * (k - 1) - 1;
        // In ceil mode PyTorch also keeps a window that hangs over the right edge when the input is smaller than
        // the kernel extent, as long as it starts inside (maxpool(3, stride: 2, ceil: true) maps 2 to 1).
        long out = ceil ? Math.floorDiv(span + s - 1, s) + 1 : Math.floorDiv(span, s) + 1;
        // PyTorch: in ceil mode the last window must start inside the input or its left padding.
        if (ceil && (out - 1) * s >= in + padBefore) out--;
        if (out < 1) {
            throw new OpError(ErrorCode.SPATIAL_COLLAPSE, op + ": " + axis + " " + in + " (padded to " + (in + padBefore + padAfter)
                    + ") is smaller than the " + (d > 1 ? "dilated " : "") + "kernel extent " + (d * (k - 1) + 1));
        }
        return out;
    }

    static String show(long[] p) { return p[0] == p[1] ? Long.toString(p[0]) : "[" + p[0] + ", " + p[1] + "]"; }

    static long mul(long... xs) {
        long n = 1;
        for (long x : xs) n = Math.multiplyExact(n, x);
        return n;
    }
}
