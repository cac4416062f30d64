package netc.syntax;

import java.util.List;
import netc.diag.Span;

/** Expressions over parameters, literals and tensor shapes. */
public sealed interface Expr {
    Span span();

    record IntLit(long value, Span span) implements Expr {}
    record FloatLit(double value, Span span) implements Expr {}
    record StrLit(String value, Span span) implements Expr {}
    record BoolLit(boolean value, Span span) implements Expr {}
    /** {@code 3x224x224}. */
    record ShapeLit(List<Long> dims, Span span) implements Expr {}
    record ListLit(List<Expr> items, Span span) implements Expr {}
    record Name(String name, Span span) implements Expr {}
    /** The block's input tensor, {@code in}. */
    record In(Span span) implements Expr {}
    record Call(String function, Span nameSpan, List<Arg> args, Span span) implements Expr {}
    record Member(Expr target, String member, Span span) implements Expr {}
    record Index(Expr target, Expr index, Span span) implements Expr {}
    record Unary(String op, Expr operand, Span span) implements Expr {}
    record Binary(String op, Expr left, Expr right, Span span) implements Expr {}
    record Cond(Expr condition, Expr ifTrue, Expr ifFalse, Span span) implements Expr {}
}
