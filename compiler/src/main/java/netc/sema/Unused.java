package netc.sema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import netc.diag.Diagnostics;
import netc.diag.ErrorCode;
import netc.diag.Span;
import netc.syntax.Arg;
import netc.syntax.Atom;
import netc.syntax.Chain;
import netc.syntax.Definition;
import netc.syntax.Element;
import netc.syntax.Expr;
import netc.syntax.Stmt;

/**
 * Warnings for names a definition binds and never reads: {@code let} values and named tensors (W0101), block and
 * network parameters (W0102). A name read anywhere in the definition counts as used, whatever the scope: the
 * check may miss an unused name, but never reports a used one. Names starting with {@code _} are exempt, and so
 * is a network's {@code input}, which the network's first layer reads.
 */
final class Unused {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");

    private record Bound(String name, Span span, String what) {}

    private final List<Bound> bound = new ArrayList<>();
    private final Set<String> read = new HashSet<>();

    private Unused() {}

    static void check(Definition def, Diagnostics diagnostics) {
        if (def instanceof Definition.Alias) return;
        Unused u = new Unused();
        u.statements(def.body());
        for (Definition.Param p : def.params()) {
            if (p.defaultValue() != null) u.expr(p.defaultValue());
        }
        String owner = (def instanceof Definition.Block ? "block '" : "network '") + def.name() + "'";
        for (Bound b : u.bound) {
            if (u.unused(b.name())) {
                diagnostics.warning(ErrorCode.UNUSED, b.span(), b.what() + " '" + b.name() + "' is never used", List.of());
            }
        }
        for (Definition.Param p : def.params()) {
            if (def instanceof Definition.Network && p.name().equals("input")) continue;
            if (u.unused(p.name())) {
                Span at = new Span(p.span().file(), p.span().start(), p.span().start() + p.name().length());
                diagnostics.warning(ErrorCode.UNUSED_PARAMETER, at, "parameter '" + p.name() + "' of " + owner + " is never used"
                        + (def instanceof Definition.Network ? "; --set " + p.name() + "=... would change nothing" : ""), List.of());
            }
        }
    }

    private boolean unused(String name) { return !name.startsWith("_") && !read.contains(name); }

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Let l -> {
                    int at = Math.max(0, l.span().text().indexOf(l.name(), 3)); // the name after "let"
                    bound.add(new Bound(l.name(), new Span(l.span().file(), l.span().start() + at, l.span().start() + at + l.name().length()), "let"));
                    expr(l.value());
                }
                case Stmt.Bind b -> {
                    bound.add(new Bound(b.name(), new Span(b.span().file(), b.span().start(), b.span().start() + b.name().length()), "tensor"));
                    chain(b.chain());
                }
                case Stmt.Output o -> { if (o.chain() != null) chain(o.chain()); }
                case Stmt.Repeat r -> {
                    expr(r.from());
                    if (r.to() != null) expr(r.to());
                    statements(r.body());
                }
                case Stmt.If i -> {
                    expr(i.condition());
                    statements(i.then());
                    if (i.otherwise() != null) statements(i.otherwise());
                }
                case Stmt.ChainStmt c -> chain(c.chain());
                case Stmt.Assert a -> {
                    expr(a.condition());
                    if (a.message() != null) template(a.message());
                }
            }
        }
    }

    private void chain(Chain c) {
        for (Element e : c.elements()) {
            if (e.label() != null && e.label().template()) template(e.label().text());
            switch (e.atom()) {
                case Atom.Call call -> {
                    read.add(call.name()); // a tensor value, or an op-typed parameter applied as a layer
                    args(call.args());
                }
                case Atom.Join j -> statements(j.branches());
                case Atom.Group g -> statements(g.body());
                case Atom.Input i -> { }
            }
        }
    }

    private void args(List<Arg> args) {
        if (args != null) for (Arg a : args) expr(a.value());
    }

    /** Names inside the {@code {expr}} parts of a string label or message. */
    private void template(String text) {
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
            int close = text.indexOf('}', open);
            if (close < 0) return;
            Matcher m = NAME.matcher(text.substring(open + 1, close));
            while (m.find()) read.add(m.group());
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Name n -> read.add(n.name());
            case Expr.ListLit l -> l.items().forEach(this::expr);
            case Expr.Call c -> args(c.args());
            case Expr.Member m -> expr(m.target());
            case Expr.Index ix -> { expr(ix.target()); expr(ix.index()); }
            case Expr.Unary u -> expr(u.operand());
            case Expr.Binary b -> { expr(b.left()); expr(b.right()); }
            case Expr.Cond c -> { expr(c.condition()); expr(c.ifTrue()); expr(c.ifFalse()); }
            case Expr.IntLit i -> { }
            case Expr.FloatLit f -> { }
            case Expr.StrLit s -> { }
            case Expr.BoolLit b -> { }
            case Expr.ShapeLit s -> { }
            case Expr.In in -> { }
        }
    }
}
