package netc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the invoker tests do not cover: class-path imports, configuration changes, clashes, bad options. */
class GeneratorTest {
    @TempDir Path dir;

    private Generator.Result run(String packageName, Map<String, String> parameters, List<Path> classpath) throws Exception {
        return run(packageName, parameters, classpath, List.of(), false);
    }

    private Generator.Result run(String packageName, Map<String, String> parameters, List<Path> classpath, List<String> warnings,
                                 boolean failOnWarning) throws Exception {
        Request r = new Request(dir.resolve("net"), dir.resolve("out"), dir.resolve("state.txt"), packageName, "java", List.of(),
                parameters, null, warnings, failOnWarning, new ClasspathLibrary(classpath), nativeOptions(1));
        return new Generator(r, new SystemStreamLog()).run();
    }

    private NativeOutput.Options nativeOptions(int threads) {
        return new NativeOutput.Options(dir.resolve("classes"), "x86-64-v3", threads);
    }

    private Generator.Result runNative() throws Exception {
        Request r = new Request(dir.resolve("net"), dir.resolve("out"), dir.resolve("state.txt"), null, "native", List.of(),
                Map.of(), null, List.of(), false, m -> null, nativeOptions(1));
        return new Generator(r, new SystemStreamLog()).run();
    }

    private void spec(String relative, String text) throws IOException {
        Path p = dir.resolve("net").resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private Path jar(String name, String entry, String text) throws IOException {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void importsByShortNameFromAJarOnTheClassPathAndNoticesWhenItChanges() throws Exception {
        spec("app/net.net", "import shared\nnetwork small(input: 1x8x8) { unit(4) -> gap -> flatten }\n");
        Path jar = jar("blocks.jar", "shared.net", "block unit(out: int) { conv(out, 3, pad: 1) -> relu }\n");
        assertEquals(List.of("app/net.net"), run(null, Map.of(), List.of(jar)).compiled());
        Path java = dir.resolve("out/app/Small.java");
        assertTrue(Files.readString(java).contains("Activation.RELU"));
        assertEquals(List.of(), run(null, Map.of(), List.of(jar)).compiled(), "unchanged: nothing compiled");

        jar("blocks.jar", "shared.net", "block unit(out: int) { conv(out, 3, pad: 1) -> sigmoid }\n");
        assertEquals(List.of("app/net.net"), run(null, Map.of(), List.of(jar)).compiled(), "the jar's module changed");
        assertTrue(Files.readString(java).contains("Activation.SIGMOID"));
    }

    @Test
    void aMissingClassPathModuleIsAnImportError() throws Exception {
        spec("a.net", "import shared\nnetwork a(input: 1x8x8) { conv(2, 1) }\n");
        var e = assertThrows(Generator.Failure.class, () -> run(null, Map.of(), List.of()));
        assertTrue(e.getMessage().contains("a.net:1:1: error: no standard library module 'shared' nor shared.net on the class path"), e.getMessage());
    }

    @Test
    void parametersGoToTheNetworksThatDeclareThemAndAChangeRegeneratesAll() throws Exception {
        spec("x/wide.net", "network wide(input: 1x8x8, width = 4) { conv(width, 1) }\n");
        spec("x/plain.net", "network plain(input: 1x8x8) { conv(2, 1) }\n");
        assertEquals(2, run(null, Map.of(), List.of()).compiled().size());
        Path wide = dir.resolve("out/x/Wide.java");
        assertTrue(Files.readString(wide).contains("Conv2d.builder(1, 8, 8, 4,"), "default width 4");
        var r = run(null, Map.of("width", "6"), List.of());
        assertEquals(List.of("x/plain.net", "x/wide.net"), r.compiled(), "a configuration change regenerates every file");
        assertTrue(Files.readString(wide).contains("Conv2d.builder(1, 8, 8, 6,"), "width set to 6");
        assertEquals(1, r.written(), "plain.net's class is the same and not rewritten");
    }

    @Test
    void twoFilesMayNotGenerateTheSameClass() throws Exception {
        spec("a/n.net", "network n(input: 1x8x8) { conv(2, 1) }\n");
        spec("b/n.net", "network n(input: 1x8x8) { conv(3, 1) }\n");
        var e = assertThrows(Generator.Failure.class, () -> run("one", Map.of(), List.of()));
        assertTrue(e.getMessage().contains("b/n.net: error: generates one/N.java, as a/n.net does"), e.getMessage());
        // the second build still reports it: the clashing file was not recorded as done
        assertThrows(Generator.Failure.class, () -> run("one", Map.of(), List.of()));
    }

    @Test
    void aFolderThatIsNoJavaPackageIsAnError() throws Exception {
        spec("my-nets/n.net", "network n(input: 1x8x8) { conv(2, 1) }\n");
        var e = assertThrows(Generator.Failure.class, () -> run(null, Map.of(), List.of()));
        assertTrue(e.getMessage().contains("folder 'my-nets' is not a Java package name"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out/my-nets")));
    }

    @Test
    void failOnWarningFailsOnACompilerWarningAndOnlyThen() throws Exception {
        spec("w/n.net", "network n(input: 1x8x8) {\n  let hidden = 4\n  conv(2, 1)\n}\n");
        var e = assertThrows(Generator.Failure.class, () -> run(null, Map.of(), List.of(), List.of(), true));
        assertTrue(e.getMessage().contains("n.net:2:7: warning: let 'hidden' is never used [W0101]"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out/w/N.java")), "a failed spec writes nothing");

        assertEquals(List.of("w/n.net"), run(null, Map.of(), List.of(), List.of(), false).compiled(), "without failOnWarning the warning is only logged");
        assertTrue(Files.exists(dir.resolve("out/w/N.java")));
        // turning failOnWarning on recompiles the spec that was up to date, and fails on its warning again
        assertThrows(Generator.Failure.class, () -> run(null, Map.of(), List.of(), List.of(), true));
        assertEquals(List.of("w/n.net"), run(null, Map.of(), List.of(), List.of("no-unused"), true).compiled(), "the warning switched off");
    }

    @Test
    void warningsChooseWhatIsReported() throws Exception {
        spec("p/pool.net", "network pool(input: 1x9x9) { maxpool(2) }\n");
        assertEquals(List.of("p/pool.net"), run(null, Map.of(), List.of(), List.of(), true).compiled(), "dropped-pixels is off by default");
        var e = assertThrows(Generator.Failure.class, () -> run(null, Map.of(), List.of(), List.of("all"), true));
        assertTrue(e.getMessage().contains("[W0103]"), e.getMessage());
        var bad = assertThrows(Generator.Failure.class, () -> run(null, Map.of(), List.of(), List.of("unsued"), false));
        assertTrue(bad.getMessage().contains("<warnings>: unknown warning 'unsued'"), bad.getMessage());
    }

    @Test
    void unknownPassesAndBackendsAreRefused() {
        Request cuda = new Request(dir, dir, dir.resolve("s"), null, "cuda", List.of(), Map.of(), null, List.of(), false, m -> null, nativeOptions(1));
        assertTrue(assertThrows(Generator.Failure.class, () -> new Generator(cuda, new SystemStreamLog()).run())
                .getMessage().contains("backends are java and native"));
        Request threads = new Request(dir, dir, dir.resolve("s"), null, "native", List.of(), Map.of(), null, List.of(), false, m -> null, nativeOptions(3));
        assertTrue(assertThrows(Generator.Failure.class, () -> new Generator(threads, new SystemStreamLog()).run())
                .getMessage().contains("<threads>3</threads>: the native backend runs on 1 or 2 threads"));
        Request pass = new Request(dir, dir, dir.resolve("s"), null, "java", List.of("fold_bm"), Map.of(), null, List.of(), false, m -> null, nativeOptions(1));
        assertTrue(assertThrows(Generator.Failure.class, () -> new Generator(pass, new SystemStreamLog()).run())
                .getMessage().contains("unknown pass 'fold_bm'"));
    }

    @Test
    void nativeWritesTheClassAndItsLibraryInThePackageFolderAndDeletesBothWithTheSpec() throws Exception {
        spec("app/small.net", "network small(input: 1x8x8) { conv(4, 3, pad: 1) -> relu -> gap -> flatten }\n");
        assertEquals(List.of("app/small.net"), runNative().compiled());
        Path java = dir.resolve("out/app/Small.java"), lib = dir.resolve("classes/app/libnetc_small.so");
        assertTrue(Files.readString(java).contains("NativeLibrary.fromClasspath(Small.class, LIBRARY)"));
        byte[] elf = Files.readAllBytes(lib);
        assertEquals(0x7f, elf[0]);
        assertEquals("ELF", new String(elf, 1, 3, StandardCharsets.US_ASCII));
        long stamp = Files.getLastModifiedTime(lib).toMillis();
        var again = runNative();
        assertEquals(List.of(), again.compiled(), "unchanged: nothing compiled");
        assertEquals(stamp, Files.getLastModifiedTime(lib).toMillis());

        Files.delete(lib); // a library deleted (mvn clean of the classes only) is built again
        assertEquals(List.of("app/small.net"), runNative().compiled());
        assertTrue(Files.isRegularFile(lib));

        Files.delete(dir.resolve("net/app/small.net"));
        assertEquals(2, runNative().deleted());
        assertFalse(Files.exists(java));
        assertFalse(Files.exists(lib));
        assertFalse(Files.exists(dir.resolve("classes/app")), "the package folder it emptied is gone");
    }

    @Test
    void everyOpCompilesNatively() throws Exception {
        // softmax and LRN were the last ops without a native kernel
        spec("app/soft.net", "network soft(input: 2x4x4) {\n  conv(3, 1)\n  lrn(3)\n  probs: softmax\n}\n");
        assertEquals(List.of("app/soft.net"), runNative().compiled());
        assertTrue(Files.isRegularFile(dir.resolve("classes/app/libnetc_soft.so")));
    }

    @Test
    void anUnknownCpuIsABuildErrorWithASuggestion() throws Exception {
        spec("app/small.net", "network small(input: 2x4x4) {\n  conv(3, 1)\n}\n");
        Request r = new Request(dir.resolve("net"), dir.resolve("out"), dir.resolve("state.txt"), null, "native", List.of(), Map.of(), null,
                List.of(), false, m -> null, new NativeOutput.Options(dir.resolve("classes"), "znver33", 1));
        var e = assertThrows(Generator.Failure.class, () -> new Generator(r, new SystemStreamLog()).run());
        assertTrue(e.getMessage().contains("<cpu>znver33</cpu> is not a CPU LLVM knows for x86_64") && e.getMessage().contains("znver3"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out/app/Small.java")), "nothing written");
        assertFalse(Files.exists(dir.resolve("classes/app")));
    }
}
