package netc.backend.llvm;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import netc.ir.Activation;
import netc.ir.Target;

/**
 * Writes the body of one LLVM function as text: fresh value names, blocks, counted loops and the float arithmetic
 * the kernels need. Integer helpers fold constants, so a kernel specialised to static shapes carries numbers, not
 * arithmetic on numbers. Loop counters are phis; float accumulators are allocas in the entry block, which SROA
 * turns into phis (so reductions vectorise under {@code reassoc}).
 */
final class IrWriter {
    /** Fast-math flags for sums whose order we do not promise (reductions); products stay exact. */
    static final String REASSOC = "reassoc nsz contract";

    private final StringBuilder allocas = new StringBuilder();
    private final StringBuilder code = new StringBuilder();
    private final Set<String> declarations;
    private int values;
    private int labels;
    private String block = "entry";
    /**
     * The target the kernels are emitted for (the plan pass's): its options switch module-wide code-generation
     * variants that no node's plan holds (narrow GEMM tails, the im2col's vector copy and prefetch, the GEMM's loop
     * order where no plan sets it, vector pools), so that no emitter reads a system property.
     */
    private final Target target;

    /** {@code declarations} collects the intrinsics and libm functions the module must declare. */
    IrWriter(Set<String> declarations, Target target) {
        this.declarations = declarations;
        this.target = target;
    }

    static IrWriter standalone() { return new IrWriter(new TreeSet<>(), Target.x86_64_v3(1, java.util.Map.of())); }

    Target target() { return target; }

    /** The function's body, entry block first. */
    String body() { return "entry:\n" + allocas + code; }

    /** Adds a declaration (an intrinsic or libm function) to the module. */
    void declare(String declaration) { declarations.add(declaration); }

    void line(String s) { code.append("  ").append(s).append('\n'); }

    void comment(String s) { code.append("  ; ").append(s.replace('\n', ' ')).append('\n'); }

    private String fresh() { return "%v" + values++; }

    /** Emits {@code %vN = rhs} and returns {@code %vN}. */
    String value(String rhs) {
        String v = fresh();
        line(v + " = " + rhs);
        return v;
    }

    private String label(String hint) { return hint + "." + labels++; }

    private void begin(String label) {
        code.append(label).append(":\n");
        block = label;
    }

    // ---- control flow

    /** {@code for (i = from; i < to; i++) body(i)}; bounds are i64 values or constants. */
    void loop(String hint, String from, String to, Consumer<String> body) {
        if (isConst(from) && isConst(to) && Long.parseLong(from) >= Long.parseLong(to)) return;
        if (isConst(from) && isConst(to) && Long.parseLong(to) - Long.parseLong(from) == 1) {
            body.accept(from); // a one-trip loop is its body
            return;
        }
        String head = label(hint + ".head"), inner = label(hint + ".body"), latch = label(hint + ".latch"), end = label(hint + ".end");
        String pre = block;
        String iv = "%" + hint + labels++;
        line("br label %" + head);
        begin(head);
        line(iv + " = phi i64 [ " + from + ", %" + pre + " ], [ " + iv + ".next, %" + latch + " ]");
        line(iv + ".c = icmp slt i64 " + iv + ", " + to);
        line("br i1 " + iv + ".c, label %" + inner + ", label %" + end);
        begin(inner);
        body.accept(iv);
        line("br label %" + latch);
        begin(latch);
        line(iv + ".next = add nuw nsw i64 " + iv + ", 1");
        line("br label %" + head);
        begin(end);
    }

    /** {@code if (cond) body}. */
    void when(String cond, Runnable body) {
        if (cond.equals("true")) { body.run(); return; }
        if (cond.equals("false")) return;
        String then = label("then"), end = label("endif");
        line("br i1 " + cond + ", label %" + then + ", label %" + end);
        begin(then);
        body.run();
        line("br label %" + end);
        begin(end);
    }

    // ---- i64 arithmetic with constant folding

