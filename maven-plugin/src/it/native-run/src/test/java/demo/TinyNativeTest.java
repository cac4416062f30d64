package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import netc.runtime.io.Npy;
import org.junit.jupiter.api.Test;

/** The natively compiled tiny.net, its library loaded from the classpath, against PyTorch (reference.py). */
class TinyNativeTest {
    @Test
    void matchesPyTorch() {
        assertNotNull(Tiny.class.getResource(Tiny.LIBRARY), "the library is next to the class on the classpath");
        Path ref = Path.of("target/reference");
        Npy.Array x = Npy.read(ref.resolve("input.npy")), expected = Npy.read(ref.resolve("output.npy"));
        float[] y = Classify.run(ref.resolve("weights.safetensors"), x.data(), (int) x.shape()[0]);
        assertEquals(expected.data().length, y.length);
        float scale = 0;
        for (float v : expected.data()) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < y.length; i++) assertEquals(expected.data()[i], y[i], 1e-4 * scale, "output " + i);
    }
}
