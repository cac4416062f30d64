package netc.diag;

import java.util.List;

/** One message about the user's input, with where it applies and follow-up notes (e.g. the block call chain). */
public record Diagnostic(Severity severity, ErrorCode code, Span span, String message, List<Note> notes) {
    public record Note(Span span, String message) {}

    public Diagnostic {
        notes = List.copyOf(notes);
    }

    public Diagnostic withNote(Span at, String text) {
        var more = new java.util.ArrayList<>(notes);
        more.add(new Note(at, text));
        return new Diagnostic(severity, code, span, message, more);
    }
}
