# The JVM options Sell Me A Pen runs with, shared by scripts/run and scripts/bench (the Dockerfile
# repeats them). Sourced after jdk.sh; `jvm_options JAR` fills the array JVM_OPTIONS.
#
# Start-up cache: on JDK 25 and newer an AOT cache (classes loaded and linked, method profiles)
# recorded once per build by `java -XX:AOTCacheOutput=… -jar JAR --warm-up`, which plays one
# offline session against a throw-away database; on JDK 21-24 a dynamic CDS archive the JVM
# writes at its first exit. Either sits beside the jar and is remade when the jar is newer.

jvm_options() {
  local jar major cache
  jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" # absolute: the JVM may run in another folder
  major=$(jdk_major "$JAVA_HOME")
  JVM_OPTIONS=(--enable-native-access=ALL-UNNAMED)
  if [ "$major" -ge 25 ]; then
    cache="${jar%.jar}.aot"
    if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; then
      rm -f "$cache"
      echo "Preparing the start-up cache $cache (once per build, about half a minute) ..."
      if ! "$JAVA_HOME/bin/java" "${JVM_OPTIONS[@]}" -XX:AOTCacheOutput="$cache" -jar "$jar" --warm-up \
          >"${cache}.log" 2>&1; then
        echo "warning: the start-up cache could not be made (see ${cache}.log); starting without it" >&2
        rm -f "$cache"
      fi
    fi
    if [ -f "$cache" ]; then
      JVM_OPTIONS+=(-XX:AOTCache="$cache")
    fi
  else
    JVM_OPTIONS+=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="${jar%.jar}.jsa")
  fi
}
