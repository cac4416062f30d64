package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import netc.diag.Diagnostic;
import netc.diag.DiagnosticPrinter;
import netc.diag.Diagnostics;
import netc.diag.Span;
import netc.diag.WarningPolicy;
import netc.grammar.NetLexer;
import netc.sema.Frontend;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden diagnostic tests: every {@code src/test/resources/diagnostics/*.net} states in comments the diagnostics
 * it must produce (the convention is in that directory's README.md); the front end must report exactly those.
 * Then a few outputs of the CLI in full (line, caret, underline) and its exit codes.
 */
class DiagnosticsTest {
    static final Path DIR = Path.of(System.getProperty("netc.repo", "../.."), "src", "test", "resources", "diagnostics");

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".net")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no golden files in " + DIR.toAbsolutePath());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    // ---- expectations ---------------------------------------------------------------------------------------------

    /**
     * One stated diagnostic. {@code where} is null for this file; {@code line}, {@code column} and {@code width}
     * are null where not stated. {@code at} is the line of the comment, for messages.
     */
    record Expected(String kind, String code, List<String> texts, String where, Integer line, Integer column, Integer width, int at) {
        int specificity() {
            return (where == null ? 8 : 0) + (column != null ? 4 : 0) + (width != null ? 2 : 0) + (line != null ? 1 : 0) + 16 * texts.size();
        }

        @Override public String toString() {
            String place = where != null ? "@" + where + (line != null ? ":" + line : "") : "line " + line + (column != null ? ":" + column : "")
                    + (width != null ? " width " + width : "");
            return kind + (code != null ? " " + code : "") + " at " + place + texts.stream().map(t -> " \"" + t + "\"").reduce("", String::concat)
                    + "  (stated on line " + at + ")";
        }
    }

    record Options(String network, List<String> sets, String input, List<String> warnings) {
        /** Only -W flags: still every network of the file, as netc check does. */
        boolean buildsAll() { return network == null && sets.isEmpty() && input == null; }
    }

    private static final Pattern CARET = Pattern.compile("^//(\\s*)\\^(~*)\\s+(?=(error|warning|note)\\b)");
    private static final Pattern CLAUSE = Pattern.compile("(error|warning|note)(?:@(<[^>]*>|[^\\s:]+)(?::(\\d+))?)?:");
    private static final Pattern CODE = Pattern.compile("\\s*([EW]\\d{4})");
    private static final Pattern TEXT = Pattern.compile("\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Reads the expectations and the options of a golden file from its line comments. */
    static List<Expected> expectations(String text, Options[] options) {
        List<Token> comments = new ArrayList<>();
        NetLexer lexer = new NetLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        for (Token t : lexer.getAllTokens()) if (t.getType() == NetLexer.LINE_COMMENT) comments.add(t);
        Set<Integer> caretLines = new HashSet<>();
        for (Token c : comments) {
            if (c.getCharPositionInLine() == 0 && CARET.matcher(c.getText()).find()) caretLines.add(c.getLine());
        }
        List<Expected> out = new ArrayList<>();
        for (Token c : comments) {
            String body = c.getText();
            int line = c.getLine();
            if (body.matches("//\\s*netc:.*")) {
                if (options[0] != null) throw new AssertionError("line " + line + ": a second '// netc:' options line");
                options[0] = options(body.substring(body.indexOf("netc:") + 5).trim(), line);
                continue;
            }
            Integer column = null, width = null;
            int from = 0;
            if (caretLines.contains(line)) {
                Matcher m = CARET.matcher(body);
                m.find();
                column = m.group(1).length() + 3; // "//" then the blanks: the caret's 1-based column
                if (!m.group(2).isEmpty()) width = 1 + m.group(2).length();
                from = m.end();
                do line--; while (caretLines.contains(line));
            }
            // An expectation comment starts with a clause; after it, only more clauses may follow.
            int pos = from == 0 ? 2 : from;
            boolean any = false;
            while (true) {
                while (pos < body.length() && Character.isWhitespace(body.charAt(pos))) pos++;
                if (pos == body.length()) break;
                Matcher m = CLAUSE.matcher(body).region(pos, body.length());
                if (!m.lookingAt()) {
                    if (!any && from == 0) break; // an ordinary comment
                    throw new AssertionError("line " + c.getLine() + ": cannot read '" + body.substring(pos).trim() + "' in an expectation");
                }
                any = true;
                pos = m.end();
                String kind = m.group(1);
                String code = null;
                Matcher cm = CODE.matcher(body).region(pos, body.length());
                if (cm.lookingAt()) {
                    code = cm.group(1);
                    pos = cm.end();
                } else if (!kind.equals("note")) {
                    throw new AssertionError("line " + c.getLine() + ": a " + kind + " expectation needs a code like E0201 or W0101");
                }
                List<String> texts = new ArrayList<>();
                for (Matcher tm = TEXT.matcher(body).region(pos, body.length()); tm.lookingAt(); tm = TEXT.matcher(body).region(pos, body.length())) {
                    texts.add(tm.group(1).replaceAll("\\\\(.)", "$1"));
                    pos = tm.end();
                }
                if (m.group(2) != null) {
                    out.add(new Expected(kind, code, texts, m.group(2), m.group(3) == null ? null : Integer.valueOf(m.group(3)), null, null, c.getLine()));
                } else {
                    out.add(new Expected(kind, code, texts, null, line, column, width, c.getLine()));
                }
            }
            if (!any && caretLines.contains(c.getLine())) throw new AssertionError("line " + c.getLine() + ": caret line without an expectation");
        }
        return out;
    }

    private static Options options(String text, int line) {
        String network = null, input = null;
        List<String> sets = new ArrayList<>(), warnings = new ArrayList<>();
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String value = i + 1 < words.length ? words[i + 1] : null;
            if (words[i].startsWith("-W")) {
                warnings.add(words[i].substring(2));
                continue;
            }
            switch (words[i]) {
                case "--network" -> network = value;
                case "--set" -> sets.add(value);
                case "--input" -> input = value;
                default -> throw new AssertionError("line " + line + ": unknown option '" + words[i] + "' (--network, --set, --input, -W...)");
            }
            i++;
        }
        return new Options(network, sets, input, warnings);
    }

    // ---- running and comparing ------------------------------------------------------------------------------------

    /** A reported error or note, where it points. */
    record Actual(String kind, String code, String message, Span span) {
        String file() { return span == null ? "netc" : span.file().name(); }
        boolean synthetic() { return span == null || span.isSynthetic(); }
        int line() { return span.line(); }
        int column() { return span.column(); }

        /** The underline width, as DiagnosticPrinter draws it. */
        int width() {
            int lineEnd = span.start() - (span.column() - 1) + span.file().lineText(span.line()).length();
            return Math.max(1, Math.min(span.end(), lineEnd) - span.start());
        }

        boolean matches(Expected e, String self) {
            if (!kind.equals(e.kind()) || (e.code() != null && !e.code().equals(code))) return false;
            if (!e.texts().stream().allMatch(message::contains)) return false;
            if (e.where() == null) {
                return !synthetic() && file().equals(self) && line() == e.line()
                        && (e.column() == null || column() == e.column()) && (e.width() == null || width() == e.width());
            }
            if (!file().endsWith(e.where())) return false;
            return e.line() == null || (!synthetic() && line() == e.line());
        }
    }

    static void check(Path file) throws IOException {
        String text = Files.readString(file);
        Options[] options = new Options[1];
        List<Expected> expected = expectations(text, options);
        String self = file.toString();
        Diagnostics d = new Diagnostics(WarningPolicy.parse(options[0] == null ? List.of() : options[0].warnings()));
        try {
            Frontend.Loaded loaded = Frontend.load(self, d);
            if (options[0] == null || options[0].buildsAll()) Frontend.buildAll(loaded, d);
            else Frontend.build(loaded, options[0].network(), options[0].sets(), options[0].input(), d);
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            fail("the front end threw on " + file + ":\n" + trace);
        }
        List<Actual> actual = new ArrayList<>();
        StringBuilder printed = new StringBuilder();
        for (Diagnostic x : d.all()) {
            String p = DiagnosticPrinter.format(x);
            printed.append(p);
            actual.add(new Actual(x.severity().label(), x.code().id(), x.message(), x.span()));
            for (Diagnostic.Note n : x.notes()) actual.add(new Actual("note", null, n.message(), n.span()));
        }
        List<Expected> missing = new ArrayList<>();
        Set<Actual> matched = Collections.newSetFromMap(new IdentityHashMap<>()); // two notes can be alike
        List<Expected> ordered = new ArrayList<>(expected);
        ordered.sort(Comparator.comparingInt(Expected::specificity).reversed());
        for (Expected e : ordered) {
            Actual hit = null;
            for (Actual a : actual) {
                if (!matched.contains(a) && a.matches(e, self)) {
                    hit = a;
                    break;
                }
            }
            if (hit == null) missing.add(e);
            else matched.add(hit);
        }
        // Warnings are compared in files about them (stating one, or giving -W); the others test errors.
        boolean aboutWarnings = expected.stream().anyMatch(e -> e.kind().equals("warning") || e.code() != null && e.code().startsWith("W"))
                || options[0] != null && !options[0].warnings().isEmpty();
        if (!aboutWarnings) actual.removeIf(a -> a.kind().equals("warning"));
        List<Actual> unexpected = actual.stream().filter(a -> !matched.contains(a))
                .filter(a -> !a.kind().equals("note") || (!a.synthetic() && a.file().equals(self))).toList();
        if (missing.isEmpty() && unexpected.isEmpty()) return;
        StringBuilder why = new StringBuilder(file.getFileName() + " does not report what it states.\n");
        if (!missing.isEmpty()) {
            why.append("\nstated but not reported:\n");
            missing.stream().sorted(Comparator.comparingInt(Expected::at)).forEach(e -> why.append("  ").append(e).append('\n'));
        }
        if (!unexpected.isEmpty()) {
            why.append("\nreported but not stated:\n");
            for (Actual a : unexpected) {
                why.append("  ").append(a.kind()).append(a.code() != null ? " " + a.code() : "").append(" at ")
                   .append(a.synthetic() ? a.file() : a.file() + ":" + a.line() + ":" + a.column() + " width " + a.width())
                   .append(": ").append(a.message()).append('\n');
            }
        }
        why.append("\nall diagnostics:\n").append(printed);
        fail(why.toString());
    }

    // ---- the runner itself ----------------------------------------------------------------------------------------

    @Test
    void runnerReadsTheConvention() {
        Options[] options = new Options[1];
        List<Expected> e = expectations("""
                conv(64, 3, groups: 5)  // error: E0402 "divisible by 5" "groups"
                  relu -> rleu
                //        ^~~~ error: E0201 "did you mean 'relu'?" note: "here"
                //        ^ note: "again"
                // error@lib/x.net:3: E0104 error@<command line>: E0212
                // netc: --set a=1 --network n
                """, options);
        assertEquals(List.of(
                new Expected("error", "E0402", List.of("divisible by 5", "groups"), null, 1, null, null, 1),
                new Expected("error", "E0201", List.of("did you mean 'relu'?"), null, 2, 11, 4, 3),
                new Expected("note", null, List.of("here"), null, 2, 11, 4, 3),
                new Expected("note", null, List.of("again"), null, 2, 11, null, 4),
                new Expected("error", "E0104", List.of(), "lib/x.net", 3, null, null, 5),
                new Expected("error", "E0212", List.of(), "<command line>", null, null, null, 5)), e);
        assertEquals(new Options("n", List.of("a=1"), null, List.of()), options[0]);
    }

    @Test
    void runnerRejectsExpectationsItCannotRead() {
        assertThrows("relu // error: \"no code\"");
        assertThrows("relu // error: E0201 stray words");
        assertThrows("relu // error: E201");
    }

    private static void assertThrows(String source) {
        try {
            expectations(source, new Options[1]);
        } catch (AssertionError expected) {
            return;
        }
        fail("accepted a malformed expectation: " + source);
    }

    // ---- inputs too big for a golden file ------------------------------------------------------------------------

    /** Nesting deeper than the parser's stack: an error at the place, not a StackOverflowError. */
    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String parens = "network n(input: 3x8x8) {\n  let x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n}\n";
        String sum = "network n(input: 3x8x8) {\n  let x = " + "1 + ".repeat(200_000) + "1\n}\n";
        String minus = "network n(input: 3x8x8) {\n  let x = " + "-".repeat(100_000) + "1\n}\n";
        String groups = "network n(input: 3x8x8) {\n  " + "{ ".repeat(100_000) + "relu" + " }".repeat(100_000) + "\n}\n";
        for (String text : List.of(parens, sum, minus, groups)) {
            Diagnostics d = new Diagnostics();
            Frontend.buildAll(Frontend.load(write("deep.net", text), d), d);
            assertEquals(1, d.all().size(), () -> d.all().toString());
            Diagnostic x = d.all().get(0);
            assertEquals("E0303", x.code().id());
            assertEquals("nested too deeply to parse", x.message());
            assertEquals(2, x.span().line());
        }
    }

    // ---- the CLI: printed text and exit codes ---------------------------------------------------------------------

    @TempDir Path tmp;

    private Run netc(String... args) {
        return Run.netc(args).relativeTo(tmp);
    }

    private String write(String name, String text) {
        try {
            Path p = tmp.resolve(name);
            Files.writeString(p, text);
            return p.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void printsTheLineACaretAndAnUnderlineUnderTheName() {
        String f = write("typo.net", """
                network n(input: 3x32x32) {
                  conv(16, 3, pad: 1) -> rleu -> maxpool(2)
                }
                """);
        Run r = netc("check", f);
        assertEquals(1, r.code());
        assertEquals("""
                typo.net:2:26: error: unknown op or block 'rleu'; did you mean 'relu'? [E0201]
                  conv(16, 3, pad: 1) -> rleu -> maxpool(2)
                                         ^~~~
                1 error
                """, r.err());
        assertEquals("", r.out());
    }

    @Test
    void printsANoteAtEveryBlockCallOnTheWayIn() {
        String f = write("nested.net", """
                block inner(c: int) { conv(c, 3, groups: 5) }
                block outer(c: int) { inner(c) -> relu }
                network n(input: 3x32x32) { outer(64) }
                """);
        Run r = netc("check", f);
        assertEquals(1, r.code());
        assertEquals("""
                nested.net:1:34: error: conv with 5 groups needs input channels divisible by 5, got 3 [E0402]
                block inner(c: int) { conv(c, 3, groups: 5) }
                                                 ^~~~~~~~~
                nested.net:2:23: note: in block 'inner' used here
                block outer(c: int) { inner(c) -> relu }
                                      ^~~~~
                nested.net:3:29: note: in block 'outer' used here
                network n(input: 3x32x32) { outer(64) }
                                            ^~~~~
                1 error
                """, r.err());
    }

    @Test
    void printsSeveralSyntaxErrorsAndCountsThem() {
        String f = write("syntax.net", """
                network n(input: 3x32x32) {
                  conv(64, 3,) -> -> relu
                  maxpool(2, stride: )
                }
                """);
        Run r = netc("check", f);
        assertEquals(1, r.code());
        assertEquals("""
                syntax.net:2:19: error: unexpected '->', expected a layer (an op or block name, '{' or 'in') [E0101]
                  conv(64, 3,) -> -> relu
                                  ^~
                syntax.net:3:22: error: unexpected ')', expected an expression [E0101]
                  maxpool(2, stride: )
                                     ^
                2 errors
                """, r.err());
    }

    @Test
    void printsACommandLineValueAsItsOwnSourceLine() {
        String f = write("set.net", "network n(input: 3x32x32, width = 8) { conv(width, 3) }\n");
        Run r = netc("summary", f, "--set", "widht=16");
        assertEquals(1, r.code());
        assertEquals("""
                <command line>:1:7: error: network 'n' has no parameter 'widht'; did you mean 'width'? (it has input, width) [E0212]
                --set widht=16
                      ^~~~~~~~
                1 error
                """, r.err());
    }

    @Test
    void exitCodes() {
        String clean = write("clean.net", "network n(input: 3x32x32) { conv(8, 3) -> relu }\n");
        String broken = write("broken.net", "network n(input: 3x32x32) { conv(8) }\n");
        Run ok = netc("check", clean);
        assertEquals(0, ok.code(), ok.err());
        assertEquals("clean.net: ok (1 network)\n", ok.out());
        assertEquals("", ok.err());
        assertEquals(0, netc("summary", clean).code());

        assertEquals(1, netc("check", broken).code());
        assertEquals(1, netc("check", clean, broken).code(), "one broken file of two");
        assertEquals(1, netc("summary", broken).code());
        assertEquals(1, netc("check", tmp.resolve("missing.net").toString()).code());
        assertEquals(1, netc("summary", clean, "--set", "nope=1").code());

        Run unknownOption = netc("check", "--frobnicate", clean);
        assertEquals(2, unknownOption.code());
        assertTrue(unknownOption.err().contains("--frobnicate"), unknownOption.err());
        assertEquals(2, netc("summary").code(), "no file");
        assertEquals(2, netc("summary", clean, "--format", "xml").code());
        assertEquals(2, netc("frobnicate").code(), "unknown command");
    }
}
