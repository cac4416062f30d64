// The build failed on bad.net with the compiler's own diagnostic: file:line:col, the message, the line, the underline.
def log = new File(basedir, "build.log").text
def bad = new File(basedir, "src/main/net/nets/bad.net").canonicalPath
assert log.contains("${bad}:4:3: error: conv: height 2 (padded to 2) is smaller than the kernel extent 5") : "no javac-style diagnostic in the log"
assert log.contains("[ERROR]   conv(8, 5) -> relu\n[ERROR]   ^~~~~~~~~~") : "the source line and its underline are not in the failure message"
assert log.contains("1 error")
// Nothing half-written: no class for the failing spec, the good spec's class complete, no temporary files left.
def out = new File(basedir, "target/generated-sources/netc/nets")
assert !new File(out, "Bad.java").exists()
assert new File(out, "Good.java").text.contains("public final class Good")
assert out.list().findAll { it.endsWith(".tmp") }.isEmpty()
return true
