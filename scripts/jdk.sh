# Sourced by the launchers: find_jdk prints the home of a JDK 25 or later, found without help
# (JAVA_HOME if it is one, else Maven's toolchains.xml, else /usr/lib/jvm), or fails.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

usable() {
  [ -n "${1:-}" ] && [ -x "$1/bin/java" ] && [ "$(java_major "$1" 2>/dev/null || echo 0)" -ge 25 ] 2>/dev/null
}

find_jdk() {
  if usable "${JAVA_HOME:-}"; then
    echo "$JAVA_HOME"; return
  fi
  local toolchains="${HOME}/.m2/toolchains.xml" home
  if [ -f "$toolchains" ]; then
    for home in $(sed -n 's:.*<jdkHome>\(.*\)</jdkHome>.*:\1:p' "$toolchains"); do
      if usable "$home"; then echo "$home"; return; fi
    done
  fi
  for home in /usr/lib/jvm/*25* /usr/lib/jvm/*2[6-9]* /usr/lib/jvm/*3[0-9]*; do
    if usable "$home"; then echo "$home"; return; fi
  done
  return 1
}
