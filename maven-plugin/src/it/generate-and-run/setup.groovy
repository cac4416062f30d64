// PyTorch's output for the network of tiny.net with seeded weights: the test's reference.
def p = ["/usr/bin/python3", "reference.py", "target/reference"].execute(null, basedir)
p.waitForProcessOutput(System.out, System.err)
return p.exitValue() == 0
