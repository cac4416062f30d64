package demo;

import java.nio.file.Path;
import netc.runtime.io.SafeTensors;

/** What a user's code does with the generated class: the library comes from the classpath (target/classes, or the jar). */
public final class Classify {
    private Classify() {}

    public static float[] run(Path weights, float[] images, int n) {
        return new Tiny(SafeTensors.open(weights)).forward(images, n);
    }
}
