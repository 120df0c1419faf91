#!/usr/bin/env bash
# A Spark standalone cluster on this machine, from Spark's jars in Maven's cache: a master and a
# worker on 127.0.0.1 (free ports), the worker starting executors in JVMs of their own, as on a
# real cluster.
#
#   scripts/spark-standalone.sh start DIR   # prints the master's URL (spark://127.0.0.1:PORT)
#   scripts/spark-standalone.sh stop DIR    # stops the worker (its executors too) and the master
#
# DIR holds everything: spark-home/ (jars/ linking Spark's jars, RELEASE, conf/), work/ (the
# worker's: one folder per application with each executor's stdout and stderr), *.log and *.pid.
# The worker offers SPARK_WORKER_CORES (default 2) cores and SPARK_WORKER_MEMORY (default 2g);
# master, worker and executors run on the JDK 25 or later that find_jdk finds.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/jdk.sh
. "$root/scripts/jdk.sh"
# shellcheck source=scripts/spark-jars.sh
. "$root/scripts/spark-jars.sh"

usage() {
  echo "usage: scripts/spark-standalone.sh start|stop DIR" >&2
  exit 2
}

# Waits up to 120 s (the machine may be busy) for a line matching $2 in the log $1 of process $3.
wait_for_log() {
  local log="$1" pattern="$2" pid="$3" waited=0
  until grep -q -- "$pattern" "$log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge 1200 ]; then
      echo "spark-standalone: no '$pattern' in $log:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

# Starts a Spark daemon in a session of its own, so that it and every process it starts (the
# worker's executors) share one process group that stop can end.
start_daemon() {
  local name="$1"; shift
  setsid "$jdk/bin/java" -Xmx512m @"$root/spark/spark-java25.options" \
    -cp "$home/conf/:$home/jars/*" "$@" >"$dir/$name.log" 2>&1 </dev/null &
  echo $! >"$dir/$name.pid"
}

start() {
  jdk="$(find_jdk)" || {
    echo "spark-standalone: no JDK 25 or later found (set JAVA_HOME, or install one under /usr/lib/jvm)" >&2
    exit 1
  }
  local classpath core
  classpath="$(spark_jars "$root" "$jdk")"
  core="$(tr ':' '\n' <"$classpath" | grep '/spark-core_[0-9.]*-[^/]*\.jar$')" || {
    echo "spark-standalone: no spark-core jar in $classpath" >&2
    exit 1
  }
  core="$(basename "$core" .jar)" # spark-core_2.13-4.2.0
  local scala="${core#spark-core_}" && scala="${scala%%-*}"
  local version="${core#spark-core_*-}"

  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  home="$dir/spark-home"
  rm -rf "$home" "$dir/work"
  mkdir -p "$home/jars" "$home/conf" "$dir/work"
  # A Spark installation's layout, which the worker's executor launcher expects: jars/ and RELEASE.
  tr ':' '\n' <"$classpath" | while read -r jar; do
    ln -s "$jar" "$home/jars/$(basename "$jar")"
  done
  echo "Spark $version (Scala $scala), jars from Maven's cache, for Stockpile" >"$home/RELEASE"
  # No REST submission server: it would take the fixed port 6066.
  echo "spark.master.rest.enabled false" >"$home/conf/spark-defaults.conf"

  export SPARK_HOME="$home" SPARK_SCALA_VERSION="$scala" SPARK_LOCAL_IP=127.0.0.1 JAVA_HOME="$jdk"
  start_daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0
  wait_for_log "$dir/master.log" "elected leader" "$(cat "$dir/master.pid")" || { stop; exit 1; }
  local url
  url="$(grep -o 'Starting Spark master at spark://[0-9.:]*' "$dir/master.log" | head -n 1)"
  url="${url#Starting Spark master at }"
  start_daemon worker org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
    --cores "${SPARK_WORKER_CORES:-2}" --memory "${SPARK_WORKER_MEMORY:-2g}" --work-dir "$dir/work" "$url"
  wait_for_log "$dir/worker.log" "Successfully registered with master" "$(cat "$dir/worker.pid")" || { stop; exit 1; }
  echo "$url" >"$dir/master-url"
  echo "$url"
}

# Ends a daemon's process group (the daemon and whatever it started): TERM, then KILL after 20 s.
stop_group() {
  local pidfile="$dir/$1.pid" pid waited=0
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile")"
  kill -TERM -- "-$pid" 2>/dev/null || true
  while kill -0 -- "-$pid" 2>/dev/null && [ "$waited" -lt 200 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -KILL -- "-$pid" 2>/dev/null; then
    sleep 1
    if kill -0 -- "-$pid" 2>/dev/null; then
      echo "spark-standalone: the $1's processes (group $pid) outlive SIGKILL" >&2
      return 1
    fi
  fi
  rm -f "$pidfile"
}

stop() {
  local failed=0
  stop_group worker || failed=1
  stop_group master || failed=1
  return "$failed"
}

[ $# -eq 2 ] || usage
dir="$2"
case "$1" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
