package netc.syntax;

import java.util.List;
import netc.diag.Span;

/** What an element does. */
public sealed interface Atom {
    Span span();

    /** An op, a block, or a tensor value; {@code args} is null when written without parentheses. */
    record Call(String name, Span nameSpan, List<Arg> args, Span span) implements Atom {}
    /** {@code concat { branch \n branch }}: every branch starts from the current tensor. */
    record Join(String op, Span nameSpan, List<Stmt> branches, Span span) implements Atom {}
    /** {@code in}: the block's input. */
    record Input(Span span) implements Atom {}
    /** {@code { ... }}: a sequence with its own naming scope, like nn.Sequential. */
    record Group(List<Stmt> body, Span span) implements Atom {}
}
