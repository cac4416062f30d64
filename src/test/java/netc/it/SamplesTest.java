package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import netc.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled sample checks clean: they are what a new user runs first. */
class SamplesTest {
    static Stream<Path> samples() throws Exception {
        return Files.list(Path.of(System.getProperty("netc.repo", "../.."), "samples")).filter(p -> p.toString().endsWith(".net")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void checksClean(Path sample) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"check", sample.toString()}, new PrintWriter(out), new PrintWriter(err)), err.toString());
    }
}
