package netc.sema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import netc.diag.Diagnostic;
import netc.diag.Diagnostics;
import netc.diag.ErrorCode;
import netc.diag.Severity;
import netc.diag.Span;
import netc.ops.OpRegistry;
import netc.ops.ParamType;
import netc.syntax.Atom;
import netc.syntax.Chain;
import netc.syntax.Definition;
import netc.syntax.Element;
import netc.syntax.FileAst;
import netc.syntax.Stmt;

/**
 * Checks that need no elaboration, run on every definition even if no network uses it:
 * unknown ops and blocks in chains, unknown parameter types, and blocks that call themselves; and the warnings
 * about unused names.
 */
public final class StaticChecks {
    private final Program program;
    private final Diagnostics diagnostics;
    /** block -> (callee block -> first call span) */
    private final Map<String, Map<String, Span>> calls = new LinkedHashMap<>();
    private final Set<String> reportedAliasCycles = new HashSet<>();

    private StaticChecks(Program program, Diagnostics diagnostics) {
        this.program = program;
        this.diagnostics = diagnostics;
    }

    public static void run(Program program, Diagnostics diagnostics) {
        new StaticChecks(program, diagnostics).all();
    }

    private void all() {
        for (FileAst f : program.files()) {
            for (Definition d : f.definitions()) {
                if (d instanceof Definition.Alias a && !(program.network(a.target()) instanceof Definition.Network || program.network(a.target()) instanceof Definition.Alias)) {
                    diagnostics.error(ErrorCode.NO_NETWORK, a.targetSpan(), "no network '" + a.target() + "' to alias"
                            + Suggest.hint(a.target(), program.networks().keySet()));
                }
                if (d instanceof Definition.Alias a) aliasCycle(a);
                Set<String> names = new HashSet<>();
                for (Definition.Param p : d.params()) {
                    names.add(p.name());
                    if (p.type() != null && ParamType.ofName(p.type()) == null) {
                        diagnostics.error(ErrorCode.TYPE_MISMATCH, p.span(), "unknown type '" + p.type() + "'"
                                + Suggest.hint(p.type(), List.of("int", "float", "bool", "string", "list", "op", "shape", "tensor", "any")));
                    }
                }
                Map<String, Span> callees = new LinkedHashMap<>();
                collectNames(d.body(), names);
                statements(d.body(), names, callees);
                if (!(d instanceof Definition.Alias)) calls.put(d.name(), callees);
                Unused.check(d, diagnostics);
            }
        }
        findCycles();
    }

