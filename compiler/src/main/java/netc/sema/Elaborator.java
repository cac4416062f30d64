package netc.sema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netc.diag.CompileException;
import netc.diag.Diagnostic;
import netc.diag.Diagnostics;
import netc.diag.ErrorCode;
import netc.diag.Severity;
import netc.diag.SourceFile;
import netc.diag.Span;
import netc.diag.WarningPolicy;
import netc.model.BlockInstance;
import netc.model.Layer;
import netc.model.Network;
import netc.model.Shape;
import netc.model.Weight;
import netc.ops.OpDef;
import netc.ops.OpError;
import netc.ops.OpRegistry;
import netc.ops.OpResult;
import netc.ops.ParamType;
import netc.syntax.Arg;
import netc.syntax.Atom;
import netc.syntax.Chain;
import netc.syntax.Definition;
import netc.syntax.Element;
import netc.syntax.Expr;
import netc.syntax.SourceParser;
import netc.syntax.Stmt;

/**
 * Instantiates a network: evaluates parameters, expands blocks and repeats, applies every op's shape rule, and
 * names every layer by its dotted path the way PyTorch names modules. Stops at the first error.
 *
 * <p>Naming: an element is named by its label, or else by its position in the enclosing scope (like nn.Sequential).
 * Block calls and groups {@code { }} open a new scope; repeat, if and join branches do not. Joins (concat, add, mul)
 * and functional ops (chunk, shuffle) are not modules in PyTorch, so unlabelled they take no position.
 */
public final class Elaborator {
    private static final int MAX_DEPTH = 64;
    /** Far beyond any real network; bounds the memory a mistyped repeat count can take. */
    private static final int MAX_LAYERS = 100_000;
    private static final int MAX_REPEAT = 100_000;
    /** Statements and loop iterations evaluated: bounds the time of nested loops that make no layers. */
    private static final long MAX_STEPS = 2_000_000;

    private final Program program;
    private final ExprEvaluator evaluator;
    /** Where warnings go; errors are thrown. */
    private final Diagnostics warnings;
    /** The block calls being elaborated, innermost last: the notes of a warning inside a block. */
    private final List<Diagnostic.Note> callers = new ArrayList<>();
    private final List<Layer> layers = new ArrayList<>();
    private final Map<String, Span> weightNames = new HashMap<>();
    private final Map<String, Integer> outputs = new LinkedHashMap<>();
    private long totalMacs;
    private long totalWeights;
    /** Elements of the input and every layer output so far. */
    private long activations;
    private long steps;
    private int depth;

    private Elaborator(Program program, Diagnostics warnings) {
        this.program = program;
        this.evaluator = new ExprEvaluator(program);
        this.warnings = warnings;
    }

    /** A naming scope: dotted prefix, next position, enclosing block instances. */
    private static final class Scope {
        final String prefix;
        final List<BlockInstance> blocks;
        int next;

        Scope(String prefix, List<BlockInstance> blocks) {
            this.prefix = prefix;
            this.blocks = blocks;
        }

        String qualify(String segment) { return prefix.isEmpty() ? segment : prefix + "." + segment; }
    }

    /** Everything a body is evaluated with. */
    private record Ctx(Env env, Scope scope, Value.Tensor input) {
        Ctx withEnv(Env e) { return new Ctx(e, scope, input); }
        Ctx withScope(Scope s) { return new Ctx(env, s, input); }
    }

    /**
     * Builds the network with the given parameter overrides (already parsed values, with where they came from).
     * Throws {@link CompileException} on the first error.
     */
    public static Network elaborate(Program program, Definition def, Map<String, Override> overrides) {
        return elaborate(program, def, overrides, new Diagnostics(new WarningPolicy(java.util.Set.of(), false)));
    }

