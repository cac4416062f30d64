package netc.ir;

/**
 * How a tensor's elements are laid out in memory. The Java backend uses NCHW; the native backend can give a chain
 * of layers channel-blocked NCHWc8 (pass {@code nchwc}), so the choice is recorded per tensor in the IR, not assumed
 * by emitters.
 */
public enum Layout {
    /** batch, channels, height, width; row-major. */
    NCHW,
    /** batch, features. */
    NC,
    /**
     * batch, channel blocks of 8, height, width, the block's 8 channels: element (c, h, w) at
     * {@code ((c / 8) H W + h W + w) 8 + c % 8}; channels padded to a multiple of 8, the padding kept zero, so that
     * a pixel's 8 channels are one vector.
     */
    NCHWc8;

    /** Channels per block of a blocked layout, else 1. */
    public int block() { return this == NCHWc8 ? 8 : 1; }

    public String label() { return name(); }
}
