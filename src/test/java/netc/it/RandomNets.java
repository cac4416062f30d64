package netc.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded generator of small random, valid .net programs over the language's op set: convolutions of every
 * padding form with strides, dilations and groups, transposed convolutions, pools in ceil mode, adaptive pooling
 * with uneven bins, normalisations, every activation, resizes, shuffles, chunks, branches joined by concat, add
 * and mul, and linear heads. It tracks the shape itself (PyTorch's formulas) so that every program it writes is
 * one netc must accept; a program netc rejects is a bug in the generator or in netc.
 */
final class RandomNets {
    private final SplittableRandom rnd;
    private final StringBuilder body = new StringBuilder();
    private long c, h, w;
    private boolean flat;
    private int labels;

    private RandomNets(long seed) { rnd = new SplittableRandom(seed); }

    /**
     * The program for one seed, written to {@code dir} and built by the real front end; null, with the program and
     * netc's diagnostics added to {@code failures}, when netc rejects it (a bug in the generator or in netc).
     */
    private static netc.model.Network build(long seed, java.nio.file.Path dir, List<String> failures) throws java.io.IOException {
        String source = program(seed);
        netc.diag.Diagnostics d = new netc.diag.Diagnostics();
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("random" + seed + ".net"), source);
        netc.model.Network net = netc.sema.Frontend.build(netc.sema.Frontend.load(file.toString(), d), null, List.of(), null, d);
        if (!d.hasErrors()) return net;
        StringBuilder sb = new StringBuilder("seed " + seed + ": netc rejects the generated program\n" + source);
        d.all().forEach(x -> sb.append(netc.diag.DiagnosticPrinter.format(x)));
        failures.add(sb.toString());
        return null;
    }

    /** A check of one random network: adds what it finds wrong to {@code failures}. */
    interface Check {
        void run(netc.model.Network net, long seed, String source, List<String> failures) throws Exception;
    }

    /**
     * Runs {@code check} on the networks of {@code -DPROPERTY.iterations} seeds (default {@code iterations}) from
     * {@code -DPROPERTY.seed} (default 1), stopping at five failures; returns the failures.
     */
    static List<String> check(String property, int iterations, java.nio.file.Path dir, Check check) throws Exception {
        int count = Integer.getInteger(property + ".iterations", iterations);
        long first = Long.getLong(property + ".seed", 1);
        List<String> failures = new ArrayList<>();
        for (long seed = first; seed < first + count && failures.size() < 5; seed++) {
            netc.model.Network net = build(seed, dir, failures);
            if (net != null) check.run(net, seed, program(seed), failures);
        }
        return failures;
    }

    /** The program for one seed: {@code network p(input: CxHxW) { ... }}. */
    static String program(long seed) {
        RandomNets g = new RandomNets(seed);
        g.c = g.pick(1, 2, 3, 4, 6, 8);
        g.h = g.between(5, 20);
        g.w = g.between(5, 20);
        String input = g.c + "x" + g.h + "x" + g.w;
        int steps = g.between(2, 8);
        for (int i = 0; i < steps && !g.flat; i++) g.step(0);
        if (g.flat || g.rnd.nextInt(3) > 0) g.head();
        return "network p(input: " + input + ") {\n" + g.body + "}\n";
    }

    private void step(int depth) {
        int kind = rnd.nextInt(depth > 0 ? 14 : 17);
        switch (kind) {
            case 0, 1 -> conv();
            case 2 -> dwconv();
            case 3 -> convT();
            case 4 -> pool();
            case 5 -> bn();
            case 6, 7 -> emit(activation());
            case 8 -> upsample();
            case 9 -> {
                if (c % 2 == 0) shuffle(); else emit(activation());
            }
            case 10 -> chunk();
            case 11 -> emit("zeropad([" + between(0, 2) + ", " + between(0, 2) + ", " + between(0, 2) + ", " + between(0, 2) + "])", c, h + 0, w + 0);
            case 12 -> lrn();
            case 13 -> adaptive();
            case 14 -> concatBranches(depth);
            case 15 -> addBranches(depth);
            default -> gate();
        }
    }

    /** Appends a chain element and sets the new shape (for zeropad the pads are read back from the text). */
    private void emit(String element, long nc, long nh, long nw) {
        if (element.startsWith("zeropad")) {
            String[] p = element.replaceAll("[^0-9,]", "").split(",");
            nh += Long.parseLong(p[2]) + Long.parseLong(p[3]);
            nw += Long.parseLong(p[0]) + Long.parseLong(p[1]);
        }
        body.append("  ").append(element).append('\n');
        c = nc;
        h = nh;
        w = nw;
    }

    private void emit(String element) { emit(element, c, h, w); }

    private String label() { return "l" + labels++ + ": "; }

    private void conv() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int kh = between(1, 4), kw = rnd.nextInt(3) == 0 ? between(1, 4) : kh;
            int s = between(1, 3), d = rnd.nextInt(4) == 0 ? 2 : 1;
            long g = rnd.nextInt(3) == 0 ? divisor(c) : 1;
            long out = g * between(1, Math.max(1, 12 / (int) g));
            long[] p; // left, right, top, bottom
            String pad;
            switch (rnd.nextInt(4)) {
                case 0 -> { int q = between(0, 2); p = new long[] {q, q, q, q}; pad = Integer.toString(q); }
                case 1 -> { int ph = between(0, 2), pw = between(0, 2); p = new long[] {pw, pw, ph, ph}; pad = "[" + ph + ", " + pw + "]"; }
                case 2 -> { p = new long[] {between(0, 2), between(0, 2), between(0, 2), between(0, 2)}; pad = "[" + p[0] + ", " + p[1] + ", " + p[2] + ", " + p[3] + "]"; }
                default -> { p = same(kh, kw, s, d); pad = "\"same\""; }
            }
            long oh = Math.floorDiv(h + p[2] + p[3] - (long) d * (kh - 1) - 1, s) + 1;
            long ow = Math.floorDiv(w + p[0] + p[1] - (long) d * (kw - 1) - 1, s) + 1;
            if (oh < 1 || ow < 1) continue;
            emit(label() + String.format(Locale.ROOT, "conv(%d, [%d, %d], stride: %d, pad: %s, dilation: %d, groups: %d, bias: %b)",
                    out, kh, kw, s, pad, d, g, rnd.nextBoolean()), out, oh, ow);
            return;
        }
    }

    private long[] same(int kh, int kw, int s, int d) {
        long th = samePad(h, kh, s, d), tw = samePad(w, kw, s, d);
        return new long[] {tw / 2, tw - tw / 2, th / 2, th - th / 2};
    }

    private static long samePad(long in, long k, long s, long d) {
        long out = (in + s - 1) / s;
        return Math.max(0, (out - 1) * s + d * (k - 1) + 1 - in);
    }

    private void dwconv() {
        int k = between(1, 5), s = between(1, 2), q = between(0, k / 2), mult = between(1, 2);
        long oh = Math.floorDiv(h + 2L * q - k, s) + 1, ow = Math.floorDiv(w + 2L * q - k, s) + 1;
        if (oh < 1 || ow < 1) return;
        emit(label() + "dwconv(" + k + ", stride: " + s + ", pad: " + q + ", mult: " + mult + ")", c * mult, oh, ow);
    }

    private void convT() {
        if (h * w > 200) return;
        int k = between(1, 4), s = between(1, 3), d = rnd.nextInt(4) == 0 ? 2 : 1;
        int q = between(0, (d * (k - 1)) / 2);
        int op = between(0, Math.max(s, d) - 1);
        long g = rnd.nextInt(3) == 0 ? divisor(c) : 1;
        long out = g * between(1, Math.max(1, 8 / (int) g));
        long oh = (h - 1) * s - 2L * q + (long) d * (k - 1) + op + 1, ow = (w - 1) * s - 2L * q + (long) d * (k - 1) + op + 1;
        if (oh < 1 || ow < 1) return;
        emit(label() + String.format(Locale.ROOT, "convT(%d, %d, stride: %d, pad: %d, output_pad: %d, dilation: %d, groups: %d)",
                out, k, s, q, op, d, g), out, oh, ow);
    }

    private void pool() {
        boolean max = rnd.nextBoolean();
        for (int attempt = 0; attempt < 10; attempt++) {
            int k = between(1, 3), s = between(1, 3), q = between(0, k / 2), d = max && rnd.nextInt(4) == 0 ? 2 : 1;
            boolean ceil = rnd.nextBoolean();
            long oh = poolOut(h, k, s, q, d, ceil), ow = poolOut(w, k, s, q, d, ceil);
            if (oh < 1 || ow < 1) continue;
            String extra = max ? ", dilation: " + d : ", count_include_pad: " + rnd.nextBoolean();
            emit(String.format(Locale.ROOT, "%s(%d, stride: %d, pad: %d, ceil: %b%s)", max ? "maxpool" : "avgpool", k, s, q, ceil, extra), c, oh, ow);
            return;
        }
    }

    private static long poolOut(long in, long k, long s, long p, long d, boolean ceil) {
        long span = in + 2 * p - d * (k - 1) - 1;
        long out = ceil ? Math.floorDiv(span + s - 1, s) + 1 : Math.floorDiv(span, s) + 1;
        if (ceil && (out - 1) * s >= in + p) out--;
        return out;
    }

    private void adaptive() {
        if (rnd.nextInt(3) == 0) { emit("gap", c, 1, 1); return; }
        long oh = between(1, (int) Math.min(h + 2, 8)), ow = between(1, (int) Math.min(w + 2, 8));
        emit("adaptive_avgpool([" + oh + ", " + ow + "])", c, oh, ow);
    }

    private void bn() {
        emit(label() + "bn(eps: " + pick(1e-5, 1e-3, 0.1) + ", affine: " + (rnd.nextInt(4) > 0) + ")");
    }

    private String activation() {
        return switch (rnd.nextInt(12)) {
            case 0 -> "relu";
            case 1 -> "relu6";
            case 2 -> "leaky_relu(" + pick(0.01, 0.2, 0.5) + ")";
            case 3 -> "sigmoid";
            case 4 -> "hsigmoid";
            case 5 -> "hswish";
            case 6 -> "silu";
            case 7 -> "tanh";
            // over one channel softmax is constant, which makes what follows ill-conditioned rather than tested
            case 8 -> c == 1 ? "relu" : rnd.nextBoolean() ? "softmax" : "log_softmax";
            case 9 -> "dropout(0.3)";
            case 10 -> "stochastic_depth(0.1)";
            default -> "identity";
        };
    }

    private void upsample() {
        if (h * w > 150) return;
        boolean bilinear = rnd.nextBoolean();
        String mode = bilinear ? ", mode: \"bilinear\", align_corners: " + rnd.nextBoolean() : "";
        if (rnd.nextBoolean()) {
            double s = pick(0.5, 1.5, 2.0, 3.0);
            long oh = (long) Math.floor(h * s), ow = (long) Math.floor(w * s);
            if (oh < 1 || ow < 1) return;
            emit("upsample(scale: " + s + mode + ")", c, oh, ow);
        } else {
            long oh = between(1, 24), ow = between(1, 24);
            emit("upsample(size: [" + oh + ", " + ow + "]" + mode + ")", c, oh, ow);
        }
    }

    private void shuffle() {
        long g = divisor(c);
        emit("shuffle(" + g + ")");
    }

    private void chunk() {
        long n = divisor(c);
        emit("chunk(" + n + ", " + rnd.nextInt((int) n) + ")", c / n, h, w);
    }

    private void lrn() {
        emit("lrn(" + between(1, 6) + ", alpha: " + pick(1e-4, 0.01, 0.5) + ", beta: " + pick(0.5, 0.75) + ", k: " + pick(1.0, 2.0) + ")");
    }

    /** Two or three branches that keep H x W (stride-1 convs padded to size, activations, pools) joined along channels. */
    private void concatBranches(int depth) {
        int n = between(2, 3);
        long total = 0;
        List<String> branches = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            long out = between(1, 6);
            int k = pick(1, 3, 5);
            String br = switch (rnd.nextInt(3)) {
                case 0 -> label() + "conv(" + out + ", " + k + ", pad: " + k / 2 + ") -> " + activation();
                case 1 -> { out = c; yield "maxpool(3, stride: 1, pad: 1)"; }
                default -> label() + "conv(" + out + ", 3, pad: \"same\", dilation: 2) -> " + label() + "bn";
            };
            total += out;
            branches.add(br);
        }
        emit("concat { " + String.join(" ; ", branches) + " }", total, h, w);
    }

    /** A residual-style sum: the tensor itself, or convs back to the same shape. */
    private void addBranches(int depth) {
        String a = rnd.nextBoolean() ? "identity" : label() + "conv(" + c + ", 3, pad: 1) -> " + activation();
        String b = label() + "conv(" + c + ", 1) -> " + label() + "bn";
        emit((rnd.nextBoolean() ? "add" : "mul") + " { " + a + " ; " + b + " }");
    }

    /** Squeeze-and-excitation: the tensor times a per-channel gate (broadcast of C x 1 x 1). */
    private void gate() {
        emit("mul { identity ; gap -> " + label() + "conv(" + c + ", 1) -> " + (rnd.nextBoolean() ? "sigmoid" : "hsigmoid") + " }");
    }

    private void head() {
        if (!flat) {
            if (rnd.nextBoolean()) emit("gap", c, 1, 1);
            body.append("  flatten\n");
            flat = true;
            c = c * h * w;
        }
        if (rnd.nextBoolean()) {
            long hidden = between(2, 16);
            body.append("  ").append(label()).append("linear(").append(hidden).append(", bias: ").append(rnd.nextBoolean()).append(")\n");
            body.append("  ").append(label()).append("bn\n");
            body.append("  ").append(rnd.nextBoolean() ? "relu" : "lrn(2)").append('\n');
        }
        body.append("  ").append(label()).append("linear(").append(between(1, 10)).append(")\n");
        if (rnd.nextBoolean()) body.append("  ").append(rnd.nextBoolean() ? "softmax" : "log_softmax").append('\n');
    }

    private long divisor(long n) {
        List<Long> ds = new ArrayList<>();
        for (long d = 1; d <= n; d++) if (n % d == 0) ds.add(d);
        return ds.get(rnd.nextInt(ds.size()));
    }

    private int between(int lo, int hi) { return lo + rnd.nextInt(hi - lo + 1); }

    @SafeVarargs
    private <T> T pick(T... xs) { return xs[rnd.nextInt(xs.length)]; }
}
