package netc.ops;

import java.util.List;
import netc.model.Shape;

/**
 * One op of the language: its signature, its shape rule, its parameters and MAC count.
 * Adding an op means one implementation of this interface and one line in {@link OpRegistry}.
 */
public interface OpDef {
    String name();

    /** One line for {@code netc ops} and did-you-mean listings. */
    String doc();

    List<ParamSpec> params();

    /** Joins (concat, add, mul) take several tensors; every other op takes the current one. */
    default boolean joins() { return false; }

    /**
     * Ops PyTorch computes as functions, not modules (joins, chunk, shuffle): unlabelled, they take no position in
     * their scope's numbering, so the layers after them keep torchvision's indices.
     */
    default boolean functional() { return joins(); }

    /** Checks the inputs and computes the result; throws {@link OpError} for inputs that do not fit. */
    OpResult infer(OpArgs args, List<Shape> inputs);
}