    /** As {@link #elaborate(Program, Definition, Map)}, reporting warnings to {@code warnings}. */
    public static Network elaborate(Program program, Definition def, Map<String, Override> overrides, Diagnostics warnings) {
        Elaborator e = new Elaborator(program, warnings);
        try {
            if (def instanceof Definition.Alias alias) return e.alias(alias, overrides, 0);
            return e.network(def.name(), (Definition.Network) def, overrides);
        } catch (StackOverflowError so) {
            throw new CompileException(ErrorCode.TOO_LARGE, e.evaluator.where != null ? e.evaluator.where : def.nameSpan(), "nested too deeply to elaborate");
        }
    }

    /** A family member: the target network with the alias's arguments as defaults, under the alias's name. */
    private Network alias(Definition.Alias alias, Map<String, Override> overrides, int hops) {
        Definition target = program.network(alias.target());
        if (target == null || hops > 16) {
            List<String> names = new ArrayList<>(program.networks().keySet());
            throw new CompileException(ErrorCode.NO_NETWORK, alias.targetSpan(), hops > 16 ? "network aliases form a cycle"
                    : "no network '" + alias.target() + "' to alias" + Suggest.hint(alias.target(), names));
        }
        Map<String, Override> merged = new LinkedHashMap<>();
        for (Arg a : alias.args()) {
            if (!a.isNamed()) throw new CompileException(ErrorCode.SYNTAX, a.span(), "arguments of a network alias are named: " + alias.target() + "(name: value)");
            merged.put(a.name(), new Override(evaluator.eval(a.value(), new Env(null)), a.span()));
        }
        merged.putAll(overrides);
        try {
            if (target instanceof Definition.Alias next) {
                Network n = alias(next, merged, hops + 1);
                return new Network(alias.name(), n.input(), n.parameters(), n.layers(), n.outputs());
            }
            return network(alias.name(), (Definition.Network) target, merged);
        } catch (CompileException ex) {
            // An error in the target's body may come from the alias's arguments: say which network was being built.
            if (alias.span().contains(ex.diagnostic().span())) throw ex;
            throw new CompileException(ex.diagnostic().withNote(alias.span(), "in network '" + alias.name() + "', an alias of '" + alias.target() + "'"));
        }
    }

    /** A parameter value given from outside the file, e.g. {@code --set alpha=0.5}. */
    public record Override(Value value, Span span) {}

    private Network network(String name, Definition.Network def, Map<String, Override> overrides) {
        for (var o : overrides.entrySet()) {
            if (def.params().stream().noneMatch(p -> p.name().equals(o.getKey()))) {
                List<String> names = def.params().stream().map(Definition.Param::name).toList();
                throw new CompileException(ErrorCode.UNKNOWN_PARAMETER, o.getValue().span(), "network '" + def.name() + "' has no parameter '"
                        + o.getKey() + "'" + Suggest.hint(o.getKey(), names) + " (it has " + String.join(", ", names) + ")");
            }
        }
        Env env = new Env(null);
        Map<String, Object> shown = new LinkedHashMap<>();
        Shape input = null;
        for (Definition.Param p : def.params()) {
            ParamType type = declaredType(p);
            Override o = overrides.get(p.name());
            if (o == null && p.defaultValue() == null) {
                throw new CompileException(ErrorCode.MISSING_ARGUMENT, p.span(), "network parameter '" + p.name() + "' has no default; give it with --set " + p.name() + "=...");
            }
            Value v = o != null ? o.value() : evaluator.eval(p.defaultValue(), env);
            Span at = o != null ? o.span() : p.defaultValue().span();
            if (p.name().equals("input")) input = inputShape(v, at);
            v = check("network '" + def.name() + "'", p, type, v, at);
            env.define(p.name(), v);
            shown.put(p.name(), show(v));
        }
        if (input == null) throw new CompileException(ErrorCode.MISSING_ARGUMENT, def.nameSpan(), "network '" + def.name() + "' declares no input shape; add a parameter like input: 3x224x224");
        activations = input.elements();
        Value.Tensor in = new Value.Tensor(Network.INPUT, input);
        env.define("in", in);
        Value.Tensor out = body(def.body(), in, new Ctx(env, new Scope("", List.of()), in));
        if (outputs.isEmpty() || !outputs.containsKey("out")) {
            Map<String, Integer> all = new LinkedHashMap<>();
            all.put("out", out.producer());
            all.putAll(outputs);
            outputs.clear();
            outputs.putAll(all);
        }
        return new Network(name, input, shown, layers, outputs);
    }

