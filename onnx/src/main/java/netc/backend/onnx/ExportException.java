package netc.backend.onnx;

import netc.diag.Span;

/** A network, or one layer of it ({@code span} then points at its source), that the exporter cannot write. */
public final class ExportException extends RuntimeException {
    private final transient Span span;

    public ExportException(Span span, String message) {
        super(message);
        this.span = span;
    }

    /** Where in the source the problem is, or null for the network as a whole. */
    public Span span() { return span; }
}
