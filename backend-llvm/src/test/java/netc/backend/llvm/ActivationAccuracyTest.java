package netc.backend.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.TreeSet;
import netc.ir.Activation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The native sigmoid and SiLU (a polynomial e^x, no libm call) against double precision over [-100, 100] and at the
 * edges (0, the clamp bounds, infinities, NaN), through the eight-lane form the kernels' epilogues use and the scalar
 * form of their tails, which must agree to the bit.
 */
class ActivationAccuracyTest {
    @TempDir Path tmp;

    /** Runs {@code y[i] = act(x[i])}: whole vectors of eight, then the tail one float at a time. */
    private static String module(Activation a) {
        var declarations = new TreeSet<String>();
        IrWriter ir = new IrWriter(declarations, netc.ir.Target.x86_64_v3(1, java.util.Map.of()));
        String vectors = ir.value("udiv i64 %n, 8");
        ir.loop("blk", "0", vectors, v -> {
            String at = ir.mul(v, 8);
            ir.vstore(ir.vactivation(a, 0, ir.vload(ir.at("%x", at))), ir.at("%y", at));
        });
        ir.loop("i", ir.mul(vectors, 8), "%n", i -> ir.store(ir.activation(a, 0, ir.load("%x", i)), "%y", i));
        return "define void @act(ptr noalias %x, ptr noalias %y, i64 %n) {\n" + ir.body() + "  ret void\n}\n\n" + String.join("\n", declarations) + "\n";
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "SILU"})
    void matchesDoublePrecision(Activation a) throws Throwable {
        Path obj = tmp.resolve("act.o"), lib = tmp.resolve("libact.so");
        LlvmToolchain.compile(module(a), "act", LlvmToolchain.HOST_TRIPLE, LlvmToolchain.DEFAULT_CPU, obj);
        LlvmToolchain.link(obj, lib);
        try (Arena arena = Arena.ofConfined()) {
            MethodHandle act = Linker.nativeLinker().downcallHandle(SymbolLookup.libraryLookup(lib, arena).find("act").orElseThrow(),
                    FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
            float[] special = {0f, -0f, 1e-8f, -1e-8f, 87.3f, -87.3f, 88f, -88f, 89f, -89f, 200f, -200f, Float.MAX_VALUE, -Float.MAX_VALUE,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.MIN_VALUE, -Float.MIN_VALUE};
            int sweep = 40001;
            float[] x = new float[sweep + special.length];
            for (int i = 0; i < sweep; i++) x[i] = -100f + 200f * i / (sweep - 1);
            System.arraycopy(special, 0, x, sweep, special.length);
            MemorySegment xs = arena.allocateFrom(ValueLayout.JAVA_FLOAT, x), ys = arena.allocate(4L * x.length, 64);
            act.invokeExact(xs, ys, (long) x.length);
            float[] y = ys.toArray(ValueLayout.JAVA_FLOAT);
            // the same values one at a time: every one through the scalar tail
            MemorySegment one = arena.allocate(4), out = arena.allocate(4);
            double worst = 0;
            for (int i = 0; i < x.length; i++) {
                one.set(ValueLayout.JAVA_FLOAT, 0, x[i]);
                act.invokeExact(one, out, 1L);
                float scalar = out.get(ValueLayout.JAVA_FLOAT, 0);
                assertEquals(Float.floatToIntBits(y[i]), Float.floatToIntBits(scalar), a + "(" + x[i] + "): vector " + y[i] + ", scalar " + scalar);
                double s = 1 / (1 + Math.exp(-(double) x[i])), want = a == Activation.SILU ? x[i] * s : s;
                if (Double.isNaN(want)) {
                    assertTrue(Float.isNaN(y[i]), a + "(" + x[i] + ") = " + y[i]);
                    continue;
                }
                if (y[i] == want) continue; // exact, and the infinities
                // within 4 ulp of the float nearest the true value, or 1e-36 absolute where e^x is clamped (|x| > 87: a SiLU of -88.75 is -2.5e-37)
                double err = Math.abs(y[i] - want);
                if (err > 1e-36) worst = Math.max(worst, err / Math.ulp((float) want));
                assertTrue(err <= 4 * Math.ulp((float) want) || err <= 1e-36, a + "(" + x[i] + ") = " + y[i] + ", want " + want);
            }
            assertTrue(worst > 0, "the sweep measured nothing");
        }
    }
}
