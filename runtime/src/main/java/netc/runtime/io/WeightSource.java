package netc.runtime.io;

import java.util.Map;

/** Named float tensors a model's constructor reads its parameters from. */
public interface WeightSource {
    /** Shape of a tensor, or null if the source has no tensor of that name. */
    long[] shape(String name);

    /** The tensor's elements as float32, row-major. */
    float[] floats(String name);

    /** Every tensor name the source holds. */
    java.util.Set<String> names();

    /**
     * Checks the source against the names and shapes a model expects, and reports every problem at once:
     * missing tensors, mis-shaped ones, and unexpected ones (ignoring PyTorch's num_batches_tracked counters).
     */
    default void require(Map<String, long[]> expected) {
        StringBuilder missing = new StringBuilder(), wrong = new StringBuilder(), extra = new StringBuilder();
        int problems = 0;
        for (var e : expected.entrySet()) {
            long[] s = shape(e.getKey());
            if (s == null) { missing.append("\n  ").append(e.getKey()).append(' ').append(java.util.Arrays.toString(e.getValue())); problems++; }
            else if (!java.util.Arrays.equals(s, e.getValue())) {
                wrong.append("\n  ").append(e.getKey()).append(": expected ").append(java.util.Arrays.toString(e.getValue()))
                     .append(", file has ").append(java.util.Arrays.toString(s));
                problems++;
            }
        }
        for (String n : new java.util.TreeSet<>(names())) {
            if (!expected.containsKey(n) && !n.endsWith("num_batches_tracked")) { extra.append("\n  ").append(n); problems++; }
        }
        if (problems == 0) return;
        StringBuilder msg = new StringBuilder("weights do not fit the network (" + problems + " problem" + (problems == 1 ? "" : "s") + ")");
        if (!missing.isEmpty()) msg.append("\nmissing:").append(missing);
        if (!wrong.isEmpty()) msg.append("\nwrong shape:").append(wrong);
        if (!extra.isEmpty()) msg.append("\nunexpected:").append(extra);
        throw new WeightsException(msg.toString());
    }
}
