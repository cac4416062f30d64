package netc.it;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import netc.cli.Main;

/** One in-process netc command: its exit code and what it printed. */
record Run(int code, String out, String err) {
    static Run netc(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** The same run with {@code dir}'s path cut from the printed text, so goldens do not depend on the temp folder. */
    Run relativeTo(Path dir) {
        String prefix = dir.toString() + File.separator;
        return new Run(code, out.replace(prefix, ""), err.replace(prefix, ""));
    }
}
