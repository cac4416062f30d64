package netc.ops;

/** The types a parameter of an op or block can declare. */
public enum ParamType {
    INT("int"), FLOAT("float"), BOOL("bool"), STRING("string"), LIST("list"),
    /** An int, or a list of two ints (height, width). */
    INT_PAIR("int or [h, w]"),
    /** An int, [h, w], [left, right, top, bottom], or "same" / "valid". */
    PADDING("int, [h, w], [l, r, t, b] or \"same\""),
    /** An op or block name, passed to be applied later: {@code act: relu6}. */
    OP("op"),
    SHAPE("shape"),
    TENSOR("tensor"),
    ANY("any");

    private final String display;

    ParamType(String display) { this.display = display; }

    public String display() { return display; }

    /** The type a block parameter declares by name, or null if the name is not a type. */
    public static ParamType ofName(String name) {
        return switch (name) {
            case "int" -> INT;
            case "float" -> FLOAT;
            case "bool" -> BOOL;
            case "string" -> STRING;
            case "list" -> LIST;
            case "op" -> OP;
            case "shape" -> SHAPE;
            case "tensor" -> TENSOR;
            case "any" -> ANY;
            default -> null;
        };
    }
}
