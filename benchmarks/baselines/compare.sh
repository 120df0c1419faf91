#!/usr/bin/env bash
# Times the engine and the NumPy yardstick on the same work, one core each, in one run, and prints
# both in material-days per second and the ratio engine / NumPy (issue 16: target >= 5x).
#
#   bash benchmarks/baselines/compare.sh [--replicates N] [--days D] [--scenario FILE] [--pin]
#
# Defaults: benchmarks/src/main/resources/five-materials.yaml, 10,000 replicates, its 3,650 days.
# The engine runs YardstickRun (benchmarks/): the same work as NumPy's, on one thread: every
# replicate's metrics, no daily series, the scenario read and compiled before the clock starts and
# the JIT's warm-up inside it (the JVM's compiler and collector threads may still use another
# core). NumPy runs with OMP_NUM_THREADS=1 and OPENBLAS_NUM_THREADS=1; its time is
# daily_loop.simulate (scenario compiled beforehand, writing left out), which includes drawing the
# random shocks' timelines and demand noise.
# --pin runs each under `taskset -c 0` (both on one core, JIT and GC included).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
replicates=10000
days=""
scenario="benchmarks/src/main/resources/five-materials.yaml"
pin=()
while [ $# -gt 0 ]; do
  case "$1" in
    --replicates) replicates="$2"; shift 2 ;;
    --replicates=*) replicates="${1#*=}"; shift ;;
    --days) days="$2"; shift 2 ;;
    --days=*) days="${1#*=}"; shift ;;
    --scenario) scenario="$2"; shift 2 ;;
    --scenario=*) scenario="${1#*=}"; shift ;;
    --pin) pin=(taskset -c 0); shift ;;
    -h|--help) sed -n 2,14p "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "compare.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
cd "$root"
out="$(mktemp -d /tmp/yard-compare.XXXXXX)"
trap 'rm -rf "$out"' EXIT

# shellcheck source=../../scripts/jdk.sh
. "$root/scripts/jdk.sh"
jdk="$(find_jdk)" || { echo "compare.sh: no JDK 25 or later found" >&2; exit 1; }
jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/engine/src/main" "$root/benchmarks/src/main" -newer "$jar" -print -quit)" ]; then
  echo "compare.sh: building the benchmarks (once, or after a change)..." >&2
  with_jdk "$jdk" mvn -q -B -pl benchmarks -am package -DskipTests >&2
fi
engine_args=(--add-modules jdk.incubator.vector -cp "$jar" org.stockpile.benchmarks.YardstickRun "$scenario" "$replicates")
numpy_args=("$scenario" --replicates "$replicates" --json)
if [ -n "$days" ]; then
  engine_args+=("$days")
  numpy_args+=(--days "$days")
fi

echo "$(date -u +%FT%TZ) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "engine: ${pin[*]:+${pin[*]} }java ${engine_args[*]}"
engine_json="$("${pin[@]}" "$jdk/bin/java" "${engine_args[@]}" 2>"$out/engine.err")"
engine_s="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["simulateSeconds"])' "$engine_json")"

echo "numpy:  ${pin[*]:+${pin[*]} }OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 benchmarks/baselines/daily_loop.py ${numpy_args[*]}"
numpy_json="$(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 "${pin[@]}" \
  python3 "$here/daily_loop.py" "${numpy_args[@]}" 2>"$out/numpy.err")"

python3 - "$engine_s" "$numpy_json" <<'EOF'
import json, sys
engine_s = float(sys.argv[1])
n = json.loads(sys.argv[2])
work = n["replicates"] * n["days"] * n["materials"]
e_rate, n_rate = work / engine_s, work / n["simulateSeconds"]
print("work:   %d replicates x %d days x %d materials = %.4g material-days" % (n["replicates"], n["days"], n["materials"], work))
print("engine: %8.2f s  %8.3f M material-days/s" % (engine_s, e_rate / 1e6))
print("numpy:  %8.2f s  %8.3f M material-days/s" % (n["simulateSeconds"], n_rate / 1e6))
print("ratio engine/numpy: %.2fx (target >= 5x)" % (e_rate / n_rate))
EOF
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
