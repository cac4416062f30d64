package netc.syntax;

import java.util.ArrayList;
import java.util.List;
import netc.diag.SourceFile;
import netc.diag.Span;
import netc.grammar.NetParser;
import netc.grammar.NetParser.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** The only class that sees ANTLR parse-tree contexts: turns them into immutable AST records with spans. */
final class AstBuilder {
    private final SourceFile source;
    private final CharOffsets offsets;
    /** The innermost expression being built: where to point if the nesting is too deep for the stack. */
    private Span at;

    /** {@code parsed} is the text the parser saw: the source's, or a copy with blanks of the same length. */
    AstBuilder(SourceFile source, String parsed) {
        this.source = source;
        this.offsets = new CharOffsets(parsed);
    }

    Span at() { return at; }

    FileAst file(FileContext ctx) {
        List<FileAst.Import> imports = new ArrayList<>();
        for (ImportDeclContext i : ctx.importDecl()) {
            if (i.STRING() != null) imports.add(new FileAst.Import(unquote(i.STRING().getText()), false, span(i)));
            else if (i.IDENT() != null) imports.add(new FileAst.Import(i.IDENT().getText(), true, span(i)));
        }
        List<Definition> defs = new ArrayList<>();
        for (DefinitionContext d : ctx.definition()) {
            Definition def = definition(d);
            if (def != null) defs.add(def);
        }
        return new FileAst(source, imports, defs);
    }

    private Definition definition(DefinitionContext d) {
        if (d instanceof BlockDefContext b && b.IDENT() != null && b.body() != null) {
            return new Definition.Block(b.IDENT().getText(), span(b.IDENT()), params(b.params()), body(b.body()), span(b));
        }
        if (d instanceof NetworkDefContext n && n.IDENT() != null && n.body() != null) {
            return new Definition.Network(n.IDENT().getText(), span(n.IDENT()), params(n.params()), body(n.body()), span(n));
        }
        if (d instanceof NetworkAliasContext a && a.IDENT().size() == 2) {
            return new Definition.Alias(a.IDENT(0).getText(), span(a.IDENT(0)), a.IDENT(1).getText(), span(a.IDENT(1)), args(a.args()), span(a));
        }
        return null; // a syntax error was already reported
    }

    private List<Definition.Param> params(ParamsContext ctx) {
        List<Definition.Param> out = new ArrayList<>();
        if (ctx == null) return out;
        for (ParamContext p : ctx.param()) {
            if (p instanceof ShapeParamContext s) {
                out.add(new Definition.Param(s.IDENT().getText(), "shape", shapeLit(s.SHAPE()), span(s)));
            } else if (p instanceof ValueParamContext v) {
                String type = v.typeName == null ? null : v.typeName.getText();
                out.add(new Definition.Param(v.IDENT(0).getText(), type, v.expr() == null ? null : expr(v.expr()), span(v)));
            }
        }
        return out;
    }

    private List<Stmt> body(BodyContext ctx) { return statements(ctx.statement()); }

    private List<Stmt> statements(List<StatementContext> list) {
        List<Stmt> out = new ArrayList<>();
        for (StatementContext s : list) {
            Stmt st = statement(s);
            if (st != null) out.add(st);
        }
        return out;
    }

    private Stmt statement(StatementContext s) {
        return switch (s) {
            case LetStmtContext l -> new Stmt.Let(l.IDENT().getText(), expr(l.expr()), span(l));
            case OutputStmtContext o -> new Stmt.Output(o.IDENT().getText(), o.chain() == null ? null : chain(o.chain()), span(o));
            case BindStmtContext b -> new Stmt.Bind(b.IDENT().getText(), chain(b.chain()), span(b));
            case RepeatStmtContext r -> new Stmt.Repeat(r.IDENT() == null ? null : r.IDENT().getText(),
                    expr(r.expr(0)), r.expr().size() > 1 ? expr(r.expr(1)) : null, body(r.body()), span(r));
            case IfStmtContext i -> ifStatement(i.ifStatement());
            case ChainStmtContext c -> new Stmt.ChainStmt(chain(c.chain()), span(c));
            case AssertStmtContext a -> new Stmt.Assert(expr(a.expr()), a.message == null ? null : unquote(a.message.getText()),
                    a.message == null ? null : span(a.message), span(a));
            default -> null;
        };
    }

    private Stmt.If ifStatement(IfStatementContext i) {
        List<Stmt> otherwise = null;
        if (i.ifStatement() != null) otherwise = List.of(ifStatement(i.ifStatement()));
        else if (i.body().size() > 1) otherwise = body(i.body(1));
        return new Stmt.If(expr(i.expr()), body(i.body(0)), otherwise, span(i));
    }

    private Chain chain(ChainContext c) {
        List<Element> elements = new ArrayList<>();
        for (ElementContext e : c.element()) elements.add(element(e));
        return new Chain(elements, span(c));
    }