    private static ParamType declaredType(Definition.Param p) {
        if (p.type() == null) return ParamType.ANY;
        ParamType t = ParamType.ofName(p.type());
        if (t == null) throw new CompileException(ErrorCode.TYPE_MISMATCH, p.span(), "unknown type '" + p.type() + "'");
        return t;
    }

    private static Value check(String owner, Definition.Param p, ParamType type, Value v, Span span) {
        return ArgBinder.coerce(owner, new Formal(p.name(), type, null, null), v, span);
    }

    private static Shape inputShape(Value v, Span span) {
        if (v instanceof Value.Lst l && (l.items().size() == 3 || l.items().size() == 1) && l.items().stream().allMatch(x -> x instanceof Value.Int)) {
            long[] dims = l.items().stream().mapToLong(x -> ((Value.Int) x).value()).toArray();
            for (long d : dims) {
                if (d < 1) throw new CompileException(ErrorCode.BAD_VALUE, span, "input dimensions must be positive, got " + l);
            }
            Shape s = new Shape(dims);
            try {
                Math.multiplyExact(s.elements(), 4L); // its size in bytes is reported too
            } catch (ArithmeticException e) {
                throw new CompileException(ErrorCode.OVERFLOW, span, "input of " + s + " is too large: its element count or size in bytes overflows a 64-bit integer");
            }
            return s;
        }
        throw new CompileException(ErrorCode.TYPE_MISMATCH, span, "input must be a shape CxHxW (like 3x224x224) or N, got " + v);
    }

    private static Object show(Value v) {
        return switch (v) {
            case Value.Int i -> i.value();
            case Value.Flt f -> f.value();
            case Value.Bool b -> b.value();
            case Value.Str s -> s.value();
            case Value.Lst l -> l.items().stream().map(Elaborator::show).toList();
            default -> v.toString();
        };
    }

    // ---- statements -------------------------------------------------------------------------------------------

    private Value.Tensor body(List<Stmt> stmts, Value.Tensor cur, Ctx ctx) {
        for (Stmt s : stmts) {
            step(s.span());
            cur = statement(s, cur, ctx);
        }
        return cur;
    }

    private void step(Span at) {
        if (++steps > MAX_STEPS) {
            throw new CompileException(ErrorCode.TOO_LARGE, at, "elaboration takes more than " + MAX_STEPS + " steps; are loops nested too deep or too long?");
        }
    }

    private Value.Tensor statement(Stmt s, Value.Tensor cur, Ctx ctx) {
        switch (s) {
            case Stmt.Let l -> {
                ctx.env().define(l.name(), evaluator.eval(l.value(), ctx.env()));
                return cur;
            }
            case Stmt.Bind b -> {
                Value.Tensor t = chain(b.chain(), cur, ctx);
                ctx.env().define(b.name(), t);
                return t;
            }
            case Stmt.Output o -> {
                Value.Tensor t = o.chain() == null ? cur : chain(o.chain(), cur, ctx);
                if (outputs.containsKey(o.name())) throw new CompileException(ErrorCode.DUPLICATE_LAYER_NAME, o.span(), "output '" + o.name() + "' is declared twice");
                outputs.put(o.name(), t.producer());
                return cur;
            }
            case Stmt.Repeat r -> {
                for (Value item : repeatItems(r, ctx)) {
                    step(r.span());
                    Env child = ctx.env().child();
                    if (r.variable() != null) child.define(r.variable(), item);
                    cur = body(r.body(), cur, ctx.withEnv(child));
                }
                return cur;
            }
            case Stmt.If i -> {
                List<Stmt> taken = evaluator.truth(evaluator.eval(i.condition(), ctx.env()), i.condition().span()) ? i.then() : i.otherwise();
                return taken == null ? cur : body(taken, cur, ctx.withEnv(ctx.env().child()));
            }
            case Stmt.ChainStmt c -> {
                return chain(c.chain(), cur, ctx);
            }
            case Stmt.Assert a -> {
                assertion(a, ctx);
                return cur;
            }
        }
    }

