package netc.sema;

import java.util.List;
import java.util.Map;
import netc.ops.OpArgs;

/** {@link OpArgs} over arguments the binder has already type-checked. */
record BoundArgs(Map<String, Value> values) implements OpArgs {
    @Override public boolean has(String name) { return values.containsKey(name); }
    @Override public long integer(String name) { return ((Value.Int) values.get(name)).value(); }
    @Override public double real(String name) { return Arith.num(values.get(name)); }
    @Override public boolean bool(String name) { return ((Value.Bool) values.get(name)).value(); }
    @Override public String string(String name) { return ((Value.Str) values.get(name)).value(); }
    @Override public boolean isString(String name) { return values.get(name) instanceof Value.Str; }

    @Override public long[] pair(String name) {
        Value v = values.get(name);
        if (v instanceof Value.Int i) return new long[] {i.value(), i.value()};
        List<Long> l = longs(name);
        return new long[] {l.get(0), l.get(1)};
    }

    @Override public List<Long> longs(String name) {
        Value v = values.get(name);
        if (v instanceof Value.Int i) return List.of(i.value());
        return ((Value.Lst) v).items().stream().map(x -> ((Value.Int) x).value()).toList();
    }
}
