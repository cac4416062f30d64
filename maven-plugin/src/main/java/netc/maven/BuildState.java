package netc.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last build generated, kept under {@code target/} so the next one can skip unchanged specs: the
 * configuration's fingerprint, and per spec the hash of every file it read (itself and its imports) and the
 * sources it wrote. A state that cannot be read is an empty one (everything is regenerated).
 */
record BuildState(String fingerprint, Map<String, Spec> specs) {
    private static final String HEADER = "netc-maven-plugin state 1";

    /** @param inputs file identity (absolute path, stdlib:NAME, lib:NAME) to content hash; outputs relative to the output directory */
    record Spec(Map<String, String> inputs, List<String> outputs) {}

    static BuildState empty() { return new BuildState("", new TreeMap<>()); }

    static BuildState read(Path file) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file)) return empty();
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return empty();
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return empty();
        String fingerprint = "";
        Map<String, Spec> specs = new TreeMap<>();
        Spec current = null;
        for (String line : lines.subList(1, lines.size())) {
            int sp = line.indexOf(' ');
            if (sp < 0) return empty();
            String kind = line.substring(0, sp), rest = line.substring(sp + 1);
            switch (kind) {
                case "config" -> fingerprint = rest;
                case "spec" -> specs.put(rest, current = new Spec(new LinkedHashMap<>(), new ArrayList<>()));
                case "in" -> {
                    int sp2 = rest.indexOf(' ');
                    if (current == null || sp2 < 0) return empty();
                    current.inputs().put(rest.substring(sp2 + 1), rest.substring(0, sp2));
                }
                case "out" -> {
                    if (current == null) return empty();
                    current.outputs().add(rest);
                }
                default -> { return empty(); }
            }
        }
        return new BuildState(fingerprint, specs);
    }

    /** Writes the state atomically: a build killed half-way leaves the old state or the new one. */
    void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append("config ").append(fingerprint).append('\n');
        specs.forEach((name, spec) -> {
            sb.append("spec ").append(name).append('\n');
            spec.inputs().forEach((key, hash) -> sb.append("in ").append(hash).append(' ').append(key).append('\n'));
            spec.outputs().forEach(out -> sb.append("out ").append(out).append('\n'));
        });
        Generator.writeAtomically(file, sb);
    }
}
