package netc.runtime.io;

/** A weights or tensor file that cannot be used, with a message fit to show the user as is. */
public final class WeightsException extends RuntimeException {
    public WeightsException(String message) { super(message); }
    public WeightsException(String message, Throwable cause) { super(message, cause); }
}
