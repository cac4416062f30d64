package netc.sema;

import java.util.List;
import java.util.stream.Collectors;
import netc.model.Shape;

/** Values of the expression language: scalars, lists, op references and tensors (by producer and shape). */
public sealed interface Value {
    String typeName();

    record Int(long value) implements Value {
        public String typeName() { return "int"; }
        @Override public String toString() { return Long.toString(value); }
    }

    record Flt(double value) implements Value {
        public String typeName() { return "float"; }
        @Override public String toString() { return Double.toString(value); }
    }

    record Bool(boolean value) implements Value {
        public String typeName() { return "bool"; }
        @Override public String toString() { return Boolean.toString(value); }
    }

    record Str(String value) implements Value {
        public String typeName() { return "string"; }
        @Override public String toString() { return '"' + value + '"'; }
    }

    record Lst(List<Value> items) implements Value {
        public Lst { items = List.copyOf(items); }
        public String typeName() { return "list"; }
        @Override public String toString() { return items.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]")); }
    }

    /** An op or block passed by name, applied when it appears in a chain. */
    record OpRef(String name) implements Value {
        public String typeName() { return "op"; }
        @Override public String toString() { return name; }
    }

    /** A tensor: the layer that produces it ({@link netc.model.Network#INPUT} for the input) and its shape. */
    record Tensor(int producer, Shape shape) implements Value {
        public String typeName() { return "tensor"; }
        /** The shape: messages say "tensor 3x32x32" with {@link #typeName()} in front. */
        @Override public String toString() { return shape.toString(); }
    }

    static Value of(Object javaValue) {
        return switch (javaValue) {
            case Long l -> new Int(l);
            case Integer i -> new Int(i);
            case Double d -> new Flt(d);
            case Boolean b -> new Bool(b);
            case String s -> new Str(s);
            case long[] a -> new Lst(java.util.Arrays.stream(a).mapToObj(x -> (Value) new Int(x)).toList());
            default -> throw new IllegalArgumentException("no value for " + javaValue);
        };
    }
}
