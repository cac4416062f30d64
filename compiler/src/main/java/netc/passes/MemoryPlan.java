package netc.passes;

import java.util.Map;

/**
 * Where each intermediate tensor lives in one reused arena, in floats per sample (a batch of n uses offsets
 * and size times n, since every tensor scales with the batch). The graph input is the caller's and not planned;
 * views share their base tensor's offset.
 */
public record MemoryPlan(Map<Integer, Long> offsets, long arenaFloats, long unplannedFloats) {
    public MemoryPlan {
        offsets = Map.copyOf(offsets);
    }

    public long arenaBytes() { return arenaFloats * 4; }
    public long unplannedBytes() { return unplannedFloats * 4; }
}
