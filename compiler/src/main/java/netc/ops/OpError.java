package netc.ops;

import netc.diag.ErrorCode;

/** An op rejecting its arguments or inputs; {@code argument} names the argument to point at, if any. */
public final class OpError extends RuntimeException {
    private final ErrorCode code;
    private final String argument;

    public OpError(ErrorCode code, String message) { this(code, null, message); }

    public OpError(ErrorCode code, String argument, String message) {
        super(message, null, false, false);
        this.code = code;
        this.argument = argument;
    }

    public ErrorCode code() { return code; }
    public String argument() { return argument; }
}