    static boolean isConst(String v) { return v.matches("-?\\d+"); }

    static String num(long v) { return Long.toString(v); }

    String add(String a, String b) {
        if (isConst(a) && isConst(b)) return num(Long.parseLong(a) + Long.parseLong(b));
        if (a.equals("0")) return b;
        if (b.equals("0")) return a;
        return value("add nsw i64 " + a + ", " + b);
    }

    String add(String a, long b) { return add(a, num(b)); }

    String mul(String a, long b) {
        if (isConst(a)) return num(Long.parseLong(a) * b);
        if (b == 0) return "0";
        if (b == 1) return a;
        return value("mul nsw i64 " + a + ", " + b);
    }

    String mul(String a, String b) {
        if (isConst(b)) return mul(a, Long.parseLong(b));
        if (isConst(a)) return mul(b, Long.parseLong(a));
        return value("mul nsw i64 " + a + ", " + b);
    }

    /** Division of a non-negative value by a positive constant. */
    String div(String a, long b) {
        if (isConst(a)) return num(Long.parseLong(a) / b);
        return b == 1 ? a : value("udiv i64 " + a + ", " + b);
    }

    String min(String a, String b) {
        if (isConst(a) && isConst(b)) return num(Math.min(Long.parseLong(a), Long.parseLong(b)));
        return value("call i64 @llvm.smin.i64(i64 " + a + ", i64 " + b + ")");
    }

    String max(String a, String b) {
        if (isConst(a) && isConst(b)) return num(Math.max(Long.parseLong(a), Long.parseLong(b)));
        return value("call i64 @llvm.smax.i64(i64 " + a + ", i64 " + b + ")");
    }

    /** {@code lo <= v < hi} as an i1; constant when it can be. */
    String inRange(String v, long lo, long hi) {
        if (isConst(v)) {
            long x = Long.parseLong(v);
            return x >= lo && x < hi ? "true" : "false";
        }
        String a = value("icmp sge i64 " + v + ", " + lo);
        String b = value("icmp slt i64 " + v + ", " + hi);
        return value("and i1 " + a + ", " + b);
    }

    // ---- memory

    /** Address of {@code base[index]} (floats). */
    String at(String base, String index) {
        if (index.equals("0")) return base;
        return value("getelementptr inbounds float, ptr " + base + ", i64 " + index);
    }

    String at(String base, long index) { return at(base, num(index)); }

    String load(String ptr) { return value("load float, ptr " + ptr + ", align 4"); }

    String load(String base, String index) { return load(at(base, index)); }

    void store(String v, String ptr) { line("store float " + v + ", ptr " + ptr + ", align 4"); }

    void store(String v, String base, String index) { store(v, at(base, index)); }

    /** A float variable (an entry-block alloca) set to {@code init} here. */
    String var(String init) {
        String v = fresh();
        allocas.append("  ").append(v).append(" = alloca float, align 4\n");
        store(init, v);
        return v;
    }

    /** An entry-block alloca of {@code type}. */
    String alloca(String type) {
        String v = fresh();
        allocas.append("  ").append(v).append(" = alloca ").append(type).append(", align 8\n");
        return v;
    }

    /** A {@code <8 x float>} variable (an entry-block alloca) set to zero here. */
    String vecVar() {
        String v = fresh();
        allocas.append("  ").append(v).append(" = alloca <8 x float>, align 32\n");
        line("store <8 x float> zeroinitializer, ptr " + v + ", align 32");
        return v;
    }

    String vload(String ptr) { return value("load <8 x float>, ptr " + ptr + ", align 4"); }

    void vstore(String v, String ptr) { line("store <8 x float> " + v + ", ptr " + ptr + ", align 4"); }

    /** A vector of eight copies of {@code v}. */
    String splat(String v) {
        String one = value("insertelement <8 x float> poison, float " + v + ", i64 0");
        return value("shufflevector <8 x float> " + one + ", <8 x float> poison, <8 x i32> zeroinitializer");
    }

