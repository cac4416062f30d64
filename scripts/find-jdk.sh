# Sourced by ./netc, ./run-tests and .ci/run: sets JAVA_HOME to a JDK >= 25 or exits with a clear message.
netc_java_version() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
netc_find_jdk() {
  local candidate v
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    v=$(netc_java_version "$candidate")
    if [ -n "$v" ] && [ "$v" -ge 25 ]; then export JAVA_HOME="$candidate"; return 0; fi
  done
  echo "netc: needs a JDK 25 or newer; set JAVA_HOME or install one under /usr/lib/jvm" >&2
  exit 2
}
netc_find_jdk
