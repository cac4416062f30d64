package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import netc.cli.Main;
import org.junit.jupiter.api.Test;

/** The README's standard-library table must say what {@code netc stdlib} says: same networks, inputs, counts. */
class ReadmeTest {
    private static Map<String, String> rows(String markdown) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : markdown.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 5 || line.startsWith("|---") || cells[1].isBlank() || cells[1].strip().equals("network")) continue;
            if (!cells[2].strip().matches("[0-9x]+")) continue; // other tables
            rows.put(cells[1].strip(), cells[2].strip() + " " + cells[3].strip() + " " + cells[4].strip());
        }
        return rows;
    }

    @Test
    void stdlibTableIsCurrent() throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"stdlib", "--format", "md"}, new PrintWriter(out), new PrintWriter(err)), err.toString());
        String readme = Files.readString(Path.of(System.getProperty("netc.repo", "../.."), "README.md"));
        int from = readme.indexOf("## Standard library"), to = readme.indexOf("\n## ", from + 1);
        readme = readme.substring(from, to < 0 ? readme.length() : to);
        assertEquals(rows(out.toString()), rows(readme), "README's stdlib table is stale: regenerate it from ./netc stdlib --format md");
    }
}