    String vfma(String a, String b, String c) {
        declarations.add("declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>)");
        return value("call <8 x float> @llvm.fmuladd.v8f32(<8 x float> " + a + ", <8 x float> " + b + ", <8 x float> " + c + ")");
    }

    String vadd(String a, String b) { return value("fadd <8 x float> " + a + ", " + b); }

    /** A constant {@code <8 x i1>} mask of the first {@code lanes} lanes. */
    private static String mask(int lanes) {
        StringBuilder m = new StringBuilder("<");
        for (int i = 0; i < 8; i++) m.append(i > 0 ? ", " : "").append("i1 ").append(i < lanes ? "true" : "false");
        return m.append('>').toString();
    }

    /** The first {@code lanes} floats at {@code ptr} (the others zero), touching no memory past them. */
    String maskedLoad(String ptr, int lanes) {
        declarations.add("declare <8 x float> @llvm.masked.load.v8f32.p0(ptr, i32 immarg, <8 x i1>, <8 x float>)");
        return value("call <8 x float> @llvm.masked.load.v8f32.p0(ptr " + ptr + ", i32 4, <8 x i1> " + mask(lanes) + ", <8 x float> zeroinitializer)");
    }

    /** The first {@code floats} of the 16 floats at {@code ptr} (the rest zero), touching no memory past them. */
    String maskedLoad16(String ptr, int floats) {
        declarations.add("declare <16 x float> @llvm.masked.load.v16f32.p0(ptr, i32 immarg, <16 x i1>, <16 x float>)");
        StringBuilder m = new StringBuilder("<16 x i1> <");
        for (int i = 0; i < 16; i++) m.append(i > 0 ? ", " : "").append("i1 ").append(i < floats ? "true" : "false");
        return value("call <16 x float> @llvm.masked.load.v16f32.p0(ptr " + ptr + ", i32 4, " + m + ">, <16 x float> zeroinitializer)");
    }

    /** Stores the first {@code lanes} lanes of {@code v} at {@code ptr}. */
    void maskedStore(String v, String ptr, int lanes) {
        declarations.add("declare void @llvm.masked.store.v8f32.p0(<8 x float>, ptr, i32 immarg, <8 x i1>)");
        line("call void @llvm.masked.store.v8f32.p0(<8 x float> " + v + ", ptr " + ptr + ", i32 4, <8 x i1> " + mask(lanes) + ")");
    }

    /** Whether {@link #vactivation} handles {@code a} (the others go through the scalar {@link #activation}). */
    static boolean vectorActivation(Activation a) {
        return netc.ir.Target.NATIVE_VECTOR_ACTIVATIONS.contains(a); // the plan pass's target knows them too
    }

    /**
     * The hard sigmoid's and hard swish's 1/6 as a factor, as ONNX Runtime's HardSigmoid (alpha = 1/6) has it, not a
     * division (within an ulp of it): a division of eight lanes takes several cycles more, and mobilenet_v3_large ran
     * 1.02x the time with it (side by side, calls alternating).
     */
    static final double SIXTH = 1.0 / 6;

    /** Whether {@code a} computes e^x ({@link #exp}): far more registers and operations than a clamp. */
    static boolean usesExp(Activation a) { return a == Activation.SIGMOID || a == Activation.SILU; }

    private String vsplatConst(double v) { return splat(f(v)); }

    private String vclamp(String v, double lo, double hi) {
        String l = vsplatConst(lo), h = vsplatConst(hi);
        String b = value("select <8 x i1> " + value("fcmp ogt <8 x float> " + v + ", " + l) + ", <8 x float> " + v + ", <8 x float> " + l);
        return value("select <8 x i1> " + value("fcmp olt <8 x float> " + b + ", " + h) + ", <8 x float> " + b + ", <8 x float> " + h);
    }

