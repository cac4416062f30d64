package netc.sema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import netc.diag.CompileException;
import netc.diag.ErrorCode;
import netc.diag.Span;

/** Functions available in expressions: the arithmetic real networks need to size their layers. */
final class Builtins {
    static final Set<String> NAMES = Set.of("min", "max", "round", "floor", "ceil", "int", "float", "abs", "sqrt",
            "len", "range", "sum", "make_divisible");

    private Builtins() {}

    static Value call(String name, List<Value> args, Span span) {
        return switch (name) {
            case "min", "max" -> minMax(name, flatten(args, span), span);
            case "sum" -> {
                Value acc = new Value.Int(0);
                for (Value v : flatten(args, span)) acc = Arith.binary("+", acc, v, span);
                yield acc;
            }
            case "round" -> new Value.Int(roundHalfEven(real(name, one(name, args, span), span)));
            case "floor" -> new Value.Int(toLong(Math.floor(real(name, one(name, args, span), span)), span));
            case "ceil" -> new Value.Int(toLong(Math.ceil(real(name, one(name, args, span), span)), span));
            case "int" -> new Value.Int(toLong(real(name, one(name, args, span), span), span));
            case "float" -> new Value.Flt(real(name, one(name, args, span), span));
            case "abs" -> {
                Value v = one(name, args, span);
                yield v instanceof Value.Int i ? new Value.Int(Math.absExact(i.value())) : new Value.Flt(Math.abs(real(name, v, span)));
            }
            case "sqrt" -> new Value.Flt(Math.sqrt(real(name, one(name, args, span), span)));
            case "len" -> {
                if (one(name, args, span) instanceof Value.Lst l) yield new Value.Int(l.items().size());
                throw new CompileException(ErrorCode.TYPE_MISMATCH, span, "len expects a list");
            }
            case "range" -> range(args, span);
            case "make_divisible" -> makeDivisible(args, span);
            default -> throw new CompileException(ErrorCode.UNKNOWN_NAME, span, "unknown function '" + name + "'");
        };
    }

    /**
     * The rounding rule of MobileNet, EfficientNet and friends: the nearest multiple of {@code divisor}, at least
     * {@code min_value}, and never more than 10% below {@code v}.
     */
    static Value makeDivisible(List<Value> args, Span span) {
        if (args.size() < 1 || args.size() > 3) {
            throw new CompileException(ErrorCode.TOO_MANY_ARGUMENTS, span, "make_divisible(v, divisor = 8, min_value = divisor) takes 1 to 3 arguments, got " + args.size());
        }
        double v = real("make_divisible", args.get(0), span);
        long divisor = args.size() > 1 ? integer("make_divisible", args.get(1), span) : 8;
        if (divisor <= 0) throw new CompileException(ErrorCode.BAD_VALUE, span, "make_divisible: divisor must be positive, got " + divisor);
        long min = args.size() > 2 ? integer("make_divisible", args.get(2), span) : divisor;
        long n = Math.max(min, (long) (v + divisor / 2.0) / divisor * divisor);
        if (n < 0.9 * v) n += divisor;
        return new Value.Int(n);
    }

    private static Value range(List<Value> args, Span span) {
        long from = 0, to;
        if (args.size() == 1) to = integer("range", args.get(0), span);
        else if (args.size() == 2) {
            from = integer("range", args.get(0), span);
            to = integer("range", args.get(1), span);
        } else throw new CompileException(ErrorCode.TOO_MANY_ARGUMENTS, span, "range takes 1 or 2 arguments");
        if (to > from && (to - from < 0 || to - from > 1_000_000)) {
            throw new CompileException(ErrorCode.TOO_LARGE, span, "range(" + from + ", " + to + ") has more than 1000000 items");
        }
        List<Value> items = new ArrayList<>();
        for (long i = from; i < to; i++) items.add(new Value.Int(i));
        return new Value.Lst(items);
    }

    private static Value minMax(String name, List<Value> items, Span span) {
        if (items.isEmpty()) throw new CompileException(ErrorCode.MISSING_ARGUMENT, span, name + " needs at least one value");
        Value best = items.get(0);
        for (Value v : items.subList(1, items.size())) {
            boolean less = Arith.compare(v, best, span) < 0;
            if (name.equals("min") == less) best = v;
        }
        return best;
    }

    private static List<Value> flatten(List<Value> args, Span span) {
        if (args.size() == 1 && args.get(0) instanceof Value.Lst l) return l.items();
        return args;
    }

    private static Value one(String name, List<Value> args, Span span) {
        if (args.size() != 1) {
            throw new CompileException(args.isEmpty() ? ErrorCode.MISSING_ARGUMENT : ErrorCode.TOO_MANY_ARGUMENTS, span,
                    name + " takes one argument, got " + args.size());
        }
        return args.get(0);
    }

    static double real(String fn, Value v, Span span) {
        return switch (v) {
            case Value.Int i -> i.value();
            case Value.Flt f -> f.value();
            default -> throw new CompileException(ErrorCode.TYPE_MISMATCH, span, fn + " expects a number, got " + v.typeName() + " " + v);
        };
    }

    static long integer(String fn, Value v, Span span) {
        if (v instanceof Value.Int i) return i.value();
        throw new CompileException(ErrorCode.TYPE_MISMATCH, span, fn + " expects an int, got " + v.typeName() + " " + v);
    }

    private static long toLong(double d, Span span) {
        if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
            throw new CompileException(ErrorCode.OVERFLOW, span, "value " + d + " does not fit a 64-bit integer");
        }
        return (long) d;
    }

    /** Python's round(): halves go to the even neighbour. */
    private static long roundHalfEven(double d) { return (long) Math.rint(d); }
}
