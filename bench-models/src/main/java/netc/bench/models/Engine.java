package netc.bench.models;

/** One way of running a network that the benchmark times: netc's generated Java or ONNX Runtime. */
public interface Engine extends AutoCloseable {
    /** Short name for tables: {@code netc}, {@code ORT}. */
    String name();

    /** Milliseconds it took to make the engine ready (compile and load weights, or create the session). */
    double loadMs();

    /** Sets the batch of {@code n} images the next {@link #run()} calls use; not timed. */
    void input(float[] x, int n);

    /** Runs the current batch and returns the main output as a new array (both engines copy it out). */
    float[] run();

    @Override void close();
}
