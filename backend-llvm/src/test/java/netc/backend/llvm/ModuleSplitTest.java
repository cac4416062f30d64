package netc.backend.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleSplitTest {
    /** The shapes of generated modules: kernels, a constant table, a mutable global of the pool, entry points. */
    private static final String MODULE = """
            source_filename = "t.net"
            @k1.table = private unnamed_addr constant [2 x i64] [i64 0, i64 1]
            @t_pool_job = internal global i32 0, align 64
            declare float @expf(float)

            define internal void @k0_a(ptr %w, ptr noalias %y, i64 %n) #0 {
            entry:
              %v = load float, ptr %w, align 4
              %e = call float @expf(float %v)
              %f = call float @llvm.maximum.f32(float %e, float 0.0)
              store float %f, ptr %y, align 4
              ret void
            }
            define internal void @k1_b(ptr %w, ptr %y) #0 {
            entry:
              %p = getelementptr inbounds i64, ptr @k1.table, i64 1
              %i = load i64, ptr %p, align 8
              %q = getelementptr inbounds float, ptr %w, i64 %i
              %v = load float, ptr %q, align 4
              store float %v, ptr %y, align 4
              ret void
            }
            define internal void @t_pool_post() {
            entry:
              store i32 1, ptr @t_pool_job, align 4
              ret void
            }
            define void @t_forward(ptr %w, ptr %y) {
            entry:
              call void @k0_a(ptr %w, ptr %y, i64 1)
              call void @k1_b(ptr %w, ptr %y)
              call void @t_pool_post()
              ret void
            }
            declare float @llvm.maximum.f32(float, float)
            attributes #0 = { noinline nounwind }
            """;

    @Test
    void onePartIsTheModuleUnchanged() {
        assertEquals(List.of(MODULE), ModuleSplit.split(MODULE, 1));
    }

    @Test
    void kernelsMoveTheEntryAndThePoolStay(@TempDir Path dir) throws Exception {
        List<String> parts = ModuleSplit.split(MODULE, 3);
        assertEquals(3, parts.size());
        String main = parts.get(0);
        assertTrue(main.contains("define void @t_forward("), main);
        assertTrue(main.contains("define internal void @t_pool_post()"), "a function naming a mutable global stays:\n" + main);
        assertTrue(main.contains("declare hidden void @k0_a(ptr, ptr noalias, i64) #0"), main);
        assertTrue(main.contains("declare hidden void @k1_b(ptr, ptr) #0"), main);
        for (String part : parts.subList(1, 3)) {
            assertFalse(part.contains("@t_pool_job ="), "the mutable global is part 0's only:\n" + part);
            assertTrue(part.contains("@k1.table = private"), part);
            assertFalse(part.contains("t_forward"), part);
        }
        assertTrue(parts.get(1).contains("define hidden void @k") && parts.get(2).contains("define hidden void @k"), "one kernel in each part");
        // Each part is a valid module on its own, and the objects link into one library.
        List<Path> objects = LlvmToolchain.compileInParts(MODULE, "t", null, LlvmToolchain.DEFAULT_CPU, dir, "t");
        for (int i = 0; i < parts.size(); i++) LlvmToolchain.compile(parts.get(i), "t" + i, null, LlvmToolchain.DEFAULT_CPU, dir.resolve("p" + i + ".o"));
        Path lib = dir.resolve("libt.so");
        LlvmToolchain.link(objects, lib);
        assertTrue(Files.size(lib) > 0);
    }
}
