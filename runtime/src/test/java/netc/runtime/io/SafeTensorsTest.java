package netc.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeTensorsTest {
    @TempDir Path dir;

    /** Writes a safetensors file by the format's definition: u64 header length, JSON header, data. */
    private Path write(String header, byte[] data) throws Exception {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(h.length).array());
        out.write(h);
        out.write(data);
        Path p = dir.resolve("w" + System.nanoTime() + ".safetensors");
        Files.write(p, out.toByteArray());
        return p;
    }

    private static byte[] f32(float... v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) b.putFloat(f);
        return b.array();
    }

    @Test
    void readsF32F16AndBf16() throws Exception {
        ByteBuffer half = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        half.putShort(Float.floatToFloat16(1.5f)).putShort(Float.floatToFloat16(-2f));
        half.putShort((short) (Float.floatToIntBits(3.25f) >>> 16)).putShort((short) (Float.floatToIntBits(-0.5f) >>> 16));
        byte[] data = new byte[16];
        System.arraycopy(f32(1f, 2f), 0, data, 0, 8);
        System.arraycopy(half.array(), 0, data, 8, 8);
        Path p = write("{\"__metadata__\":{\"format\":\"pt\"},"
                + "\"a.weight\":{\"dtype\":\"F32\",\"shape\":[2,1],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[8,12]},"
                + "\"c\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[12,16]}}", data);
        SafeTensors st = SafeTensors.open(p);
        assertEquals(java.util.Set.of("a.weight", "b", "c"), st.names());
        assertArrayEquals(new long[] {2, 1}, st.shape("a.weight"));
        assertArrayEquals(new float[] {1f, 2f}, st.floats("a.weight"));
        assertArrayEquals(new float[] {1.5f, -2f}, st.floats("b"));
        assertArrayEquals(new float[] {3.25f, -0.5f}, st.floats("c"));
    }

    @Test
    void rejectsTruncatedFile() throws Exception {
        Path p = write("{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", f32(1, 2));
        var e = assertThrows(WeightsException.class, () -> SafeTensors.open(p));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void rejectsShapeThatLiesAboutTheBytes() throws Exception {
        Path p = write("{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", f32(1, 2));
        var e = assertThrows(WeightsException.class, () -> SafeTensors.open(p));
        assertTrue(e.getMessage().contains("needs 12 bytes"), e.getMessage());
    }

    @Test
    void rejectsOverlappingTensors() throws Exception {
        Path p = write("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", f32(1, 2));
        assertTrue(assertThrows(WeightsException.class, () -> SafeTensors.open(p)).getMessage().contains("overlap"));
    }

    @Test
    void rejectsOversizedHeaderWithoutAllocatingIt() throws Exception {
        Path p = dir.resolve("huge.safetensors");
        Files.write(p, ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(Long.MAX_VALUE).array());
        assertTrue(assertThrows(WeightsException.class, () -> SafeTensors.open(p)).getMessage().contains("header length"));
    }

    @Test
    void rejectsGarbageAndUnsupportedTypes() throws Exception {
        assertThrows(WeightsException.class, () -> SafeTensors.open(write("{not json", new byte[0])));
        assertTrue(assertThrows(WeightsException.class, () -> SafeTensors.open(write("{\"a\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[0,8]}}", new byte[8])))
                .getMessage().contains("I64"));
        Path tiny = dir.resolve("tiny");
        Files.write(tiny, new byte[3]);
        assertThrows(WeightsException.class, () -> SafeTensors.open(tiny));
    }

    @Test
    void requireListsEveryProblemAtOnce() throws Exception {
        Path p = write("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"extra\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,8]},"
                + "\"bn.num_batches_tracked\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,8]}}", f32(1, 2));
        SafeTensors st = SafeTensors.open(p);
        var e = assertThrows(WeightsException.class, () -> st.require(Map.of("a", new long[] {3}, "b", new long[] {1})));
        String m = e.getMessage();
        assertTrue(m.contains("3 problems") && m.contains("missing:\n  b") && m.contains("a: expected [3], file has [2]") && m.contains("unexpected:\n  extra"), m);
        assertTrue(!m.contains("num_batches_tracked"), m);
    }

    @Test
    void npyRoundTripsAndRandomWeightsAreDeterministic() throws Exception {
        Path p = dir.resolve("x.npy");
        float[] data = {1f, -2f, 3.5f, 0f, 7f, 8f};
        Npy.write(p, new long[] {1, 2, 3}, data);
        Npy.Array a = Npy.read(p);
        assertArrayEquals(new long[] {1, 2, 3}, a.shape());
        assertArrayEquals(data, a.data());
        var shapes = Map.of("conv.weight", new long[] {4, 3, 3, 3}, "bn.running_var", new long[] {4});
        float[] w1 = new RandomWeights(7, shapes).floats("conv.weight");
        float[] w2 = new RandomWeights(7, shapes).floats("conv.weight");
        assertArrayEquals(w1, w2);
        assertTrue(!Arrays.equals(w1, new RandomWeights(8, shapes).floats("conv.weight")));
        for (float v : new RandomWeights(7, shapes).floats("bn.running_var")) assertTrue(v > 0);
    }
}
