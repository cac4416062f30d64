package netc.sema;

import java.util.List;
import netc.ops.ParamSpec;
import netc.ops.ParamType;
import netc.syntax.Definition;
import netc.syntax.Expr;

/**
 * A parameter of an op or a block, as the argument binder sees it.
 *
 * @param fixedDefault the default of an op parameter (a Value), or {@link ParamSpec#REQUIRED} / {@link ParamSpec#ABSENT}
 * @param exprDefault  the default of a block parameter, evaluated with the parameters bound before it
 */
record Formal(String name, ParamType type, Object fixedDefault, Expr exprDefault) {

    boolean required() { return fixedDefault == ParamSpec.REQUIRED && exprDefault == null; }

    static List<Formal> of(List<ParamSpec> specs) {
        return specs.stream().map(s -> new Formal(s.name(), s.type(),
                s.defaultValue() == ParamSpec.REQUIRED || s.defaultValue() == ParamSpec.ABSENT ? s.defaultValue() : Value.of(s.defaultValue()),
                null)).toList();
    }

    static Formal of(Definition.Param p, ParamType declared) {
        return new Formal(p.name(), declared, ParamSpec.REQUIRED, p.defaultValue());
    }
}
