// PyTorch's output for tiny.net (width 4) with seeded weights, by generate-and-run's reference.py: the test's reference.
def script = new File(basedir, "../../../src/it/generate-and-run/reference.py").canonicalPath  // this project is cloned to target/it/
def p = ["/usr/bin/python3", script, "target/reference"].execute(null, basedir)
p.waitForProcessOutput(System.out, System.err)
return p.exitValue() == 0
