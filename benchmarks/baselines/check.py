#!/usr/bin/env python3
"""Checks the NumPy yardstick (daily_loop.py) against the engine on deterministic scenarios.

For each scenario (default: five-materials-deterministic.yaml and
five-materials-deterministic-stressed.yaml, both in this folder) it runs

    ./stockpile run SCENARIO --replicates 16 --out TMP/NAME

from the repository root, runs daily_loop.simulate on the same scenario and replicates, and compares
every column of the engine's replicates.csv that daily_loop reproduces, replicate by replicate and
material by material. A figure agrees when |engine - numpy| <= 1e-9 x max(|engine|, |numpy|)
(so zeros must be exact zeros). Prints every difference, the largest relative difference per
scenario, and exits 0 when every figure agrees, 1 otherwise (2 when the engine run fails).

Usage (from anywhere): python3 benchmarks/baselines/check.py [--tolerance 1e-9] [SCENARIO.yaml ...]
"""

import argparse
import csv
import os
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
import daily_loop  # noqa: E402

DEFAULT = ["five-materials-deterministic.yaml", "five-materials-deterministic-stressed.yaml"]


def check(path, replicates, tolerance, folder):
    name = os.path.splitext(os.path.basename(path))[0]
    out = os.path.join(folder, name)
    rel = os.path.relpath(path, ROOT)
    cmd = ["./stockpile", "run", rel, "--replicates", str(replicates), "--out", out, "--quiet"]
    print("$ " + " ".join(cmd), flush=True)
    done = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        print("engine run failed (exit %d)" % done.returncode)
        return None
    with open(path) as fh:
        doc = yaml.safe_load(fh)
    sc = daily_loop.Scenario(doc)
    if sc.noisy or sc.units:
        print("%s: not deterministic (demand noise or shock processes): nothing to compare" % rel)
        return None
    metrics = daily_loop.simulate(sc, replicates)
    with open(os.path.join(out, "replicates.csv")) as fh:
        rows = list(csv.DictReader(fh))
    columns = [c for c in daily_loop.METRICS if c in rows[0]]
    index = {m: i for i, m in enumerate(sc.ids)}
    compared = failed = 0
    worst = 0.0
    seen = set()
    for row in rows:
        if row["material"] not in index:
            continue
        m, r = index[row["material"]], int(row["replicate"])
        seen.add((m, r))
        for c in columns:
            a = float(row[c])
            b = float(metrics[c][m, r])
            compared += 1
            if a == b:
                continue
            d = abs(a - b) / max(abs(a), abs(b))
            worst = max(worst, d)
            if d > tolerance:
                failed += 1
                print("  replicate %d %s %s: engine %r numpy %r (relative %.3g)" % (r, row["material"], c, a, b, d))
    missing = replicates * sc.M - len(seen)
    if missing:
        print("  %d (replicate, material) rows missing from the engine's replicates.csv" % missing)
        failed += missing
    not_written = [c for c in daily_loop.METRICS if c not in rows[0]]
    print("%s: %d replicates x %d materials x %d columns = %d figures compared, %d outside %.0e, "
          "largest relative difference %.3g (not in replicates.csv, not compared: %s)"
          % (rel, replicates, sc.M, len(columns), compared, failed, tolerance, worst, ", ".join(not_written)))
    return failed


def main():
    ap = argparse.ArgumentParser(description="NumPy yardstick against the engine, figure by figure")
    ap.add_argument("scenarios", nargs="*")
    ap.add_argument("--replicates", type=int, default=16)
    ap.add_argument("--tolerance", type=float, default=1e-9)
    a = ap.parse_args()
    paths = [os.path.abspath(p) for p in a.scenarios] or [os.path.join(HERE, p) for p in DEFAULT]
    status = 0
    with tempfile.TemporaryDirectory(prefix="yard-engine-") as folder:
        for p in paths:
            failed = check(p, a.replicates, a.tolerance, folder)
            if failed is None:
                status = max(status, 2)
            elif failed:
                status = max(status, 1)
    print("check: " + ("every figure agrees" if status == 0 else "FAILED"))
    sys.exit(status)


if __name__ == "__main__":
    main()
