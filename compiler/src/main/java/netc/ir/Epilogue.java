package netc.ir;

/**
 * What a conv or linear does to its accumulator before storing it:
 * {@code y = act(acc + bias + residual)}, where the residual is the node's second input if {@code residual}.
 * Fusing these saves one full pass over the output per fused op.
 */
public record Epilogue(Activation act, double alpha, boolean residual) {
    public static final Epilogue NONE = new Epilogue(Activation.NONE, 0, false);

    public Epilogue withAct(Activation a, double alphaValue) { return new Epilogue(a, alphaValue, residual); }
    public Epilogue withResidual() { return new Epilogue(act, alpha, true); }
    public boolean isEmpty() { return act == Activation.NONE && !residual; }

    public String label() {
        StringBuilder sb = new StringBuilder();
        if (residual) sb.append(" +residual");
        if (act != Activation.NONE) sb.append(" +").append(act.label()).append(act == Activation.LEAKY_RELU ? "(" + alpha + ")" : "");
        return sb.toString();
    }
}
