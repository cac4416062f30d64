package netc.sema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netc.syntax.Definition;
import netc.syntax.FileAst;

/** All definitions visible from the files a compilation loaded (the root and its imports). */
public final class Program {
    private final List<FileAst> files;
    private final Map<String, Definition.Block> blocks = new LinkedHashMap<>();
    private final Map<String, Definition> networks = new LinkedHashMap<>();

    Program(List<FileAst> files) {
        this.files = List.copyOf(files);
        for (FileAst f : files) {
            for (Definition d : f.definitions()) {
                if (d instanceof Definition.Block b) blocks.putIfAbsent(b.name(), b);
                else networks.putIfAbsent(d.name(), d);
            }
        }
    }

    public List<FileAst> files() { return files; }
    public Definition.Block block(String name) { return blocks.get(name); }
    /** A network or a network alias. */
    public Definition network(String name) { return networks.get(name); }
    public Map<String, Definition.Block> blocks() { return Collections.unmodifiableMap(blocks); }
    public Map<String, Definition> networks() { return Collections.unmodifiableMap(networks); }

    /** Networks defined in the root file (the first loaded), which is what a command acts on by default. */
    public List<Definition> rootNetworks() {
        return files.isEmpty() ? List.of() : files.get(0).definitions().stream()
                .filter(d -> !(d instanceof Definition.Block)).toList();
    }
}
