package netc.syntax;

import netc.diag.Span;

/** One step of a chain, optionally labelled: {@code conv1: conv(64, 3)}. */
public record Element(Label label, Atom atom, Span span) {

    /** A label names the element in parameter paths; a string label may interpolate {@code {expr}}. */
    public record Label(String text, boolean template, Span span) {}
}
