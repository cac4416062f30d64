package netc.backend.llvm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import netc.ir.Graph;
import netc.ir.KernelPlan;
import netc.ir.Layout;
import netc.ir.Node;
import netc.ir.Op;
import netc.ir.Target;
import netc.ir.Tensor;
import netc.passes.MemoryPlan;

/**
 * One LLVM module per network: a kernel function per node, specialised to its shapes, and the exported entry
 * points (see {@link NativeBackend} for the ABI). Tensors live where the memory plan puts them: a tensor at plan
 * offset {@code o} (floats per image) starts at {@code arena + o * n}, its images one after the other; a channel
 * slice of a concat's output starts {@code channelOffset * H * W} into its base and steps by the base's size.
 */
final class ModuleEmitter {
    private final Graph g;
    private final MemoryPlan plan;
    private final WeightLayout weights;
    private final String prefix;
    private final Set<String> declarations = new TreeSet<>();
    private final StringBuilder trampolines = new StringBuilder();
    /**
     * Each node's kernel function: a kernel's text does not depend on where its weights are (the entry point passes
     * a pointer to them) nor on its node, so nodes of the same op and shapes (the repeated blocks of a ResNet stage)
     * share one function, which LLVM then optimises once.
     */
    private final java.util.Map<Integer, String> kernelOf = new java.util.HashMap<>();
    private final java.util.Map<String, String> kernelByText = new java.util.HashMap<>();
    private final Set<String> workerTrampolines = new java.util.HashSet<>();
    /** Chunk tickets handed out by the two-thread layers emitted so far in this call (see {@link #parallel}). */
    private long tickets;

    private final int threads;

    /** The plan pass's target: its threads, and the options the kernels read (see {@link IrWriter#target}). */
    private final Target target;

    /**
     * An instrumented build (asked for, or {@code -Dnetc.native.profile=true} when generating): the entry point adds
     * each node's time stamp counter cycles to a global array that {@code PREFIX_profile()} returns, for per-layer timing.
     */
    private final boolean profile;

    private ModuleEmitter(Graph g, MemoryPlan plan, WeightLayout weights, String prefix, Target target, boolean profile) {
        this.target = target;
        this.threads = target.threads();
        // an instrumented build is the driver's choice, not a kernel decision: it stays a system property
        this.profile = profile || Boolean.getBoolean("netc.native.profile");
        this.g = g;
        this.plan = plan;
        this.weights = weights;
        this.prefix = prefix;
    }

    /**
     * The module's text; {@code prefix} starts every exported symbol ({@code netc_resnet18}); {@code target} is the one
     * the graph was planned for (its threads, 1 or 2, and options); {@code profile} instruments it (see {@link #profile}).
     */
    static String emit(Graph g, MemoryPlan plan, WeightLayout weights, String prefix, Target target, boolean profile) {
        return new ModuleEmitter(g, plan, weights, prefix, target, profile).module();
    }

