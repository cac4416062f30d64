package netc.ops;

/**
 * One parameter of an op's signature.
 *
 * @param defaultValue a Long, Double, Boolean, String or long[]; {@link #REQUIRED} if the caller must give it,
 *                     {@link #ABSENT} if leaving it out means something of its own (pool stride = kernel)
 */
public record ParamSpec(String name, ParamType type, Object defaultValue, String doc) {
    public static final Object REQUIRED = new Object() { @Override public String toString() { return "required"; } };
    public static final Object ABSENT = new Object() { @Override public String toString() { return "absent"; } };

    public static ParamSpec required(String name, ParamType type, String doc) { return new ParamSpec(name, type, REQUIRED, doc); }
    public static ParamSpec optional(String name, ParamType type, Object dflt, String doc) { return new ParamSpec(name, type, dflt, doc); }

    public boolean isRequired() { return defaultValue == REQUIRED; }
}
