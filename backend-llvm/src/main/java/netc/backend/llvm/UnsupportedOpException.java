package netc.backend.llvm;

/** A node the native backend does not lower (yet): names the op and the layer, for a one-line user error. */
public final class UnsupportedOpException extends RuntimeException {
    public UnsupportedOpException(String layer, String op) {
        super("the native backend cannot compile layer '" + layer + "': op '" + op + "' is not lowered to LLVM yet"
                + " (use --target java for this network)");
    }
}
