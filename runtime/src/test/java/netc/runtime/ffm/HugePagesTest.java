package netc.runtime.ffm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

class HugePagesTest {
    @Test
    void bigBuffersAreZeroedAlignedAndWritableSmallOnesComeFromTheArena() {
        try (Arena arena = Arena.ofConfined()) {
            for (long bytes : new long[] {256, (2L << 20) - 4, 2L << 20, (5L << 20) + 12}) {
                MemorySegment s = HugePages.allocate(arena, bytes, 64);
                assertEquals(bytes, s.byteSize());
                assertEquals(0, s.address() % 64, "64-byte aligned");
                if (bytes >= 2L << 20 && System.getProperty("os.name").startsWith("Linux")) assertEquals(0, s.address() % (2L << 20), "on a 2 MB boundary");
                long last = bytes / 4 - 1;
                assertEquals(0f, s.getAtIndex(ValueLayout.JAVA_FLOAT, 0));
                assertEquals(0f, s.getAtIndex(ValueLayout.JAVA_FLOAT, last));
                s.setAtIndex(ValueLayout.JAVA_FLOAT, last, 3.5f);
                assertEquals(3.5f, s.getAtIndex(ValueLayout.JAVA_FLOAT, last));
                assertTrue(s.scope().isAlive());
            }
        }
    }
}