    /** {@link #activation} on eight lanes, with the same operations in the same order. */
    String vactivation(Activation a, double alpha, String v) {
        return switch (a) {
            case NONE -> v;
            case RELU -> value("select <8 x i1> " + value("fcmp ogt <8 x float> " + v + ", zeroinitializer") + ", <8 x float> " + v
                    + ", <8 x float> zeroinitializer");
            case RELU6 -> vclamp(v, 0, 6);
            case LEAKY_RELU -> value("select <8 x i1> " + value("fcmp ogt <8 x float> " + v + ", zeroinitializer") + ", <8 x float> " + v
                    + ", <8 x float> " + value("fmul <8 x float> " + v + ", " + vsplatConst(alpha)));
            case HSIGMOID -> value("fmul <8 x float> " + vclamp(value("fadd <8 x float> " + v + ", " + vsplatConst(3)), 0, 6) + ", " + vsplatConst(SIXTH));
            case HSWISH -> value("fmul <8 x float> " + v + ", " + value("fmul <8 x float> "
                    + vclamp(value("fadd <8 x float> " + v + ", " + vsplatConst(3)), 0, 6) + ", " + vsplatConst(SIXTH)));
            case SIGMOID -> sigmoid(v, true);
            case SILU -> value("fmul <8 x float> " + v + ", " + sigmoid(v, true));
            default -> throw new IllegalArgumentException("no vector form of " + a);
        };
    }

    // ---- float arithmetic

    /** An LLVM float literal: the float's value as a hex double, exact. */
    static String f(double v) {
        return "0x" + String.format("%016X", Double.doubleToRawLongBits((float) v));
    }

    String fadd(String a, String b) { return value("fadd float " + a + ", " + b); }

    String faddReassoc(String a, String b) { return value("fadd " + REASSOC + " float " + a + ", " + b); }

    String fmul(String a, String b) { return value("fmul float " + a + ", " + b); }

    String fdiv(String a, String b) { return value("fdiv float " + a + ", " + b); }

    /** {@code a * b + c}, fused where the CPU can. */
    String fma(String a, String b, String c) {
        declarations.add("declare float @llvm.fmuladd.f32(float, float, float)");
        return value("call float @llvm.fmuladd.f32(float " + a + ", float " + b + ", float " + c + ")");
    }

    /** {@code cond ? a : b} on floats. */
    String select(String cond, String a, String b) { return value("select i1 " + cond + ", float " + a + ", float " + b); }

    String fmax(String a, String b) {
        // NaN propagates (PyTorch's max pooling): maximum, not maxnum
        declarations.add("declare float @llvm.maximum.f32(float, float)");
        return value("call float @llvm.maximum.f32(float " + a + ", float " + b + ")");
    }

    private String clamp(String v, double lo, double hi) {
        String a = value("fcmp ogt float " + v + ", " + f(lo));
        String b = select(a, v, f(lo));
        String c = value("fcmp olt float " + b + ", " + f(hi));
        return select(c, b, f(hi));
    }

    private String sigmoid(String v) { return sigmoid(v, false); }

    /**
     * {@code 1 / (1 + e^-v)} on a float or (when {@code vec}) eight lanes, by the same operations either way, so that a
     * kernel's vector body and scalar tail agree to the bit; NaN stays NaN.
     */
    private String sigmoid(String v, boolean vec) {
        String t = vec ? "<8 x float>" : "float", one = vec ? vsplatConst(1) : f(1);
        String e = exp(value("fneg " + t + " " + v), vec);
        String s = value("fdiv " + t + " " + one + ", " + value("fadd " + t + " " + one + ", " + e));
        String nan = value("fcmp uno " + t + " " + v + ", " + v);
        return value("select " + (vec ? "<8 x i1> " : "i1 ") + nan + ", " + t + " " + v + ", " + t + " " + s);
    }

