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

    /** What a chain can call by name: a block, or a network used as one (its input is the current tensor). */
    public record Callable(String name, List<Definition.Param> params, List<netc.syntax.Stmt> body) {}

    /**
     * The block or network {@code name} as a callable, or null. A network's {@code input} parameter is dropped;
     * an alias is its target with the alias's arguments as defaults.
     */
    public Callable callable(String name) {
        Definition.Block b = blocks.get(name);
        if (b != null) return new Callable(name, b.params(), b.body());
        Definition d = networks.get(name);
        Map<String, netc.syntax.Expr> defaults = new LinkedHashMap<>();
        for (int hops = 0; d instanceof Definition.Alias a && hops < 16; hops++) {
            for (var arg : a.args()) if (arg.isNamed()) defaults.putIfAbsent(arg.name(), arg.value());
            d = networks.get(a.target());
        }
        if (!(d instanceof Definition.Network n)) return null;
        List<Definition.Param> params = n.params().stream().filter(p -> !"shape".equals(p.type()))
                .map(p -> defaults.containsKey(p.name()) ? new Definition.Param(p.name(), p.type(), defaults.get(p.name()), p.span()) : p)
                .toList();
        return new Callable(name, params, n.body());
    }
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
