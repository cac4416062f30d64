package netc.ir;

/**
 * The IR's operations, with every attribute resolved to numbers: padding is explicit per side, pool output
 * sizes are computed, defaults are applied. Inputs and outputs are on the {@link Node}.
 */
public sealed interface Op {
    /** Short name for printing and for backends' dispatch tables. */
    String kind();

    /**
     * Convolution, grouped or depthwise (groups = in channels). Pads are left, right, top, bottom. {@code winograd}:
     * the winograd pass chose a Winograd algorithm F(m x m, 3x3) for this 3x3 stride-1 conv (backends that have it use it, and pick m).
     */
    record Conv(int outC, int kh, int kw, int sh, int sw, int padL, int padR, int padT, int padB, int dh, int dw,
                int groups, Weights weights, Epilogue epilogue, boolean winograd) implements Op {
        public Conv(int outC, int kh, int kw, int sh, int sw, int padL, int padR, int padT, int padB, int dh, int dw, int groups, Weights weights,
                    Epilogue epilogue) {
            this(outC, kh, kw, sh, sw, padL, padR, padT, padB, dh, dw, groups, weights, epilogue, false);
        }
        public String kind() { return "conv"; }
        public Conv with(Weights w) { return new Conv(outC, kh, kw, sh, sw, padL, padR, padT, padB, dh, dw, groups, w, epilogue, winograd); }
        public Conv with(Epilogue e) { return new Conv(outC, kh, kw, sh, sw, padL, padR, padT, padB, dh, dw, groups, weights, e, winograd); }
        public Conv withWinograd() { return new Conv(outC, kh, kw, sh, sw, padL, padR, padT, padB, dh, dw, groups, weights, epilogue, true); }
    }

    /** Transposed convolution; pads remove rows/columns from the output, outPad adds them at the bottom/right. */
    record ConvTranspose(int outC, int kh, int kw, int sh, int sw, int padH, int padW, int outPadH, int outPadW,
                         int dh, int dw, int groups, Weights weights, Epilogue epilogue) implements Op {
        public String kind() { return "convT"; }
        public ConvTranspose with(Weights w) { return new ConvTranspose(outC, kh, kw, sh, sw, padH, padW, outPadH, outPadW, dh, dw, groups, w, epilogue); }
        public ConvTranspose with(Epilogue e) { return new ConvTranspose(outC, kh, kw, sh, sw, padH, padW, outPadH, outPadW, dh, dw, groups, weights, e); }

        /**
         * The conv that computes this one on its input spread out ({@code x[c][i][j]} at {@code [c][i sh + P][j sw + P]},
         * {@code P = d (k - 1) - pad}, zeros between): stride 1, unpadded, same dilation and groups, weights and epilogue
         * (the weight itself transposed and flipped when the weights are prepared).
         */
        public Conv equivalent() { return new Conv(outC, kh, kw, 1, 1, 0, 0, 0, 0, dh, dw, groups, weights, epilogue); }
    }

    /**
     * A depthwise conv and the 1x1 stride-1 conv that alone reads its output (fuse_separable), computed in bands of
     * rows so the depthwise output is never written whole. Inputs: x, then the pointwise epilogue's residual if any.
     */
    record SeparableConv(Conv depthwise, Conv pointwise) implements Op {
        public String kind() { return "separable_conv"; }
    }

    /**
     * A 1x1 expand conv and the separable conv (depthwise, then 1x1 project) that alone reads its output
     * (fuse_inverted_residual; MobileNetV2's inverted residual block), computed in bands of output rows so that
     * neither the expanded tensor nor the depthwise output is written whole. Inputs: x, then the project's residual
     * if any.
     */
    record InvertedResidual(Conv expand, Conv depthwise, Conv pointwise) implements Op {
        public String kind() { return "inverted_residual"; }
        public SeparableConv separable() { return new SeparableConv(depthwise, pointwise); }
    }

