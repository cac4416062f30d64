package netc.diag;

/**
 * The catalog of diagnostics netc can report. Numbers are stable: tests and users refer to them.
 * Errors E01xx syntax and files, 02xx names and arguments, 03xx evaluation, 04xx shapes, 05xx sizes, 06xx backends
 * and export. Warnings W01xx, each with the name that switches it ({@code -Wno-unused}, {@code -Wdropped-pixels}).
 */
public enum ErrorCode {
    SYNTAX(101, "syntax error"),
    IMPORT_NOT_FOUND(102, "imported file not found"),
    FILE_UNREADABLE(103, "file cannot be read"),
    DUPLICATE_DEFINITION(104, "a block or network is defined twice"),
    NO_NETWORK(105, "no network to build"),

    UNKNOWN_OP(201, "unknown op or block"),
    UNKNOWN_NAME(202, "unknown name in an expression"),
    UNKNOWN_ARGUMENT(203, "unknown named argument"),
    MISSING_ARGUMENT(204, "required argument missing"),
    TOO_MANY_ARGUMENTS(205, "too many positional arguments"),
    DUPLICATE_ARGUMENT(206, "argument given twice"),
    TYPE_MISMATCH(207, "value of the wrong type"),
    RECURSION(208, "a block calls itself"),
    DUPLICATE_LAYER_NAME(209, "two layers with parameters have the same name"),
    BAD_VALUE(210, "a value outside what the op accepts"),
    MISPLACED(211, "construct used where it has no meaning"),
    UNKNOWN_PARAMETER(212, "--set names a parameter the network does not have"),

    EVALUATION(301, "expression cannot be evaluated"),
    DIVISION_BY_ZERO(302, "division by zero"),
    TOO_LARGE(303, "network too large or too deeply nested to elaborate"),
    ASSERTION(304, "an assert in a block or network does not hold"),

    SHAPE(401, "shapes do not fit"),
    CHANNELS(402, "channel count does not fit the op"),
    SPATIAL_COLLAPSE(403, "spatial size collapses to zero or below"),
    CONCAT_MISMATCH(404, "concat of tensors whose sizes differ"),
    BROADCAST(405, "elementwise op on shapes that do not broadcast"),
    RANK(406, "op applied to a tensor of the wrong rank"),

    OVERFLOW(501, "element or MAC count overflows a 64-bit integer"),

    NOT_LOWERED(601, "an op the chosen backend does not compile yet"),
    EXPORT(602, "the network cannot be written in the export format"),

    UNUSED(101, "a let binding or named tensor is never used", "unused", true),
    UNUSED_PARAMETER(102, "a block or network parameter is never used", "unused-parameter", true),
    // Off by default: torchvision's own nets do it on purpose (AlexNet's conv1, ResNet's 7x7 stem at 224).
    DROPPED_PIXELS(103, "a conv or pool window leaves input rows or columns unread", "dropped-pixels", false);

    private final int number;
    private final String title;
    /** The -W name of a warning; null for an error. */
    private final String warning;
    private final boolean onByDefault;

    ErrorCode(int number, String title) {
        this(number, title, null, false);
    }

    ErrorCode(int number, String title, String warning, boolean onByDefault) {
        this.number = number;
        this.title = title;
        this.warning = warning;
        this.onByDefault = onByDefault;
    }

    public String id() { return String.format("%s%04d", isWarning() ? "W" : "E", number); }
    public String title() { return title; }
    public boolean isWarning() { return warning != null; }
    /** The name {@code -W} flags use for this warning, e.g. {@code unused}. */
    public String warningName() { return warning; }
    public boolean onByDefault() { return onByDefault; }
}
