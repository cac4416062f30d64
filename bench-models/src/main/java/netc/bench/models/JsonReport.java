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
        return write(network, input, m, loads, rows, notes, List.of());
    }

    /**
     * One {@code --profile} table: the target's layers in execution order, the peak their GFLOP/s is a share of (0:
     * none), and ONNX Runtime's per-node times mapped to them (null without ORT).
     */
    public record Profile(String target, int batch, int threads, int calls, double msPerCall, double peakGflops, List<Profiler.Layer> layers,
                          OrtProfile.Attribution ort) {}

    /** As above, with the {@code profiles} field when {@code profiles} is not empty. */
    public static String write(String network, String input, Machine m, Map<String, Double> loads, List<Comparison.Row> rows, List<String> notes,
                               List<Profile> profiles) {
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
        if (!profiles.isEmpty()) {
            s.append("  \"profiles\": [");
            sep = "\n";
            for (Profile p : profiles) {
                s.append(sep).append("    {\"target\": ").append(str(p.target())).append(", \"batch\": ").append(p.batch())
                        .append(", \"threads\": ").append(p.threads()).append(", \"calls\": ").append(p.calls())
                        .append(", \"ms_per_call\": ").append(num(p.msPerCall()))
                        .append(", \"peak_gflops\": ").append(p.peakGflops() > 0 ? num(p.peakGflops()) : "null");
                if (p.ort() != null) {
                    s.append(", \"onnxruntime_unmapped\": [");
                    String sep2 = "";
                    for (OrtProfile.NodeTime t : p.ort().unmapped()) {
                        s.append(sep2).append("{\"name\": ").append(str(t.name())).append(", \"op\": ").append(str(t.op()))
                                .append(", \"ms\": ").append(num(t.ms())).append('}');
                        sep2 = ", ";
                    }
                    s.append(']');
                }
                s.append(", \"layers\": [");
                String sep2 = "\n";
                for (Profiler.Layer l : p.layers()) {
                    Double ort = p.ort() == null ? null : p.ort().layerMs().get(l.name());
                    s.append(sep2).append("      {\"name\": ").append(str(l.name())).append(", \"op\": ").append(str(l.op()))
                            .append(", \"output\": ").append(str(l.output())).append(", \"macs\": ").append(l.macs())
                            .append(", \"ms\": ").append(num(l.ms())).append(", \"gflops\": ").append(l.macs() == 0 ? "null" : num(l.gflops()))
                            .append(", \"onnxruntime_ms\": ").append(ort == null ? "null" : num(ort))
                            .append(", \"ratio\": ").append(ort == null || ort <= 0 ? "null" : num(l.ms() / ort)).append('}');
                    sep2 = ",\n";
                }
                s.append(p.layers().isEmpty() ? "]}" : "\n    ]}");
                sep = ",\n";
            }
            s.append("\n  ],\n");
        }
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