    /** A false assert is the author's own error message, at the assert; call-site notes come as for any error. */
    private void assertion(Stmt.Assert a, Ctx ctx) {
        if (evaluator.truth(evaluator.eval(a.condition(), ctx.env()), a.condition().span())) return;
        String message = a.message() == null ? "assertion failed: " + a.condition().span().text()
                : template(a.messageSpan(), "message", ctx);
        // Underlined: the keyword and the condition, not the message (which the text repeats).
        throw new CompileException(ErrorCode.ASSERTION, new Span(a.span().file(), a.span().start(), a.condition().span().end()), message);
    }

    private List<Value> repeatItems(Stmt.Repeat r, Ctx ctx) {
        Value from = evaluator.eval(r.from(), ctx.env());
        long lo, hi;
        if (r.to() != null) {
            lo = Builtins.integer("repeat", from, r.from().span());
            hi = Builtins.integer("repeat", evaluator.eval(r.to(), ctx.env()), r.to().span());
        } else if (from instanceof Value.Lst l) {
            return l.items();
        } else if (from instanceof Value.Int n) {
            lo = 0;
            hi = n.value();
        } else {
            throw new CompileException(ErrorCode.TYPE_MISMATCH, r.from().span(), "repeat takes a count, a range a..b or a list, got " + from.typeName() + " " + from);
        }
        if (hi > lo && (hi - lo < 0 || hi - lo > MAX_REPEAT)) throw new CompileException(ErrorCode.TOO_LARGE, r.from().span(), "repeat of " + (hi - lo < 0 ? "over 2^63" : Long.toString(hi - lo)) + " iterations is more than " + MAX_REPEAT);
        List<Value> items = new ArrayList<>();
        for (long i = lo; i < hi; i++) items.add(new Value.Int(i));
        return items;
    }

    // ---- chains -----------------------------------------------------------------------------------------------

    private Value.Tensor chain(Chain c, Value.Tensor cur, Ctx ctx) {
        List<Element> elements = c.elements();
        for (int i = 0; i < elements.size(); i++) cur = element(elements.get(i), cur, ctx, i == 0);
        return cur;
    }

    private Value.Tensor element(Element e, Value.Tensor cur, Ctx ctx, boolean first) {
        evaluator.where = e.span();
        return switch (e.atom()) {
            case Atom.Input in -> valueRef(e, (Value.Tensor) ctx.env().lookup("in"), "in", first);
            case Atom.Call call -> call(e, call, cur, ctx, first);
            case Atom.Join join -> join(e, join, cur, ctx);
            case Atom.Group g -> {
                Scope scope = new Scope(ctx.scope().qualify(name(e, ctx)), ctx.scope().blocks);
                yield body(g.body(), cur, new Ctx(ctx.env().child(), scope, ctx.input()));
            }
        };
    }

    private Value.Tensor valueRef(Element e, Value.Tensor t, String name, boolean first) {
        if (e.label() != null) throw new CompileException(ErrorCode.MISPLACED, e.label().span(), "a label names a layer; '" + name + "' is a tensor value");
        if (!first) throw new CompileException(ErrorCode.MISPLACED, e.atom().span(), "tensor '" + name + "' can only start a chain; to combine it use add(" + name + "), mul(" + name + ") or concat(" + name + ")");
        return t;
    }

