// The first build generated the class and the library and ran the test; a second build regenerates nothing.
import java.util.jar.JarFile

def lib = new File(basedir, "target/classes/demo/libnetc_tiny.so")
assert new File(basedir, "target/generated-sources/netc/demo/Tiny.java").isFile()
assert lib.isFile() : "the library is not under target/classes in the class's package folder"
def jar = new JarFile(new File(basedir, "target/native-run-1.jar"))
assert jar.getEntry("demo/libnetc_tiny.so") != null && jar.getEntry("demo/Tiny.class") != null : "the jar lacks the library or the class"
jar.close()
def first = new File(basedir, "build.log").text
assert first.contains("Tests run: 1, Failures: 0, Errors: 0")
// surefire's argLine and .mvn/jvm.config (Maven's JVM loads LLVM through JNI) enable native access: no warnings
assert !first.contains("restricted method in java.lang.foreign") : "the test JVM warned about native access"
assert !first.contains("restricted method in java.lang.System") : "Maven's JVM warned about native access"

// A second build after a change to a hand-written class: netc compiles nothing and leaves the library alone, javac
// recompiles the module, and the test still finds the library on the classpath.
def stamp = lib.lastModified()
Thread.sleep(1100) // file times have a resolution of a second on some file systems
def main = new File(basedir, "src/main/java/demo/Classify.java")
main.text = main.text.replace("private Classify() {}", "private Classify() {\n    }")
def settings = new File(basedir, "../../../src/it/settings.xml").canonicalPath  // this project is cloned to target/it/
def cmd = [System.getProperty("maven.home") + "/bin/mvn", "-B", "-ntp", "-s", settings, "-Dmaven.repo.local=" + localRepositoryPath, "verify"]
def pb = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true)
pb.environment().put("JAVA_HOME", System.getProperty("java.home"))
def p = pb.start()
def text = p.inputStream.text
new File(basedir, "build-again.log").text = text
assert p.waitFor() == 0 : "the second build failed:\n" + text
assert text.contains("netc: nothing to generate, all 2 .net file(s) are up to date") : text
assert text.contains("Tests run: 1, Failures: 0, Errors: 0") : text
assert lib.lastModified() == stamp : "the second build rewrote the library"
return true
