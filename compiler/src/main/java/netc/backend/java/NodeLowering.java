package netc.backend.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;
import netc.ir.Activation;
import netc.ir.Epilogue;
import netc.ir.Graph;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Tensor;
import netc.ir.Weights;

/**
 * How each IR op becomes Java: the kernel objects it needs (fields, built once in the constructor from the
 * weights) and the call that runs it. One case per op; the kernels are in netc-runtime.
 */
final class NodeLowering {
    static final String RT = "netc.runtime";
    static final ClassName ACTIVATION = ClassName.get(RT, "Activation");
    static final ClassName PREPARE = ClassName.get(RT + ".io", "Prepare");
    static final ClassName CONV = ClassName.get(RT + ".kernels", "Conv2d");
    static final ClassName CONV_T = ClassName.get(RT + ".kernels", "ConvTranspose2d");
    static final ClassName LINEAR = ClassName.get(RT + ".kernels", "Linear");
    static final ClassName SEPARABLE = ClassName.get(RT + ".kernels", "SeparableConv2d");
    static final ClassName POINTWISE_CHAIN = ClassName.get(RT + ".kernels", "PointwiseChain");
    static final ClassName POOL = ClassName.get(RT + ".kernels", "Pool2d");
    static final ClassName RESIZE = ClassName.get(RT + ".kernels", "Resize");
    static final ClassName ELEMENTWISE = ClassName.get(RT + ".kernels", "Elementwise");
    static final ClassName LAYOUT = ClassName.get(RT + ".kernels", "Layout");
    static final ClassName NORMALIZE = ClassName.get(RT + ".kernels", "Normalize");
    static final ClassName BACKEND = ClassName.get(RT, "Backend");

    /** A node in Java: fields to declare, statements for the constructor ({@code w} is the WeightSource), the run call. */
    record Lowered(List<FieldSpec> fields, CodeBlock init, CodeBlock run) {}

    /** Where tensors live in the generated forward method: {@code x} (the input) or {@code a} (the arena). */
    interface Buffers {
        /** Array expression holding the tensor. */
        String array(int tensor);

        /** Offset expression of the tensor's first image. */
        String offset(int tensor);

        /** Distance between images: the tensor's size, or its base's for a channel slice. */
        long imageStride(int tensor);
    }

    private final Graph g;
    private final Buffers buf;

    NodeLowering(Graph g, Buffers buf) {
        this.g = g;
        this.buf = buf;
    }

