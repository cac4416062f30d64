package netc.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one compilation, in the order they were found. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();
    private final WarningPolicy policy;

    public Diagnostics() { this(WarningPolicy.defaults()); }

    public Diagnostics(WarningPolicy policy) { this.policy = policy; }

    public WarningPolicy policy() { return policy; }

    public void add(Diagnostic d) { all.add(d); }

    public void error(ErrorCode code, Span span, String message) {
        add(new Diagnostic(Severity.ERROR, code, span, message, List.of()));
    }

    /**
     * Reports a warning if the policy has it on (as an error under -Werror). The same warning at the same place
     * is reported once: a block used by several networks, or called many times, is one mistake.
     */
    public void warning(ErrorCode code, Span span, String message, List<Diagnostic.Note> notes) {
        if (!code.isWarning()) throw new IllegalArgumentException(code + " is not a warning");
        if (!policy.reports(code)) return;
        for (Diagnostic d : all) {
            if (d.code() == code && d.span().equals(span)) return;
        }
        add(new Diagnostic(policy.asErrors() ? Severity.ERROR : Severity.WARNING, code, span, message, notes));
    }

    public boolean hasErrors() { return all.stream().anyMatch(d -> d.severity() == Severity.ERROR); }

    public List<Diagnostic> all() { return List.copyOf(all); }

    public int errorCount() { return (int) all.stream().filter(d -> d.severity() == Severity.ERROR).count(); }

    public int warningCount() { return (int) all.stream().filter(d -> d.severity() == Severity.WARNING).count(); }
}
