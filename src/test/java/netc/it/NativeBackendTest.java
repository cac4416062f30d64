package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import netc.backend.llvm.NativeBackend;
import netc.cli.Main;
import netc.ir.Target;
import netc.passes.Pipeline;
import netc.runtime.Model;
import netc.runtime.io.RandomWeights;
import netc.runtime.io.WeightSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code netc compile --target native} end to end: the LLVM IR of a small net against a golden file, the files
 * written, the ELF machine of x86-64 and aarch64 builds, the C header used from C, the generated class loading its
 * library from the classpath, and a network with LRN.
 */
class NativeBackendTest {
    @TempDir Path dir;

    private static final Path TINY = Path.of(System.getProperty("netc.repo", "../.."), "src/test/resources/native/tiny.net");
    private static final Path LRN = Path.of(System.getProperty("netc.repo", "../.."), "src/test/resources/native/lrn.net");

    private static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    /** The fusion switches come through the target's options ({@code -Dnetc.native.fuseSeparable}, {@code invertedResidual}). */
    @Test
    void fusionSwitchesAreTargetOptions() {
        String sep = Pipeline.on("fuse_separable"), ir = Pipeline.on("fuse_inverted_residual");
        assertTrue(NativeBackend.passSwitches(Set.of(), Target.x86_64_v3(2, Map.of())).containsAll(Set.of(sep, ir)), "on by default for two threads");
        Set<String> one = NativeBackend.passSwitches(Set.of(), Target.x86_64_v3(1, Map.of()));
        assertFalse(one.contains(sep) || one.contains(ir), "off for one thread");
        assertTrue(NativeBackend.passSwitches(Set.of(), Target.x86_64_v3(1, Map.of("invertedResidual", "true"))).containsAll(Set.of(sep, ir)));
        Set<String> off = NativeBackend.passSwitches(Set.of(), Target.x86_64_v3(2, Map.of("fuseSeparable", "false")));
        assertFalse(off.contains(sep) || off.contains(ir));
        Set<String> noIr = NativeBackend.passSwitches(Set.of(), Target.x86_64_v3(2, Map.of("invertedResidual", "false")));
        assertTrue(noIr.contains(sep) && !noIr.contains(ir));
        assertFalse(NativeBackend.passSwitches(Set.of("fuse_separable"), Target.x86_64_v3(2, Map.of())).contains(sep), "-fno- wins");
    }

    @Test
    void llvmIrMatchesGolden() {
        String[] r = run("compile", TINY.toString(), "--emit", "llvm-ir");
        assertEquals("0", r[0], r[2]);
        Golden.check("native/tiny.ll", r[1]);
    }