    /** {@code k} names the node's kernel field (a Java identifier derived from the layer name). */
    Lowered lower(Node node, String k) {
        Op op = node.op();
        int x = node.inputs().get(0), y = node.output();
        Tensor in = g.tensor(x), out = g.tensor(y);
        return switch (op) {
            case Op.Conv c -> {
                CodeBlock.Builder init = CodeBlock.builder();
                weights(init, k, c.weights(), c.groups(), true);
                init.add("$N = $T.builder($L, $L, $L, $L, $L, $L)", k, CONV, c(in), h(in), w(in), c.outC(), c.kh(), c.kw())
                    .add(".stride($L, $L).padding($L, $L, $L, $L).dilation($L, $L).groups($L)",
                            c.sh(), c.sw(), c.padL(), c.padR(), c.padT(), c.padB(), c.dh(), c.dw(), c.groups())
                    .add(outStride(y))
                    // the winograd pass marked it: F(2x2, 3x3) in the runtime (-fno-winograd: the direct GEMM)
                    .add(c.winograd() ? ".winograd(true)" : "")
                    .add(".activation($T.$L, $Lf).build($N[0], $N[1]);\n", ACTIVATION, act(c.epilogue()), alpha(c.epilogue()), k + "p", k + "p");
                yield new Lowered(List.of(field(CONV, k)), init.build(), forward(k, node, c.epilogue()));
            }
            case Op.ConvTranspose c -> {
                CodeBlock.Builder init = CodeBlock.builder();
                weights(init, k, c.weights(), c.groups(), false);
                init.add("$N = $T.builder($L, $L, $L, $L, $L, $L)", k, CONV_T, c(in), h(in), w(in), c.outC(), c.kh(), c.kw())
                    .add(".stride($L, $L).padding($L, $L).outputPadding($L, $L).dilation($L, $L).groups($L)",
                            c.sh(), c.sw(), c.padH(), c.padW(), c.outPadH(), c.outPadW(), c.dh(), c.dw(), c.groups())
                    .add(outStride(y))
                    .add(".activation($T.$L, $Lf).build($N[0], $N[1]);\n", ACTIVATION, act(c.epilogue()), alpha(c.epilogue()), k + "p", k + "p");
                yield new Lowered(List.of(field(CONV_T, k)), init.build(), forward(k, node, c.epilogue()));
            }
            case Op.SeparableConv s -> {
                Op.Conv dw = s.depthwise(), pw = s.pointwise();
                // in a block: the weights' locals must not clash with another node's in the same init method
                CodeBlock.Builder init = CodeBlock.builder().add("{\n").indent();
                weights(init, "sepDw", dw.weights(), dw.groups(), true);
                weights(init, "sepPw", pw.weights(), 1, true);
                init.add("this.$N = $T.builder($L, $L, $L, $L, $L, $L)", k, SEPARABLE, c(in), h(in), w(in), dw.kh(), dw.kw(), pw.outC())
                    .add(".stride($L, $L).padding($L, $L, $L, $L).dilation($L, $L).multiplier($L)", dw.sh(), dw.sw(),
                            dw.padL(), dw.padR(), dw.padT(), dw.padB(), dw.dh(), dw.dw(), dw.outC() / dw.groups())
                    .add(".depthwiseActivation($T.$L, $Lf).activation($T.$L, $Lf)", ACTIVATION, act(dw.epilogue()), alpha(dw.epilogue()),
                            ACTIVATION, act(pw.epilogue()), alpha(pw.epilogue()))
                    .add(outStride(y))
                    .add(".build(sepDwp[0], sepDwp[1], sepPwp[0], sepPwp[1]);\n").unindent().add("}\n");
                yield new Lowered(List.of(field(SEPARABLE, k)), init.build(), forward(k, node, pw.epilogue()));
            }
            // fuse_inverted_residual runs for the native target only (see Pipeline)
            case Op.InvertedResidual v -> throw new IllegalStateException(node.name() + ": inverted_residual has no Java kernel; run -fno-fuse_inverted_residual");
            case Op.ConvPoolDense h -> throw new IllegalStateException(node.name() + ": conv_pool_dense has no Java kernel; run -fno-fuse_conv_pool_dense");
            case Op.PointwiseChain ch -> {
                CodeBlock.Builder init = CodeBlock.builder().add("{\n").indent();
                List<Op.Conv> convs = ch.convs();
                StringBuilder channels = new StringBuilder().append(c(in)), ws = new StringBuilder(), bs = new StringBuilder(),
                        acts = new StringBuilder(), alphas = new StringBuilder();
                for (int i = 0; i < convs.size(); i++) {
                    Op.Conv cv = convs.get(i);
                    weights(init, "stage" + i, cv.weights(), 1, true);
                    String sep = i == 0 ? "" : ", ";
                    channels.append(", ").append(cv.outC());
                    ws.append(sep).append("stage").append(i).append("p[0]");
                    bs.append(sep).append("stage").append(i).append("p[1]");
                    acts.append(sep).append(RT).append(".Activation.").append(act(cv.epilogue()));
                    alphas.append(sep).append(alpha(cv.epilogue())).append('f');
                }
                long outBatch = out.isSlice() ? buf.imageStride(y) : -1;
                init.add("this.$N = new $T(new int[] {$L}, $L, $L, new float[][] {$L}, new float[][] {$L},\n", k, POINTWISE_CHAIN,
                                channels, h(in), w(in), ws, bs)
                    .add("        new $T[] {$L}, new float[] {$L}, $L, $T.best());\n", ACTIVATION, acts, alphas, outBatch, BACKEND)
                    .unindent().add("}\n");
                yield new Lowered(List.of(field(POINTWISE_CHAIN, k)), init.build(), forward(k, node, ch.last().epilogue()));
            }
            case Op.Dense d -> {
                CodeBlock.Builder init = CodeBlock.builder();
                weights(init, k, d.weights(), 1, true);
                int features = (int) in.elements();
                init.addStatement("$N = new $T($L, $L, $N[0], $N[1], $T.$L, $Lf, false, $L, $L, $T.best())", k, LINEAR, features, d.out(),
                        k + "p", k + "p", ACTIVATION, act(d.epilogue()), alpha(d.epilogue()), features, d.out(), BACKEND);
                yield new Lowered(List.of(field(LINEAR, k)), init.build(), forward(k, node, d.epilogue()));
            }
            case Op.Pool p -> {
                CodeBlock init = p.max()
                        ? CodeBlock.of("$N = $T.max($L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L);\n", k, POOL, c(in), h(in), w(in),
                                p.kh(), p.kw(), p.sh(), p.sw(), p.padH(), p.padW(), p.dh(), p.dw(), h(out), w(out))
                        : CodeBlock.of("$N = $T.avg($L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L);\n", k, POOL, c(in), h(in), w(in),
                                p.kh(), p.kw(), p.sh(), p.sw(), p.padH(), p.padH(), p.padW(), p.padW(), h(out), w(out), p.countIncludePad());
                yield new Lowered(List.of(field(POOL, k)), init, forward(k, node, Epilogue.NONE));
            }
            case Op.AdaptiveAvgPool a -> new Lowered(List.of(field(POOL, k)),
                    CodeBlock.of("$N = $T.adaptiveAvg($L, $L, $L, $L, $L);\n", k, POOL, c(in), h(in), w(in), h(out), w(out)),
                    forward(k, node, Epilogue.NONE));
            case Op.Resize r -> new Lowered(List.of(field(RESIZE, k)), r.bilinear()
                    ? CodeBlock.of("$N = $T.bilinear($L, $L, $L, $L, $L, $L, $L, $L);\n", k, RESIZE, c(in), h(in), w(in), h(out), w(out),
                            r.alignCorners(), r.scaleH(), r.scaleW())
                    : CodeBlock.of("$N = $T.nearest($L, $L, $L, $L, $L, $L, $L);\n", k, RESIZE, c(in), h(in), w(in), h(out), w(out),
                            r.scaleH(), r.scaleW()),
                    forward(k, node, Epilogue.NONE));
            case Op.BatchNorm b -> new Lowered(
                    List.of(FieldSpec.builder(float[][].class, k, Modifier.PRIVATE).build()),
                    CodeBlock.of("$N = $T.batchNormAffine(w, $S, $L, $L);\n", k, PREPARE, b.prefix(), b.eps(), b.affine()),
                    CodeBlock.of("$T.scaleShift(n, $L, $L, $L, $L, $N[0], $N[1], $L, $L, $T.NONE, 0f);\n", ELEMENTWISE, c(in), hw(in),
                            a(x), o(x), k, k, a(y), o(y), ACTIVATION));
            case Op.Act act -> new Lowered(List.of(), null,
                    CodeBlock.of("$T.activation($T.$L, $Lf, $L, $L, $L, $L, n * $L);\n", ELEMENTWISE, ACTIVATION,
                            runtimeAct(act.act()), (float) act.alpha(), a(x), o(x), a(y), o(y), in.elements()));
            case Op.Binary b -> {
                CodeBlock.Builder run = CodeBlock.builder();
                int acc = x;
                for (int i = 1; i < node.inputs().size(); i++) {
                    int other = node.inputs().get(i);
                    Tensor ta = g.tensor(acc), tb = g.tensor(other);
                    boolean last = i == node.inputs().size() - 1;
                    run.add("$T.$L(n, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $T.$L, $Lf);\n", ELEMENTWISE, b.mul() ? "mul" : "add",
                            a(acc), o(acc), c(ta), h(ta), w(ta), a(other), o(other), c(tb), h(tb), w(tb), a(y), o(y),
                            ACTIVATION, last ? act(b.epilogue()) : "NONE", last ? alpha(b.epilogue()) : "0");
                    acc = y;
                }
                yield new Lowered(List.of(), null, run.build());
            }
            case Op.Concat cc -> {
                CodeBlock.Builder run = CodeBlock.builder();
                long c0 = 0;
                for (int t : node.inputs()) {
                    Tensor ti = g.tensor(t);
                    if (ti.isSlice() && ti.aliasOf() == y) {  // its producer wrote it in place (concat_in_place)
                        c0 += c(ti);
                        continue;
                    }
                    run.add("$T.copyChannels(n, $L, $L, $L, $L, 0, $L, $L, $L, $L, $L);\n", LAYOUT, hw(ti), a(t), o(t), c(ti),
                            a(y), o(y), c(out), c0, c(ti));
                    c0 += c(ti);
                }
                yield new Lowered(List.of(), null, run.build());
            }
            case Op.Chunk ch -> new Lowered(List.of(), null,
                    CodeBlock.of("$T.copyChannels(n, $L, $L, $L, $L, $L, $L, $L, $L, 0, $L);\n", LAYOUT, hw(in), a(x), o(x), c(in),
                            (long) ch.index() * c(out), a(y), o(y), c(out), c(out)));
            case Op.Shuffle s -> new Lowered(List.of(), null,
                    CodeBlock.of("$T.channelShuffle(n, $L, $L, $L, $L, $L, $L, $L);\n", LAYOUT, c(in), hw(in), s.groups(), a(x), o(x), a(y), o(y)));
            case Op.Pad p -> new Lowered(List.of(), null,
                    CodeBlock.of("$T.zeroPad(n, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L, $L);\n", LAYOUT, c(in), h(in), w(in),
                            p.left(), p.right(), p.top(), p.bottom(), a(x), o(x), a(y), o(y)));
            case Op.Lrn l -> new Lowered(List.of(), null,
                    CodeBlock.of("$T.lrn(n, $L, $L, $L, $Lf, $Lf, $Lf, $L, $L, $L, $L);\n", NORMALIZE, c(in), hw(in), l.size(),
                            (float) l.alpha(), (float) l.beta(), (float) l.k(), a(x), o(x), a(y), o(y)));
            case Op.Softmax s -> new Lowered(List.of(), null,
                    CodeBlock.of("$T.$L(n, $L, $L, $L, $L, $L, $L);\n", NORMALIZE, s.log() ? "logSoftmax" : "softmax", c(in), hw(in),
                            a(x), o(x), a(y), o(y)));
            case Op.Reshape r -> new Lowered(List.of(), null, CodeBlock.of("// $L: a view, nothing to do\n", node.name()));
            case Op.Identity i -> new Lowered(List.of(), null,
                    CodeBlock.of("System.arraycopy($L, $L, $L, $L, n * $L);\n", a(x), o(x), a(y), o(y), in.elements()));
            // pass nchwc runs for the native target only: the Java backend sees NCHW throughout
            case Op.Reorder r -> throw new IllegalStateException("the Java backend has no blocked layout (" + node.name() + ")");
        };
    }

