// Builds the project again (same Maven, settings and local repository) after each change and checks what was regenerated.
def out = new File(basedir, "target/generated-sources/netc/app")
def java = ["A", "B", "Extra"].collectEntries { [(it): new File(out, it + ".java")] }
assert java.values().every { it.isFile() } : "first build generated A, B and Extra"
assert !new File(out, "Blocks.java").exists() : "a file of blocks generates no class"

def mvn = { String step ->
    def settings = new File(basedir, "../../../src/it/settings.xml").canonicalPath  // this project is cloned to target/it/
    def cmd = [System.getProperty("maven.home") + "/bin/mvn", "-B", "-ntp", "-s", settings, "-Dmaven.repo.local=" + localRepositoryPath, "generate-sources"]
    def pb = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true)
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"))
    def p = pb.start()
    def text = p.inputStream.text
    new File(basedir, "build-" + step + ".log").text = text
    assert p.waitFor() == 0 : "build '" + step + "' failed:\n" + text
    return text.readLines().find { it.contains("netc: ") } ?: ""
}
def stamps = { java.findAll { it.value.exists() }.collectEntries { [(it.key): it.value.lastModified()] } }
Thread.sleep(1100) // file times have a resolution of a second on some file systems

assert java.A.text.contains("Activation.RELU")

// 1. nothing changed: nothing is compiled, nothing rewritten
def before = stamps()
def line = mvn("unchanged")
assert line.contains("nothing to generate, all 4 .net file(s) are up to date") : line
assert stamps() == before : "an unchanged build touched generated sources"

// 2. the imported file changed: a.net (which imports it) and blocks.net are compiled again, b.net and extra.net not
def blocks = new File(basedir, "src/main/net/app/blocks.net")
blocks.text = blocks.text.replace("relu", "sigmoid")
line = mvn("import-changed")
assert line.contains("generated 2 of 4 .net file(s) [app/a.net, app/blocks.net]") : line
assert java.A.text.contains("Activation.SIGMOID") : "A.java was not regenerated from the changed import"
def after = stamps()
assert after.A != before.A
assert after.B == before.B && after.Extra == before.Extra : "files that do not import blocks.net were rewritten"

// 3. a spec deleted: its class goes, nothing else is touched
new File(basedir, "src/main/net/app/extra.net").delete()
line = mvn("spec-deleted")
assert line.contains("nothing to generate, all 3 .net file(s) are up to date; deleted 1 stale class(es)") : line
assert !java.Extra.exists() : "the class of the deleted spec is still there"
assert stamps() == after.findAll { it.key != "Extra" }
return true
