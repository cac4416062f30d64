package demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import netc.runtime.Model;
import netc.runtime.io.Npy;
import netc.runtime.io.SafeTensors;
import org.junit.jupiter.api.Test;

/** The class the plugin generated from tiny.net, against PyTorch's output for the same weights (reference.py). */
class TinyTest {
    @Test
    void matchesPyTorch() {
        Path ref = Path.of("target/reference");
        Model model = new Tiny(SafeTensors.open(ref.resolve("weights.safetensors")));
        Npy.Array x = Npy.read(ref.resolve("input.npy")), expected = Npy.read(ref.resolve("output.npy"));
        assertArrayEquals(new int[] {5}, model.outputShapes().get("out"));
        float[] y = model.forward(x.data(), (int) x.shape()[0]);
        assertEquals(expected.data().length, y.length);
        for (int i = 0; i < y.length; i++) assertEquals(expected.data()[i], y[i], 1e-4, "output " + i);
    }
}
