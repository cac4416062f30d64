package netc.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Compiles {@code src/main/net/**}{@code /*.net} into Java model classes under
 * {@code target/generated-sources/netc} and adds that folder as a source root (with the native backend, also their
 * shared libraries under {@code target/classes}). Each network a file defines becomes
 * one class (UpperCamelCase of its name) in the package of the file's folder. Only files whose text, imports or
 * configuration changed since the last build are compiled again.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public final class GenerateMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Where the .net files are. */
    @Parameter(defaultValue = "${project.basedir}/src/main/net")
    private java.io.File sourceDirectory;

    /** Source root the classes are written to. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/netc")
    private java.io.File outputDirectory;

    /** Package of every generated class; by default the file's folder under the source directory. */
    @Parameter
    private String packageName;

    /** {@code java}, or {@code native}: an FFM class here and its shared library in {@link #classesDirectory}. */
    @Parameter(defaultValue = "java")
    private String backend;

    /** Native backend: the LLVM CPU the library is built for ({@code native} for the building machine). */
    @Parameter(defaultValue = "x86-64-v3")
    private String cpu;

    /** Native backend: threads per big conv or dense layer, 1 or 2. */
    @Parameter(defaultValue = "1")
    private int threads;

    /** Native backend: where the libraries go, in their class's package folder, to be found on the classpath. */
    @Parameter(defaultValue = "${project.build.outputDirectory}")
    private java.io.File classesDirectory;

    /** Passes to switch off, as {@code netc compile -fno-NAME} does (e.g. {@code fold_bn}). */
    @Parameter
    private List<String> disabledPasses = new ArrayList<>();

    /** Network parameter overrides, e.g. {@code <alpha>0.5</alpha>}: applied to every network that declares the parameter. */
    @Parameter
    private Map<String, String> parameters = new TreeMap<>();

    /** Input size {@code CxHxW} for every network, as {@code --input}; by default each network's own. */
    @Parameter
    private String inputShape;

    /**
     * Warnings to switch on or off, as netc's -W flags without the {@code -W}: {@code all}, {@code none},
     * {@code NAME}, {@code no-NAME} (names: unused, unused-parameter, dropped-pixels), applied in order.
     */
    @Parameter
    private List<String> warnings = new ArrayList<>();

    /** Fail the build on compiler warnings too. */
    @Parameter(defaultValue = "false")
    private boolean failOnWarning;

    /** Skip generation. */
    @Parameter(property = "netc.skip", defaultValue = "false")
    private boolean skip;

    /** What the last build generated, to skip unchanged files. */
    @Parameter(defaultValue = "${project.build.directory}/netc-maven-plugin/state.txt", readonly = true)
    private java.io.File stateFile;

    @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
    private List<String> classpathElements;

    @Override public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("netc: skipped");
            return;
        }
        List<Path> classpath = classpathElements.stream().map(Path::of).toList();
        Request request = new Request(sourceDirectory.toPath(), outputDirectory.toPath(), stateFile.toPath(), packageName, backend,
                List.copyOf(disabledPasses), Map.copyOf(parameters), inputShape, List.copyOf(warnings), failOnWarning,
                new ClasspathLibrary(classpath), new NativeOutput.Options(classesDirectory.toPath(), cpu, threads));
        try {
            new Generator(request, getLog()).run();
        } catch (Generator.Failure e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("netc: cannot write generated sources: " + e.getMessage(), e);
        } finally {
            project.addCompileSourceRoot(outputDirectory.getPath());
        }
    }
}
