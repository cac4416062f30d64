package netc.sema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The standard library of nets: .net modules on the class path under {@code netc/stdlib/}, listed in its index. */
public final class Stdlib {
    private static final String ROOT = "netc/stdlib/";

    private Stdlib() {}

    /** Module names, e.g. {@code resnet}; empty if the stdlib-nets jar is not on the class path. */
    public static List<String> modules() {
        String index = read("index.txt");
        List<String> out = new ArrayList<>();
        if (index == null) return out;
        for (String line : index.split("\n")) {
            String m = line.strip();
            if (!m.isEmpty() && !m.startsWith("#")) out.add(m);
        }
        return out;
    }

    /** Source text of a module, or null. */
    public static String source(String module) { return read(module + ".net"); }

    public static String displayName(String module) { return "stdlib/" + module + ".net"; }

    private static String read(String file) {
        try (InputStream in = Stdlib.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
