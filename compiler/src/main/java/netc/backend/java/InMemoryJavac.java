package netc.backend.java;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory and loads them, for {@code netc run}, benchmarks and tests; the class
 * path is this JVM's (so the runtime must be on it).
 */
public final class InMemoryJavac {
    private InMemoryJavac() {}

    /** Compiles {@code sources} (qualified class name -> source) and returns the loader holding the classes. */
    public static ClassLoader compile(Map<String, String> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new IllegalStateException("no Java compiler in this JVM: run netc on a JDK, not a JRE");
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StandardJavaFileManager std = javac.getStandardFileManager(null, null, null);
        JavaFileManager fm = new ForwardingJavaFileManager<>(std) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override public OutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        classes.put(className, out);
                        return out;
                    }
                };
            }
        };
        List<JavaFileObject> units = sources.entrySet().stream().map(e -> (JavaFileObject) new SimpleJavaFileObject(
                URI.create("string:///" + e.getKey().replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override public CharSequence getCharContent(boolean ignore) { return e.getValue(); }
        }).toList();
        StringWriter log = new StringWriter();
        String cp = System.getProperty("java.class.path");
        List<String> options = List.of("-classpath", cp, "-proc:none", "-g:none", "-nowarn", "-XDuseUnsharedTable=true");
        boolean ok = javac.getTask(log, fm, null, options, null, units).call();
        if (!ok) throw new IllegalStateException("generated Java does not compile (a netc bug):\n" + log);
        return new ClassLoader(InMemoryJavac.class.getClassLoader()) {
            @Override protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream b = classes.get(name);
                if (b == null) throw new ClassNotFoundException(name);
                byte[] bytes = b.toByteArray();
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }

}
