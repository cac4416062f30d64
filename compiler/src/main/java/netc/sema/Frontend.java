package netc.sema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netc.diag.CompileException;
import netc.diag.Diagnostics;
import netc.diag.ErrorCode;
import netc.diag.SourceFile;
import netc.diag.Span;
import netc.model.Network;
import netc.syntax.Definition;
import netc.syntax.Expr;
import netc.syntax.SourceParser;

/**
 * The front end as commands use it: load a target ({@code file.net} or {@code stdlib:NAME}), check it, and
 * elaborate one of its networks with parameter overrides. Problems go to {@link Diagnostics}; nothing throws.
 */
public final class Frontend {
    private static final String STDLIB = "stdlib:";

    private Frontend() {}

    /** A loaded target: the program, and the network the target names (null if it names a file). */
    public record Loaded(Program program, String network) {}

    /** Every stdlib module, so that {@code netc check} can go over the whole library. */
    public static List<String> stdlibTargets() {
        return Stdlib.modules().stream().map(m -> STDLIB + m).toList();
    }

    public static Loaded load(String target, Diagnostics diagnostics) {
        if (target.startsWith(STDLIB)) {
            String name = target.substring(STDLIB.length());
            if (Stdlib.modules().contains(name) && Stdlib.source(name) != null) {
                // a module: its networks are the root's, as if the file had been named
                Program module = new ModuleLoader(diagnostics).loadStdlib(name);
                if (!diagnostics.hasErrors()) StaticChecks.run(module, diagnostics);
                if (module.network(name) != null) return new Loaded(module, name);
                return new Loaded(module, null);
            }
            Program all = new ModuleLoader(diagnostics).loadStdlib(null);
            if (all.network(name) == null && !diagnostics.hasErrors()) {
                List<String> names = new ArrayList<>(all.networks().keySet());
                diagnostics.error(ErrorCode.NO_NETWORK, Span.synthetic(target), "no network '" + name + "' in the standard library" + Suggest.hint(name, names)
                        + (names.isEmpty() ? " (the stdlib is not on the class path)" : ""));
            }
            StaticChecks.run(all, diagnostics);
            return new Loaded(all, name);
        }
        Program p = new ModuleLoader(diagnostics).loadFile(Path.of(target));
        if (!diagnostics.hasErrors()) StaticChecks.run(p, diagnostics);
        return new Loaded(p, null);
    }

    /**
     * Elaborates the chosen network. {@code network} may be null: the root file's only network, else an error
     * listing them. {@code sets} are {@code name=value} texts; {@code input} is {@code CxHxW} or null.
     */
    public static Network build(Loaded loaded, String network, List<String> sets, String input, Diagnostics diagnostics) {
        if (diagnostics.hasErrors()) return null;
        Definition def = choose(loaded, network, diagnostics);
        if (def == null) return null;
        Map<String, Elaborator.Override> overrides = new LinkedHashMap<>();
        for (String set : sets) parseSet("--set", set, overrides, diagnostics);
        if (input != null) {
            SourceFile src = new SourceFile("<command line>", "--input " + input);
            override(src, "input", "--input ".length(), "--input ".length(), overrides, diagnostics);
        }
        if (diagnostics.hasErrors()) return null;
        try {
            return Elaborator.elaborate(loaded.program(), def, overrides, diagnostics);
        } catch (CompileException e) {
            diagnostics.add(e.diagnostic());
            return null;
        }
    }

    /** Elaborates every network of the root file with its defaults: what {@code netc check} does. */
    public static List<Network> buildAll(Loaded loaded, Diagnostics diagnostics) {
        List<Network> out = new ArrayList<>();
        if (diagnostics.hasErrors()) return out;
        List<Definition> defs = loaded.network() != null ? List.of(loaded.program().network(loaded.network())) : loaded.program().rootNetworks();
        for (Definition def : defs) {
            try {
                out.add(Elaborator.elaborate(loaded.program(), def, Map.of(), diagnostics));
            } catch (CompileException e) {
                diagnostics.add(e.diagnostic());
            }
        }
        return out;
    }

    private static Definition choose(Loaded loaded, String network, Diagnostics diagnostics) {
        String wanted = network != null ? network : loaded.network();
        Program p = loaded.program();
        if (wanted != null) {
            Definition def = p.network(wanted);
            if (def == null) {
                diagnostics.error(ErrorCode.NO_NETWORK, Span.synthetic("netc"), "no network '" + wanted + "'" + Suggest.hint(wanted, p.networks().keySet())
                        + " (networks here: " + String.join(", ", p.rootNetworks().stream().map(Definition::name).toList()) + ")");
            }
            return def;
        }
        List<Definition> roots = p.rootNetworks();
        if (roots.size() == 1) return roots.get(0);
        String where = p.files().isEmpty() ? "netc" : p.files().get(0).source().name();
        diagnostics.error(ErrorCode.NO_NETWORK, Span.synthetic(where), roots.isEmpty()
                ? "no network defined in this file (only blocks); nothing to build"
                : "this file defines several networks " + roots.stream().map(Definition::name).toList() + "; choose one with --network NAME");
        return null;
    }

    private static void parseSet(String flag, String text, Map<String, Elaborator.Override> out, Diagnostics diagnostics) {
        // The option as a one-line source, so that diagnostics show it with a caret like any other input.
        SourceFile src = new SourceFile("<command line>", flag + " " + text);
        int base = flag.length() + 1;
        int eq = text.indexOf('=');
        if (eq <= 0) {
            diagnostics.error(ErrorCode.SYNTAX, new Span(src, base, src.text().length()), flag + " expects name=value, got '" + text + "'");
            return;
        }
        override(src, text.substring(0, eq).strip(), base, base + eq + 1, out, diagnostics);
    }

    /** Parses and evaluates the value starting at {@code valueStart} of a command-line source; spans point into it. */
    private static void override(SourceFile src, String name, int start, int valueStart, Map<String, Elaborator.Override> out,
                                 Diagnostics diagnostics) {
        Expr e = SourceParser.parseExpression(src, " ".repeat(valueStart) + src.text().substring(valueStart), diagnostics);
        if (e == null) return;
        try {
            Value v = new ExprEvaluator(new Program(List.of())).eval(e, new Env(null));
            out.put(name, new Elaborator.Override(v, new Span(src, start, src.text().length())));
        } catch (CompileException ex) {
            diagnostics.add(ex.diagnostic());
        }
    }
}
