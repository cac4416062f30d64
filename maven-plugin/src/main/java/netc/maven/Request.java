package netc.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one {@code generate} run is asked to do, as the mojo read it from the pom.
 *
 * @param packageName  package of every class, or null: the spec's folder under {@code sourceDirectory}
 * @param parameters   network parameter overrides ({@code alpha -> 0.5}), applied to each network that declares them
 * @param inputShape   {@code CxHxW} for every network, or null for each network's own
 * @param warnings     -W names ({@code all}, {@code no-unused}, ...) applied to the default warnings, in order
 * @param library      source of a module imported by short name that the stdlib lacks (the compile class path)
 * @param nativeOptions where the libraries go and how they are built, for {@code <backend>native</backend>}
 */
record Request(Path sourceDirectory, Path outputDirectory, Path stateFile, String packageName, String backend,
               List<String> disabledPasses, Map<String, String> parameters, String inputShape, List<String> warnings,
               boolean failOnWarning, Function<String, String> library, NativeOutput.Options nativeOptions) {

    /** Everything besides the .net files that changes what is generated: a change regenerates every spec. */
    String fingerprint() {
        return String.join("\n", "package=" + packageName, "backend=" + backend, "passes=" + disabledPasses.stream().sorted().toList(),
                "parameters=" + new java.util.TreeMap<>(parameters), "input=" + inputShape,
                // which warnings are reported, and whether they fail, decides whether a spec fails: recompile on a change
                "warnings=" + warnings + (failOnWarning ? " fail" : ""), "netc=" + Generator.VERSION)
                + ("native".equals(backend) ? "\nnative=" + nativeOptions.fingerprint() : "");
    }
}
