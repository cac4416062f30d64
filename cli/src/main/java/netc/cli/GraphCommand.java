package netc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import netc.model.Network;
import netc.report.Dot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "graph", mixinStandardHelpOptions = true, description = {
        "Draw the network: .dot (Graphviz source) or .svg/.png (rendered with Graphviz's dot, which must be installed).",
        "One node per layer, block instances as nested boxes, edges labelled with tensor shapes.",
        "The file is written whole or not at all. Graphviz's dot is found on the PATH, or set NETC_DOT to its path."})
final class GraphCommand implements Callable<Integer> {
    /** Where to find Graphviz's dot: system property {@value}, else environment variable NETC_DOT, else {@code dot} on the PATH. */
    static final String DOT_PROPERTY = "netc.dot";

    @Spec CommandSpec spec;
    @Mixin Inputs inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "net.svg, net.png or net.dot")
    String output;

    /** A problem that stops the command: its message for the user and the exit code. */
    private static final class Failure extends Exception {
        final int code;

        Failure(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path target = target();
            String format = format(target);
            Network n = inputs.build(err);
            if (n == null) return Main.DIAGNOSTICS;
            writeAtomically(target, format, Dot.of(n), err);
            spec.commandLine().getOut().println("wrote " + output);
            return Main.OK;
        } catch (Failure f) {
            err.println("netc graph: " + f.getMessage());
            err.flush();
            return f.code;
        }
    }

    private Path target() throws Failure {
        Path p;
        try {
            p = Path.of(output);
        } catch (InvalidPathException e) {
            throw new Failure(Main.USAGE, "bad output path '" + output + "': " + e.getReason());
        }
        if (p.getFileName() == null) throw new Failure(Main.USAGE, "bad output path '" + output + "': give a file name such as net.svg");
        if (Files.isDirectory(p)) throw new Failure(Main.USAGE, "'" + output + "' is a directory; give a file name such as " + p.resolve("net.svg"));
        return p;
    }

    private String format(Path target) throws Failure {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!List.of("dot", "gv", "svg", "png").contains(ext)) {
            throw new Failure(Main.USAGE, (ext.isEmpty() ? "'" + output + "' has no extension" : "unknown output format '." + ext + "'")
                    + ": the output must end in .svg, .png or .dot (try 'netc graph --help')");
        }
        return ext.equals("gv") ? "dot" : ext;
    }

    /** Writes a temporary file beside the target and renames it into place only when it is complete. */
    private void writeAtomically(Path target, String format, String dotText, PrintWriter err) throws Failure {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) throw new Failure(Main.USAGE, "cannot write '" + output + "': directory " + dir + " does not exist");
        Path tmp = createTemp(dir, target.getFileName().toString());
        boolean done = false;
        try {
            if (format.equals("dot")) Files.writeString(tmp, dotText, StandardCharsets.UTF_8);
            else render(format, dotText, tmp, err);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw new Failure(Main.USAGE, "cannot write '" + output + "': " + describe(e));
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do; the message about the first failure is what matters
                }
            }
        }
    }

    /** An empty file {@code .NAME.RANDOM.tmp} in dir, created with the default permissions (unlike createTempFile's 0600). */
    private Path createTemp(Path dir, String name) throws Failure {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Path created = Files.createFile(tmp);
                created.toFile().deleteOnExit(); // if netc is interrupted while dot runs
                return created;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw new Failure(Main.USAGE, "cannot create a temporary file in " + dir);
            } catch (IOException e) {
                throw new Failure(Main.USAGE, "cannot write '" + output + "': " + describe(e));
            }
        }
    }

    /** Runs {@code dot -T<format> -o tmp} with the DOT text on its standard input. */
    private void render(String format, String dotText, Path tmp, PrintWriter err) throws Failure, IOException {
        String dot = System.getProperty(DOT_PROPERTY, System.getenv().getOrDefault("NETC_DOT", "dot"));
        Process p;
        try {
            p = new ProcessBuilder(dot, "-T" + format, "-o", tmp.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            String why = m.contains("error=2,") || m.contains("error: 2 ") ? "not found" : m;
            throw new Failure(Main.USAGE, "cannot run Graphviz's '" + dot + "' (" + why + ") to make a ." + format
                    + " file. Install Graphviz (e.g. apt install graphviz, brew install graphviz, https://graphviz.org/download/),"
                    + " set NETC_DOT to the dot program, or write DOT source with -o " + withExtension("dot"));
        }
        try {
            // Feed stdin from another thread while this one drains stderr, so that neither pipe can fill and block dot.
            Thread feeder = Thread.ofVirtual().start(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(dotText.getBytes(StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // dot exited early; its exit code and stderr tell why
                }
            });
            String messages;
            try (InputStream es = p.getErrorStream()) {
                messages = new String(es.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            int code = p.waitFor();
            feeder.join();
            if (code != 0) {
                throw new Failure(Main.INTERNAL, "Graphviz's dot failed (exit " + code + ")" + (messages.isEmpty() ? "" : ":\n" + messages));
            }
            if (!messages.isEmpty()) {
                for (String line : messages.split("\n")) err.println(line.startsWith("dot:") ? line : "dot: " + line);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(Main.INTERNAL, "interrupted while dot was running");
        } finally {
            if (p.isAlive()) p.destroyForcibly();
        }
    }

    private String withExtension(String ext) {
        int dot = output.lastIndexOf('.');
        int slash = Math.max(output.lastIndexOf('/'), output.lastIndexOf('\\'));
        return (dot > slash ? output.substring(0, dot) : output) + "." + ext;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory";
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
