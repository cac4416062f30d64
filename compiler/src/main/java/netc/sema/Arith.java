package netc.sema;

import java.util.ArrayList;
import java.util.List;
import netc.diag.CompileException;
import netc.diag.ErrorCode;
import netc.diag.Span;

/** Arithmetic and comparison on values. Ints stay exact (overflow is an error); {@code /} on two ints floors. */
final class Arith {
    private Arith() {}

    static Value binary(String op, Value a, Value b, Span span) {
        try {
            if (op.equals("==")) return new Value.Bool(equal(a, b));
            if (op.equals("!=")) return new Value.Bool(!equal(a, b));
            if (op.equals("in") || op.equals("not in")) return new Value.Bool(op.equals("in") == member(a, b, span));
            if (op.equals("<") || op.equals("<=") || op.equals(">") || op.equals(">=")) {
                int c = compare(a, b, span);
                return new Value.Bool(switch (op) {
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    default -> c >= 0;
                });
            }
            if (op.equals("+") && a instanceof Value.Str x && b instanceof Value.Str y) return new Value.Str(x.value() + y.value());
            if (op.equals("+") && a instanceof Value.Lst x && b instanceof Value.Lst y) {
                List<Value> all = new ArrayList<>(x.items());
                all.addAll(y.items());
                return new Value.Lst(all);
            }
            boolean negativePower = op.equals("**") && b instanceof Value.Int e && e.value() < 0;
            if (a instanceof Value.Int x && b instanceof Value.Int y && !negativePower) return ints(op, x.value(), y.value(), span);
            if (isNumber(a) && isNumber(b)) return floats(op, num(a), num(b), span);
        } catch (ArithmeticException e) {
            throw new CompileException(ErrorCode.OVERFLOW, span, "integer overflow in " + a + " " + op + " " + b);
        }
        throw new CompileException(ErrorCode.TYPE_MISMATCH, span, "cannot apply '" + op + "' to " + a.typeName() + " and " + b.typeName());
    }

    private static Value ints(String op, long x, long y, Span span) {
        return new Value.Int(switch (op) {
            case "+" -> Math.addExact(x, y);
            case "-" -> Math.subtractExact(x, y);
            case "*" -> Math.multiplyExact(x, y);
            case "/" -> {
                if (y == 0) throw new CompileException(ErrorCode.DIVISION_BY_ZERO, span, "division by zero");
                yield Math.floorDiv(x, y);
            }
            case "%" -> {
                if (y == 0) throw new CompileException(ErrorCode.DIVISION_BY_ZERO, span, "modulo by zero");
                yield Math.floorMod(x, y);
            }
            case "**" -> {
                if (x == 0 || x == 1) yield y == 0 ? 1 : x;
                if (x == -1) yield y % 2 == 0 ? 1 : -1;
                long r = 1;
                for (long i = 0; i < y; i++) r = Math.multiplyExact(r, x); // overflows within 64 steps
                yield r;
            }
            default -> throw new CompileException(ErrorCode.TYPE_MISMATCH, span, "cannot apply '" + op + "' to ints");
        });
    }

    private static Value floats(String op, double x, double y, Span span) {
        double r = switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> {
                if (y == 0) throw new CompileException(ErrorCode.DIVISION_BY_ZERO, span, "division by zero");
                yield x / y;
            }
            case "%" -> {
                if (y == 0) throw new CompileException(ErrorCode.DIVISION_BY_ZERO, span, "modulo by zero");
                yield x - Math.floor(x / y) * y;
            }
            case "**" -> Math.pow(x, y);
            default -> throw new CompileException(ErrorCode.TYPE_MISMATCH, span, "cannot apply '" + op + "' to numbers");
        };
        return new Value.Flt(r);
    }

    static int compare(Value a, Value b, Span span) {
        if (a instanceof Value.Int x && b instanceof Value.Int y) return Long.compare(x.value(), y.value());
        if (isNumber(a) && isNumber(b)) return Double.compare(num(a), num(b));
        if (a instanceof Value.Str x && b instanceof Value.Str y) return x.value().compareTo(y.value());
        throw new CompileException(ErrorCode.TYPE_MISMATCH, span, "cannot compare " + a.typeName() + " with " + b.typeName());
    }

    static boolean equal(Value a, Value b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Value.Int x && b instanceof Value.Int y) return x.value() == y.value();
            return num(a) == num(b);
        }
        return a.equals(b);
    }

    /** {@code x in [1, 2]}: list membership by {@link #equal}; {@code "a" in "cat"}: a substring. */
    private static boolean member(Value x, Value in, Span span) {
        if (in instanceof Value.Lst l) return l.items().stream().anyMatch(item -> equal(x, item));
        if (in instanceof Value.Str s && x instanceof Value.Str sub) return s.value().contains(sub.value());
        throw new CompileException(ErrorCode.TYPE_MISMATCH, span, "'in' needs a list (or a string) on its right, got " + in.typeName() + " " + in);
    }

    static boolean isNumber(Value v) { return v instanceof Value.Int || v instanceof Value.Flt; }

    static double num(Value v) { return v instanceof Value.Int i ? i.value() : ((Value.Flt) v).value(); }
}