    /**
     * {@code e^x} by Cephes' expf: {@code x = n ln 2 + r} with ln 2 in two parts, e^r by its degree-7 polynomial, times
     * 2^n built in the exponent bits. x is clamped to [-87.3, 88.75]: below, e^x is the smallest normal float's size
     * (the sigmoid is 1 to float precision there), above, n = 128 makes the exponent bits infinity (so the sigmoid of a
     * very negative x is 0 and the SiLU -0, as in PyTorch). Plain arithmetic, so that LLVM vectorises scalar loops over
     * it too (a call of libm's expf stops that); ActivationAccuracyTest bounds it.
     */
    private String exp(String x, boolean vec) {
        String t = vec ? "<8 x float>" : "float", it = vec ? "<8 x i32>" : "i32", suffix = vec ? "v8f32" : "f32";
        java.util.function.DoubleFunction<String> c = d -> vec ? vsplatConst(d) : f(d);
        for (String fn : new String[] {"minnum", "maxnum"}) declarations.add("declare " + t + " @llvm." + fn + "." + suffix + "(" + t + ", " + t + ")");
        declarations.add("declare " + t + " @llvm.floor." + suffix + "(" + t + ")");
        declarations.add("declare " + t + " @llvm.fmuladd." + suffix + "(" + t + ", " + t + ", " + t + ")");
        java.util.function.BiFunction<String, String, String> call2 = (fn, args) -> value("call " + t + " @llvm." + fn + "." + suffix + "(" + args + ")");
        java.util.function.Function<String[], String> fma = a -> call2.apply("fmuladd", t + " " + a[0] + ", " + t + " " + a[1] + ", " + t + " " + a[2]);
        x = call2.apply("minnum", t + " " + call2.apply("maxnum", t + " " + x + ", " + t + " " + c.apply(-87.3)) + ", " + t + " " + c.apply(88.75));
        String n = value("call " + t + " @llvm.floor." + suffix + "(" + t + " " + fma.apply(new String[] {x, c.apply(1.44269504088896341), c.apply(0.5)}) + ")");
        String r = fma.apply(new String[] {n, c.apply(-0.693359375), x});
        r = fma.apply(new String[] {n, c.apply(2.12194440e-4), r});
        String y = c.apply(1.9875691500e-4);
        for (double p : new double[] {1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1}) {
            y = fma.apply(new String[] {y, r, c.apply(p)});
        }
        y = fma.apply(new String[] {y, value("fmul " + t + " " + r + ", " + r), r});
        y = value("fadd " + t + " " + y + ", " + c.apply(1));
        String bias = vec ? "<i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>" : "127";
        String shift = vec ? "<i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>" : "23";
        String bits = value("shl " + it + " " + value("add " + it + " " + value("fptosi " + t + " " + n + " to " + it) + ", " + bias) + ", " + shift);
        return value("fmul " + t + " " + y + ", " + value("bitcast " + it + " " + bits + " to " + t));
    }

    /** The activation of {@code v}, as the runtime's {@code Activation.apply} defines it. */
    String activation(Activation a, double alpha, String v) {
        return switch (a) {
            case NONE -> v;
            case RELU -> select(value("fcmp ogt float " + v + ", 0.0"), v, "0.0");
            case RELU6 -> clamp(v, 0, 6);
            case LEAKY_RELU -> select(value("fcmp ogt float " + v + ", 0.0"), v, fmul(v, f(alpha)));
            case SIGMOID -> sigmoid(v);
            case HSIGMOID -> fmul(clamp(fadd(v, f(3)), 0, 6), f(SIXTH));
            case HSWISH -> fmul(v, fmul(clamp(fadd(v, f(3)), 0, 6), f(SIXTH)));
            case SILU -> fmul(v, sigmoid(v));
            case TANH -> {
                declarations.add("declare float @tanhf(float)");
                yield value("call float @tanhf(float " + v + ")");
            }
        };
    }

    /** Registers the integer min/max intrinsics the helpers above may call. */
    static void declareIntrinsics(Set<String> declarations) {
        declarations.add("declare i64 @llvm.smin.i64(i64, i64)");
        declarations.add("declare i64 @llvm.smax.i64(i64, i64)");
    }
}