    private Value.Tensor call(Element e, Atom.Call call, Value.Tensor cur, Ctx ctx, boolean first) {
        String name = call.name();
        Value bound = ctx.env().lookup(name);
        if (bound instanceof Value.Tensor t && call.args() == null) return valueRef(e, t, name, first);
        boolean isLayer = OpRegistry.get(name) != null || program.callable(name) != null;
        if (bound instanceof Value.OpRef ref) name = ref.name();
        else if (bound != null && !(bound instanceof Value.Tensor) && isLayer) {
            // a scalar named like an op (a parameter `dropout = 0.2`) cannot be applied; the op is meant
        } else if (bound != null) {
            throw new CompileException(ErrorCode.TYPE_MISMATCH, call.nameSpan(), "'" + name + "' is " + bound.typeName() + " " + bound + ", not a layer");
        }
        List<Arg> args = call.args() == null ? List.of() : call.args();
        OpDef op = OpRegistry.get(name);
        if (op != null) return applyOp(op, e, args, List.of(cur), ctx, call.span());
        Program.Callable block = program.callable(name);
        if (block != null) return callBlock(block, e, args, cur, ctx, call);
        List<String> candidates = new ArrayList<>(OpRegistry.all().keySet());
        candidates.addAll(program.blocks().keySet());
        candidates.addAll(ctx.env().visibleNames());
        throw new CompileException(ErrorCode.UNKNOWN_OP, call.nameSpan(), "unknown op or block '" + name + "'" + Suggest.hint(name, candidates));
    }

    private Value.Tensor join(Element e, Atom.Join join, Value.Tensor cur, Ctx ctx) {
        OpDef op = OpRegistry.get(join.op());
        if (op == null || !op.joins()) {
            throw new CompileException(op == null ? ErrorCode.UNKNOWN_OP : ErrorCode.MISPLACED, join.nameSpan(),
                    (op == null ? "unknown join '" + join.op() + "'" : "'" + join.op() + "' does not take branches") + "; branches { } follow concat, add or mul");
        }
        List<Value.Tensor> inputs = new ArrayList<>();
        branches(join.branches(), cur, ctx.withEnv(ctx.env().child()), inputs);
        if (inputs.isEmpty()) throw new CompileException(ErrorCode.SHAPE, join.span(), join.op() + " { } has no branches");
        return applyOp(op, e, List.of(), inputs, ctx, join.nameSpan());
    }

    /** Every chain statement in a join's body is a branch; if and repeat contribute the branches they contain. */
    private void branches(List<Stmt> stmts, Value.Tensor start, Ctx ctx, List<Value.Tensor> out) {
        for (Stmt s : stmts) {
            step(s.span());
            switch (s) {
                case Stmt.ChainStmt c -> out.add(chain(c.chain(), start, ctx));
                case Stmt.Bind b -> {
                    Value.Tensor t = chain(b.chain(), start, ctx);
                    ctx.env().define(b.name(), t);
                    out.add(t);
                }
                case Stmt.Let l -> ctx.env().define(l.name(), evaluator.eval(l.value(), ctx.env()));
                case Stmt.If i -> {
                    List<Stmt> taken = evaluator.truth(evaluator.eval(i.condition(), ctx.env()), i.condition().span()) ? i.then() : i.otherwise();
                    if (taken != null) branches(taken, start, ctx.withEnv(ctx.env().child()), out);
                }
                case Stmt.Repeat r -> {
                    for (Value item : repeatItems(r, ctx)) {
                        step(r.span());
                        Env child = ctx.env().child();
                        if (r.variable() != null) child.define(r.variable(), item);
                        branches(r.body(), start, ctx.withEnv(child), out);
                    }
                }
                case Stmt.Output o -> throw new CompileException(ErrorCode.MISPLACED, o.span(), "output cannot be declared inside a join's branches");
                case Stmt.Assert a -> assertion(a, ctx);
            }
        }
    }

    // ---- ops and blocks ---------------------------------------------------------------------------------------

