package netc.diag;

/** Thrown to stop elaboration at the first fatal problem; carries the diagnostic to report. */
public final class CompileException extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public CompileException(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public CompileException(ErrorCode code, Span span, String message) {
        this(new Diagnostic(Severity.ERROR, code, span, message, java.util.List.of()));
    }

    public Diagnostic diagnostic() { return diagnostic; }
}
