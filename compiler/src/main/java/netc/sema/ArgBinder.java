package netc.sema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import netc.diag.CompileException;
import netc.diag.ErrorCode;
import netc.diag.Span;
import netc.ops.ParamSpec;
import netc.ops.ParamType;
import netc.syntax.Expr;

/** Matches positional and named arguments to formals, applies defaults, checks and coerces types. */
final class ArgBinder {
    /** An evaluated argument: name (null if positional), value, where it was written. */
    record Actual(String name, Value value, Span span) {}

    private ArgBinder() {}

    /**
     * @param evalDefault evaluates a block parameter's default expression given the arguments bound so far
     */
    static Map<String, Value> bind(String callee, List<Formal> formals, List<Actual> actuals, Span callSpan,
                                   BiFunction<Expr, Map<String, Value>, Value> evalDefault) {
        Map<String, Value> bound = new LinkedHashMap<>();
        Map<String, Span> where = new LinkedHashMap<>();
        int positional = 0;
        boolean sawNamed = false;
        for (Actual a : actuals) {
            Formal f;
            if (a.name() == null) {
                if (sawNamed) throw new CompileException(ErrorCode.SYNTAX, a.span(), "positional argument after a named one");
                if (positional >= formals.size()) {
                    throw new CompileException(ErrorCode.TOO_MANY_ARGUMENTS, a.span(), formals.isEmpty()
                            ? callee + " takes no arguments, got " + countPositional(actuals)
                            : callee + " takes at most " + formals.size() + " positional argument" + (formals.size() == 1 ? "" : "s")
                                    + " " + signature(formals) + ", got " + countPositional(actuals));
                }
                f = formals.get(positional++);
            } else {
                sawNamed = true;
                f = formals.stream().filter(x -> x.name().equals(a.name())).findFirst().orElse(null);
                if (f == null) {
                    List<String> names = formals.stream().map(Formal::name).toList();
                    throw new CompileException(ErrorCode.UNKNOWN_ARGUMENT, a.span(), callee + " has no parameter '" + a.name() + "'"
                            + Suggest.hint(a.name(), names) + (formals.isEmpty() ? " (it takes no arguments)" : " (it takes " + signature(formals) + ")"));
                }
            }
            if (bound.containsKey(f.name())) {
                throw new CompileException(ErrorCode.DUPLICATE_ARGUMENT, a.span(), "argument '" + f.name() + "' of " + callee + " is given twice");
            }
            bound.put(f.name(), coerce(callee, f, a.value(), a.span()));
            where.put(f.name(), a.span());
        }
        Map<String, Value> ordered = new LinkedHashMap<>();
        for (Formal f : formals) {
            Value v = bound.get(f.name());
            if (v == null) {
                if (f.exprDefault() != null) v = coerce(callee, f, evalDefault.apply(f.exprDefault(), ordered), f.exprDefault().span());
                else if (f.fixedDefault() == ParamSpec.REQUIRED) {
                    throw new CompileException(ErrorCode.MISSING_ARGUMENT, callSpan, callee + " needs argument '" + f.name() + "' ("
                            + f.type().display() + "); it takes " + signature(formals));
                } else if (f.fixedDefault() instanceof Value fixed) v = fixed;
            }
            if (v != null) ordered.put(f.name(), v);
        }
        return ordered;
    }

    private static long countPositional(List<Actual> actuals) { return actuals.stream().filter(a -> a.name() == null).count(); }

    static String signature(List<Formal> formals) {
        List<String> parts = new ArrayList<>();
        for (Formal f : formals) parts.add(f.required() ? f.name() : f.name() + "?");
        return "(" + String.join(", ", parts) + ")";
    }

    static Value coerce(String callee, Formal f, Value v, Span span) {
        Value c = coerce(f.type(), v);
        if (c == null) {
            throw new CompileException(ErrorCode.TYPE_MISMATCH, span, "argument '" + f.name() + "' of " + callee + " must be "
                    + article(f.type().display()) + ", got " + v.typeName() + " " + v);
        }
        return c;
    }

    /** The value converted to the type, or null if it does not conform. */
    static Value coerce(ParamType type, Value v) {
        return switch (type) {
            case ANY -> v;
            case INT -> v instanceof Value.Int ? v : null;
            case FLOAT -> v instanceof Value.Int i ? new Value.Flt(i.value()) : v instanceof Value.Flt ? v : null;
            case BOOL -> v instanceof Value.Bool ? v : null;
            case STRING -> v instanceof Value.Str ? v : null;
            case LIST -> v instanceof Value.Lst ? v : null;
            case OP -> v instanceof Value.OpRef ? v : null;
            case TENSOR -> v instanceof Value.Tensor ? v : null;
            case SHAPE -> v instanceof Value.Lst l && allInts(l) && (l.items().size() == 1 || l.items().size() == 3) ? v : null;
            case INT_PAIR -> v instanceof Value.Int || (v instanceof Value.Lst l && l.items().size() == 2 && allInts(l)) ? v : null;
            case PADDING -> v instanceof Value.Int || v instanceof Value.Str
                    || (v instanceof Value.Lst l && allInts(l) && List.of(1, 2, 4).contains(l.items().size())) ? v : null;
        };
    }

    private static boolean allInts(Value.Lst l) { return l.items().stream().allMatch(x -> x instanceof Value.Int); }

    private static String article(String type) {
        return (type.matches("^[aeiou].*") ? "an " : "a ") + type;
    }
}