    private Value.Tensor applyOp(OpDef op, Element e, List<Arg> args, List<Value.Tensor> inputs, Ctx ctx, Span opSpan) {
        List<Value.Tensor> all = new ArrayList<>(inputs);
        List<ArgBinder.Actual> actuals = new ArrayList<>();
        Map<String, Span> argSpans = new HashMap<>();
        for (Arg a : args) {
            Value v = evaluator.eval(a.value(), ctx.env());
            if (op.joins() && !a.isNamed() && v instanceof Value.Tensor t) {
                all.add(t);
                continue;
            }
            actuals.add(new ArgBinder.Actual(a.name(), v, a.span()));
        }
        if (op.joins() && all.size() < 2) {
            throw new CompileException(ErrorCode.MISSING_ARGUMENT, opSpan, op.name() + " needs a second tensor: write " + op.name()
                    + "(x) to combine the current tensor with x, or " + op.name() + " { branch ; branch } for branches");
        }
        Map<String, Value> bound = ArgBinder.bind(op.name(), Formal.of(op.params()), actuals, opSpan, (x, m) -> null);
        for (int i = 0; i < op.params().size() && i < actuals.size(); i++) {
            var a = actuals.get(i);
            argSpans.put(a.name() != null ? a.name() : op.params().get(i).name(), a.span());
        }
        String name = ctx.scope().qualify(e.label() != null || !op.functional() ? name(e, ctx) : op.name());
        OpResult r;
        try {
            r = op.infer(new BoundArgs(bound), all.stream().map(Value.Tensor::shape).toList());
            r.output().elements();
        } catch (OpError err) {
            Span at = err.argument() != null && argSpans.containsKey(err.argument()) ? argSpans.get(err.argument()) : opSpan;
            String msg = err.getMessage().startsWith(op.name()) ? err.getMessage() : op.name() + ": " + err.getMessage();
            throw new CompileException(err.code(), at, msg);
        } catch (ArithmeticException ex) {
            throw new CompileException(ErrorCode.OVERFLOW, opSpan, op.name() + " on " + all.stream().map(t -> t.shape().toString())
                    .collect(java.util.stream.Collectors.joining(" and ")) + ": its element or MAC count overflows a 64-bit integer");
        }
        List<Weight> weights = new ArrayList<>();
        for (OpResult.WeightSpec w : r.weights()) {
            String full = name + "." + w.suffix();
            Span prev = weightNames.putIfAbsent(full, e.span());
            if (prev != null) {
                throw new CompileException(new Diagnostic(Severity.ERROR, ErrorCode.DUPLICATE_LAYER_NAME, e.span(),
                        "layer name '" + name + "' is already used; its parameters would clash with '" + full + "'"
                                + (prev.equals(e.span()) ? " (this element runs more than once: a string label like \"" + name + "{i}\" with the loop variable tells the runs apart)" : ""),
                        List.of(new Diagnostic.Note(prev, "first used here"))));
            }
            weights.add(new Weight(full, w.shape(), w.trainable()));
        }
        try {
            // The totals the reports print: MACs and FLOPs, weights, activation elements and bytes.
            totalMacs = Math.addExact(totalMacs, r.macs());
            Math.multiplyExact(totalMacs, 2L);
            for (Weight w : weights) totalWeights = Math.addExact(totalWeights, w.elements());
            activations = Math.addExact(activations, r.output().elements());
            Math.multiplyExact(activations, 4L);
        } catch (ArithmeticException ex) {
            throw new CompileException(ErrorCode.OVERFLOW, opSpan, "the network's MAC, parameter or activation count overflows a 64-bit integer here");
        }
        if (layers.size() >= MAX_LAYERS) throw new CompileException(ErrorCode.TOO_LARGE, e.span(), "network has more than " + MAX_LAYERS + " layers");
        Map<String, Object> attrs = new LinkedHashMap<>(r.attrs());
        checkIntAttributes(op, attrs, opSpan);
        if (warnings.policy().reports(ErrorCode.DROPPED_PIXELS)) droppedPixels(op, attrs, all.get(0).shape(), opSpan);
        Layer layer = new Layer(layers.size(), name, op.name(), attrs, all.stream().map(Value.Tensor::producer).toList(),
                r.output(), weights, r.macs(), ctx.scope().blocks, e.span());
        layers.add(layer);
        return new Value.Tensor(layer.id(), r.output());
    }

