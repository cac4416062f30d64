package netc.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one compilation, in the order they were found. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic d) { all.add(d); }

    public void error(ErrorCode code, Span span, String message) {
        add(new Diagnostic(Severity.ERROR, code, span, message, List.of()));
    }

    public boolean hasErrors() { return all.stream().anyMatch(d -> d.severity() == Severity.ERROR); }

    public List<Diagnostic> all() { return List.copyOf(all); }

    public int errorCount() { return (int) all.stream().filter(d -> d.severity() == Severity.ERROR).count(); }
}