    /**
     * 1x1 stride-1 convs, each read only by the next (fuse_pointwise_chain), computed per tile of pixels.
     * Inputs: x, then the last conv's residual if any.
     */
    record PointwiseChain(java.util.List<Conv> convs) implements Op {
        public PointwiseChain { convs = java.util.List.copyOf(convs); }
        public String kind() { return "pointwise_chain"; }
        public Conv last() { return convs.get(convs.size() - 1); }
    }

    /**
     * A network's head (fuse_conv_pool_dense): a 1x1 conv, the global average pool that alone reads its output and the
     * dense layer that alone reads the pooled vector, {@code dense(flatten(gap(conv(x))))}: the native kernel pools
     * each channel tile of the conv as it is computed and multiplies it into the dense output at once, so that the
     * dense weights stream from memory beside the conv's multiply-adds instead of after them. Inputs: x, then the
     * conv epilogue's residual if any.
     */
    record ConvPoolDense(Conv conv, Dense dense) implements Op {
        public String kind() { return "conv_pool_dense"; }
    }

    /** Fully connected: y = x W^T + b. */
    record Dense(int out, Weights weights, Epilogue epilogue) implements Op {
        public String kind() { return "dense"; }
        public Dense with(Weights w) { return new Dense(out, w, epilogue); }
        public Dense with(Epilogue e) { return new Dense(out, weights, e); }
    }

    /** Max or average pooling with explicit symmetric padding; the output size on the node's tensor. */
    record Pool(boolean max, int kh, int kw, int sh, int sw, int padH, int padW, int dh, int dw, boolean ceil,
                boolean countIncludePad) implements Op {
        public String kind() { return max ? "maxpool" : "avgpool"; }
    }

    /** Adaptive average pooling to the output tensor's size (global pooling is 1x1). */
    record AdaptiveAvgPool() implements Op {
        public String kind() { return "adaptive_avgpool"; }
    }

    /** A batch norm that could not be folded: y = (x - mean) / sqrt(var + eps) * gamma + beta per channel. */
    record BatchNorm(String prefix, double eps, boolean affine) implements Op {
        public String kind() { return "batchnorm"; }
    }

    record Act(Activation act, double alpha) implements Op {
        public String kind() { return act.label(); }
    }

    /** Elementwise sum or product of the inputs with broadcasting of size-1 dimensions. */
    record Binary(boolean mul, Epilogue epilogue) implements Op {
        public String kind() { return mul ? "mul" : "add"; }
    }

    record Concat() implements Op {
        public String kind() { return "concat"; }
    }

    /** Channels [index * C/chunks, (index+1) * C/chunks). */
    record Chunk(int chunks, int index) implements Op {
        public String kind() { return "chunk"; }
    }

    record Shuffle(int groups) implements Op {
        public String kind() { return "shuffle"; }
    }

    /** Resize to the output tensor's size; {@code scaleH/W} > 0 when given as a factor (PyTorch then uses 1/scale). */
    record Resize(boolean bilinear, boolean alignCorners, double scaleH, double scaleW) implements Op {
        public String kind() { return bilinear ? "resize_bilinear" : "resize_nearest"; }
    }

    record Pad(int left, int right, int top, int bottom) implements Op {
        public String kind() { return "pad"; }
    }

    record Lrn(int size, double alpha, double beta, double k) implements Op {
        public String kind() { return "lrn"; }
    }

    /** Softmax or log-softmax over channels. */
    record Softmax(boolean log) implements Op {
        public String kind() { return log ? "log_softmax" : "softmax"; }
    }

    /** Same elements, new shape (flatten); the output is a view of the input. */
    record Reshape() implements Op {
        public String kind() { return "reshape"; }
    }

    /** The same tensor in another layout (the ends of an NCHWc8 chain, pass nchwc); the output tensor names it. */
    record Reorder(Layout to) implements Op {
        public String kind() { return "reorder"; }
    }

    /** Inference no-ops (dropout, identity, stochastic depth), kept until drop_noops removes them. */
    record Identity(String from) implements Op {
        public String kind() { return "identity"; }
    }
}
