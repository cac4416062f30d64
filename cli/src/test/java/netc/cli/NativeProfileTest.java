package netc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import netc.bench.models.Profiler;
import org.junit.jupiter.api.Test;

/**
 * The two-thread report's columns, from made-up counters whose expected rows are worked out by hand below: a wrong
 * column, a sum over the wrong layers or a per-call average over the wrong count shows as a different cell.
 */
class NativeProfileTest {
    private static Profiler.Layer layer(String name, String op, double ms) { return new Profiler.Layer(name, op, "8x7x7", 1000, ms); }

    // two-thread build: a and b ran on two threads, c on one; b is the fusion of the one-thread build's b and b2
    private static final NativeProfile.Result TWO = new NativeProfile.Result(
            List.of(layer("a", "conv1x1", 0.300), layer("b", "conv1x1", 0.100), layer("c", "dwconv3x3", 0.050)), 2.4, 153.6, 0.45,
            new double[] {0.45}, Arrays.asList(new NativeProfile.Split(0.25, 0.24, 0.010, 0.020, 0.5),
                    new NativeProfile.Split(0.09, 0.08, 0.004, 0.006, 1.0), null));
    private static final NativeProfile.Result ONE = new NativeProfile.Result(
            List.of(layer("a", "conv1x1", 0.5), layer("b", "conv1x1", 0.16), layer("b2", "conv1x1", 0.04), layer("c", "dwconv3x3", 0.05)),
            2.4, 76.8, 0.75, new double[] {0.75}, Arrays.asList(null, null, null, null));

    private static String[] cells(String report, String first) {
        return report.lines().filter(l -> l.startsWith("| " + first + " |")).findFirst().orElseThrow(() -> new AssertionError(first + " in\n" + report))
                .replaceAll("^\\| | \\|$", "").split(" \\| ");
    }

    @Test
    void perOpRowSumsLayersAndAveragesPerLayerCall() {
        String report = NativeProfile.threadReport(TWO, ONE, Map.of("b2", "b"), 10);
        // wall 0.3 + 0.1; 1T a + b + b2 = 0.5 + 0.16 + 0.04 = 0.7; speedup 0.7 / 0.4; caller 0.25 + 0.09; worker 0.24 + 0.08;
        // busy/1T (0.34 + 0.32) / 0.7; delay (10 + 4) / 2 us; join (20 + 6) / 2 us; parked (0.5 + 1) / 2
        assertEquals(List.of("conv1x1 (2)", "0.400", "0.700", "1.75", "0.340", "0.320", "0.94", "7.0", "13.0", "0.75"),
                List.of(cells(report, "conv1x1 (2)")));
        assertFalse(report.contains("dwconv3x3"), report); // c ran on one thread: not in the report
    }

    @Test
    void layerRowCountsTheFusedOneThreadLayers() {
        String report = NativeProfile.threadReport(TWO, ONE, Map.of("b2", "b"), 10);
        // b: 1T = b + b2 = 0.2; speedup 0.2 / 0.1; busy/1T (0.09 + 0.08) / 0.2
        assertEquals(List.of("b conv1x1 8x7x7", "0.100", "0.200", "2.00", "0.090", "0.080", "0.85", "4.0", "6.0", "1.00"),
                List.of(cells(report, "b conv1x1 8x7x7")));
        // without the mapping, b's one-thread time is b alone
        assertEquals("0.160", cells(NativeProfile.threadReport(TWO, ONE, Map.of(), 10), "b conv1x1 8x7x7")[2]);
    }

    @Test
    void withoutAOneThreadProfileTheOneThreadColumnsStayEmpty() {
        String[] a = cells(NativeProfile.threadReport(TWO, null, Map.of(), 10), "a conv1x1 8x7x7");
        assertEquals(List.of("0.300", "", "", "0.250", "0.240", "", "10.0", "20.0", "0.50"), List.of(a).subList(1, 10));
    }

    @Test
    void topLimitsTheLayerRowsSlowestFirst() {
        String report = NativeProfile.threadReport(TWO, ONE, Map.of(), 1);
        assertTrue(report.contains("| a conv1x1 8x7x7 |"), report);
        assertFalse(report.contains("| b conv1x1 8x7x7 |"), report);
    }

    @Test
    void callTimesGivesPercentilesOfTheSortedCalls() {
        double[] ms = {10, 3, 7, 1, 9, 2, 8, 4, 6, 5};
        NativeProfile.Result r = new NativeProfile.Result(List.of(), 2.4, 76.8, 5.5, ms, List.of());
        String s = NativeProfile.callTimes(r);
        assertTrue(s.contains("(10 calls): min 1.00, p10 2.00, median 6.00, p90 10.00, max 10.00"), s);
        // ten bins of 0.9 ms over 1-10: one call in each
        assertEquals(10, s.lines().filter(l -> l.matches(" +[0-9.]+- +[0-9.]+ ms +1 #+")).count(), s);
    }
}
