package netc.bench.models;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Waits until this process's threads are idle before an engine's timed block starts. ONNX Runtime's pool keeps
 * spinning after a call (measured: 40-60 ms of CPU within about 80 ms after a block of mobilenet_v2 calls, 2
 * threads), which would otherwise run on the cores during the next engine's first calls and charge them with it.
 * Reads the threads' run times from {@code /proc/self/task/N/schedstat} (nanoseconds, Linux); where that is
 * missing, sleeps a fixed {@link #FALLBACK_MS}.
 */
public final class Settle {
    private Settle() {}

    static final long FALLBACK_MS = 150;
    /** The polling step, the most CPU the threads may use in one step to count as idle (10%), and the longest wait. */
    private static final long STEP_MS = 5, IDLE_NS = 500_000, MAX_MS = 1000;

    /** Returns the milliseconds waited. */
    public static long untilIdle() {
        long t0 = System.nanoTime();
        try {
            long before = cpuNanos();
            if (before < 0) {
                Thread.sleep(FALLBACK_MS);
            } else {
                while ((System.nanoTime() - t0) / 1_000_000 < MAX_MS) {
                    Thread.sleep(STEP_MS);
                    long now = cpuNanos();
                    // the calling thread's own polling is included: a few microseconds per step
                    if (now - before < IDLE_NS) break;
                    before = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Sum of the run times of this process's threads in ns, or -1 where /proc does not tell. */
    private static long cpuNanos() {
        long sum = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : tasks) {
                try {
                    String s = Files.readString(t.resolve("schedstat"));
                    sum += Long.parseLong(s.substring(0, s.indexOf(' ')));
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended between listing and reading: its time no longer matters
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
        return sum;
    }
}
