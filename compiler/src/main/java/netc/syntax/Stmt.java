package netc.syntax;

import java.util.List;
import netc.diag.Span;

/** Statements of a block or network body. Each chain continues from the current tensor. */
public sealed interface Stmt {
    Span span();

    /** {@code let hidden = in.c * 6}: a scalar. */
    record Let(String name, Expr value, Span span) implements Stmt {}
    /** {@code skip = conv(64, 3)}: a tensor value; the chain's result also becomes current. */
    record Bind(String name, Chain chain, Span span) implements Stmt {}
    /** {@code output aux1 = chain} marks a named output without moving the current tensor. */
    record Output(String name, Chain chain, Span span) implements Stmt {}
    /** {@code repeat i in 0..n { }}, {@code repeat v in list { }} or {@code repeat n { }}. */
    record Repeat(String variable, Expr from, Expr to, List<Stmt> body, Span span) implements Stmt {}
    record If(Expr condition, List<Stmt> then, List<Stmt> otherwise, Span span) implements Stmt {}
    record ChainStmt(Chain chain, Span span) implements Stmt {}
    /**
     * {@code assert groups in [1, 2, 4], "no widths for {groups} groups"}: elaboration stops with an error when
     * the condition is false. The message (null when absent) interpolates {expr} like string labels.
     */
    record Assert(Expr condition, String message, Span messageSpan, Span span) implements Stmt {}
}
