package netc.model;

/** One use of a block in the elaborated network, for per-block subtotals: {@code layer1.0} is a {@code bottleneck}. */
public record BlockInstance(String path, String block) {}
