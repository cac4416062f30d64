package netc.runtime.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/** NumPy .npy arrays: read float32/float64 (little-endian, C order), write float32. */
public final class Npy {
    /** An array: its shape and its elements as float32. */
    public record Array(long[] shape, float[] data) {}

    private Npy() {}

    public static Array read(Path path) {
        byte[] all;
        try {
            all = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new WeightsException("cannot read " + path + ": " + e.getMessage(), e);
        }
        if (all.length < 10 || all[0] != (byte) 0x93 || !new String(all, 1, 5, StandardCharsets.ISO_8859_1).equals("NUMPY")) {
            throw new WeightsException(path + ": not a .npy file");
        }
        int major = all[6];
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        int headerLen, headerStart;
        if (major == 1) { headerLen = b.getShort(8) & 0xffff; headerStart = 10; }
        else { headerLen = b.getInt(8); headerStart = 12; }
        if (headerLen < 0 || headerStart + headerLen > all.length) throw new WeightsException(path + ": truncated .npy header");
        String header = new String(all, headerStart, headerLen, StandardCharsets.ISO_8859_1).strip();
        String descr = field(header, "descr");
        boolean fortran = field(header, "fortran_order").startsWith("True");
        String shapeText = field(header, "shape");
        if (fortran) throw new WeightsException(path + ": Fortran-order arrays are not supported; save with np.ascontiguousarray");
        int width = switch (descr) {
            case "'<f4'" -> 4;
            case "'<f8'" -> 8;
            default -> throw new WeightsException(path + ": dtype " + descr + " is not supported (float32 or float64)");
        };
        String inner = shapeText.replaceAll("[()\\s]", "");
        long[] shape = inner.isEmpty() ? new long[0] : Arrays.stream(inner.split(",")).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
        long count = 1;
        for (long d : shape) count = Math.multiplyExact(count, d);
        int dataStart = headerStart + headerLen;
        if ((long) all.length - dataStart != count * width) {
            throw new WeightsException(path + ": shape " + Arrays.toString(shape) + " needs " + count * width + " data bytes, file has " + (all.length - dataStart));
        }
        float[] data = new float[(int) count];
        for (int i = 0; i < data.length; i++) {
            data[i] = width == 4 ? b.getFloat(dataStart + 4 * i) : (float) b.getDouble(dataStart + 8 * i);
        }
        return new Array(shape, data);
    }

    private static String field(String header, String key) {
        int k = header.indexOf("'" + key + "'");
        if (k < 0) throw new WeightsException("bad .npy header: no " + key);
        int colon = header.indexOf(':', k);
        int end = key.equals("shape") ? header.indexOf(')', colon) + 1 : header.indexOf(',', colon);
        if (colon < 0 || end <= 0) throw new WeightsException("bad .npy header near " + key);
        return header.substring(colon + 1, end).strip();
    }

    /** Writes float32, replacing the file atomically so that a failed write leaves no partial file. */
    public static void write(Path path, long[] shape, float[] data) throws IOException {
        StringBuilder shapeText = new StringBuilder("(");
        for (long d : shape) shapeText.append(d).append(", ");
        if (shape.length > 1) shapeText.setLength(shapeText.length() - 2);
        else if (shape.length == 1) shapeText.setLength(shapeText.length() - 1);
        shapeText.append(')');
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shapeText + ", }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + 4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 1).put((byte) 0);
        b.putShort((short) header.length()).put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (float f : data) b.putFloat(f);
        Path dir = path.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".netc-", ".npy.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(b.array());
            }
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
