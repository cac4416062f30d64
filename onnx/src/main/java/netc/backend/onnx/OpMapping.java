package netc.backend.onnx;

import static netc.backend.onnx.GraphWriter.f;
import static netc.backend.onnx.GraphWriter.i;
import static netc.backend.onnx.GraphWriter.ints;
import static netc.backend.onnx.GraphWriter.s;

import java.util.ArrayList;
import java.util.List;
import netc.backend.onnx.proto.Onnx.AttributeProto;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Weights;
import netc.model.Layer;

/**
 * One layer of the unfused graph IR as standard ONNX ops. Where ONNX's operator differs from PyTorch's semantics,
 * which netc follows, the mapping says how it makes them agree (pooling's ceil mode, adaptive pooling with uneven
 * bins, LRN with an even window, PyTorch's hard sigmoid).
 */
final class OpMapping {
    private final GraphWriter w;
    private final int opset;

    OpMapping(GraphWriter w, int opset) {
        this.w = w;
        this.opset = opset;
    }

    /** Emits the nodes computing {@code out} from {@code in}; {@code inDims}/{@code outDims} are per sample (no batch). */
    void emit(Node n, Layer layer, List<String> in, String out, long[] inDims, long[] outDims) {
        String x = in.get(0);
        String name = n.name();
        switch (n.op()) {
            case Op.Conv c -> w.node("Conv", name, withParams(x, c.weights()), out,
                    ints("kernel_shape", c.kh(), c.kw()), ints("strides", c.sh(), c.sw()),
                    ints("pads", c.padT(), c.padL(), c.padB(), c.padR()), ints("dilations", c.dh(), c.dw()), i("group", c.groups()));
            case Op.ConvTranspose c -> convTranspose(c, name, x, out);
            case Op.Dense d -> w.node("Gemm", name, withParams(x, d.weights()), out, i("transB", 1));
            case Op.Pool p -> pool(p, name, x, out, inDims, outDims);
            case Op.AdaptiveAvgPool a -> adaptive(name, x, out, inDims, outDims);
            case Op.BatchNorm b -> {
                String pre = b.prefix();
                String scale = pre + ".weight", shift = pre + ".bias";
                if (!b.affine()) {
                    long c = inDims[0];
                    scale = w.constant(name + "/ones", new long[] {c}, filled((int) c, 1f));
                    shift = w.constant(name + "/zeros", new long[] {c}, new float[(int) c]);
                }
                w.node("BatchNormalization", name, List.of(x, scale, shift, pre + ".running_mean", pre + ".running_var"), out,
                        f("epsilon", b.eps()));
            }
            case Op.Act a -> activation(a, name, x, out);
            case Op.Binary b -> {
                String acc = x;
                for (int k = 1; k < in.size(); k++) {
                    String o = k == in.size() - 1 ? out : w.fresh(name + "/partial" + k);
                    w.node(b.mul() ? "Mul" : "Add", k == in.size() - 1 ? name : o, List.of(acc, in.get(k)), o);
                    acc = o;
                }
            }
            case Op.Concat c -> w.node("Concat", name, in, out, i("axis", 1));
            case Op.Chunk c -> {
                long per = inDims[0] / c.chunks();
                w.node("Slice", name, List.of(x, w.int64s(name + "/starts", per * c.index()), w.int64s(name + "/ends", per * (c.index() + 1)),
                        w.int64s(name + "/axes", 1)), out);
            }
            case Op.Shuffle sh -> {
                long c = inDims[0], h = inDims[1], wd = inDims[2], g = sh.groups();
                String grouped = w.fresh(name + "/grouped"), swapped = w.fresh(name + "/swapped");
                w.node("Reshape", grouped, List.of(x, w.int64s(name + "/shape5", 0, g, c / g, h, wd)), grouped);
                w.node("Transpose", swapped, List.of(grouped), swapped, ints("perm", 0, 2, 1, 3, 4));
                w.node("Reshape", name, List.of(swapped, w.int64s(name + "/shape4", 0, c, h, wd)), out);
            }
            case Op.Resize r -> resize(r, name, x, out, outDims);
            case Op.Pad p -> w.node("Pad", name, List.of(x, w.int64s(name + "/pads", 0, 0, p.top(), p.left(), 0, 0, p.bottom(), p.right())), out);
            case Op.Lrn l -> lrn(l, name, x, out, inDims);
            case Op.Softmax s -> w.node(s.log() ? "LogSoftmax" : "Softmax", name, List.of(x), out, i("axis", 1));
            case Op.Reshape r -> w.node("Flatten", name, List.of(x), out, i("axis", 1));
            case Op.Identity id -> w.node("Identity", name, List.of(x), out);
            case Op.SeparableConv sc -> throw fused(n);
            case Op.PointwiseChain pc -> throw fused(n);
            case Op.InvertedResidual v -> throw fused(n);
            case Op.ConvPoolDense h -> throw fused(n);
            case Op.Reorder ro -> throw fused(n); // pass nchwc is native only
        }
    }