    private String module() {
        StringBuilder kernels = new StringBuilder();
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < g.nodes().size(); i++) {
            Node node = g.nodes().get(i);
            String fn = kernel(i, node, kernels);
            if (fn != null) calls.add(fn);
        }
        IrWriter.declareIntrinsics(declarations);
        StringBuilder m = new StringBuilder();
        m.append("; netc native module for network ").append(g.name()).append(": ").append(g.nodes().size()).append(" nodes, weights ")
                .append(weights.floats()).append(" floats, arena ").append(arenaFloats(g, plan, target)).append(" floats per image\n");
        m.append("source_filename = \"").append(g.name()).append(".net\"\n\n");
        m.append(kernels);
        String fwd = forward();
        m.append(trampolines);
        m.append(fwd);
        // a caller that has work before the call (the Java class copies the input in) wakes the worker first: a futex
        // wake-up of a parked thread takes 30-60 us here, which the first layer would otherwise wait for
        m.append("; wakes the worker thread ahead of a call and keeps it spinning until the call ends (a no-op with one thread)\n")
                .append("define void @").append(prefix).append("_wake() {\n")
                .append(threads > 1 && wake() ? "  call void @" + prefix + "_pool_heat()\n" : "").append("  ret void\n}\n\n");
        m.append(constant("weight_floats", weights.floats()));
        m.append(constant("arena_floats", arenaFloats(g, plan, target)));
        m.append(constant("input_floats", g.tensor(g.input()).elements()));
        if (profile) {
            m.append("@").append(prefix).append("_cycles = global [").append(g.nodes().size()).append(" x i64] zeroinitializer, align 8\n\n");
            m.append("; cycles spent in each node's kernel (indexed by node), summed over calls\ndefine ptr @").append(prefix)
                    .append("_profile() {\n  ret ptr @").append(prefix).append("_cycles\n}\n\n");
            declarations.add("declare i64 @llvm.readcyclecounter()");
            if (threads > 1) {
                m.append("@").append(prefix).append("_threads = global [").append(THREAD_SLOTS * g.nodes().size()).append(" x i64] zeroinitializer, align 8\n\n");
                m.append("; per node, summed over calls: ").append(THREAD_SLOTS_DOC).append("\ndefine ptr @").append(prefix)
                        .append("_thread_profile() {\n  ret ptr @").append(prefix).append("_threads\n}\n\n");
            }
        }
        for (String d : declarations) m.append(d).append('\n');
        // kernels stay functions: inlining fifty loop nests into the entry point gains nothing and slows LLVM down
        m.append("\nattributes #0 = { noinline nounwind }\n");
        return m.toString();
    }

    /**
     * Arena floats per image: the memory plan's tensors plus, for each of two threads, the largest scratch a kernel
     * needs. A batch of n gets n times this; the scratch is used once, after the n images' tensors.
     */
    static long arenaFloats(Graph g, MemoryPlan plan, Target target) {
        return plan.arenaFloats() + 2 * scratchFloats(g) + slotFloats(g, target); // one scratch per thread, then the head's slots
    }

    /**
     * Floats per image of the slots a conv_pool_dense node sums its chunks' partial outputs in (after both threads'
     * scratch: the combine reads what either thread wrote), 0 without one.
     */
    private static long slotFloats(Graph g, Target target) {
        long most = 0;
        for (Node n : g.nodes()) {
            if (n.op() instanceof Op.ConvPoolDense h && n.plan() instanceof KernelPlan.OcGemm p) {
                most = Math.max(most, ConvPoolDenseKernels.slotFloats(h, OcVectorGemm.chunks(p, target).length - 1));
            }
        }
        return most;
    }

    /** The largest scratch a kernel needs, rounded up to 64 bytes. */
    private static long scratchFloats(Graph g) {
        long scratch = 0;
        for (Node n : g.nodes()) {
            if (n.op() instanceof Op.Conv c) {
                Tensor x = g.tensor(n.inputs().get(0)), y = g.tensor(n.output());
                if (x.dims().length == 3) {
                    scratch = Math.max(scratch, ConvKernels.scratchFloats(c, n.plan(), x.dims()[0], x.dims()[1], x.dims()[2], y.dims()[1], y.dims()[2]));
                }
            }
            if (n.op() instanceof Op.SeparableConv s) scratch = Math.max(scratch, SeparableKernels.scratchFloats(s, n.plan()));
            if (n.op() instanceof Op.InvertedResidual v) scratch = Math.max(scratch, InvertedResidualKernels.scratchFloats(v, n.plan()));
            if (n.op() instanceof Op.ConvPoolDense && n.plan() instanceof KernelPlan.OcGemm p) {
                scratch = Math.max(scratch, ConvPoolDenseKernels.scratchFloats(p, g.tensor(n.inputs().get(0)).dims()[0]));
            }
            if (n.op() instanceof Op.PointwiseChain) scratch = Math.max(scratch, PointwiseChainKernels.scratchFloats(n.plan()));
            if (n.op() instanceof Op.ConvTranspose t) {
                Tensor x = g.tensor(n.inputs().get(0)), y = g.tensor(n.output());
                scratch = Math.max(scratch, ConvTransposeKernels.scratchFloats(t, n.plan(), x.dims()[0], y.dims()[1], y.dims()[2]));
            }
        }
        return WeightLayout.align(scratch);
    }

    private String constant(String what, long v) {
        return "define i64 @" + prefix + "_" + what + "() {\n  ret i64 " + v + "\n}\n\n";
    }

    /** Appends node {@code i}'s kernel to {@code out} and returns its name, or null for a view. */
    private String kernel(int i, Node node, StringBuilder out) {
        Op op = node.op();
        if (op instanceof Op.Reshape) return null;
        IrWriter ir = new IrWriter(declarations, target);
        List<Operand> in = new ArrayList<>();
        for (int k = 0; k < node.inputs().size(); k++) in.add(operand("%x" + k, node.inputs().get(k)));
        Operand y = operand("%y", node.output()), x = in.get(0), second = in.size() > 1 ? in.get(1) : null;
        long[] w = relative(weights.of(i));
        String name = "k" + i + "_" + node.name().replaceAll("[^A-Za-z0-9_]", "_");
        switch (op) {
            case Op.Conv c when g.tensor(node.output()).layout() == Layout.NCHWc8 -> {
                Operand r = c.epilogue().residual() ? second : null;
                long inC = g.tensor(node.inputs().get(0)).dims()[0];
                if (node.plan() instanceof KernelPlan.OcGemm p) OcVectorGemm.convBlocked(ir, c, p, x, y, r, inC, w[0], w[1], "%s");
                else NchwcKernels.depthwise(ir, c, x, y, r, inC, w[0], w[1]);
            }
            case Op.AdaptiveAvgPool a when g.tensor(node.inputs().get(0)).layout() == Layout.NCHWc8 ->
                    NchwcKernels.globalAverage(ir, x, y, g.tensor(node.output()).dims()[0]);
            case Op.Reorder ro -> NchwcKernels.reorder(ir, x, y, g.tensor(node.output()).dims()[0], ro.to() == Layout.NCHWc8);
            case Op.Conv c -> ConvKernels.conv(ir, c, node.plan(), x, y, c.epilogue().residual() ? second : null, w[0], w[1], "%s");
            case Op.Dense d -> ConvKernels.dense(ir, d, x, y, d.epilogue().residual() ? second : null, w[0], w[1]);
            case Op.Pool p -> PoolKernels.pool(ir, p, x, y);
            case Op.AdaptiveAvgPool a -> PoolKernels.adaptiveAvg(ir, x, y);
            case Op.BatchNorm b -> ElementwiseKernels.scaleShift(ir, x, y, w[0], w[1]);
            case Op.Act a -> ElementwiseKernels.activation(ir, a.act(), a.alpha(), x, y);
            case Op.Binary b when !b.epilogue().residual() -> {
                for (int k = 1; k < in.size(); k++) {
                    boolean last = k == in.size() - 1;
                    ElementwiseKernels.binary(ir, b.mul(), k == 1 ? x : y, in.get(k), y,
                            last ? b.epilogue().act() : netc.ir.Activation.NONE, b.epilogue().alpha());
                }
            }
            case Op.Concat cc -> {
                long c0 = 0;
                for (int k = 0; k < in.size(); k++) {
                    Tensor t = g.tensor(node.inputs().get(k));
                    if (!(t.isSlice() && t.aliasOf() == node.output())) { // else its producer wrote it in place
                        ElementwiseKernels.copy(ir, in.get(k), 0, y, c0 * y.hw(), in.get(k).elements());
                    }
                    c0 += in.get(k).c();
                }
            }
            case Op.Chunk ch -> ElementwiseKernels.copy(ir, x, ch.index() * y.elements(), y, 0, y.elements());
            case Op.Identity id -> ElementwiseKernels.copy(ir, x, 0, y, 0, y.elements());
            case Op.Shuffle s -> ElementwiseKernels.shuffle(ir, s.groups(), x, y);
            case Op.Pad p -> ElementwiseKernels.pad(ir, p.left(), p.top(), x, y);
            case Op.ConvTranspose t -> {
                boolean res = t.epilogue().residual();
                out.append(ConvTransposeKernels.convFunction(new IrWriter(declarations, target), t, node.plan(), x, y, res, w[0], w[1], name + "_conv"));
                ConvTransposeKernels.convT(ir, t, x, y, res ? second : null, name + "_conv");
            }
            case Op.SeparableConv s -> SeparableKernels.conv(ir, s, node.plan(), x, y, s.pointwise().epilogue().residual() ? second : null, w, "%s");
            case Op.InvertedResidual v -> InvertedResidualKernels.conv(ir, v, node.plan(), x, y, v.pointwise().epilogue().residual() ? second : null, w, "%s");
            case Op.ConvPoolDense h -> ConvPoolDenseKernels.conv(ir, h, (KernelPlan.OcGemm) node.plan(), x, h.conv().epilogue().residual() ? second : null,
                    g.tensor(node.inputs().get(0)).layout() == Layout.NCHWc8, g.tensor(node.inputs().get(0)).dims()[0], w, "%s", "%slots", headChunks(node));
            case Op.PointwiseChain ch -> PointwiseChainKernels.chain(ir, ch, node.plan(), x, y, ch.last().epilogue().residual() ? second : null, w, "%s");
            case Op.Resize r -> out.append(ResizeKernels.resize(ir, r, x, y, name));
            case Op.Lrn l -> NormKernels.lrn(ir, l, x, y);
            case Op.Softmax s -> NormKernels.softmax(ir, s, x, y);
            default -> throw new UnsupportedOpException(node.name(), op.kind());
        }
        StringBuilder params = new StringBuilder("ptr %w, ptr %s, i64 %n, ptr %y");
        for (int k = 0; k < in.size(); k++) params.append(", ptr %x").append(k);
        if (op instanceof Op.ConvPoolDense) params.append(", ptr %slots");
        if (range(node)[0] > 0) params.append(", i64 %lo, i64 %hi");
        out.append("; ").append(node.name()).append(": ").append(op.kind()).append(' ').append(g.tensor(node.inputs().get(0)).shape())
                .append(" -> ").append(g.tensor(node.output()).shape()).append('\n');
        String text = "(" + params + ") #0 {\n" + ir.body() + "  ret void\n}\n\n";
        String same = kernelByText.putIfAbsent(text, name);
        if (same != null) {
            out.append("; the kernel of ").append(same).append("\n\n");
            kernelOf.put(i, same);
            return same;
        }
        out.append("define internal void @").append(name).append(text);
        kernelOf.put(i, name);
        return name;
    }

    /** A node's weight blocks relative to the first (the kernel's {@code %w} points at it), or null. */
    private static long[] relative(long[] at) {
        if (at == null) return null;
        long[] r = at.clone();
        for (int k = 0; k < r.length; k++) r[k] -= at[0];
        return r;
    }

    private Operand operand(String ptr, int t) {
        return Operand.of(ptr, g.tensor(t), g.tensor(root(t)).floats());
    }

    private String forward() {
        IrWriter ir = new IrWriter(declarations, target);
        ir.comment("scratch for the convs that need it, after the planned tensors of all n images");
        ir.line("%scratch = getelementptr inbounds float, ptr %arena, i64 " + ir.mul("%n", plan.arenaFloats()));
        ir.line("%scratch2 = getelementptr inbounds float, ptr %scratch, i64 " + scratchFloats(g));
        if (threads > 1) {
            ir.comment("the worker thread, if this call can have it (another call of this library may hold it)");
            ir.line("%pool = call i1 @" + prefix + "_pool_acquire()");
            // the worker is idle between calls (the last call waited for its last job): the chunk tickets restart
            ir.when("%pool", () -> ir.line("store atomic i64 0, ptr @" + prefix + "_pool_finished monotonic, align 8"));
            tickets = 0;
            if (hot()) ir.when("%pool", () -> ir.line("call void @" + prefix + "_pool_heat()"));
            trampolines.append(pool());
            declarations.add("declare i32 @pthread_create(ptr, ptr, ptr, ptr)");
            declarations.add("declare i64 @syscall(i64, ...)");
        }
        for (int i = 0; i < g.nodes().size(); i++) {
            Node node = g.nodes().get(i);
            if (node.op() instanceof Op.Reshape) continue;
            long[] w = weights.of(i);
            List<String> args = new ArrayList<>(List.of("ptr " + (w == null ? "%w" : ir.at("%w", w[0])), "ptr %scratch", "i64 %n",
                    "ptr " + address(ir, node.output())));
            for (int t : node.inputs()) args.add("ptr " + address(ir, t));
            if (node.op() instanceof Op.ConvPoolDense) args.add("ptr " + ir.at("%scratch", 2 * scratchFloats(g)));
            String name = kernelOf.get(i);
            long[] range = range(node);
            long channels = range[0], cut = range[1];
            String t0 = profile ? ir.value("call i64 @llvm.readcyclecounter()") : null;
            if (threads > 1 && channels > 0 && cut > 0 && shared(node)) {
                parallel(ir, name, args, chunks(node, channels, cut), i);
            } else {
                ir.line("call void @" + name + "(" + String.join(", ", args) + (channels > 0 ? ", i64 0, i64 " + channels : "") + ")");
            }
            if (node.op() instanceof Op.ConvPoolDense h) {
                ConvPoolDenseKernels.combine(ir, h, address(ir, node.output()), ir.at("%scratch", 2 * scratchFloats(g)), headChunks(node).length - 1,
                        ir.at("%w", w[3]));
            }
            if (profile) {
                String dt = ir.value("sub i64 " + ir.value("call i64 @llvm.readcyclecounter()") + ", " + t0);
                String slot = ir.value("getelementptr inbounds [" + g.nodes().size() + " x i64], ptr @" + prefix + "_cycles, i64 0, i64 " + i);
                ir.line("store i64 " + ir.value("add i64 " + ir.value("load i64, ptr " + slot + ", align 8") + ", " + dt) + ", ptr " + slot + ", align 8");
            }
        }
        if (threads > 1) ir.when("%pool", () -> {
            // the worker may still hold a job block of this call's stack (it found no chunk left): wait for its last job
            String last = ir.value("load atomic i32, ptr @" + prefix + "_pool_job monotonic, align 4");
            ir.line("call void @" + prefix + "_pool_wait(i32 " + last + ")");
            ir.line("store atomic i32 0, ptr @" + prefix + "_pool_hot monotonic, align 4");
            ir.line("store atomic i32 0, ptr @" + prefix + "_pool_busy release, align 4");
        });
        int k = 0;
        for (var e : g.outputs().entrySet()) {
            ir.comment("output " + e.getKey());
            String slot = ir.value("getelementptr inbounds ptr, ptr %outs, i64 " + k++);
            String dst = ir.value("load ptr, ptr " + slot + ", align 8");
            Tensor t = g.tensor(e.getValue());
            Operand src = operand(address(ir, e.getValue()), e.getValue());
            ElementwiseKernels.copy(ir, src, 0, new Operand(dst, t.elements(), 1, 1, t.elements()), 0, t.elements());
        }
        return "; Runs n images: weights prepared by the table, input n x " + g.tensor(g.input()).shape() + ", arena of arena_floats() * n floats,\n"
                + "; outs[k] receives output k (" + String.join(", ", g.outputs().keySet()) + ") for all n images.\n"
                + "define void @" + prefix + "_forward(ptr noalias %w, ptr noalias %in, ptr noalias %arena, i64 %n, ptr noalias %outs) {\n"
                + ir.body() + "  ret void\n}\n\n";
    }

    /**
     * Layers with fewer multiply-adds run on one thread: starting a thread costs tens of microseconds (target option
     * {@code parallelMacs=N}).
     */
    static final long PARALLEL_MACS = 1 << 20;

    /**
     * Whether node n is big enough for two threads: {@link #PARALLEL_MACS} multiply-adds, or {@link #CHANNELWISE_MACS}
     * for a per-channel op (a depthwise conv, a pool), whose input the layer before left half in each thread's cache:
     * one thread alone reads the other half across cores (mobilenet_v2's 960x7x7 depthwise convs 21 us, on two
     * threads 11-12; its global pool 13 us, 7).
     */
    private boolean shared(Node n) {
        boolean channelwise = n.op() instanceof Op.Pool || n.op() instanceof Op.AdaptiveAvgPool
                || n.op() instanceof Op.Conv c && c.groups() > 1 && c.groups() == g.tensor(n.inputs().get(0)).dims()[0];
        return macs(n) >= (channelwise ? target.option("parallelMacs.channelwise", CHANNELWISE_MACS) : target.option("parallelMacs", PARALLEL_MACS));
    }

    /** Fewest multiply-adds (window taps for a pool) for a per-channel op on two threads (target option {@code parallelMacs.channelwise=N}). */
    static final long CHANNELWISE_MACS = 1 << 15;

    /** Multiply-adds a pool's window tap counts for against {@link #PARALLEL_MACS}. */
    static final long POOL_TAP = 8;

    /** Output channels of a conv, transposed conv or dense node, which its kernel takes as a range [lo, hi); 0 for other nodes. */
    private static long channels(Node n) {
        return switch (n.op()) {
            case Op.Conv c -> c.outC();
            case Op.ConvTranspose t -> t.outC();
            case Op.Dense d -> d.out();
            default -> 0;
        };
    }

    /**
     * The range {@code [0, units)} node n's kernel takes as {@code [%lo, %hi)} and where two threads cut it: output
     * channels, or pixel (tile) blocks for the GEMM (Winograd) convs whose plan says so; {0, 0} for nodes without a range.
     */
    private long[] range(Node n) {
        // blocked kernels cut at whole 8-channel blocks
        if (n.plan() instanceof KernelPlan.Direct d && d.kernel().equals(netc.passes.NchwcLayout.DEPTHWISE)) {
            long c = channels(n);
            return new long[] {c, NchwcKernels.split(c)};
        }
        if (n.op() instanceof Op.AdaptiveAvgPool && g.tensor(n.inputs().get(0)).layout() == Layout.NCHWc8) {
            long c = g.tensor(n.output()).dims()[0]; // channels, cut at a whole block
            return new long[] {c, NchwcKernels.split(c)};
        }
        if (n.plan() instanceof KernelPlan.Separable p) return new long[] {p.units(), p.cut()}; // bands or channels
        if (n.plan() instanceof KernelPlan.PointwiseChain p) return new long[] {p.units(), p.cut()}; // pixel blocks
        if (n.plan() instanceof KernelPlan.Range p) return new long[] {p.units(), p.cut()}; // planes of a pool, channels of a dense layer
        if (n.plan() instanceof KernelPlan.Stem p) return new long[] {p.units(), p.cut()}; // output rows
        if (n.plan() instanceof KernelPlan.InvertedResidual p) return new long[] {p.units(), p.cut()}; // bands
        // a transposed conv's kernel runs its equivalent conv on the spread input: same channels, output and plan
        Op.Conv conv = switch (n.op()) {
            case Op.Conv c -> c;
            case Op.ConvTranspose t -> ConvTransposeKernels.equivalent(t);
            default -> null;
        };
        if (n.plan() instanceof KernelPlan.Winograd p) return new long[] {p.units(), p.cut()};
        if (n.plan() instanceof KernelPlan.Gemm p) return new long[] {p.units(), p.cut()};
        if (n.plan() instanceof KernelPlan.OcGemm p) return new long[] {p.units(), p.cut()};
        long channels = channels(n);
        return new long[] {channels, conv != null ? ConvKernels.split(conv, n.plan()) : channels / 2};
    }

    /** A conv_pool_dense node's chunks: the kernel's and the combine's (whether or not the node runs on two threads). */
    private long[] headChunks(Node n) {
        return OcVectorGemm.chunks((KernelPlan.OcGemm) n.plan(), target);
    }

    private long macs(Node n) {
        long in = g.tensor(n.inputs().get(0)).elements(), out = g.tensor(n.output()).elements();
        return switch (n.op()) {
            case Op.Conv c -> out * (g.tensor(n.inputs().get(0)).dims()[0] / c.groups()) * c.kh() * c.kw();
            case Op.ConvTranspose t -> out * (g.tensor(n.inputs().get(0)).dims()[0] / t.groups()) * t.kh() * t.kw(); // with the spread's zeros
            case Op.Dense d -> in * d.out();
            // a pool's window tap costs about POOL_TAP multiply-adds of a GEMM conv (480x14x14 3x3 max pool: 0.15 ms on one
            // thread, a conv of that many multiply-adds ~0.015 ms), so GoogLeNet's 14x14 branch pools get both threads
            case Op.Pool p -> out * p.kh() * p.kw() * POOL_TAP;
            case Op.AdaptiveAvgPool a -> in;
            case Op.SeparableConv s -> SeparableKernels.macs(s, out / s.pointwise().outC());
            case Op.InvertedResidual v -> InvertedResidualKernels.macs(v, g.tensor(n.inputs().get(0)).dims()[0],
                    g.tensor(n.inputs().get(0)).dims()[1] * g.tensor(n.inputs().get(0)).dims()[2], out / v.pointwise().outC());
            case Op.PointwiseChain ch -> PointwiseChainKernels.macs(ch, g.tensor(n.inputs().get(0)).dims()[0], out / ch.last().outC());
            case Op.ConvPoolDense h -> ConvPoolDenseKernels.macs(h, g.tensor(n.inputs().get(0)).dims()[0],
                    g.tensor(n.inputs().get(0)).dims()[1] * g.tensor(n.inputs().get(0)).dims()[2]);
            default -> 0;
        };
    }

    /**
     * The chunks two threads share node n's range {@code [0, units)} in, as bounds {@code 0 = b0 < b1 < ... = units}:
     * each family's split function ({@link GemmConv#chunks}, {@link WinogradConv#chunks}), else the two halves at
     * {@code cut}.
     */
    private long[] chunks(Node n, long units, long cut) {
        if (n.plan() instanceof KernelPlan.Winograd w) return WinogradConv.chunks(w, target);
        if (n.plan() instanceof KernelPlan.Gemm p) return GemmConv.chunks(p, target);
        if (n.plan() instanceof KernelPlan.OcGemm p) return OcVectorGemm.chunks(p, target);
        // an inverted residual's kernel rolls its window from band to band within a chunk, each chunk expanding its
        // halo once: as many chunks as the plan says
        if (n.plan() instanceof KernelPlan.InvertedResidual v) return GemmConv.even(units, 1, v.chunks());
        return new long[] {0, cut, units};
    }

    /**
     * Node {@code node}'s chunks ({@code bounds}) shared dynamically: the worker is posted a job that takes chunks from
     * a shared ticket word ({@code pool_next}, from the back) until none is left, and this thread does the same from the front, with its own scratch,
     * then waits for the worker. A worker that starts late (descheduled on a busy machine) thus takes fewer chunks
     * instead of holding up the join. The worker gets its arguments in a block of 8-byte slots read by a per-kernel
     * trampoline. Without the worker (another call holds it, or it could not be started) this thread computes the
     * whole range in one call.
     */
    private void parallel(IrWriter ir, String name, List<String> args, long[] bounds, int node) {
        int count = bounds.length - 1;
        String table = "@" + prefix + "_chunks" + node;
        trampolines.append(table).append(" = private unnamed_addr constant [").append(bounds.length).append(" x i64] [")
                .append(String.join(", ", java.util.Arrays.stream(bounds).mapToObj(b -> "i64 " + b).toList())).append("], align 8\n\n");
        String p = "@" + prefix + "_pool_";
        ir.when("%pool", () -> {
            // this layer's tickets are [base, base + count): every earlier one is taken and finished (the counters
            // start at 0 each call); the caller takes them from the front, the worker from the back
            long first = tickets;
            tickets += count;
            String base = Long.toString(first), end = Long.toString(tickets);
            ir.line("store atomic i64 " + ((tickets << 32) | first) + ", ptr " + p + "next monotonic, align 8");
            List<String> theirs = new ArrayList<>(args);
            theirs.set(1, "ptr %scratch2");
            List<String> tail = List.of("ptr " + table, "i64 " + base, "i64 " + end);
            theirs.addAll(tail);
            theirs.addFirst("ptr @" + name + "_thread");
            String ctx = ir.alloca("[" + theirs.size() + " x i64]");
            for (int j = 0; j < theirs.size(); j++) {
                String slot = ir.value("getelementptr inbounds i64, ptr " + ctx + ", i64 " + j);
                ir.line("store " + theirs.get(j) + ", ptr " + slot + ", align 8");
            }
            List<String> mine = new ArrayList<>(args);
            mine.addAll(tail);
            String tPost = profile ? ir.value("call i64 @llvm.readcyclecounter()") : null;
            String wakes0 = profile ? ir.value("load i64, ptr " + p + "wakes, align 8") : null;
            ir.line("call void @" + prefix + "_pool_post(ptr " + ctx + ")");
            ir.line("call void @" + name + "_chunks(" + String.join(", ", mine) + ", i1 false)");
            String tMine = profile ? ir.value("call i64 @llvm.readcyclecounter()") : null;
            ir.line("call void @" + prefix + "_pool_join(i64 " + end + ")");
            if (profile) {
                String tJoin = ir.value("call i64 @llvm.readcyclecounter()");
                String ws = ir.value("load i64, ptr " + p + "wstart, align 8"), we = ir.value("load i64, ptr " + p + "wend, align 8");
                String wakes = ir.value("sub i64 " + ir.value("load i64, ptr " + p + "wakes, align 8") + ", " + wakes0);
                // the worker may not have started this layer's job by the join (the caller took every chunk): its
                // stamps are then an earlier layer's, so it counts as idle with its delay the whole layer
                String started = ir.value("icmp uge i64 " + ws + ", " + tPost), ended = ir.value("icmp uge i64 " + we + ", " + ws);
                String busy = ir.value("select i1 " + ended + ", i64 " + ir.value("sub i64 " + we + ", " + ws) + ", i64 "
                        + ir.value("sub i64 " + tJoin + ", " + ws));
                String[] add = {ir.value("sub i64 " + tMine + ", " + tPost), ir.value("select i1 " + started + ", i64 " + busy + ", i64 0"),
                    ir.value("select i1 " + started + ", i64 " + ir.value("sub i64 " + ws + ", " + tPost) + ", i64 " + ir.value("sub i64 " + tJoin + ", " + tPost)),
                    ir.value("sub i64 " + tJoin + ", " + tMine), "1", wakes};
                for (int j = 0; j < THREAD_SLOTS; j++) {
                    String slot = ir.value("getelementptr inbounds i64, ptr @" + prefix + "_threads, i64 " + ((long) THREAD_SLOTS * node + j));
                    ir.line("store i64 " + ir.value("add i64 " + ir.value("load i64, ptr " + slot + ", align 8") + ", " + add[j]) + ", ptr " + slot + ", align 8");
                }
            }
        });
        ir.when(ir.value("xor i1 %pool, true"), () -> ir.line("call void @" + name + "(" + String.join(", ", args) + ", i64 0, i64 " + bounds[count] + ")"));
        if (!workerTrampolines.add(name)) return; // a kernel shared by several nodes has one
        List<String> theirs = new ArrayList<>(args);
        theirs.addAll(List.of("ptr %b", "i64 %lo", "i64 %hi"));
        StringBuilder tr = new StringBuilder("define internal ptr @" + name + "_thread(ptr %ctx) {\nentry:\n");
        if (profile) tr.append("  %t0 = call i64 @llvm.readcyclecounter()\n  store i64 %t0, ptr ").append(p).append("wstart, align 8\n");
        List<String> loaded = new ArrayList<>();
        for (int k = 0; k < theirs.size(); k++) {
            String type = theirs.get(k).substring(0, theirs.get(k).indexOf(' '));
            tr.append("  %s").append(k).append(" = getelementptr inbounds i64, ptr %ctx, i64 ").append(k + 1).append('\n');
            tr.append("  %a").append(k).append(" = load ").append(type).append(", ptr %s").append(k).append(", align 8\n");
            loaded.add(type + " %a" + k);
        }
        tr.append("  call void @").append(name).append("_chunks(").append(String.join(", ", loaded)).append(", i1 ").append(affinity()).append(")\n");
        if (profile) tr.append("  %t1 = call i64 @llvm.readcyclecounter()\n  store i64 %t1, ptr ").append(p).append("wend, align 8\n");
        tr.append("  ret ptr null\n}\n\n");
        trampolines.append(tr);
        // the chunk loop both threads run: take the next chunk, compute it, until none is left. The tickets left are
        // [front, back) of one word (front in the low half): the caller takes from the front, the worker from the back,
        // so that with the usual two chunks each thread gets the same half in every layer (the pixels or channels its
        // own cache holds from the layer before) and only a late thread's share moves. A word outside [base, end)
        // belongs to another layer: a worker still in the previous layer's loop finds nothing to take.
        List<String> params = new ArrayList<>(), pass = new ArrayList<>();
        for (int j = 0; j < args.size(); j++) {
            String type = args.get(j).substring(0, args.get(j).indexOf(' '));
            params.add(type + " %p" + j);
            pass.add(type + " %p" + j);
        }
        trampolines.append("define internal void @").append(name).append("_chunks(").append(String.join(", ", params))
                .append(", ptr %bounds, i64 %base, i64 %end, i1 %back) {\nentry:\n  br label %grab\n")
                .append("grab:\n  %w = load atomic i64, ptr ").append(p).append("next monotonic, align 8\n")
                .append("  %f = and i64 %w, 4294967295\n  %b = lshr i64 %w, 32\n")
                .append("  %open = icmp ult i64 %f, %b\n  %mine = icmp uge i64 %f, %base\n  %inside = icmp ule i64 %b, %end\n")
                .append("  %ok0 = and i1 %open, %mine\n  %ok = and i1 %ok0, %inside\n  br i1 %ok, label %take, label %out\n")
                .append("take:\n  %step = select i1 %back, i64 -4294967296, i64 1\n  %w1 = add i64 %w, %step\n")
                .append("  %x = cmpxchg ptr ").append(p).append("next, i64 %w, i64 %w1 monotonic monotonic, align 8\n")
                .append("  %got = extractvalue { i64, i1 } %x, 1\n  br i1 %got, label %run, label %grab\n")
                .append("run:\n  %b1 = sub i64 %b, 1\n  %c = select i1 %back, i64 %b1, i64 %f\n")
                .append("  %i = sub i64 %c, %base\n  %lp = getelementptr inbounds i64, ptr %bounds, i64 %i\n  %lo = load i64, ptr %lp, align 8\n")
                .append("  %hp = getelementptr inbounds i64, ptr %lp, i64 1\n  %hi = load i64, ptr %hp, align 8\n")
                .append("  call void @").append(name).append('(').append(String.join(", ", pass)).append(", i64 %lo, i64 %hi)\n")
                .append("  %fin = atomicrmw add ptr ").append(p).append("finished, i64 1 release, align 8\n  br label %grab\n")
                .append("out:\n  ret void\n}\n\n");
    }

    /**
     * Slots per node of an instrumented two-thread build's {@code PREFIX_thread_profile()} array, summed over the calls
     * in which the node ran on both threads (see {@link #THREAD_SLOTS_DOC}).
     */
    static final int THREAD_SLOTS = 6;

    static final String THREAD_SLOTS_DOC = "cycles from the post to the end of this thread's share, the worker's busy cycles, the worker's "
            + "start delay after the post, this thread's wait at the join, calls run on two threads, futex wake-ups of a parked worker";

    /** Spins (loads of the futex word, a few ns each) before the worker sleeps in the kernel between calls. */
    static final int SPINS = 20000;

    /**
     * Spins before the worker sleeps during a call ({@code hot} set): a futex wake-up of a parked worker costs tens of
     * microseconds on a KVM guest, and a layer's threads can finish more than {@link #SPINS} apart; but on a loaded
     * machine a worker that spins while the calling thread is descheduled takes the core from it (side by side,
     * load 3-6: never parking during a call made resnet50 1.7x slower than parking after SPINS), so the spin is
     * bounded: a few hundred microseconds.
     */
    static final int HOT_SPINS = 200000;

    /**
     * On with {@code -Dnetc.native.hot=true}: {@code PREFIX_forward} itself heats the pool at its start, for callers that
     * do not call {@code PREFIX_wake()} first (the Java class does, so the worker already spins up to {@link #HOT_SPINS}
     * through its calls). Off by default: in session 6, quiet, it was 0.98x the time on mobilenet_v2 and 1.01x on resnet50.
     */
    private boolean hot() { return "true".equals(target.options().get("hot")); }

    /**
     * Whether the worker takes chunks from the back ({@code -Dnetc.native.affinity=false}: from the front, racing the
     * caller for the same end, so that which half a thread gets changes from layer to layer).
     */
    private boolean affinity() { return !target.off("affinity"); }

    /**
     * Spins of the worker between two {@code sched_yield} calls (a power of two; {@code -Dnetc.native.yieldSpins=0}:
     * never). Not timed alone on a quiet machine; the quiet A/Bs of affinity and wake ran with it.
     */
    private int yieldSpins() { return Integer.highestOneBit((int) Math.max(0, Math.min(1 << 30, target.option("yieldSpins", 4096)))); }

    /** Whether {@code PREFIX_wake()} wakes the worker ({@code -Dnetc.native.wake=false}: it does nothing, to compare). */
    private boolean wake() { return !target.off("wake"); }

    /** Spins of the calling thread at a join before it yields the core: the worker is late only when descheduled. */
    static final int WAIT_SPINS = 200000;

    /**
     * The library's one worker thread, started by the first two-thread call and never stopped (the library stays
     * loaded): it spins on a job counter, longer while a call is running ({@code hot}, set by the call's {@code heat},
     * which also wakes a parked worker at the call's start), then sleeps on it (a private futex); a posted job is a trampoline and its
     * argument block; the worker publishes the job's number in {@code done} when finished, and the poster spins,
     * then sleeps, until it sees it. {@code busy} gives the worker to one call at a time. A thread about to sleep
     * first sets its flag ({@code sleeping} for the worker, {@code waiting} for the poster), and the other side makes
     * the wake-up system call only when it sees that flag after publishing: while both spin, a layer's fork and join
     * cost no system call. The flag and the counter are sequentially consistent on both sides, so either the waker
     * sees the flag or the sleeper's futex sees the new counter and returns at once.
     */
    private String pool() {
        String p = "@" + prefix + "_pool_";
        String futex = "call i64 (i64, ...) @syscall(i64 202, ptr ";
        return p + "job = internal global i32 0, align 64\n"
                + p + "done = internal global i32 0, align 64\n"
                + p + "sleeping = internal global i32 0, align 64\n"
                + p + "waiting = internal global i32 0, align 64\n"
                + p + "ctx = internal global ptr null, align 64\n"
                + p + "state = internal global i32 0, align 4\n"
                + p + "busy = internal global i32 0, align 64\n"
                + p + "hot = internal global i32 0, align 64\n"
                + p + "next = internal global i64 0, align 64\n"
                + p + "finished = internal global i64 0, align 64\n"
                + (profile ? p + "wstart = internal global i64 0, align 64\n" + p + "wend = internal global i64 0, align 8\n"
                        + p + "wakes = internal global i64 0, align 64\n" : "") + "\n"
                + "define internal ptr " + p + "worker(ptr %unused) {\nentry:\n  br label %wait\n"
                + "wait:\n  %seen = phi i32 [ 0, %entry ], [ %j, %woken ], [ %j, %ran ]\n  br label %spin\n"
                + "spin:\n  %i = phi i32 [ 0, %wait ], [ %i.next, %more ], [ %i.next, %yield ], [ 0, %sleep ]\n"
                + "  %j = load atomic i32, ptr " + p + "job acquire, align 4\n  %new = icmp ne i32 %j, %seen\n  br i1 %new, label %run, label %idle\n"
                + "idle:\n  %i.next = add i32 %i, 1\n"
                + "  %hot = load atomic i32, ptr " + p + "hot monotonic, align 4\n  %cold = icmp eq i32 %hot, 0\n"
                + "  %limit = select i1 %cold, i32 " + SPINS + ", i32 " + HOT_SPINS + "\n  %park = icmp ugt i32 %i.next, %limit\n"
                + "  br i1 %park, label %sleep, label %more\n"
                // a long spin yields now and then: on a loaded machine the calling thread may be waiting for this core
                + "more:\n  %turn = and i32 %i.next, " + (yieldSpins() - 1) + "\n  %due = icmp eq i32 %turn, 0\n  %polite = and i1 %due, "
                + (yieldSpins() > 0 ? "true" : "false") + "\n  br i1 %polite, label %yield, label %spin\n"
                + "yield:\n  %ry = call i64 (i64, ...) @syscall(i64 24)\n  br label %spin\n"
                + "sleep:\n  store atomic i32 1, ptr " + p + "sleeping seq_cst, align 4\n  %seen64 = zext i32 %seen to i64\n"
                + "  %r0 = " + futex + p + "job, i64 128, i64 %seen64, ptr null)\n  store atomic i32 0, ptr " + p + "sleeping monotonic, align 4\n"
                + "  br label %spin\n"
                + "run:\n  %ctx = load atomic ptr, ptr " + p + "ctx acquire, align 8\n  %fn = load ptr, ptr %ctx, align 8\n  %r1 = call ptr %fn(ptr %ctx)\n"
                + "  store atomic i32 %j, ptr " + p + "done seq_cst, align 4\n  %w = load atomic i32, ptr " + p + "waiting seq_cst, align 4\n"
                + "  %asleep = icmp ne i32 %w, 0\n  br i1 %asleep, label %wake, label %ran\n"
                + "wake:\n  %r2 = " + futex + p + "done, i64 129, i64 1)\n  br label %woken\n"
                + "woken:\n  br label %wait\n"
                + "ran:\n  br label %wait\n}\n\n"
                + "define internal void " + p + "post(ptr %ctx) {\nentry:\n"
                + "  store atomic ptr %ctx, ptr " + p + "ctx release, align 8\n"
                + "  %j = load i32, ptr " + p + "job, align 4\n  %j1 = add i32 %j, 1\n  store atomic i32 %j1, ptr " + p + "job seq_cst, align 4\n"
                + "  %s = load atomic i32, ptr " + p + "sleeping seq_cst, align 4\n  %asleep = icmp ne i32 %s, 0\n"
                + "  br i1 %asleep, label %wake, label %out\n"
                + "wake:\n  %r = " + futex + p + "job, i64 129, i64 1)\n"
                + (profile ? "  %k = load i64, ptr " + p + "wakes, align 8\n  %k1 = add i64 %k, 1\n  store i64 %k1, ptr " + p + "wakes, align 8\n" : "")
                + "  br label %out\n"
                + "out:\n  ret void\n}\n\n"
                + "define internal void " + p + "join(i64 %end) {\nentry:\n  br label %spin\n"
                + "spin:\n  %i = phi i32 [ 0, %entry ], [ %i.next, %more ], [ 0, %yield ]\n"
                + "  %f = load atomic i64, ptr " + p + "finished acquire, align 8\n  %ok = icmp sge i64 %f, %end\n  br i1 %ok, label %out, label %idle\n"
                + "idle:\n  %i.next = add i32 %i, 1\n  %long = icmp ugt i32 %i.next, " + WAIT_SPINS + "\n  br i1 %long, label %yield, label %more\n"
                + "more:\n  br label %spin\n"
                + "yield:\n  %r = call i64 (i64, ...) @syscall(i64 24)\n  br label %spin\n"
                + "out:\n  ret void\n}\n\n"
                + "define internal void " + p + "wait(i32 %job) {\nentry:\n  br label %spin\n"
                + "spin:\n  %i = phi i32 [ 0, %entry ], [ %i.next, %more ], [ 0, %sleep ]\n"
                + "  %d = load atomic i32, ptr " + p + "done acquire, align 4\n  %ok = icmp eq i32 %d, %job\n  br i1 %ok, label %out, label %idle\n"
                + "idle:\n  %i.next = add i32 %i, 1\n  %long = icmp ugt i32 %i.next, " + WAIT_SPINS + "\n  br i1 %long, label %sleep, label %more\n"
                + "more:\n  br label %spin\n"
                + "sleep:\n  store atomic i32 1, ptr " + p + "waiting seq_cst, align 4\n  %d64 = zext i32 %d to i64\n"
                + "  %r = " + futex + p + "done, i64 128, i64 %d64, ptr null)\n  store atomic i32 0, ptr " + p + "waiting monotonic, align 4\n"
                + "  br label %spin\n"
                + "out:\n  ret void\n}\n\n"
                + "define internal void " + p + "heat() {\nentry:\n  store atomic i32 1, ptr " + p + "hot seq_cst, align 4\n"
                + "  %s = load atomic i32, ptr " + p + "sleeping seq_cst, align 4\n  %asleep = icmp ne i32 %s, 0\n"
                + "  br i1 %asleep, label %wake, label %out\n"
                + "wake:\n  %r = " + futex + p + "job, i64 129, i64 1)\n  br label %out\n"
                + "out:\n  ret void\n}\n\n"
                + "define internal i1 " + p + "acquire() {\nentry:\n"
                + "  %x = cmpxchg ptr " + p + "busy, i32 0, i32 1 acquire monotonic, align 4\n  %got = extractvalue { i32, i1 } %x, 1\n"
                + "  br i1 %got, label %have, label %no\n"
                + "have:\n  %s = load i32, ptr " + p + "state, align 4\n  %fresh = icmp eq i32 %s, 0\n  br i1 %fresh, label %start, label %check\n"
                + "start:\n  %tid = alloca i64, align 8\n  %rc = call i32 @pthread_create(ptr %tid, ptr null, ptr " + p + "worker, ptr null)\n"
                + "  %ok = icmp eq i32 %rc, 0\n  %s1 = select i1 %ok, i32 1, i32 2\n  store i32 %s1, ptr " + p + "state, align 4\n  br label %check\n"
                + "check:\n  %s2 = load i32, ptr " + p + "state, align 4\n  %up = icmp eq i32 %s2, 1\n"
                + "  br i1 %up, label %yes, label %release\n"
                + "release:\n  store atomic i32 0, ptr " + p + "busy release, align 4\n  br label %no\n"
                + "yes:\n  ret i1 true\nno:\n  ret i1 false\n}\n\n";
    }

    /** The IR value holding the address of tensor t's first image, emitted into the forward function. */
    private String address(IrWriter ir, int t) {
        int r = root(t);
        if (r == g.input()) return "%in";
        long skip = 0;
        Tensor x = g.tensor(t);
        long hw = x.dims().length == 3 ? x.dims()[1] * x.dims()[2] : 1;
        for (; x.isView(); x = g.tensor(x.aliasOf())) if (x.isSlice()) skip += x.channelOffset() * hw;
        return ir.at("%arena", ir.add(ir.mul("%n", plan.offsets().get(r)), skip));
    }

    private int root(int t) {
        Tensor x = g.tensor(t);
        while (x.isView()) x = g.tensor(x.aliasOf());
        return x.id();
    }
}