    /** ELF header field e_machine: 62 is x86-64, 183 is AArch64. */
    private static int elfMachine(Path f) throws Exception {
        byte[] b = Files.readAllBytes(f);
        assertTrue(b.length > 20 && b[0] == 0x7f && b[1] == 'E' && b[2] == 'L' && b[3] == 'F', f + " is not ELF");
        return ByteBuffer.wrap(b, 18, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
    }

    @Test
    void writesLibraryHeaderIrAndClass() throws Exception {
        String[] r = run("compile", "stdlib:lenet", "--target", "native", "-o", dir.toString(), "--package", "demo.nets");
        assertEquals("0", r[0], r[2]);
        Path lib = dir.resolve("demo/nets/libnetc_lenet.so");
        assertEquals(62, elfMachine(lib));
        assertTrue(Files.readString(dir.resolve("demo/nets/Lenet.java")).contains("class Lenet extends NativeModel"));
        assertTrue(Files.readString(dir.resolve("netc_lenet.h")).contains("void netc_lenet_forward("));
        assertTrue(Files.readString(dir.resolve("netc_lenet.ll")).contains("define void @netc_lenet_forward("));
        try (Stream<Path> s = Files.walk(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".netc")), "staging files left behind");
        }
    }

    @Test
    void aarch64GivesAnAarch64Object() throws Exception {
        String[] r = run("compile", "stdlib:resnet18", "--target", "native", "--triple", "aarch64-linux-gnu", "-o", dir.toString());
        assertEquals("0", r[0], r[2]);
        assertEquals(183, elfMachine(dir.resolve("netc_resnet18.o")));
        assertTrue(r[1].contains("note: aarch64-linux-gnu is another machine: netc wrote the object, not a library") && r[1].contains("(cpu generic)"), r[1]);
    }

    @Test
    void headerWorksFromC() throws Exception {
        assertEquals("0", run("compile", "stdlib:lenet", "--target", "native", "--threads", "2", "-o", dir.toString())[0]);
        // All-zero weights: every dense layer gives its bias, zero, so the output is zero whatever the input.
        Files.writeString(dir.resolve("main.c"), """
                #include <stdio.h>
                #include <stdlib.h>
                #include "netc_lenet.h"
                int main(void) {
                  if (netc_lenet_weight_floats() != NETC_LENET_WEIGHT_FLOATS || netc_lenet_arena_floats() != NETC_LENET_ARENA_FLOATS_PER_IMAGE
                      || netc_lenet_input_floats() != NETC_LENET_INPUT_FLOATS || NETC_LENET_INPUT_FLOATS != 784) return 2;
                  float *w = aligned_alloc(64, NETC_LENET_WEIGHT_FLOATS * 4 + 64), *x = aligned_alloc(64, 2 * 784 * 4);
                  float *a = aligned_alloc(64, 2 * NETC_LENET_ARENA_FLOATS_PER_IMAGE * 4), *y = aligned_alloc(64, 2 * 10 * 4);
                  for (long i = 0; i < NETC_LENET_WEIGHT_FLOATS; i++) w[i] = 0;
                  for (long i = 0; i < 2 * 784; i++) x[i] = (float) i;
                  for (long i = 0; i < 20; i++) y[i] = 1;
                  float *outs[1] = {y};
                  netc_lenet_wake();
                  netc_lenet_forward(w, x, a, 2, outs);
                  for (long i = 0; i < 20; i++) if (y[i] != 0) return 3;
                  printf("ok %d\\n", NETC_LENET_OUTPUT0_FLOATS == 10);
                  return 0;
                }
                """);
        Process cc = new ProcessBuilder("gcc", "-o", "main", "main.c", "-L.", "-lnetc_lenet", "-Wl,-rpath," + dir).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String ccOut = new String(cc.getInputStream().readAllBytes());
        assertEquals(0, cc.waitFor(), ccOut);
        Process p = new ProcessBuilder(dir.resolve("main").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertEquals("ok 1\n", out);
    }

    /** A C program with the weights file compile --weights writes: PyTorch's output for lenet's case. */
    @Test
    void cProgramWithPreparedWeightsMatchesPyTorch() throws Exception {
        Path cases = JavaBackendTorchTest.CASES.resolve("lenet");
        String[] r = run("compile", "stdlib:lenet", "--target", "native", "-o", dir.toString(), "--weights", cases.resolve("weights.safetensors").toString());
        assertEquals("0", r[0], r[2]);
        var x = netc.runtime.io.Npy.read(cases.resolve("input.npy"));
        var expected = netc.runtime.io.Npy.read(cases.resolve("output.npy"));
        ByteBuffer in = ByteBuffer.allocate(x.data().length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : x.data()) in.putFloat(v);
        Files.write(dir.resolve("input.bin"), in.array());
        Files.writeString(dir.resolve("run.c"), """
                #include <stdio.h>
                #include <stdlib.h>
                #include "netc_lenet.h"
                static float *slurp(const char *name, long floats) {
                  float *p = aligned_alloc(64, (floats * 4 + 63) / 64 * 64);
                  FILE *f = fopen(name, "rb");
                  if (!f || fread(p, 4, floats, f) != (size_t) floats) exit(4);
                  fclose(f);
                  return p;
                }
                int main(void) {
                  float *w = slurp("netc_lenet.weights", NETC_LENET_WEIGHT_FLOATS), *x = slurp("input.bin", 2 * NETC_LENET_INPUT_FLOATS);
                  float *a = aligned_alloc(64, 2 * NETC_LENET_ARENA_FLOATS_PER_IMAGE * 4), *y = aligned_alloc(64, 2 * 10 * 4);
                  float *outs[1] = {y};
                  netc_lenet_forward(w, x, a, 2, outs);
                  for (int i = 0; i < 20; i++) printf("%.9g\\n", y[i]);
                  return 0;
                }
                """);
        Process cc = new ProcessBuilder("gcc", "-o", "run", "run.c", "-L.", "-lnetc_lenet", "-Wl,-rpath," + dir).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String ccOut = new String(cc.getInputStream().readAllBytes());
        assertEquals(0, cc.waitFor(), ccOut);
        Process p = new ProcessBuilder(dir.resolve("run").toString()).directory(dir.toFile()).redirectErrorStream(true).start();
        String[] lines = new String(p.getInputStream().readAllBytes()).trim().split("\n");
        assertEquals(0, p.waitFor());
        assertEquals(expected.data().length, lines.length);
        double scale = 0;
        for (float v : expected.data()) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < lines.length; i++) {
            assertEquals(expected.data()[i], Float.parseFloat(lines[i]), 1e-4 * scale, "output " + i);
        }
    }

    @Test
    void classLoadsItsLibraryFromTheClasspath() throws Exception {
        assertEquals("0", run("compile", "stdlib:lenet", "--target", "native", "-o", dir.toString(), "--package", "demo")[0]);
        // compile the generated class as a user's build would, and load it with the library as a classpath resource
        List<String> args = new ArrayList<>(List.of("-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
                dir.resolve("demo/Lenet.java").toString()));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> cls = loader.loadClass("demo.Lenet");
            @SuppressWarnings("unchecked")
            var expected = (java.util.Map<String, long[]>) cls.getMethod("expectedWeights").invoke(null);
            Model m = (Model) cls.getConstructor(WeightSource.class).newInstance(new RandomWeights(7, expected));
            assertEquals("lenet", m.name());
            float[] y = m.forward(new float[2 * 784], 2);
            assertEquals(20, y.length);
            // zero images through a sigmoid net still give the same output for both
            for (int i = 0; i < 10; i++) assertEquals(y[i], y[10 + i]);
        }
    }

    /** No stdlib net pads explicitly, so the pad kernel is checked against its definition here. */
    @Test
    void zeroPadding() throws Exception {
        var net = Reference.build(TINY.resolveSibling("pad.net").toString(), List.of(), null);
        var gen = netc.backend.llvm.NativeBackend.generate(net, java.util.Set.of(), "netc.generated", null);
        Model m = (Model) netc.backend.llvm.NativeBackend.instantiate(gen, netc.backend.llvm.NativeBackend.Options.DEFAULT, dir,
                new RandomWeights(1, gen.graph().parameters()));
        float[] x = new float[2 * 2 * 3 * 4];
        for (int i = 0; i < x.length; i++) x[i] = i + 1;
        float[] y = m.forward(x, 2);
        assertEquals(2 * 2 * 6 * 7, y.length);
        for (int b = 0; b < 2; b++) for (int c = 0; c < 2; c++) for (int h = 0; h < 6; h++) for (int w = 0; w < 7; w++) {
            int ih = h, iw = w - 1;
            float want = ih < 3 && iw >= 0 && iw < 4 ? x[((b * 2 + c) * 3 + ih) * 4 + iw] : 0f;
            assertEquals(want, y[((b * 2 + c) * 6 + h) * 7 + w], "at " + b + "," + c + "," + h + "," + w);
        }
    }

    /**
     * An input written into the library's own buffer ({@code inputBuffer}) runs to the same outputs as one passed to
     * forward, for a batch and for a smaller batch after it; a staged call before any buffer for its batch is refused.
     */
    @Test
    void stagedInputGivesForwardsOutputs() throws Exception {
        var net = Reference.build("stdlib:lenet", List.of(), null);
        var gen = NativeBackend.generate(net, Set.of(), "netc.generated", null, 2);
        var m = (netc.runtime.ffm.NativeModel) NativeBackend.instantiate(gen, NativeBackend.Options.DEFAULT, dir,
                new RandomWeights(5, gen.graph().parameters()));
        float[] x = new float[3 * 784];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(i * 0.37);
        IllegalStateException early = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> m.forwardStaged(3));
        assertTrue(early.getMessage().contains("inputBuffer(3)"), early.getMessage());
        float[] want = m.forward(x, 3);
        var buffer = m.inputBuffer(3);
        assertEquals(x.length * 4L, buffer.byteSize());
        java.lang.foreign.MemorySegment.copy(x, 0, buffer, java.lang.foreign.ValueLayout.JAVA_FLOAT, 0, x.length);
        org.junit.jupiter.api.Assertions.assertArrayEquals(want, m.forwardStaged(3).get("out"));
        float[] one = m.forwardStaged(1).get("out");
        org.junit.jupiter.api.Assertions.assertArrayEquals(java.util.Arrays.copyOf(want, 10), one);
        // forward's copy writes the same buffer: the next staged call sees that input
        float[] other = new float[784];
        org.junit.jupiter.api.Assertions.assertArrayEquals(m.forward(other, 1), m.forwardStaged(1).get("out"));
    }

    /** The CLI plumbing of run --target native (exactness is NativeBackendTorchTest's): same top classes as Java. */
    @Test
    void runTargetNative() throws Exception {
        Path x = dir.resolve("x.npy");
        float[] img = new float[784];
        for (int i = 0; i < img.length; i++) img[i] = (i % 29) / 29f;
        netc.runtime.io.Npy.write(x, new long[] {1, 1, 28, 28}, img);
        String[] j = run("run", "stdlib:lenet", "--random-seed", "3", "--input", x.toString(), "--output", dir.resolve("j.npy").toString());
        String[] n = run("run", "stdlib:lenet", "--random-seed", "3", "--input", x.toString(), "--output", dir.resolve("n.npy").toString(),
                "--target", "native", "--threads", "2");
        assertEquals("0", j[0], j[2]);
        assertEquals("0", n[0], n[2]);
        assertTrue(n[1].contains("native"), n[1]);
        float[] a = netc.runtime.io.Npy.read(dir.resolve("j.npy")).data(), b = netc.runtime.io.Npy.read(dir.resolve("n.npy")).data();
        for (int i = 0; i < a.length; i++) assertEquals(a[i], b[i], 1e-5, "class " + i);
        assertEquals("2", run("run", "stdlib:lenet", "--random-seed", "3", "--input", x.toString(), "--target", "native", "--threads", "3")[0]);
    }

    /** An unknown --cpu or --triple is a usage error before anything is built (LLVM would only warn and go generic). */
    @Test
    void unknownCpuOrTripleIsAUsageError() {
        String[] r = run("compile", "stdlib:lenet", "--target", "native", "--cpu", "skylak", "-o", dir.resolve("out").toString());
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("--cpu 'skylak' is not a CPU LLVM knows for x86_64; did you mean 'skylake'?"), r[2]);
        r = run("compile", "stdlib:lenet", "--target", "native", "--triple", "aarch64-linux-gnu", "--cpu", "znver3", "-o", dir.resolve("out").toString());
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("--cpu 'znver3' is not a CPU LLVM knows for aarch64"), r[2]);
        r = run("compile", "stdlib:lenet", "--target", "native", "--triple", "riscv64-linux-gnu", "-o", dir.resolve("out").toString());
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("--triple 'riscv64-linux-gnu': the native target builds for x86_64 and aarch64"), r[2]);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    /** LRN had no native kernel at first; every op has one now (their numbers: NativePropertyTest). */
    @Test
    void lrnCompiles() throws Exception {
        String[] r = run("compile", LRN.toString(), "--target", "native", "-o", dir.resolve("out").toString());
        assertEquals("0", r[0], r[2]);
        assertEquals(62, elfMachine(dir.resolve("out/libnetc_lrnnet.so")));
    }
}
