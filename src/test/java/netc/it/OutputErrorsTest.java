package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import netc.cli.Main;
import netc.runtime.io.Npy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs that cannot be written are the user's problem to fix: a plain message, exit 1, nothing left behind. */
class OutputErrorsTest {
    @TempDir Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), err.toString()};
    }

    @Test
    void compileIntoAFileInsteadOfADirectory() throws Exception {
        Path file = Files.writeString(dir.resolve("notadir"), "x");
        String[] r = run("compile", "stdlib:lenet", "-o", file.toString());
        assertEquals("1", r[0], r[1]);
        assertTrue(r[1].contains("cannot write") && r[1].contains("a file is in the way"), r[1]);
        assertFalse(r[1].contains("internal error"), r[1]);
        assertEquals("x", Files.readString(file));
    }

    @Test
    void runOutputIntoAMissingDirectory() throws Exception {
        Path input = dir.resolve("x.npy");
        Npy.write(input, new long[] {1, 1, 28, 28}, new float[28 * 28]);
        Path missing = dir.resolve("missing/y.npy");
        String[] r = run("run", "stdlib:lenet", "--random-seed", "1", "--input", input.toString(), "--output", missing.toString());
        assertEquals("1", r[0], r[1]);
        assertTrue(r[1].contains("cannot write") && r[1].contains("no such directory"), r[1]);
        assertFalse(Files.exists(dir.resolve("missing")));
    }
}