    private static ExportException fused(Node n) {
        return new ExportException(null, "internal: the exporter reads the unfused graph, but " + n.name() + " is a fused " + n.op().kind());
    }

    private static List<String> withParams(String x, Weights weights) {
        if (!(weights instanceof Weights.Direct d)) throw new ExportException(null, "internal: folded weights in the unfused graph");
        List<String> l = new ArrayList<>(List.of(x, d.weight()));
        if (d.bias() != null) l.add(d.bias());
        return l;
    }

    private void activation(Op.Act a, String name, String x, String out) {
        switch (a.act()) {
            case RELU -> w.node("Relu", name, List.of(x), out);
            case RELU6 -> w.node("Clip", name, List.of(x, scalar(name + "/min", 0), scalar(name + "/max", 6)), out);
            case LEAKY_RELU -> w.node("LeakyRelu", name, List.of(x), out, f("alpha", a.alpha()));
            case SIGMOID -> w.node("Sigmoid", name, List.of(x), out);
            case TANH -> w.node("Tanh", name, List.of(x), out);
            // PyTorch's relu6(x + 3) / 6 is ONNX's HardSigmoid with alpha 1/6, beta 1/2 (ONNX's default alpha is 0.2).
            case HSIGMOID -> w.node("HardSigmoid", name, List.of(x), out, f("alpha", 1.0 / 6), f("beta", 0.5));
            case HSWISH -> {
                if (opset >= 14) {
                    w.node("HardSwish", name, List.of(x), out);
                } else {
                    String gate = w.fresh(name + "/gate");
                    w.node("HardSigmoid", gate, List.of(x), gate, f("alpha", 1.0 / 6), f("beta", 0.5));
                    w.node("Mul", name, List.of(x, gate), out);
                }
            }
            case SILU -> {
                String gate = w.fresh(name + "/sigmoid");
                w.node("Sigmoid", gate, List.of(x), gate);
                w.node("Mul", name, List.of(x, gate), out);
            }
            case NONE -> w.node("Identity", name, List.of(x), out);
        }
    }

    /**
     * PyTorch allows an output padding up to the dilation, ONNX (and ONNX Runtime) only below the stride. The output
     * padding re-adds rows the end padding crops off the full transposed convolution, so where it is not below the
     * stride it is written as less end padding; rows past the full result (output padding beyond the padding) hold
     * only the bias, so those are zero-padded and the bias added afterwards.
     */
    private void convTranspose(Op.ConvTranspose c, String name, String x, String out) {
        var common = new Attrs(ints("kernel_shape", c.kh(), c.kw()), ints("strides", c.sh(), c.sw()),
                ints("dilations", c.dh(), c.dw()), i("group", c.groups()));
        if (c.outPadH() < c.sh() && c.outPadW() < c.sw()) {
            w.node("ConvTranspose", name, withParams(x, c.weights()), out, common.with(
                    ints("pads", c.padH(), c.padW(), c.padH(), c.padW()), ints("output_padding", c.outPadH(), c.outPadW())));
            return;
        }
        long endH = c.padH() - c.outPadH(), endW = c.padW() - c.outPadW();
        var pads = ints("pads", c.padH(), c.padW(), Math.max(endH, 0), Math.max(endW, 0));
        if (endH >= 0 && endW >= 0) {
            w.node("ConvTranspose", name, withParams(x, c.weights()), out, common.with(pads));
            return;
        }
        List<String> params = withParams(x, c.weights());
        String full = w.fresh(name + "/unpadded"), padded = params.size() > 2 ? w.fresh(name + "/padded") : out;
        w.node("ConvTranspose", full, params.subList(0, 2), full, common.with(pads));
        w.node("Pad", params.size() > 2 ? padded : name, List.of(full, w.int64s(name + "/pads", 0, 0, 0, 0, 0, 0, Math.max(-endH, 0),
                Math.max(-endW, 0))), padded);
        if (params.size() > 2) {
            String bias = w.fresh(name + "/bias_column");
            w.node("Reshape", bias, List.of(params.get(2), w.int64s(name + "/column", -1, 1, 1)), bias);
            w.node("Add", name, List.of(padded, bias), out);
        }
    }

    /** Attributes shared by the forms of one op, plus those of one form. */
    private record Attrs(AttributeProto... attrs) {
        AttributeProto[] with(AttributeProto... more) {
            var all = java.util.Arrays.copyOf(attrs, attrs.length + more.length);
            System.arraycopy(more, 0, all, attrs.length, more.length);
            return all;
        }
    }

