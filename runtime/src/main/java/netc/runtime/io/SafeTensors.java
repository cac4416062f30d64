package netc.runtime.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a safetensors file (F32, F16, BF16 tensors). The header is validated completely — size, JSON, dtypes,
 * shapes, offsets inside the file and not overlapping, byte counts matching shapes — before any tensor is read,
 * so a truncated, oversized or lying file fails with a message and nothing large is allocated for it.
 * Tensors are read on demand from the file.
 */
public final class SafeTensors implements WeightSource {
    /** Headers larger than this are refused: real ones are kilobytes. */
    static final long MAX_HEADER = 100L << 20;

    private record Entry(String dtype, long[] shape, long begin, long end) {}

    private final Path path;
    private final long dataStart;
    private final Map<String, Entry> entries;

    private SafeTensors(Path path, long dataStart, Map<String, Entry> entries) {
        this.path = path;
        this.dataStart = dataStart;
        this.entries = entries;
    }

    public static SafeTensors open(Path path) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new WeightsException("cannot read " + path + ": " + e.getMessage(), e);
        }
        if (size < 8) throw new WeightsException(path + ": not a safetensors file (only " + size + " bytes)");
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, lenBuf, 0);
            long headerLen = lenBuf.getLong(0);
            if (headerLen < 2 || headerLen > MAX_HEADER || headerLen > size - 8) {
                throw new WeightsException(path + ": not a safetensors file (header length " + Long.toUnsignedString(headerLen)
                        + " does not fit a file of " + size + " bytes)");
            }
            ByteBuffer header = ByteBuffer.allocate((int) headerLen);
            readFully(ch, header, 8);
            String json = new String(header.array(), StandardCharsets.UTF_8);
            Object parsed;
            try {
                parsed = MiniJson.parse(json.stripTrailing());
            } catch (IllegalArgumentException e) {
                throw new WeightsException(path + ": safetensors header is not valid JSON: " + e.getMessage());
            }
            if (!(parsed instanceof Map<?, ?> top)) throw new WeightsException(path + ": safetensors header is not a JSON object");
            long dataSize = size - 8 - headerLen;
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (var e : top.entrySet()) {
                String name = (String) e.getKey();
                if (name.equals("__metadata__")) continue;
                entries.put(name, entry(path, name, e.getValue(), dataSize));
            }
            checkOverlaps(path, entries);
            return new SafeTensors(path, 8 + headerLen, entries);
        } catch (IOException e) {
            throw new WeightsException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static Entry entry(Path path, String name, Object v, long dataSize) {
        String where = path + ": tensor '" + name + "'";
        if (!(v instanceof Map<?, ?> m)) throw new WeightsException(where + ": header entry is not an object");
        if (!(m.get("dtype") instanceof String dtype)) throw new WeightsException(where + ": no dtype");
        int width = switch (dtype) {
            case "F32" -> 4;
            case "F16", "BF16" -> 2;
            default -> throw new WeightsException(where + ": dtype " + dtype + " is not supported (F32, F16, BF16 are)");
        };
        if (!(m.get("shape") instanceof List<?> shapeList)) throw new WeightsException(where + ": no shape");
        long[] shape = new long[shapeList.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            if (!(shapeList.get(i) instanceof Long d) || d < 0) throw new WeightsException(where + ": bad shape " + shapeList);
            shape[i] = d;
            try {
                count = Math.multiplyExact(count, d);
            } catch (ArithmeticException ex) {
                throw new WeightsException(where + ": shape " + shapeList + " overflows");
            }
        }
        if (!(m.get("data_offsets") instanceof List<?> off) || off.size() != 2 || !(off.get(0) instanceof Long b) || !(off.get(1) instanceof Long e)) {
            throw new WeightsException(where + ": bad data_offsets");
        }
        if (b < 0 || e < b || e > dataSize) {
            throw new WeightsException(where + ": data_offsets [" + b + ", " + e + "] lie outside the " + dataSize + " data bytes (truncated file?)");
        }
        if (count > Integer.MAX_VALUE - 8) throw new WeightsException(where + ": " + count + " elements are more than a Java array holds");
        if (e - b != count * width) {
            throw new WeightsException(where + ": shape " + Arrays.toString(shape) + " of " + dtype + " needs " + count * width
                    + " bytes but data_offsets give " + (e - b));
        }
        return new Entry(dtype, shape, b, e);
    }

    private static void checkOverlaps(Path path, Map<String, Entry> entries) {
        List<Map.Entry<String, Entry>> sorted = new ArrayList<>(entries.entrySet());
        sorted.sort((x, y) -> Long.compare(x.getValue().begin(), y.getValue().begin()));
        for (int i = 1; i < sorted.size(); i++) {
            var prev = sorted.get(i - 1);
            var cur = sorted.get(i);
            if (cur.getValue().begin() < prev.getValue().end()) {
                throw new WeightsException(path + ": tensors '" + prev.getKey() + "' and '" + cur.getKey() + "' overlap in the file");
            }
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        while (buf.hasRemaining()) {
            int n = ch.read(buf, position + buf.position());
            if (n < 0) throw new IOException("unexpected end of file");
        }
    }

    @Override public Set<String> names() { return Collections.unmodifiableSet(entries.keySet()); }

    @Override public long[] shape(String name) {
        Entry e = entries.get(name);
        return e == null ? null : e.shape().clone();
    }

    public String dtype(String name) { return entries.get(name).dtype(); }

    @Override public float[] floats(String name) {
        Entry e = entries.get(name);
        if (e == null) throw new WeightsException(path + ": no tensor '" + name + "'");
        int bytes = (int) (e.end() - e.begin());
        ByteBuffer buf = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            readFully(ch, buf, dataStart + e.begin());
        } catch (IOException ex) {
            throw new WeightsException("cannot read tensor '" + name + "' from " + path + ": " + ex.getMessage(), ex);
        }
        buf.flip();
        float[] out = new float[bytes / (e.dtype().equals("F32") ? 4 : 2)];
        switch (e.dtype()) {
            case "F32" -> buf.asFloatBuffer().get(out);
            case "F16" -> { for (int i = 0; i < out.length; i++) out[i] = Float.float16ToFloat(buf.getShort(2 * i)); }
            default -> { for (int i = 0; i < out.length; i++) out[i] = Float.intBitsToFloat((buf.getShort(2 * i) & 0xffff) << 16); }
        }
        return out;
    }
}