    private void weights(CodeBlock.Builder init, String k, Weights weights, int groups, boolean outAxisFirst) {
        switch (weights) {
            case Weights.Direct d -> init.addStatement("float[][] $N = { $T.tensor(w, $S), $T.tensor(w, $S) }", k + "p",
                    PREPARE, d.weight(), PREPARE, d.bias());
            case Weights.FoldedBn f -> init.addStatement("float[][] $N = $T.foldBatchNorm(w, $S, $S, $S, $L, $L, $L, $L)", k + "p",
                    PREPARE, f.weight(), f.bias(), f.bnPrefix(), f.eps(), f.affine(), outAxisFirst, groups);
        }
    }

    private CodeBlock forward(String k, Node node, Epilogue e) {
        int x = node.inputs().get(0), y = node.output();
        if (e.residual()) {
            int r = node.inputs().get(1);
            return CodeBlock.of("$N.forward(n, $L, $L, $L, $L, $L, $L);\n", k, a(x), o(x), a(y), o(y), a(r), o(r));
        }
        return CodeBlock.of("$N.forward(n, $L, $L, $L, $L);\n", k, a(x), o(x), a(y), o(y));
    }

    /** A producer writing into a channel slice of a larger tensor steps over the other channels between images. */
    private CodeBlock outStride(int y) {
        Tensor t = g.tensor(y);
        return t.isSlice() ? CodeBlock.of(".outputBatchStride($L)", buf.imageStride(y)) : CodeBlock.of("");
    }

    private static FieldSpec field(TypeName type, String name) { return FieldSpec.builder(type, name, Modifier.PRIVATE).build(); }

    private String a(int t) { return buf.array(t); }
    private String o(int t) { return buf.offset(t); }

    static long c(Tensor t) { return t.dims()[0]; }
    static long h(Tensor t) { return t.dims().length == 3 ? t.dims()[1] : 1; }
    static long w(Tensor t) { return t.dims().length == 3 ? t.dims()[2] : 1; }
    static long hw(Tensor t) { return h(t) * w(t); }

    private static String act(Epilogue e) { return runtimeAct(e.act()); }

    private static String alpha(Epilogue e) { return Float.toString((float) e.alpha()); }

    /** The runtime's name for an IR activation. */
    static String runtimeAct(Activation a) {
        return switch (a) {
            case HSIGMOID -> "HARDSIGMOID";
            case HSWISH -> "HARDSWISH";
            default -> a.name();
        };
    }

}
