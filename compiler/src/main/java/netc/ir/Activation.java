package netc.ir;

/** Pointwise activations a producer can apply in its epilogue, or a standalone node can compute. */
public enum Activation {
    NONE, RELU, RELU6, LEAKY_RELU, SIGMOID, HSIGMOID, HSWISH, SILU, TANH;

    /** The activation a language op computes, or null if the op is not a fusable activation. */
    public static Activation ofOp(String op) {
        return switch (op) {
            case "relu" -> RELU;
            case "relu6" -> RELU6;
            case "leaky_relu" -> LEAKY_RELU;
            case "sigmoid" -> SIGMOID;
            case "hsigmoid" -> HSIGMOID;
            case "hswish" -> HSWISH;
            case "silu" -> SILU;
            case "tanh" -> TANH;
            default -> null;
        };
    }

    public String label() { return name().toLowerCase(); }
}