    /**
     * PyTorch's ceil mode keeps a last window only if it starts inside the input or its left padding; ONNX's ceil
     * mode has had other rules across versions. So ceil mode is written as extra padding at the end with ceil off
     * where ONNX allows that padding:
     * exact for max pooling and for averages that exclude padding. An average that includes padding divides border
     * windows by their size clipped to the padded input (not to the extra padding): that is computed excluding
     * padding, then scaled by a constant per output position.
     */
    private void pool(Op.Pool p, String name, String x, String out, long[] inDims, long[] outDims) {
        long ih = inDims[1], iw = inDims[2], oh = outDims[1], ow = outDims[2];
        long extraH = Math.max(0, (oh - 1) * p.sh() + (p.kh() - 1L) * p.dh() + 1 - (ih + 2L * p.padH()));
        long extraW = Math.max(0, (ow - 1) * p.sw() + (p.kw() - 1L) * p.dw() + 1 - (iw + 2L * p.padW()));
        var kernel = ints("kernel_shape", p.kh(), p.kw());
        var strides = ints("strides", p.sh(), p.sw());
        // ONNX wants pads smaller than the kernel: where the extra padding would break that, ceil mode it is
        // (ONNX Runtime then applies PyTorch's last-window rule; the shapes annotated on the outputs say which size we expect).
        boolean ceil = p.padH() + extraH >= p.kh() || p.padW() + extraW >= p.kw();
        var pads = ceil ? ints("pads", p.padH(), p.padW(), p.padH(), p.padW())
                : ints("pads", p.padH(), p.padW(), p.padH() + extraH, p.padW() + extraW);
        var ceilMode = i("ceil_mode", ceil ? 1 : 0);
        if (p.max()) {
            w.node("MaxPool", name, List.of(x), out, kernel, strides, pads, ints("dilations", p.dh(), p.dw()), ceilMode);
            return;
        }
        boolean rescale = p.countIncludePad() && (extraH > 0 || extraW > 0);
        if (!rescale) {
            w.node("AveragePool", name, List.of(x), out, kernel, strides, pads, ceilMode, i("count_include_pad", p.countIncludePad() ? 1 : 0));
            return;
        }
        double[] fh = padShare(ih, oh, p.kh(), p.sh(), p.padH()), fw = padShare(iw, ow, p.kw(), p.sw(), p.padW());
        float[] scale = new float[Math.toIntExact(oh * ow)];
        for (int a = 0; a < oh; a++) for (int b = 0; b < ow; b++) scale[a * (int) ow + b] = (float) (fh[a] * fw[b]);
        String avg = w.fresh(name + "/valid_mean");
        w.node("AveragePool", avg, List.of(x), avg, kernel, strides, pads, ceilMode, i("count_include_pad", 0));
        w.node("Mul", name, List.of(avg, w.constant(name + "/pad_share", new long[] {oh, ow}, scale)), out);
    }

    /** Per output position along one axis: elements inside the input / elements of the window clipped to the padded input. */
    private static double[] padShare(long in, long out, int k, int s, int pad) {
        double[] f = new double[(int) out];
        for (int o = 0; o < out; o++) {
            long start = (long) o * s - pad, end = Math.min(start + k, in + pad);
            long valid = Math.min(start + k, in) - Math.max(start, 0);
            f[o] = (double) valid / (end - start);
        }
        return f;
    }

    /**
     * Global pooling and even bins map to GlobalAveragePool and AveragePool. Uneven bins (PyTorch's
     * {@code [floor(i*in/out), ceil((i+1)*in/out))}, which may overlap) are a linear map per axis:
     * {@code y = A_h · x · A_w^T} as two MatMuls with constant averaging matrices, exact for any sizes.
     */
    private void adaptive(String name, String x, String out, long[] inDims, long[] outDims) {
        long ih = inDims[1], iw = inDims[2], oh = outDims[1], ow = outDims[2];
        if (oh == 1 && ow == 1) {
            w.node("GlobalAveragePool", name, List.of(x), out);
        } else if (ih % oh == 0 && iw % ow == 0) {
            w.node("AveragePool", name, List.of(x), out, ints("kernel_shape", ih / oh, iw / ow), ints("strides", ih / oh, iw / ow));
        } else {
            String rows = w.fresh(name + "/cols_pooled");
            w.node("MatMul", rows, List.of(x, w.constant(name + "/avg_w", new long[] {iw, ow}, bins(iw, ow, true))), rows);
            w.node("MatMul", name, List.of(w.constant(name + "/avg_h", new long[] {oh, ih}, bins(ih, oh, false)), rows), out);
        }
    }

