package netc.sema;

import java.util.ArrayList;
import java.util.List;
import netc.diag.CompileException;
import netc.diag.ErrorCode;
import netc.diag.Span;
import netc.ops.OpRegistry;
import netc.syntax.Arg;
import netc.syntax.Expr;

/** Evaluates expressions in an environment. Names that are ops or blocks evaluate to op references. */
final class ExprEvaluator {
    private final Program program;

    /** The innermost expression, element or statement being elaborated: where to point on a stack overflow. */
    Span where;

    ExprEvaluator(Program program) { this.program = program; }

    Value eval(Expr e, Env env) {
        where = e.span();
        return switch (e) {
            case Expr.IntLit i -> new Value.Int(literal(i.value(), i.span()));
            case Expr.FloatLit f -> new Value.Flt(f.value());
            case Expr.StrLit s -> new Value.Str(s.value());
            case Expr.BoolLit b -> new Value.Bool(b.value());
            case Expr.ShapeLit s -> new Value.Lst(s.dims().stream().map(d -> (Value) new Value.Int(literal(d, s.span()))).toList());
            case Expr.ListLit l -> new Value.Lst(l.items().stream().map(x -> eval(x, env)).toList());
            case Expr.Name n -> name(n.name(), n.span(), env);
            case Expr.In in -> name("in", in.span(), env);
            case Expr.Member m -> member(eval(m.target(), env), m);
            case Expr.Index ix -> index(eval(ix.target(), env), eval(ix.index(), env), ix.span());
            case Expr.Unary u -> unary(u, eval(u.operand(), env));
            case Expr.Binary b -> binary(b, env);
            case Expr.Cond c -> truth(eval(c.condition(), env), c.condition().span()) ? eval(c.ifTrue(), env) : eval(c.ifFalse(), env);
            case Expr.Call c -> call(c, env);
        };
    }

    /** The parser saturates literals beyond a long to Long.MAX_VALUE; tell those from Long.MAX_VALUE written out. */
    private static long literal(long value, Span span) {
        if (value == Long.MAX_VALUE) {
            for (String digits : span.text().split("x")) {
                try {
                    Long.parseLong(digits);
                } catch (NumberFormatException e) {
                    throw new CompileException(ErrorCode.OVERFLOW, span, "integer literal " + digits + " does not fit a 64-bit integer");
                }
            }
        }
        return value;
    }

    boolean truth(Value v, Span span) {
        if (v instanceof Value.Bool b) return b.value();
        throw new CompileException(ErrorCode.TYPE_MISMATCH, span, "condition must be a bool, got " + v.typeName() + " " + v);
    }

    private Value name(String name, Span span, Env env) {
        Value v = env.lookup(name);
        if (v != null) return v;
        if (OpRegistry.get(name) != null || program.callable(name) != null) return new Value.OpRef(name);
        if (name.equals("in")) throw new CompileException(ErrorCode.MISPLACED, span, "'in' is only defined inside a block or network body");
        List<String> candidates = new ArrayList<>(env.visibleNames());
        candidates.addAll(Builtins.NAMES);
        throw new CompileException(ErrorCode.UNKNOWN_NAME, span, "unknown name '" + name + "'" + Suggest.hint(name, candidates));
    }

    private Value member(Value target, Expr.Member m) {
        if (target instanceof Value.Tensor t) {
            var s = t.shape();
            switch (m.member()) {
                case "c", "channels" -> { return new Value.Int(s.c()); }
                case "h", "height", "w", "width" -> {
                    if (!s.isMap()) throw new CompileException(ErrorCode.RANK, m.span(), "a flat tensor of " + s + " has no ." + m.member());
                    return new Value.Int(m.member().startsWith("h") ? s.h() : s.w());
                }
                case "shape" -> { return new Value.Lst(java.util.Arrays.stream(s.dims()).mapToObj(d -> (Value) new Value.Int(d)).toList()); }
                case "rank" -> { return new Value.Int(s.rank()); }
                default -> throw new CompileException(ErrorCode.UNKNOWN_NAME, m.span(), "a tensor has .c, .h, .w, .shape and .rank, not ." + m.member()
                        + Suggest.hint(m.member(), List.of("c", "h", "w", "shape", "rank", "channels", "height", "width")));
            }
        }
        throw new CompileException(ErrorCode.TYPE_MISMATCH, m.span(), "." + m.member() + " needs a tensor, got " + target.typeName() + " " + target);
    }

    private Value index(Value target, Value index, Span span) {
        if (!(target instanceof Value.Lst l)) throw new CompileException(ErrorCode.TYPE_MISMATCH, span, "only lists can be indexed, got " + target.typeName());
        if (!(index instanceof Value.Int i)) throw new CompileException(ErrorCode.TYPE_MISMATCH, span, "list index must be an int, got " + index.typeName());
        long n = l.items().size();
        long k = i.value() < 0 ? i.value() + n : i.value();
        if (k < 0 || k >= n) throw new CompileException(ErrorCode.BAD_VALUE, span, "index " + i.value() + " out of range for a list of " + n);
        return l.items().get((int) k);
    }

    private Value unary(Expr.Unary u, Value v) {
        if (u.op().equals("not")) return new Value.Bool(!truth(v, u.operand().span()));
        return switch (v) {
            case Value.Int i -> {
                if (i.value() == Long.MIN_VALUE) throw new CompileException(ErrorCode.OVERFLOW, u.span(), "integer overflow in negation");
                yield new Value.Int(-i.value());
            }
            case Value.Flt f -> new Value.Flt(-f.value());
            default -> throw new CompileException(ErrorCode.TYPE_MISMATCH, u.span(), "cannot negate " + v.typeName());
        };
    }

    private Value binary(Expr.Binary b, Env env) {
        if (b.op().equals("and") || b.op().equals("or")) {
            boolean left = truth(eval(b.left(), env), b.left().span());
            if (b.op().equals("and") ? !left : left) return new Value.Bool(left);
            return new Value.Bool(truth(eval(b.right(), env), b.right().span()));
        }
        return Arith.binary(b.op(), eval(b.left(), env), eval(b.right(), env), b.span());
    }

    private Value call(Expr.Call c, Env env) {
        if (!Builtins.NAMES.contains(c.function())) {
            String what = OpRegistry.get(c.function()) != null || program.callable(c.function()) != null
                    ? "'" + c.function() + "' is a layer; layers go in chains, not in expressions"
                    : "unknown function '" + c.function() + "'" + Suggest.hint(c.function(), Builtins.NAMES);
            throw new CompileException(ErrorCode.UNKNOWN_NAME, c.nameSpan(), what);
        }
        List<Value> args = new ArrayList<>();
        for (Arg a : c.args()) {
            if (a.isNamed()) throw new CompileException(ErrorCode.UNKNOWN_ARGUMENT, a.span(), c.function() + " takes no named arguments");
            args.add(eval(a.value(), env));
        }
        return Builtins.call(c.function(), args, c.span());
    }
}
