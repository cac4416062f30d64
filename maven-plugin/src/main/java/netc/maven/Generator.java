package netc.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import netc.backend.java.JavaBackend;
import netc.diag.Diagnostic;
import netc.diag.DiagnosticPrinter;
import netc.diag.Diagnostics;
import netc.diag.WarningPolicy;
import netc.diag.Severity;
import netc.model.Network;
import netc.passes.Pipeline;
import netc.sema.Frontend;
import netc.sema.ModuleLoader;
import netc.sema.Program;
import netc.sema.StaticChecks;
import netc.sema.Stdlib;
import netc.syntax.Definition;
import org.apache.maven.plugin.logging.Log;

/**
 * The work of the {@code generate} goal, apart from Maven: finds the specs, regenerates those whose inputs
 * changed since the last build, deletes what removed specs generated, and keeps the state for the next build.
 * Every network defined in a spec becomes one class, named as {@code netc compile} names it.
 */
final class Generator {
    static final String VERSION = version();

    /** The build failed; the message is the compiler's diagnostics as it prints them. */
    static final class Failure extends Exception {
        Failure(String message) { super(message); }
    }

    /** What a run did, for the log and for tests. */
    record Result(int specs, List<String> compiled, int written, int deleted) {}

    private final Request request;
    private final Log log;

    Generator(Request request, Log log) {
        this.request = request;
        this.log = log;
    }

    Result run() throws Failure, IOException {
        checkOptions();
        List<String> specs = findSpecs();
        BuildState old = BuildState.read(request.stateFile());
        String fingerprint = sha256(request.fingerprint());
        boolean configChanged = !fingerprint.equals(old.fingerprint());
        Map<String, BuildState.Spec> next = new TreeMap<>();
        Map<String, Compiled> compiled = new LinkedHashMap<>();
        for (String spec : specs) {
            BuildState.Spec before = old.specs().get(spec);
            if (!configChanged && before != null && upToDate(before)) next.put(spec, before);
            else compiled.put(spec, compile(spec));
        }

        List<String> errors = new ArrayList<>();
        Set<String> unusedParameters = new TreeSet<>(request.parameters().keySet());
        for (Compiled c : compiled.values()) {
            unusedParameters.removeAll(c.usedParameters());
            for (Diagnostic d : c.diagnostics()) {
                String text = DiagnosticPrinter.format(d).stripTrailing();
                if (d.severity() == Severity.ERROR || (d.severity() == Severity.WARNING && request.failOnWarning())) errors.add(text);
                if (d.severity() == Severity.ERROR) log.error(text);
                else if (d.severity() == Severity.WARNING) log.warn(text);
                else log.info(text);
            }
        }
        if (!compiled.isEmpty() && !unusedParameters.isEmpty()) {
            log.warn("netc: no network declares the parameter(s) " + unusedParameters + " set in <parameters>");
        }
        Set<String> failed = new TreeSet<>(checkClashes(compiled, next, errors));
        compiled.forEach((spec, c) -> {
            if (c.failed(request.failOnWarning())) failed.add(spec);
        });

        // Outputs of removed specs, of specs that failed, and that a spec no longer generates go; none is kept stale.
        int deleted = 0;
        for (var e : old.specs().entrySet()) {
            Compiled c = compiled.get(e.getKey());
            Set<String> keep = next.containsKey(e.getKey()) ? Set.copyOf(e.getValue().outputs())
                    : c != null && !failed.contains(e.getKey()) ? Set.copyOf(c.outputs()) : Set.of();
            for (String out : e.getValue().outputs()) {
                if (!keep.contains(out) && delete(out)) deleted++;
            }
        }
        int written = 0;
        for (var e : compiled.entrySet()) {
            Compiled c = e.getValue();
            if (failed.contains(e.getKey())) continue;
            for (var s : c.sources().entrySet()) {
                if (write(s.getKey(), s.getValue().getBytes(StandardCharsets.UTF_8))) written++;
            }
            for (var l : c.libraries().entrySet()) {
                if (write(l.getKey(), l.getValue())) written++;
            }
            next.put(e.getKey(), new BuildState.Spec(c.inputs(), c.outputs()));
        }
        new BuildState(fingerprint, next).write(request.stateFile());

        if (!errors.isEmpty()) {
            throw new Failure(String.join("\n", errors) + "\n" + errors.size() + (errors.size() == 1 ? " error" : " errors"));
        }
        if (compiled.isEmpty()) {
            log.info("netc: nothing to generate, all " + specs.size() + " .net file(s) are up to date"
                    + (deleted > 0 ? "; deleted " + deleted + " stale class(es)" : ""));
        } else {
            log.info("netc: generated " + compiled.size() + " of " + specs.size() + " .net file(s) " + compiled.keySet() + ": "
                    + written + " source(s) written" + (deleted > 0 ? ", " + deleted + " stale deleted" : ""));
        }
        return new Result(specs.size(), List.copyOf(compiled.keySet()), written, deleted);
    }

