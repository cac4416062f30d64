package netc.report;

import java.util.List;
import java.util.Map;

/** A minimal JSON writer for reports: maps, lists, strings, numbers, booleans; keys keep insertion order. */
public final class Json {
    private Json() {}

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, Object v, int indent) {
        switch (v) {
            case null -> sb.append("null");
            case String s -> string(sb, s);
            case Number n -> sb.append(n instanceof Double d && (d.isNaN() || d.isInfinite()) ? "null" : n.toString());
            case Boolean b -> sb.append(b);
            case long[] a -> {
                sb.append('[');
                for (int i = 0; i < a.length; i++) sb.append(i > 0 ? ", " : "").append(a[i]);
                sb.append(']');
            }
            case Map<?, ?> m -> {
                if (m.isEmpty()) { sb.append("{}"); return; }
                boolean inline = m.values().stream().allMatch(Json::scalar) && m.size() <= 8;
                sb.append('{');
                int i = 0;
                for (var e : m.entrySet()) {
                    if (i++ > 0) sb.append(',');
                    if (inline) sb.append(i > 1 ? " " : ""); else newline(sb, indent + 1);
                    string(sb, String.valueOf(e.getKey()));
                    sb.append(": ");
                    write(sb, e.getValue(), indent + 1);
                }
                if (!inline) newline(sb, indent);
                sb.append('}');
            }
            case List<?> l -> {
                boolean inline = l.stream().allMatch(Json::scalar);
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) sb.append(inline ? ", " : ",");
                    if (!inline) newline(sb, indent + 1);
                    write(sb, l.get(i), indent + 1);
                }
                if (!inline && !l.isEmpty()) newline(sb, indent);
                sb.append(']');
            }
            default -> string(sb, v.toString());
        }
    }

    private static boolean scalar(Object o) {
        return o == null || o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof long[]
                || (o instanceof List<?> l && l.stream().allMatch(x -> x instanceof Number || x instanceof String));
    }

    private static void newline(StringBuilder sb, int indent) { sb.append('\n').append("  ".repeat(indent)); }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
