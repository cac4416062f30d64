package netc.syntax;

import java.util.List;
import netc.diag.Span;

/** Top-level definitions of a file. */
public sealed interface Definition {
    String name();
    Span nameSpan();
    List<Param> params();
    List<Stmt> body();

    record Block(String name, Span nameSpan, List<Param> params, List<Stmt> body, Span span) implements Definition {}
    record Network(String name, Span nameSpan, List<Param> params, List<Stmt> body, Span span) implements Definition {}

    /**
     * {@code network resnet18 = resnet(depth: 18)}: a member of a family, the target network with other defaults.
     * Params and body are the target's, filled in when the program is assembled.
     */
    record Alias(String name, Span nameSpan, String target, Span targetSpan, List<Arg> args, Span span) implements Definition {
        public List<Param> params() { return List.of(); }
        public List<Stmt> body() { return List.of(); }
    }

    /** {@code name: type = default}; type and default are optional. {@code input: 3x224x224} has a shape default. */
    record Param(String name, String type, Expr defaultValue, Span span) {}
}