    /** The averaging matrix of adaptive pooling along one axis: [out, in], or [in, out] if {@code transposed}. */
    private static float[] bins(long in, long out, boolean transposed) {
        float[] m = new float[Math.toIntExact(in * out)];
        for (long o = 0; o < out; o++) {
            long start = Math.floorDiv(o * in, out), end = Math.floorDiv((o + 1) * in + out - 1, out);
            for (long j = start; j < end; j++) m[(int) (transposed ? j * out + o : o * in + j)] = 1f / (end - start);
        }
        return m;
    }

    /**
     * PyTorch's interpolate: nearest takes {@code floor(dst * in/out)} (ONNX: asymmetric, floor); bilinear without
     * align_corners is half_pixel with negative sources clamped to 0 (as ONNX Runtime's linear mode clamps). A scale
     * factor goes in as Resize's scales (PyTorch then also uses 1/scale); a size as Resize's sizes, batch and
     * channels taken from the input's shape.
     */
    private void resize(Op.Resize r, String name, String x, String out, long[] outDims) {
        var mode = s("mode", r.bilinear() ? "linear" : "nearest");
        var coords = s("coordinate_transformation_mode", !r.bilinear() ? "asymmetric" : r.alignCorners() ? "align_corners" : "half_pixel");
        if (r.scaleH() > 0) {
            String scales = w.constant(name + "/scales", new long[] {4}, new float[] {1f, 1f, (float) r.scaleH(), (float) r.scaleW()});
            w.node("Resize", name, List.of(x, "", scales), out, mode, coords, s("nearest_mode", "floor"));
            return;
        }
        String shape = w.fresh(name + "/in_shape"), nc = w.fresh(name + "/batch_channels"), sizes = w.fresh(name + "/sizes");
        w.node("Shape", shape, List.of(x), shape);
        w.node("Slice", nc, List.of(shape, w.int64s(name + "/nc_start", 0), w.int64s(name + "/nc_end", 2)), nc);
        w.node("Concat", sizes, List.of(nc, w.int64s(name + "/hw", outDims[1], outDims[2])), sizes, i("axis", 0));
        w.node("Resize", name, List.of(x, "", "", sizes), out, mode, coords, s("nearest_mode", "floor"));
    }

    /**
     * ONNX's LRN window is {@code [c - floor((size-1)/2), c + ceil((size-1)/2)]}, PyTorch's
     * {@code [c - size/2, c + (size-1)/2]}: the same for odd sizes. Even sizes (and flat tensors, which ONNX's LRN does
     * not take) are written out: the squares, zero-padded along channels as PyTorch pads them, averaged over the
     * window by an AveragePool over (channels, 1), then {@code x / (k + alpha * mean)^beta}.
     */
    private void lrn(Op.Lrn l, String name, String x, String out, long[] inDims) {
        if (l.size() % 2 == 1 && inDims.length == 3) {
            w.node("LRN", name, List.of(x), out, i("size", l.size()), f("alpha", l.alpha()), f("beta", l.beta()), f("bias", l.k()));
            return;
        }
        long c = inDims[0];
        String sq = w.fresh(name + "/square"), cols = w.fresh(name + "/columns"), padded = w.fresh(name + "/padded");
        String mean = w.fresh(name + "/window_mean"), back = w.fresh(name + "/mean"), scaled = w.fresh(name + "/scaled");
        String based = w.fresh(name + "/based"), div = w.fresh(name + "/divisor");
        w.node("Mul", sq, List.of(x, x), sq);
        w.node("Reshape", cols, List.of(sq, w.int64s(name + "/shape_cols", 0, 1, c, -1)), cols);
        w.node("Pad", padded, List.of(cols, w.int64s(name + "/pads", 0, 0, l.size() / 2, 0, 0, 0, (l.size() - 1) / 2, 0)), padded);
        w.node("AveragePool", mean, List.of(padded), mean, ints("kernel_shape", l.size(), 1), ints("strides", 1, 1));
        long[] shape = new long[inDims.length + 1];
        System.arraycopy(inDims, 0, shape, 1, inDims.length);
        w.node("Reshape", back, List.of(mean, w.int64s(name + "/shape_back", shape)), back);
        w.node("Mul", scaled, List.of(back, scalar(name + "/alpha", l.alpha())), scaled);
        w.node("Add", based, List.of(scaled, scalar(name + "/k", l.k())), based);
        w.node("Pow", div, List.of(based, scalar(name + "/beta", l.beta())), div);
        w.node("Div", name, List.of(x, div), out);
    }

    private String scalar(String wanted, double v) {
        return w.constant(wanted, new long[0], new float[] {(float) v});
    }

    private static float[] filled(int n, float v) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
