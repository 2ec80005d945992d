# Finds a JDK of release 21 or newer and exports JAVA_HOME and PATH for it.
# Sourced by scripts/run, scripts/test and scripts/bench. Order: $JAVA_HOME, then /usr/lib/jvm/*.

jdk_major() {
  local home=$1 version
  if [ -f "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$home/release")
  fi
  if [ -z "${version:-}" ] && [ -x "$home/bin/java" ]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)
  fi
  version=${version#1.}
  echo "${version%%[.+-]*}"
}

find_jdk() {
  local candidate major best="" best_major=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(jdk_major "$candidate")
    [[ "$major" =~ ^[0-9]+$ ]] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$major" -ge 21 ]; then
      best=$candidate; best_major=$major; break
    fi
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate; best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "error: Sell Me A Pen needs a JDK of release 21 or newer, and none was found." >&2
    echo "       Looked at JAVA_HOME (${JAVA_HOME:-unset}) and /usr/lib/jvm/*." >&2
    echo "       Install one (for example Temurin 21 or 25) or point JAVA_HOME at it." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven's own libraries touch sun.misc.Unsafe and the build loads SQLite's native library
  # (Flyway and jOOQ codegen); allow both so builds on new JDKs do not print warnings.
  export MAVEN_OPTS="${MAVEN_OPTS:-} --enable-native-access=ALL-UNNAMED"
  if [ "$best_major" -ge 24 ]; then
    export MAVEN_OPTS="$MAVEN_OPTS --sun-misc-unsafe-memory-access=allow"
  fi
}
