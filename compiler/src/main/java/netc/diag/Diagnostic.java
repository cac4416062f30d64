package netc.diag;

import java.util.List;

/** One message about the user's input, with where it applies and follow-up notes (e.g. the block call chain). */
public record Diagnostic(Severity severity, ErrorCode code, Span span, String message, List<Note> notes) {
    public record Note(Span span, String message) {}

    public Diagnostic {
        notes = List.copyOf(notes);
    }

    /** Adds a note; the same note again right after itself (a block that calls itself) is counted, not repeated. */
    public Diagnostic withNote(Span at, String text) {
        var more = new java.util.ArrayList<>(notes);
        Note last = more.isEmpty() ? null : more.get(more.size() - 1);
        if (last != null && last.span().equals(at) && (last.message().equals(text) || last.message().startsWith(text + " ("))) {
            int times = last.message().equals(text) ? 1 : Integer.parseInt(last.message().replaceAll(".* \\((\\d+) times\\)$", "$1"));
            more.set(more.size() - 1, new Note(at, text + " (" + (times + 1) + " times)"));
        } else {
            more.add(new Note(at, text));
        }
        return new Diagnostic(severity, code, span, message, more);
    }
}
