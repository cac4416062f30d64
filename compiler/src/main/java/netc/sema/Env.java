package netc.sema;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Lexical scope of names: block parameters, lets, tensor bindings, loop variables. */
final class Env {
    private final Env parent;
    private final Map<String, Value> names = new HashMap<>();

    Env(Env parent) { this.parent = parent; }

    Env child() { return new Env(this); }

    void define(String name, Value value) { names.put(name, value); }

    Value lookup(String name) {
        for (Env e = this; e != null; e = e.parent) {
            Value v = e.names.get(name);
            if (v != null) return v;
        }
        return null;
    }

    Set<String> visibleNames() {
        Set<String> all = new LinkedHashSet<>();
        for (Env e = this; e != null; e = e.parent) all.addAll(e.names.keySet());
        return all;
    }
}
