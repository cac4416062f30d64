package netc.bench.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The benchmark's Markdown table, one row per configuration, and the machine's load to print beside it. */
public final class Table {
    private Table() {}

    /** Agreement above this (max |netc - ORT| relative to max |ORT|) means the two did not compute the same thing. */
    public static final double AGREEMENT = 1e-3;

    public static String header(boolean ort) {
        return ort
                ? "| network | target | batch | threads | netc first ms | netc steady ms | ORT first ms | ORT steady ms | netc/ORT | netc/ORT min | max diff/scale | calls |\n"
                  + "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n"
                : "| network | target | batch | threads | netc first ms | netc steady ms | netc min ms | calls |\n|---|---|--:|--:|--:|--:|--:|--:|\n";
    }

    public static String row(String network, Comparison.Row r) {
        if (r.ort() == null) {
            return String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %s | %s | %d |%n", network, r.target(), r.batch(), r.threads(), ms(r.netc().firstMs()),
                    ms(r.netc().steadyMs()), ms(r.netc().minMs()), r.netc().calls());
        }
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %s | %s | %s | %.2f | %.2f | %.1e%s | %d+%d |%n", network, r.target(), r.batch(), r.threads(),
                ms(r.netc().firstMs()), ms(r.netc().steadyMs()), ms(r.ort().firstMs()), ms(r.ort().steadyMs()), r.ratio(),
                r.netc().minMs() / r.ort().minMs(), r.relativeDiff(),
                agrees(r) ? "" : " MISMATCH", r.netc().calls(), r.ort().calls());
    }

    public static boolean agrees(Comparison.Row r) { return r.ort() == null || r.relativeDiff() <= AGREEMENT; }

    /** Three significant digits or so. */
    public static String ms(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3f", v);
    }

    /** /proc/loadavg's three load averages (1, 5, 15 minutes), or null where /proc is missing. */
    public static double[] loadAverages() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The 1-minute load average and the processor count, e.g. {@code 2.31 (2 cores)}; "?" where /proc is missing. */
    public static String load() {
        String avg;
        try {
            avg = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            avg = "?";
        }
        return avg + " (" + Runtime.getRuntime().availableProcessors() + " cores)";
    }
}
