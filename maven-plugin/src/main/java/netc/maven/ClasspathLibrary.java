package netc.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * {@code NAME.net} at the root of a compile class path entry (a jar, or a classes folder), for {@code import NAME}:
 * a jar of shared blocks is a dependency like any other. The first entry that has the file wins, as on a class path.
 */
record ClasspathLibrary(List<Path> entries) implements Function<String, String> {
    @Override public String apply(String module) {
        if (!module.matches("[A-Za-z_][A-Za-z0-9_]*")) return null;
        String file = module + ".net";
        for (Path entry : entries) {
            try {
                if (Files.isDirectory(entry)) {
                    Path p = entry.resolve(file);
                    if (Files.isRegularFile(p)) return Files.readString(p);
                } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                    try (JarFile jar = new JarFile(entry.toFile())) {
                        ZipEntry e = jar.getEntry(file);
                        if (e == null) continue;
                        try (InputStream in = jar.getInputStream(e)) {
                            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        }
                    }
                }
            } catch (IOException e) {
                // an unreadable class path entry holds no modules; the import is then reported as not found
            }
        }
        return null;
    }
}
