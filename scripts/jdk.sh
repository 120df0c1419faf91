# Sourced by the launchers, .ci/run and scripts/spark-standalone.sh: find_jdk prints the home of a
# JDK 25 or later, found without help (JAVA_HOME if it is one, else Maven's toolchains.xml, else
# the lowest version of 25 or later under /usr/lib/jvm), or fails; with_jdk JDK CMD... runs a
# command (mvn) on that JDK.

# The feature release of the JDK at $1 (8, 17, 25, 31...): from its release file, which costs no
# JVM start, else from the JVM itself.
java_major() {
  local version="" line
  if [ -f "$1/release" ]; then
    # Read with builtins: the launchers call this on every start.
    while IFS= read -r line; do
      case "$line" in JAVA_VERSION=*) version="${line#JAVA_VERSION=}"; version="${version//\"/}"; break ;; esac
    done < "$1/release"
  fi
  if [ -z "$version" ]; then
    version="$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F'= ' '/java.specification.version/ {print $2; exit}')"
  fi
  version="${version#1.}" # 1.8.0_392: Java 8
  echo "${version%%[!0-9]*}"
}

usable() {
  [ -n "${1:-}" ] && [ -x "$1/bin/java" ] && [ "$(java_major "$1" 2>/dev/null)" -ge 25 ] 2>/dev/null
}

find_jdk() {
  if usable "${JAVA_HOME:-}"; then
    echo "$JAVA_HOME"; return
  fi
  local toolchains="${HOME}/.m2/toolchains.xml" home best="" best_major=""
  if [ -f "$toolchains" ]; then
    for home in $(sed -n 's:.*<jdkHome>\(.*\)</jdkHome>.*:\1:p' "$toolchains"); do
      if usable "$home"; then echo "$home"; return; fi
    done
  fi
  # The lowest such release: the one the build targets rather than a newer one installed alongside.
  for home in /usr/lib/jvm/*; do
    if usable "$home" && { [ -z "$best" ] || [ "$(java_major "$home")" -lt "$best_major" ]; }; then
      best="$home"; best_major="$(java_major "$home")"
    fi
  done
  [ -n "$best" ] && echo "$best"
}

# Maven's own JVM on the JDK found (Maven 3.8's Guava would print four lines about sun.misc.Unsafe).
with_jdk() {
  local jdk="$1"; shift
  JAVA_HOME="$jdk" MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}" "$@"
}
