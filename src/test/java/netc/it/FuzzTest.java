package netc.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import netc.diag.Diagnostic;
import netc.diag.DiagnosticPrinter;
import netc.diag.Diagnostics;
import netc.diag.Severity;
import netc.diag.Span;
import netc.grammar.NetLexer;
import netc.model.Network;
import netc.report.Dot;
import netc.report.Summary;
import netc.sema.Frontend;
import netc.sema.Stdlib;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing of the front end: valid sources (samples/seeds/seed003_nin.net and the stdlib modules) are mutated token by
 * token with a fixed seed, and each mutant goes through {@link Frontend#load}, {@link Frontend#buildAll},
 * {@link Frontend#build} with overrides, and the reports (summary, with lowering and memory planning, and the
 * graph). Nothing may throw, nothing may take more than {@code fuzz.slowMillis}, and every result is either clean
 * or carries an error diagnostic that points into a source.
 *
 * <p>{@code -Dfuzz.iterations=100000} (total over all sources) and {@code -Dfuzz.seed=N} run more or other mutants.
 */
class FuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20250611L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 2000);
    /** A mutant that takes longer than this is a failure too: the compiler must not hang on any input. */
    private static final long SLOW_MILLIS = Long.getLong("fuzz.slowMillis", 10_000);
    private static final int MAX_REPORTED = 5;

    /** Replacements for numbers: zero, negative, huge, overflowing (not counts that merely make a big network slowly). */
    private static final String[] NUMBERS = {"0", "-1", "1", "2", "3", "7", "1000000", "4294967296", "9223372036854775807",
            "99999999999999999999", "0.0", "1e308", "100000x100000x100000", "1x1", "0x3x3"};
    private static final String[] PUNCTUATION = {"(", ")", "{", "}", "[", "]", ",", ";", ":", "=", "->", ".", "..",
            "-", "+", "*", "/", "%", "**", "?", "\"", "\"{", "}\"", "in", "not", "repeat", "if", "else", "let", "output",
            "network", "block", "import", "@", "#", "$", "'", "\\", "/*", "//", "\uFEFF", "é", "😀"};

    @TempDir static Path dir;

    record Source(String name, String text) {}

    /** The valid inputs: the sample and every non-empty stdlib module, under file names that do not collide. */
    static List<Source> sources() {
        List<Source> out = new ArrayList<>();
        Path sample = Path.of(System.getProperty("netc.repo", "../.."), "samples", "seeds", "seed003_nin.net");
        try {
            out.add(new Source("sample_nin.net", Files.readString(sample)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String m : Stdlib.modules()) {
            String text = Stdlib.source(m);
            if (text != null && (text.contains("network") || text.contains("block"))) out.add(new Source(m + ".net", text));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> mutantsNeverCrashTheFrontEnd() throws IOException {
        List<Source> sources = sources();
        // Every original beside the mutant, so that relative imports between modules resolve.
        for (Source s : sources) Files.writeString(dir.resolve(s.name()), s.text());
        int perSource = Math.max(1, ITERATIONS / sources.size());
        return sources.stream().map(s -> DynamicTest.dynamicTest(s.name() + " x" + perSource, () -> fuzz(s, perSource)));
    }

    private static void fuzz(Source source, int iterations) throws IOException {
        Random random = new Random(SEED ^ source.name().hashCode());
        List<String> failures = new ArrayList<>();
        Path file = dir.resolve("mutant_" + source.name());
        int total = 0;
        for (int i = 0; i < iterations; i++) {
            String mutant = source.text();
            int edits = 1 + random.nextInt(3);
            for (int k = 0; k < edits; k++) mutant = mutate(mutant, random);
            Files.writeString(file, mutant);
            long started = System.nanoTime();
            String problem = check(file, random);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (problem == null && millis > SLOW_MILLIS) problem = "took " + millis + " ms";
            if (problem != null) {
                total++;
                if (failures.size() < MAX_REPORTED) {
                    failures.add("mutant " + i + ": " + problem + "\n----- mutant text -----\n" + mutant + "\n-----------------------");
                }
            }
        }
        if (!failures.isEmpty()) fail(total + " of " + iterations + " mutants of " + source.name() + " failed:\n\n" + String.join("\n\n", failures));
        Files.deleteIfExists(file);
    }

    /** Runs the front end like {@code netc check} and {@code netc summary --set}; returns what went wrong, or null. */
    static String check(Path file, Random random) {
        String options = "";
        try {
            Diagnostics d = new Diagnostics();
            Frontend.Loaded loaded = Frontend.load(file.toString(), d);
            List<Network> nets = Frontend.buildAll(loaded, d);
            String bad = verify(d, loaded, nets.size());
            if (bad != null) return bad;
            if (!nets.isEmpty()) report(nets.get(random.nextInt(nets.size())));
            if (d.hasErrors() || loaded.program().rootNetworks().isEmpty()) return null;
            // Again with overrides, as summary --set/--input would.
            var roots = loaded.program().rootNetworks();
            var def = roots.get(random.nextInt(roots.size()));
            List<String> names = new ArrayList<>(List.of("input", "x"));
            def.params().forEach(p -> names.add(p.name()));
            List<String> sets = new ArrayList<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                sets.add(names.get(random.nextInt(names.size())) + "=" + NUMBERS[random.nextInt(NUMBERS.length)]);
            }
            String input = random.nextInt(4) == 0 ? "3x7x7" : null;
            options = " (building " + def.name() + " with --set " + sets + ", --input " + input + ")";
            Diagnostics d2 = new Diagnostics();
            Network n = Frontend.build(loaded, def.name(), sets, input, d2);
            for (Diagnostic x : d2.all()) {
                String why = verify(x);
                if (why != null) return why + options;
            }
            if (n == null && !d2.hasErrors()) return "returned nothing and reported nothing" + options;
            if (n != null) report(n);
            return null;
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            return "threw" + options + " " + trace;
        }
    }

    private static String verify(Diagnostics d, Frontend.Loaded loaded, int built) {
        for (Diagnostic x : d.all()) {
            String why = verify(x);
            if (why != null) return why;
        }
        if (!d.hasErrors() && built != loaded.program().rootNetworks().size()) {
            return "built " + built + " of " + loaded.program().rootNetworks().size() + " networks without an error";
        }
        return null;
    }

    /** An error with a position inside a real source text, that prints. */
    private static String verify(Diagnostic x) {
        String printed = DiagnosticPrinter.format(x);
        Span s = x.span();
        if (x.severity() != Severity.ERROR) return null;
        if (s == null || s.isSynthetic()) return "diagnostic without a position:\n" + printed;
        if (s.start() < 0 || s.end() > s.file().text().length()) return "diagnostic outside its source:\n" + printed;
        for (Diagnostic.Note n : x.notes()) {
            if (n.span() == null || n.span().end() > n.span().file().text().length()) return "note outside its source:\n" + printed;
        }
        return x.message().isBlank() ? "empty message:\n" + printed : null;
    }

    /** The reports a clean network goes on to: summary (with lowering and the memory plan) and the graph. */
    private static void report(Network n) {
        Summary.table(n);
        Summary.json(n);
        Summary.csv(n);
        Dot.of(n);
    }

    // ---- mutations ----------------------------------------------------------------------------------------------

    /**
     * One random edit at token level: delete a token, duplicate it, swap it with the next, replace a number with
     * 0 / -1 / huge / overflowing, replace a name with another name of the file, truncate the file, insert
     * punctuation or a keyword, or copy a run of tokens elsewhere.
     */
    static String mutate(String text, Random r) {
        List<Token> tokens = new ArrayList<>();
        NetLexer lexer = new NetLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        for (Token t : lexer.getAllTokens()) if (t.getChannel() == Token.DEFAULT_CHANNEL) tokens.add(t);
        if (tokens.size() < 2) return text + PUNCTUATION[r.nextInt(PUNCTUATION.length)];
        int i = r.nextInt(tokens.size());
        Token t = tokens.get(i);
        // Half the edits keep the syntax (numbers and names), so that mutants also reach the semantic checks.
        int kind = r.nextInt(16);
        return switch (kind < 5 ? 3 : kind < 8 ? 4 : kind - 8) {
            case 0 -> replace(text, t, "");
            case 1 -> replace(text, t, t.getText() + " " + t.getText());
            case 2 -> {
                if (i + 1 >= tokens.size()) yield replace(text, t, "");
                Token u = tokens.get(i + 1);
                yield text.substring(0, t.getStartIndex()) + u.getText() + text.substring(t.getStopIndex() + 1, u.getStartIndex())
                        + t.getText() + text.substring(u.getStopIndex() + 1);
            }
            case 3 -> {
                Token n = pick(tokens, r, NetLexer.INT, NetLexer.FLOAT, NetLexer.SHAPE);
                yield n == null ? text : replace(text, n, NUMBERS[r.nextInt(NUMBERS.length)]);
            }
            case 4 -> {
                Token a = pick(tokens, r, NetLexer.IDENT);
                Token b = pick(tokens, r, NetLexer.IDENT);
                yield a == null ? text : replace(text, a, b.getText());
            }
            case 5 -> text.substring(0, r.nextInt(text.length() + 1));
            case 6 -> text.substring(0, t.getStartIndex()) + PUNCTUATION[r.nextInt(PUNCTUATION.length)] + " " + text.substring(t.getStartIndex());
            default -> {
                // a run of up to five tokens copied elsewhere
                Token from = tokens.get(r.nextInt(tokens.size()));
                Token to = tokens.get(Math.min(tokens.size() - 1, tokens.indexOf(from) + r.nextInt(5)));
                yield text.substring(0, t.getStartIndex()) + text.substring(from.getStartIndex(), to.getStopIndex() + 1) + " "
                        + text.substring(t.getStartIndex());
            }
        };
    }

    private static Token pick(List<Token> tokens, Random r, int... types) {
        List<Token> of = tokens.stream().filter(t -> java.util.Arrays.stream(types).anyMatch(x -> x == t.getType())).toList();
        return of.isEmpty() ? null : of.get(r.nextInt(of.size()));
    }

    private static String replace(String text, Token t, String with) {
        return text.substring(0, t.getStartIndex()) + with + text.substring(t.getStopIndex() + 1);
    }
}
