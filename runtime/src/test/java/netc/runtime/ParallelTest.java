package netc.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void runsEveryTaskOnceAndRethrows() throws Exception {
        try (Parallel p = Parallel.create(3)) {
            assertEquals(3, p.threads());
            for (int round = 0; round < 2000; round++) {
                int tasks = 1 + round % 37;
                AtomicIntegerArray hits = new AtomicIntegerArray(tasks);
                p.run(tasks, hits::incrementAndGet);
                for (int i = 0; i < tasks; i++) assertEquals(1, hits.get(i), "round " + round + " task " + i);
            }
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.run(8, t -> {
                if (t == 5) throw new IllegalStateException("boom");
            }));
            assertEquals("boom", e.getMessage());
            // a task may itself call run: the nested call runs inline
            AtomicIntegerArray nested = new AtomicIntegerArray(6 * 5);
            p.run(6, t -> p.run(5, u -> nested.incrementAndGet(t * 5 + u)));
            for (int i = 0; i < nested.length(); i++) assertEquals(1, nested.get(i));
            // usable after a failure, and from several callers at once (a busy pool runs the caller's tasks inline)
            Thread[] callers = new Thread[4];
            AtomicIntegerArray hits = new AtomicIntegerArray(4 * 100);
            for (int c = 0; c < callers.length; c++) {
                int base = c * 100;
                callers[c] = new Thread(() -> {
                    for (int r = 0; r < 50; r++) {
                        boolean count = r == 0;
                        p.run(100, t -> {
                            if (count) hits.incrementAndGet(base + t);
                        });
                    }
                });
                callers[c].start();
            }
            for (Thread t : callers) t.join();
            for (int i = 0; i < hits.length(); i++) assertEquals(1, hits.get(i));
        }
    }
}