    // ---- one spec -------------------------------------------------------------------------------------------

    /**
     * @param sources   output path (relative to the output directory) to Java source
     * @param libraries native backend: output path ({@link NativeOutput#CLASSES}...) to shared library
     */
    private record Compiled(List<Diagnostic> diagnostics, Map<String, String> inputs, Map<String, String> sources,
                            Set<String> usedParameters, Map<String, byte[]> libraries) {
        List<String> outputs() {
            List<String> all = new ArrayList<>(sources.keySet());
            all.addAll(libraries.keySet());
            return List.copyOf(all);
        }

        boolean failed(boolean failOnWarning) {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR || (failOnWarning && d.severity() == Severity.WARNING));
        }
    }

    private Compiled compile(String spec) throws IOException {
        Path file = request.sourceDirectory().resolve(spec).toAbsolutePath().normalize();
        Diagnostics d = new Diagnostics(WarningPolicy.parse(request.warnings()));
        ModuleLoader loader = new ModuleLoader(d, request.library());
        Program program = loader.loadFile(file);
        Map<String, String> inputs = new LinkedHashMap<>();
        loader.sources().forEach((key, text) -> inputs.put(key, sha256(text)));
        inputs.putIfAbsent(file.toString(), hashOf(file.toString())); // an unreadable spec is retried when it changes
        Map<String, String> sources = new LinkedHashMap<>();
        Set<String> used = new TreeSet<>();
        Map<String, byte[]> libraries = new LinkedHashMap<>();
        if (!d.hasErrors()) StaticChecks.run(program, d);
        String pkg = packageOf(spec, d, file);
        if (d.hasErrors()) return new Compiled(d.all(), inputs, sources, used, libraries);

        Frontend.Loaded loaded = new Frontend.Loaded(program, null);
        List<Diagnostic> all = new ArrayList<>(d.all());
        for (Definition def : program.rootNetworks()) {
            Set<String> declared = declaredParameters(program, def);
            List<String> sets = new ArrayList<>();
            request.parameters().forEach((k, v) -> {
                if (declared.contains(k)) sets.add(k + "=" + v);
            });
            request.parameters().keySet().stream().filter(declared::contains).forEach(used::add);
            Diagnostics nd = new Diagnostics(d.policy());
            Network net = Frontend.build(loaded, def.name(), sets, request.inputShape(), nd);
            all.addAll(nd.all());
            if (net == null) continue;
            if ("native".equals(request.backend())) {
                Diagnostics nat = new Diagnostics();
                NativeOutput.generate(net, def.nameSpan(), request, pkg, sources, libraries, nat);
                all.addAll(nat.all());
                continue;
            }
            JavaBackend.Generated gen = JavaBackend.generate(net, Set.copyOf(request.disabledPasses()), pkg, null);
            sources.put(gen.qualifiedName().replace('.', '/') + ".java", gen.source());
        }
        return new Compiled(all, inputs, sources, used, libraries);
    }

    /** Parameter names of a network, following an alias ({@code network resnet18 = resnet(...)}) to its family. */
    private static Set<String> declaredParameters(Program program, Definition def) {
        Definition d = def;
        for (int hops = 0; d instanceof Definition.Alias a && hops < 32; hops++) d = program.network(a.target());
        Set<String> out = new TreeSet<>();
        if (d != null) d.params().forEach(p -> out.add(p.name()));
        return out;
    }

    private String packageOf(String spec, Diagnostics d, Path file) {
        if (request.packageName() != null) return request.packageName();
        Path parent = Path.of(spec).getParent();
        if (parent == null) return "";
        List<String> parts = new ArrayList<>();
        for (Path p : parent) parts.add(p.toString());
        String pkg = String.join(".", parts);
        if (!SourceVersion.isName(pkg)) {
            d.error(netc.diag.ErrorCode.FILE_UNREADABLE, netc.diag.Span.synthetic(file.toString()),
                    "folder '" + parent + "' is not a Java package name; rename it or set <packageName>");
        }
        return pkg;
    }

    private boolean upToDate(BuildState.Spec spec) {
        for (var in : spec.inputs().entrySet()) {
            if (!in.getValue().equals(hashOf(in.getKey()))) return false;
        }
        for (String out : spec.outputs()) {
            if (!Files.isRegularFile(NativeOutput.resolve(request, out))) return false;
        }
        return true;
    }

    /** The current hash of an input the state names, "-" if it is gone. */
    private String hashOf(String key) {
        String text;
        if (key.startsWith("stdlib:")) text = Stdlib.source(key.substring("stdlib:".length()));
        else if (key.startsWith("lib:")) text = request.library().apply(key.substring("lib:".length()));
        else {
            try {
                text = Files.readString(Path.of(key));
                if (text.startsWith("\uFEFF")) text = text.substring(1);
            } catch (IOException | RuntimeException e) {
                text = null;
            }
        }
        return text == null ? "-" : sha256(text);
    }

    // ---- checks ---------------------------------------------------------------------------------------------

    private void checkOptions() throws Failure {
        String backend = request.backend();
        if (!"java".equals(backend) && !"native".equals(backend)) throw new Failure("<backend>" + backend + "</backend>: backends are java and native");
        String nativeProblem = "native".equals(backend) ? NativeOutput.check(request.nativeOptions()) : null;
        if (nativeProblem != null) throw new Failure(nativeProblem);
        for (String w : request.warnings()) {
            if (w.equals("error") || w.equals("no-error")) throw new Failure("<warnings>: '" + w + "' is not for the plugin; use <failOnWarning>");
            try {
                WarningPolicy.defaults().with(w);
            } catch (IllegalArgumentException e) {
                throw new Failure("<warnings>: " + e.getMessage());
            }
        }
        for (String pass : request.disabledPasses()) {
            if (!Pipeline.names().contains(pass)) throw new Failure("<disabledPasses>: unknown pass '" + pass + "'; passes are " + Pipeline.names());
        }
        if (request.packageName() != null && !SourceVersion.isName(request.packageName())) {
            throw new Failure("<packageName>" + request.packageName() + "</packageName> is not a Java package name");
        }
    }

    /** Two specs may not generate the same class (the second would silently replace the first); returns the second ones. */
    private static Set<String> checkClashes(Map<String, Compiled> compiled, Map<String, BuildState.Spec> kept, List<String> errors) {
        Map<String, String> owner = new HashMap<>();
        kept.forEach((spec, s) -> s.outputs().forEach(o -> owner.put(o, spec)));
        Set<String> clashed = new TreeSet<>();
        for (var e : compiled.entrySet()) {
            for (String out : e.getValue().outputs()) {
                String prev = owner.putIfAbsent(out, e.getKey());
                if (prev != null) {
                    errors.add(e.getKey() + ": error: generates " + out + ", as " + prev + " does; rename a network or move the file");
                    clashed.add(e.getKey());
                }
            }
        }
        return clashed;
    }

    // ---- files ----------------------------------------------------------------------------------------------

    private List<String> findSpecs() throws IOException {
        Path root = request.sourceDirectory();
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".net") && Files.isRegularFile(p))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** Writes a generated file, and not at all when the content is the same (javac need not redo it). */
    private boolean write(String relative, byte[] content) throws IOException {
        Path file = NativeOutput.resolve(request, relative);
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), content)) return false;
        writeAtomically(file, content);
        return true;
    }

    /** Through a temporary file and a move: a build killed half-way leaves the old file or the new one, never a part. */
    static void writeAtomically(Path file, CharSequence text) throws IOException {
        writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void writeAtomically(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".netc-", ".tmp");
        try {
            Files.write(tmp, content);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Deletes a generated file and the package folders it leaves empty. */
    private boolean delete(String relative) throws IOException {
        Path root = NativeOutput.root(request, relative);
        Path file = NativeOutput.resolve(request, relative);
        boolean gone = Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) break;
            }
            Files.delete(dir);
        }
        return gone;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String version() {
        try (InputStream in = Generator.class.getResourceAsStream("/META-INF/maven/dev.netc/netc-maven-plugin/pom.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