    /**
     * A window sliding in floor mode may stop before the last rows or columns of its input: they are read by no
     * output (W0103). Conv transposes and ceil-mode pools cover their input; ops without a kernel have no window.
     */
    private void droppedPixels(OpDef op, Map<String, Object> attrs, Shape in, Span at) {
        if (!(attrs.get("kernel") instanceof List<?> k) || !(attrs.get("stride") instanceof List<?> s) || !in.isMap()
                || attrs.containsKey("output_pad") || Boolean.TRUE.equals(attrs.get("ceil"))) return;
        List<?> p = (List<?>) attrs.get("pad");
        List<?> d = attrs.get("dilation") instanceof List<?> x ? x : List.of(1L, 1L);
        // pad is [h, w] (pools) or [left, right, top, bottom] (convs)
        long top = (Long) p.get(p.size() == 4 ? 2 : 0), bottom = (Long) p.get(p.size() == 4 ? 3 : 0);
        long left = (Long) p.get(p.size() == 4 ? 0 : 1), right = (Long) p.get(1);
        long rows = unread(in.h(), top, bottom, (Long) k.get(0), (Long) s.get(0), (Long) d.get(0));
        long cols = unread(in.w(), left, right, (Long) k.get(1), (Long) s.get(1), (Long) d.get(1));
        if (rows == 0 && cols == 0) return;
        String what = (rows > 0 ? "the last " + rows + (rows == 1 ? " row" : " rows") : "")
                + (rows > 0 && cols > 0 ? " and " : "") + (cols > 0 ? "the last " + cols + (cols == 1 ? " column" : " columns") : "");
        List<Diagnostic.Note> notes = new ArrayList<>(callers);
        java.util.Collections.reverse(notes);
        warnings.warning(ErrorCode.DROPPED_PIXELS, at, op.name() + " with kernel " + k.get(0) + "x" + k.get(1) + " and stride " + s.get(0)
                + "x" + s.get(1) + " on a " + in + " input never reads " + what + (op.name().endsWith("pool") ? " (ceil: true would)" : ""), notes);
    }

    /** Input rows after the last window (and its padding), in floor mode. */
    private static long unread(long n, long before, long after, long k, long s, long d) {
        long padded = n + before + after;
        long span = d * (k - 1) + 1;
        if (padded < span) return 0;
        long lastEnd = (padded - span) / s * s + span; // one past the last padded row the last window reads
        return Math.max(0, padded - lastEnd - after);
    }

    /** Lowering and the kernels index with ints: an integer attribute (channels, kernel, padding...) must fit one. */
    private static void checkIntAttributes(OpDef op, Map<String, Object> attrs, Span at) {
        for (var a : attrs.entrySet()) {
            List<?> values = a.getValue() instanceof List<?> l ? l : List.of(a.getValue());
            for (Object v : values) {
                if (v instanceof Long x && (x > Integer.MAX_VALUE || x < Integer.MIN_VALUE)) {
                    throw new CompileException(ErrorCode.BAD_VALUE, at, op.name() + ": " + a.getKey() + " " + x + " is too large (at most "
                            + Integer.MAX_VALUE + ")");
                }
            }
        }
    }

