package netc.backend.llvm;

/** A node the native backend does not lower (yet): names the op and the layer, for a one-line user error. */
public final class UnsupportedOpException extends RuntimeException {
    private final String layer;
    private final String op;

    public UnsupportedOpException(String layer, String op) {
        super("the native backend cannot compile layer '" + layer + "': op '" + op + "' is not lowered to LLVM yet"
                + " (use --target java for this network)");
        this.layer = layer;
        this.op = op;
    }

    /** The layer's name (a layer of the network, so callers can point at its line). */
    public String layer() { return layer; }

    public String op() { return op; }
}
