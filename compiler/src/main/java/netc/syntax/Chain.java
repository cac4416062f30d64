package netc.syntax;

import java.util.List;
import netc.diag.Span;

/** {@code a -> b -> c}: elements applied left to right. */
public record Chain(List<Element> elements, Span span) {}