    private Value.Tensor callBlock(Program.Callable block, Element e, List<Arg> args, Value.Tensor cur, Ctx ctx, Atom.Call call) {
        if (depth >= MAX_DEPTH) throw new CompileException(ErrorCode.TOO_LARGE, call.span(), "blocks nested more than " + MAX_DEPTH + " deep");
        List<ArgBinder.Actual> actuals = new ArrayList<>();
        for (Arg a : args) actuals.add(new ArgBinder.Actual(a.name(), evaluator.eval(a.value(), ctx.env()), a.span()));
        Env env = new Env(null);
        env.define("in", cur);
        List<Formal> formals = block.params().stream().map(p -> Formal.of(p, declaredType(p))).toList();
        Map<String, Value> bound;
        try {
            bound = ArgBinder.bind(block.name(), formals, actuals, call.span(), (expr, soFar) -> {
                Env d = new Env(null);
                d.define("in", cur);
                soFar.forEach(d::define);
                return evaluator.eval(expr, d);
            });
        } catch (CompileException ex) {
            // A parameter's default (in the block's header) went wrong: say which call it was evaluated for.
            if (call.span().contains(ex.diagnostic().span())) throw ex;
            throw new CompileException(ex.diagnostic().withNote(call.nameSpan(), "in block '" + block.name() + "' used here"));
        }
        bound.forEach(env::define);
        String path = ctx.scope().qualify(name(e, ctx));
        List<BlockInstance> blocks = new ArrayList<>(ctx.scope().blocks);
        blocks.add(new BlockInstance(path, block.name()));
        depth++;
        callers.add(new Diagnostic.Note(call.nameSpan(), "in block '" + block.name() + "' used here"));
        try {
            return body(block.body(), cur, new Ctx(env, new Scope(path, List.copyOf(blocks)), cur));
        } catch (CompileException ex) {
            throw new CompileException(ex.diagnostic().withNote(call.nameSpan(), "in block '" + block.name() + "' used here"));
        } finally {
            callers.remove(callers.size() - 1);
            depth--;
        }
    }

    /** The element's name segment: its label (interpolating {expr} in string labels), or its position. */
    private String name(Element e, Ctx ctx) {
        if (e.label() == null) return Integer.toString(ctx.scope().next++);
        ctx.scope().next++;
        Element.Label l = e.label();
        if (!l.template()) return l.text();
        String name = template(l.span(), "label", ctx);
        if (name.isEmpty() || name.contains(" ") || name.startsWith(".") || name.endsWith(".")) {
            throw new CompileException(ErrorCode.BAD_VALUE, l.span(), "label \"" + name + "\" is not a usable layer name");
        }
        return name;
    }

    /**
     * The string literal at {@code span} with escapes resolved and every {@code {expr}} replaced by its value. It
     * walks the literal's source text, so that an expression's offsets are the file's even after a {@code \"}.
     */
    private String template(Span span, String what, Ctx ctx) {
        String raw = span.text();
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() - 1) {
                char n = raw.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else if (c == '{') {
                int close = raw.indexOf('}', i);
                if (close < 0 || close >= raw.length() - 1) throw new CompileException(ErrorCode.SYNTAX, span, "unclosed '{' in " + what);
                out.append(interpolate(span, what, i + 1, close, ctx));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Parses {@code {expr}} in place, so that errors in it point into the original file. */
    private String interpolate(Span at, String what, int from, int to, Ctx ctx) {
        SourceFile file = at.file();
        int start = at.start() + from;
        int end = at.start() + to;
        char[] blanked = file.text().toCharArray();
        for (int i = 0; i < blanked.length; i++) {
            if ((i < start || i >= end) && blanked[i] != '\n') blanked[i] = ' ';
        }
        var diags = new netc.diag.Diagnostics();
        Expr expr = SourceParser.parseExpression(file, new String(blanked), diags);
        if (expr == null) {
            Diagnostic d = diags.all().isEmpty() ? null : diags.all().get(0);
            if (d == null || d.span().start() < start || d.span().start() >= end || d.message().contains("end of file")) {
                // The parser ran out of input ("end of file"): say what is missing in the label's terms.
                d = new Diagnostic(Severity.ERROR, ErrorCode.SYNTAX, new Span(file, start - 1, end + 1),
                        "incomplete expression {" + file.text().substring(start, end) + "} in " + what, List.of());
            }
            throw new CompileException(d);
        }
        Value v = evaluator.eval(expr, ctx.env());
        return v instanceof Value.Str s ? s.value() : v.toString();
    }
}
