package netc.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import netc.backend.llvm.LlvmToolchain;
import netc.backend.llvm.NativeBackend;
import netc.backend.llvm.UnsupportedOpException;
import netc.diag.Diagnostics;
import netc.diag.ErrorCode;
import netc.diag.Span;
import netc.model.Layer;
import netc.model.Network;
import netc.sema.Suggest;

/**
 * {@code <backend>native</backend>}: one network's FFM class (a source, like the Java backend's) and its shared
 * library, which goes to the classes directory in the class's package folder, where the class loads it from the
 * classpath at run time and where a jar of the project picks it up. Library outputs are named
 * {@code classes:PKG/libnetc_NAME.so} in the build state, to tell them from the sources.
 */
final class NativeOutput {
    /** Prefix of an output that lives under the classes directory rather than the generated-sources root. */
    static final String CLASSES = "classes:";

    /** @param classesDirectory the project's output directory (target/classes); cpu as LLVM names it; threads 1 or 2 */
    record Options(Path classesDirectory, String cpu, int threads) {
        String fingerprint() { return "cpu=" + cpu + ",threads=" + threads; }
    }

    private NativeOutput() {}

    /** Null when the options are good, else the message of the build error. */
    static String check(Options o) {
        if (o.threads() < 1 || o.threads() > 2) return "<threads>" + o.threads() + "</threads>: the native backend runs on 1 or 2 threads";
        // the library is built for this machine's architecture; LLVM itself only warns about a name it does not know
        var known = LlvmToolchain.cpus("x86_64");
        if (o.cpu() == null || !known.contains(o.cpu())) {
            return "<cpu>" + o.cpu() + "</cpu> is not a CPU LLVM knows for x86_64" + (o.cpu() == null ? "" : Suggest.hint(o.cpu(), known))
                    + " (e.g. x86-64-v3, skylake, znver3, native)";
        }
        return null;
    }

    /** Where an output of the build state is: under the classes directory or the generated-sources root. */
    static Path resolve(Request request, String output) {
        return output.startsWith(CLASSES) ? request.nativeOptions().classesDirectory().resolve(output.substring(CLASSES.length()))
                : request.outputDirectory().resolve(output);
    }

    /** The root an output's folders are cleaned up to when it is deleted. */
    static Path root(Request request, String output) {
        return output.startsWith(CLASSES) ? request.nativeOptions().classesDirectory() : request.outputDirectory();
    }

    /**
     * Builds one network (LLVM, then the linker) and adds its class to {@code sources} and its library to
     * {@code libraries}; a layer the backend cannot lower is an error at that layer's line.
     */
    static void generate(Network net, Span definition, Request request, String pkg, Map<String, String> sources,
                         Map<String, byte[]> libraries, Diagnostics d) throws IOException {
        Options o = request.nativeOptions();
        NativeBackend.Generated gen;
        try {
            gen = NativeBackend.generate(net, Set.copyOf(request.disabledPasses()), pkg, null, o.threads());
        } catch (UnsupportedOpException e) {
            Span at = net.layers().stream().filter(l -> l.name().equals(e.layer())).map(Layer::span).findFirst().orElse(definition);
            d.error(ErrorCode.NOT_LOWERED, at, "the native backend cannot compile layer '" + e.layer() + "' of network '" + net.name()
                    + "': op '" + e.op() + "' is not lowered to LLVM yet (use <backend>java</backend> for this network)");
            return;
        }
        // NativeBackend.write stages everything and moves it into place; here it goes to a scratch folder first,
        // so that the library is written into target/classes with the sources, only if the whole spec succeeded.
        Path scratch = Files.createTempDirectory(ensure(request.stateFile().toAbsolutePath().getParent()), "native-");
        try {
            Map<String, Path> files = NativeBackend.write(gen, new NativeBackend.Options(o.cpu(), null), scratch);
            String pkgDir = pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
            sources.put(gen.qualifiedName().replace('.', '/') + ".java", gen.javaFile().toString());
            libraries.put(CLASSES + pkgDir + gen.libraryFile(), Files.readAllBytes(files.get("library")));
        } catch (IllegalStateException e) {
            d.error(ErrorCode.NOT_LOWERED, definition, "the native build of network '" + net.name() + "' failed: " + e.getMessage());
        } finally {
            try (Stream<Path> s = Files.walk(scratch)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static Path ensure(Path dir) throws IOException {
        Files.createDirectories(dir);
        return dir;
    }
}
