package netc.diag;

/** A range of source text [start, end) that a diagnostic can point at. */
public record Span(SourceFile file, int start, int end) {
    public Span {
        if (end < start) end = start;
    }

    public int line() { return file.line(start); }
    public int column() { return file.column(start); }

    public String text() { return file.text().substring(start, Math.min(end, file.text().length())); }

    /** True if {@code other} lies within this span, in the same file. */
    public boolean contains(Span other) { return other.file == file && other.start >= start && other.end <= end; }

    public Span to(Span other) { return new Span(file, Math.min(start, other.start), Math.max(end, other.end)); }

    /** For values that come from outside any file (command line, defaults of the tool). */
    public static Span synthetic(String what) {
        SourceFile f = new SourceFile(what, "");
        return new Span(f, 0, 0);
    }

    public boolean isSynthetic() { return file.text().isEmpty(); }

    @Override public String toString() { return file.name() + ":" + line() + ":" + column(); }
}