    /** Every name a body binds anywhere (lets, tensor bindings, loop variables); a loose over-approximation of scope. */
    private static void collectNames(List<Stmt> body, Set<String> names) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Let l -> names.add(l.name());
                case Stmt.Bind b -> { names.add(b.name()); chainNames(b.chain(), names); }
                case Stmt.Repeat r -> { if (r.variable() != null) names.add(r.variable()); collectNames(r.body(), names); }
                case Stmt.If i -> { collectNames(i.then(), names); if (i.otherwise() != null) collectNames(i.otherwise(), names); }
                case Stmt.ChainStmt c -> chainNames(c.chain(), names);
                case Stmt.Output o -> { if (o.chain() != null) chainNames(o.chain(), names); }
                case Stmt.Assert a -> { }
            }
        }
    }

    private static void chainNames(Chain c, Set<String> names) {
        for (Element e : c.elements()) {
            if (e.atom() instanceof Atom.Join j) collectNames(j.branches(), names);
            if (e.atom() instanceof Atom.Group g) collectNames(g.body(), names);
        }
    }

    private void statements(List<Stmt> body, Set<String> names, Map<String, Span> callees) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Bind b -> chain(b.chain(), names, callees);
                case Stmt.Output o -> { if (o.chain() != null) chain(o.chain(), names, callees); }
                case Stmt.Repeat r -> statements(r.body(), names, callees);
                case Stmt.If i -> { statements(i.then(), names, callees); if (i.otherwise() != null) statements(i.otherwise(), names, callees); }
                case Stmt.ChainStmt c -> chain(c.chain(), names, callees);
                case Stmt.Let l -> { }
                case Stmt.Assert a -> { }
            }
        }
    }

    private void chain(Chain c, Set<String> names, Map<String, Span> callees) {
        for (Element e : c.elements()) {
            switch (e.atom()) {
                case Atom.Call call -> {
                    String n = call.name();
                    if (program.callable(n) != null) callees.putIfAbsent(n, call.nameSpan());
                    else if (OpRegistry.get(n) == null && !names.contains(n)) {
                        List<String> candidates = new ArrayList<>(OpRegistry.all().keySet());
                        candidates.addAll(program.blocks().keySet());
                        candidates.addAll(names);
                        diagnostics.error(ErrorCode.UNKNOWN_OP, call.nameSpan(), "unknown op or block '" + n + "'" + Suggest.hint(n, candidates));
                    }
                }
                case Atom.Join j -> {
                    var op = OpRegistry.get(j.op());
                    if (op == null || !op.joins()) {
                        diagnostics.error(op == null ? ErrorCode.UNKNOWN_OP : ErrorCode.MISPLACED, j.nameSpan(),
                                (op == null ? "unknown join '" + j.op() + "'" : "'" + j.op() + "' does not take branches")
                                        + "; branches { } follow concat, add or mul" + (op == null ? Suggest.hint(j.op(), List.of("concat", "add", "mul")) : ""));
                    }
                    statements(j.branches(), names, callees);
                }
                case Atom.Group g -> statements(g.body(), names, callees);
                case Atom.Input i -> { }
            }
        }
    }

    /** {@code network a = b()} with {@code network b = a()}: reported once, at the alias that closes the cycle first. */
    private void aliasCycle(Definition.Alias start) {
        List<String> path = new ArrayList<>(List.of(start.name()));
        for (Definition t = program.network(start.target()); t instanceof Definition.Alias next; t = program.network(next.target())) {
            path.add(next.name());
            if (next.name().equals(start.name())) {
                if (reportedAliasCycles.add(String.join(">", new java.util.TreeSet<>(path)))) {
                    diagnostics.error(ErrorCode.NO_NETWORK, start.targetSpan(), path.size() == 2 ? "network '" + start.name() + "' is an alias of itself"
                            : "network '" + start.name() + "' is an alias of itself through " + String.join(" -> ", path));
                }
                return;
            }
            if (path.subList(0, path.size() - 1).contains(next.name())) return; // a cycle further on, reported from there
        }
    }

    /** Depth-first search for cycles in the block call graph; each cycle is reported once, at its first call. */
    private void findCycles() {
        Set<String> done = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String b : calls.keySet()) dfs(b, new ArrayList<>(), done, reported);
    }

    private void dfs(String block, List<String> path, Set<String> done, Set<String> reported) {
        int at = path.indexOf(block);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(block);
            String key = String.join(">", new java.util.TreeSet<>(cycle));
            if (reported.add(key)) {
                String from = path.get(path.size() - 1);
                Span span = calls.get(from).get(block);
                String what = program.block(block) != null ? "block" : "network";
                String how = cycle.size() == 2 ? what + " '" + block + "' calls itself"
                        : what + " '" + block + "' calls itself through " + String.join(" -> ", cycle);
                diagnostics.add(new Diagnostic(Severity.ERROR, ErrorCode.RECURSION, span, how + "; blocks and networks cannot be recursive (use repeat)", List.of()));
            }
            return;
        }
        if (done.contains(block) || !calls.containsKey(block)) return;
        path.add(block);
        for (String callee : calls.get(block).keySet()) dfs(callee, path, done, reported);
        path.remove(path.size() - 1);
        done.add(block);
    }
}
