package netc.runtime.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Big buffers (a network's weights and arena) on transparent huge pages where Linux offers them: the kernels stream
 * tens of megabytes of weights per call, and on 4 KB pages that walks the page tables thousands of times per call.
 * Where THP is in {@code madvise} mode (Debian's default) only memory marked with {@code MADV_HUGEPAGE} before its
 * first touch gets huge pages, and FFM's {@link Arena#allocate} touches its memory (it zeroes it), so a buffer of at
 * least 2 MB is mapped here with {@code mmap}, marked, and unmapped when its arena closes. Elsewhere (another OS, no
 * glibc symbols, a failed call) it is an ordinary 64-byte-aligned allocation: huge pages are a speed-up, never a
 * requirement. {@code -Dnetc.native.hugePages=false} switches it off.
 */
final class HugePages {
    private HugePages() {}

    private static final long HUGE = 2L << 20;
    private static final int PROT_READ_WRITE = 0x3, MAP_PRIVATE_ANONYMOUS = 0x22, MADV_HUGEPAGE = 14;

    private record Libc(MethodHandle mmap, MethodHandle madvise, MethodHandle munmap) {}

    private static final Optional<Libc> LIBC = libc();

    private static Optional<Libc> libc() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) return Optional.empty();
        try {
            Linker linker = Linker.nativeLinker();
            var lookup = linker.defaultLookup();
            MethodHandle mmap = linker.downcallHandle(lookup.find("mmap").orElseThrow(), FunctionDescriptor.of(ValueLayout.ADDRESS,
                    ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
            MethodHandle madvise = linker.downcallHandle(lookup.find("madvise").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
            MethodHandle munmap = linker.downcallHandle(lookup.find("munmap").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
            return Optional.of(new Libc(mmap, madvise, munmap));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code bytes} of zeroed memory, {@code align}-byte aligned (at most 2 MB), freed with {@code arena}: for at least
     * 2 MB mapped 2 MB-aligned and marked for huge pages, else from the arena.
     */
    static MemorySegment allocate(Arena arena, long bytes, long align) {
        if (bytes < HUGE || LIBC.isEmpty() || "false".equals(System.getProperty("netc.native.hugePages"))) return arena.allocate(bytes, align);
        Libc c = LIBC.get();
        long mapped = bytes + HUGE; // room to start at a 2 MB boundary
        try {
            MemorySegment base = (MemorySegment) c.mmap().invokeExact(MemorySegment.NULL, mapped, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, -1, 0L);
            if (base.address() == -1L || base.address() == 0L) return arena.allocate(bytes, align);
            long start = (base.address() + HUGE - 1) / HUGE * HUGE; // inside the mapping, bytes before its end
            int ignored = (int) c.madvise().invokeExact(MemorySegment.ofAddress(start), bytes, MADV_HUGEPAGE); // only a hint
            MethodHandle munmap = c.munmap();
            return MemorySegment.ofAddress(start).reinterpret(bytes, arena, s -> {
                try {
                    int unused = (int) munmap.invokeExact(base, mapped);
                } catch (Throwable t) {
                    // nothing to do: the mapping stays until the process ends
                }
            });
        } catch (Throwable t) {
            return arena.allocate(bytes, align);
        }
    }
}
