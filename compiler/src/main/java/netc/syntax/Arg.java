package netc.syntax;

import netc.diag.Span;

/** A call argument; {@code name} is null for positional ones. */
public record Arg(String name, Expr value, Span span) {
    public boolean isNamed() { return name != null; }
}
