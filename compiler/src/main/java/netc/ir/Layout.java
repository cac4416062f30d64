package netc.ir;

/**
 * How a tensor's elements are laid out in memory. The Java backend uses NCHW; the native backend will want
 * channel-blocked NCHW8c, so the choice is recorded per tensor in the IR, not assumed by emitters.
 */
public enum Layout {
    /** batch, channels, height, width; row-major. */
    NCHW,
    /** batch, features. */
    NC;

    public String label() { return name(); }
}
