package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden. Run with -Dgolden.update=true to rewrite them from the
 * current output, then review the diff: a golden test catches changes, the differential tests judge them.
 */
final class Golden {
    private Golden() {}

    static void check(String relative, String actual) {
        Path file = Path.of(System.getProperty("netc.repo", "../.."), "src/test/resources/golden", relative);
        try {
            if (Boolean.getBoolean("golden.update") || !Files.exists(file) && Boolean.getBoolean("golden.create")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
                return;
            }
            if (!Files.exists(file)) throw new AssertionError("no golden file " + file + "; run with -Dgolden.update=true to create it");
            assertEquals(Files.readString(file), actual, "output differs from golden " + relative + " (-Dgolden.update=true rewrites it)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
