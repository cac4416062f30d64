package netc.bench.models;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark as one JSON object (schema in docs/cli.md, {@code netc bench --format json}): the machine, the
 * settings, load times and one object per row. Written by hand: a few flat objects, not worth a JSON library in
 * the CLI.
 */
public final class JsonReport {
    private JsonReport() {}

    /** The process-wide facts: cores, JDK, ORT version (null without ORT), load averages before and after. */
    public record Machine(int cores, String jdk, String onnxruntime, double[] loadBefore, double[] loadAfter) {}

    /**
     * {@code loads}: what each engine took to get ready, in ms, by name ({@code java}, {@code native_threads_1},
     * {@code onnxruntime}); {@code notes}: lines a reader should see (e.g. that native has no profile).
     */
    public static String write(String network, String input, Machine m, Map<String, Double> loads, List<Comparison.Row> rows, List<String> notes) {
        StringBuilder s = new StringBuilder("{\n");
        s.append("  \"network\": ").append(str(network)).append(",\n");
        s.append("  \"input\": ").append(str(input)).append(",\n");
        s.append("  \"machine\": {\"cores\": ").append(m.cores()).append(", \"jdk\": ").append(str(m.jdk()))
                .append(", \"onnxruntime\": ").append(str(m.onnxruntime()))
                .append(", \"load_average_before\": ").append(array(m.loadBefore()))
                .append(", \"load_average_after\": ").append(array(m.loadAfter())).append("},\n");
        s.append("  \"load_ms\": {");
        String sep = "";
        for (var e : loads.entrySet()) {
            s.append(sep).append(str(e.getKey())).append(": ").append(num(e.getValue()));
            sep = ", ";
        }
        s.append("},\n  \"rows\": [");
        sep = "\n";
        for (Comparison.Row r : rows) {
            s.append(sep).append("    {\"network\": ").append(str(network)).append(", \"target\": ").append(str(r.target()))
                    .append(", \"batch\": ").append(r.batch()).append(", \"threads\": ").append(r.threads())
                    .append(", \"netc_first_ms\": ").append(num(r.netc().firstMs()))
                    .append(", \"netc_ms\": ").append(num(r.netc().steadyMs()))
                    .append(", \"netc_min_ms\": ").append(num(r.netc().minMs()))
                    .append(", \"netc_calls\": ").append(r.netc().calls());
            boolean ort = r.ort() != null;
            s.append(", \"onnxruntime_first_ms\": ").append(ort ? num(r.ort().firstMs()) : "null")
                    .append(", \"onnxruntime_ms\": ").append(ort ? num(r.ort().steadyMs()) : "null")
                    .append(", \"onnxruntime_min_ms\": ").append(ort ? num(r.ort().minMs()) : "null")
                    .append(", \"onnxruntime_calls\": ").append(ort ? Integer.toString(r.ort().calls()) : "null")
                    .append(", \"ratio\": ").append(ort ? num(r.ratio()) : "null")
                    .append(", \"max_diff_over_scale\": ").append(ort ? num(r.relativeDiff()) : "null")
                    .append(", \"agrees\": ").append(ort ? Boolean.toString(Table.agrees(r)) : "null").append('}');
            sep = ",\n";
        }
        s.append(rows.isEmpty() ? "],\n" : "\n  ],\n");
        s.append("  \"notes\": [");
        sep = "";
        for (String n : notes) {
            s.append(sep).append(str(n));
            sep = ", ";
        }
        return s.append("]\n}\n").toString();
    }

    private static String array(double[] v) {
        if (v == null) return "null";
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) s.append(i == 0 ? "" : ", ").append(num(v[i]));
        return s.append(']').toString();
    }

    /** JSON has no NaN or infinity: those are null. */
    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1") : "null";
    }

    static String str(String v) {
        if (v == null) return "null";
        StringBuilder s = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c < 0x20) s.append(String.format("\\u%04x", (int) c));
                    else s.append(c);
                }
            }
        }
        return s.append('"').toString();
    }
}
