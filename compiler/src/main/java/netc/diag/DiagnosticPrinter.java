package netc.diag;

/** Renders diagnostics javac-style: {@code file:line:col: error: message [E0401]}, the line, a caret underline. */
public final class DiagnosticPrinter {
    private DiagnosticPrinter() {}

    public static String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        appendOne(sb, d.span(), d.severity().label(), d.message() + " [" + d.code().id() + "]");
        for (Diagnostic.Note n : d.notes()) appendOne(sb, n.span(), "note", n.message());
        return sb.toString();
    }

    private static void appendOne(StringBuilder sb, Span span, String label, String message) {
        if (span == null || span.isSynthetic()) {
            String where = span == null ? "netc" : span.file().name();
            sb.append(where).append(": ").append(label).append(": ").append(message).append('\n');
            return;
        }
        int line = span.line();
        int col = span.column();
        sb.append(span.file().name()).append(':').append(line).append(':').append(col)
          .append(": ").append(label).append(": ").append(message).append('\n');
        String text = span.file().lineText(line);
        sb.append(text).append('\n');
        // Underline to the end of the span, or of the line if the span continues past it.
        int lineEndOffset = span.start() - (col - 1) + text.length();
        int width = Math.max(1, Math.min(span.end(), lineEndOffset) - span.start());
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < col - 1 && i < text.length(); i++) pad.append(text.charAt(i) == '\t' ? '\t' : ' ');
        sb.append(pad).append('^');
        sb.append("~".repeat(width - 1)).append('\n');
    }
}
