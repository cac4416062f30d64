package netc.backend.java;

import com.palantir.javapoet.JavaFile;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Set;
import netc.ir.Graph;
import netc.ir.Lowering;
import netc.model.Network;
import netc.passes.MemoryPlan;
import netc.passes.Pipeline;
import netc.passes.PlanMemory;

/** The Java backend end to end: network -> optimised IR -> memory plan -> Java source -> (optionally) a loaded model. */
public final class JavaBackend {
    private JavaBackend() {}

    /** What the backend produced for one network. */
    public record Generated(Graph graph, MemoryPlan plan, JavaFile file) {
        public String qualifiedName() { return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name(); }
        public String source() { return file.toString(); }
    }

    public static Generated generate(Network net, Set<String> disabledPasses, String packageName, String className) {
        // fuse_inverted_residual's and fuse_conv_pool_dense's nodes have native kernels only: switched off here even when asked for
        Set<String> off = new java.util.HashSet<>(disabledPasses);
        off.add("fuse_inverted_residual");
        off.add("fuse_conv_pool_dense");
        Graph g = Pipeline.run(Lowering.lower(net), off);
        MemoryPlan plan = disabledPasses.contains(Pipeline.PLAN_MEMORY) ? PlanMemory.unplanned(g) : PlanMemory.run(g);
        String cls = className != null ? className : JavaEmitter.className(net.name());
        return new Generated(g, plan, JavaEmitter.emit(g, plan, packageName, cls));
    }

    /**
     * Compiles the generated class in memory and constructs it from a weight source (a
     * {@code netc.runtime.io.WeightSource}; typed Object so the compiler does not depend on the runtime).
     * Weight problems surface as the runtime's WeightsException.
     */
    public static Object instantiate(Generated generated, Object weights) {
        return instantiate(generated.qualifiedName(), generated.source(), weights);
    }

    /** As {@link #instantiate(Generated, Object)} for a source edited after generation (e.g. instrumented for profiling). */
    public static Object instantiate(String qualifiedName, String javaSource, Object weights) {
        ClassLoader loader = InMemoryJavac.compile(Map.of(qualifiedName, javaSource));
        try {
            Class<?> cls = loader.loadClass(qualifiedName);
            Class<?> source = loader.loadClass("netc.runtime.io.WeightSource");
            return cls.getConstructor(source).newInstance(weights);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the generated model: " + e, e);
        }
    }
}