    private Element element(ElementContext e) {
        Element.Label label = null;
        if (e.label() != null) {
            LabelContext l = e.label();
            if (l.STRING() != null) label = new Element.Label(unquote(l.STRING().getText()), true, span(l));
            else label = new Element.Label(l.getText(), false, span(l));
        }
        return new Element(label, atom(e.atom()), span(e));
    }

    private Atom atom(AtomContext a) {
        return switch (a) {
            case JoinAtomContext j -> new Atom.Join(j.IDENT().getText(), span(j.IDENT()), statements(j.statement()), span(j));
            case CallAtomContext c -> new Atom.Call(c.IDENT().getText(), span(c.IDENT()),
                    c.getChild(1) == null ? null : args(c.args()), span(c));
            case InputAtomContext i -> new Atom.Input(span(i));
            case GroupAtomContext g -> new Atom.Group(statements(g.statement()), span(g));
            default -> throw new IllegalStateException("unknown atom " + a.getClass());
        };
    }

    private List<Arg> args(ArgsContext ctx) {
        List<Arg> out = new ArrayList<>();
        if (ctx == null) return out;
        for (ArgContext a : ctx.arg()) {
            out.add(new Arg(a.IDENT() == null ? null : a.IDENT().getText(), expr(a.expr()), span(a)));
        }
        return out;
    }

    Expr expr(ExprContext e) {
        Span sp = span(e);
        at = sp;
        return switch (e) {
            case PrimaryExprContext p -> primary(p.primary());
            case MemberExprContext m -> new Expr.Member(expr(m.expr()), m.IDENT().getText(), sp);
            case IndexExprContext i -> new Expr.Index(expr(i.expr(0)), expr(i.expr(1)), sp);
            case UnaryExprContext u -> new Expr.Unary(u.op.getText(), expr(u.expr()), sp);
            case PowExprContext p -> new Expr.Binary("**", expr(p.expr(0)), expr(p.expr(1)), sp);
            case MulExprContext m -> new Expr.Binary(m.op.getText(), expr(m.expr(0)), expr(m.expr(1)), sp);
            case AddExprContext a -> new Expr.Binary(a.op.getText(), expr(a.expr(0)), expr(a.expr(1)), sp);
            case CmpExprContext c -> new Expr.Binary(c.op.getText(), expr(c.expr(0)), expr(c.expr(1)), sp);
            case AndExprContext a -> new Expr.Binary("and", expr(a.expr(0)), expr(a.expr(1)), sp);
            case OrExprContext o -> new Expr.Binary("or", expr(o.expr(0)), expr(o.expr(1)), sp);
            case MemberOfExprContext m -> new Expr.Binary(m.getChild(1).getText().equals("not") ? "not in" : "in", expr(m.expr(0)), expr(m.expr(1)), sp);
            case CondExprContext c -> new Expr.Cond(expr(c.expr(0)), expr(c.expr(1)), expr(c.expr(2)), sp);
            default -> throw new IllegalStateException("unknown expression " + e.getClass());
        };
    }

    private Expr primary(PrimaryContext p) {
        Span sp = span(p);
        return switch (p) {
            case IntLitContext i -> new Expr.IntLit(parseLong(i.getText()), sp);
            case FloatLitContext f -> new Expr.FloatLit(Double.parseDouble(f.getText()), sp);
            case StringLitContext s -> new Expr.StrLit(unquote(s.getText()), sp);
            case ShapeLitContext s -> shapeLit(s.SHAPE());
            case BoolLitContext b -> new Expr.BoolLit(b.getText().equals("true"), sp);
            case CallExprContext c -> new Expr.Call(c.IDENT().getText(), span(c.IDENT()), args(c.args()), sp);
            case NameExprContext n -> new Expr.Name(n.getText(), sp);
            case InExprContext i -> new Expr.In(sp);
            case ListExprContext l -> new Expr.ListLit(l.expr().stream().map(this::expr).toList(), sp);
            case ParenExprContext pe -> expr(pe.expr());
            default -> throw new IllegalStateException("unknown primary " + p.getClass());
        };
    }

    private Expr shapeLit(TerminalNode node) {
        List<Long> dims = new ArrayList<>();
        for (String part : node.getText().split("x")) dims.add(parseLong(part));
        return new Expr.ShapeLit(dims, span(node));
    }

    /** Literals too large for a long saturate; the evaluator's range checks then report them. */
    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    static String unquote(String s) {
        String body = s.substring(1, s.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                out.append(switch (n) { case 'n' -> '\n'; case 't' -> '\t'; default -> n; });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private Span span(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        int s = start.getStartIndex();
        int e = stop == null || stop.getStopIndex() < s ? start.getStopIndex() + 1 : stop.getStopIndex() + 1;
        return new Span(source, offsets.of(Math.max(0, s)), offsets.of(Math.max(0, e)));
    }

    private Span span(Token t) {
        return new Span(source, offsets.of(t.getStartIndex()), offsets.of(t.getStopIndex() + 1));
    }

    private Span span(TerminalNode node) {
        Token t = node.getSymbol();
        return new Span(source, offsets.of(t.getStartIndex()), offsets.of(t.getStopIndex() + 1));
    }

}
