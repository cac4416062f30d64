package netc.runtime.ffm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads a library compiled by netc's native backend, from a file or from the classpath. A library on the
 * classpath (e.g. in a jar) is first copied to a temporary file, since the dynamic loader needs a path.
 * Each library is loaded once per JVM and stays loaded.
 */
public final class NativeLibrary {
    private static final Map<String, SymbolLookup> LOADED = new HashMap<>();

    private NativeLibrary() {}

    /** The library at {@code file}. */
    public static synchronized SymbolLookup load(Path file) {
        String key = file.toAbsolutePath().normalize().toString();
        SymbolLookup lookup = LOADED.get(key);
        if (lookup == null) {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no native library " + file);
            lookup = SymbolLookup.libraryLookup(file, Arena.global());
            LOADED.put(key, lookup);
        }
        return lookup;
    }

    /** The library {@code name} next to class {@code anchor} on the classpath (same package directory). */
    public static synchronized SymbolLookup fromClasspath(Class<?> anchor, String name) {
        String key = "classpath:" + anchor.getName() + "/" + name;
        SymbolLookup lookup = LOADED.get(key);
        if (lookup != null) return lookup;
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no native library " + name + " next to " + anchor.getName() + " on the classpath");
            Path tmp = Files.createTempFile("netc-", "-" + name);
            tmp.toFile().deleteOnExit();
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            lookup = SymbolLookup.libraryLookup(tmp, Arena.global());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract native library " + name, e);
        }
        LOADED.put(key, lookup);
        return lookup;
    }
}
