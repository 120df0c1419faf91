#!/usr/bin/env python3
"""Fits ScalingBenchmark's times and draws them (no third-party package needed).

    java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -rf csv -rff /tmp/scaling.csv
    python3 benchmarks/scaling.py /tmp/scaling.csv benchmarks/scaling.svg

Model: one invocation runs R replicates of D days of M materials with S sources each and costs
    t = R D (a + b M + c M S)
(a per replicate-day, b per material-day, c per source and material-day), fitted by least squares
on the relative error. Prints the three costs in ns, each point's time against the fit, and
writes an SVG with one panel per factor (points measured, line fitted).
"""
import csv
import sys

BASE = {"R": 64, "D": 3650, "M": 5, "S": 4}
FACTORS = [("R", "replicates"), ("D", "days"), ("M", "materials"), ("S", "sources per material")]


def read(path):
    points = []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            r, d, m, s = (int(x) for x in row["Param: shape"].split("x"))
            unit = row["Unit"]
            scale = {"ms/op": 1e-3, "s/op": 1.0, "us/op": 1e-6}[unit]
            points.append({"R": r, "D": d, "M": m, "S": s, "t": float(row["Score"]) * scale})
    return points


def solve3(a, b):
    """Solves the 3x3 system a x = b (Gaussian elimination with partial pivoting)."""
    a = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(3):
        pivot = max(range(col, 3), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, 3):
            f = a[r][col] / a[col][col]
            for k in range(col, 4):
                a[r][k] -= f * a[col][k]
    x = [0.0] * 3
    for r in (2, 1, 0):
        x[r] = (a[r][3] - sum(a[r][k] * x[k] for k in range(r + 1, 3))) / a[r][r]
    return x


def fit(points):
    # Least squares on t / t: each row divided by its own time, so every point weighs alike.
    rows = [[p["R"] * p["D"], p["R"] * p["D"] * p["M"], p["R"] * p["D"] * p["M"] * p["S"]] for p in points]
    rows = [[v / p["t"] for v in row] for row, p in zip(rows, points)]
    ata = [[sum(r[i] * r[j] for r in rows) for j in range(3)] for i in range(3)]
    atb = [sum(r[i] for r in rows) for i in range(3)]
    return solve3(ata, atb)


def predict(coef, p):
    a, b, c = coef
    return p["R"] * p["D"] * (a + b * p["M"] + c * p["M"] * p["S"])


def panel(out, x0, y0, w, h, key, label, points, coef):
    chosen = [p for p in points if all(p[k] == BASE[k] for k in BASE if k != key)]
    chosen.sort(key=lambda p: p[key])
    xmax = max(p[key] for p in chosen) * 1.05
    ymax = max(max(p["t"], predict(coef, p)) for p in chosen) * 1.1
    sx = lambda v: x0 + 50 + (w - 60) * v / xmax
    sy = lambda v: y0 + h - 40 - (h - 60) * v / ymax
    out.append(f'<rect x="{x0}" y="{y0}" width="{w}" height="{h}" fill="white" stroke="#ccc"/>')
    out.append(f'<line x1="{sx(0)}" y1="{sy(0)}" x2="{sx(xmax)}" y2="{sy(0)}" stroke="black"/>')
    out.append(f'<line x1="{sx(0)}" y1="{sy(0)}" x2="{sx(0)}" y2="{sy(ymax)}" stroke="black"/>')
    out.append(f'<text x="{x0 + w / 2}" y="{y0 + h - 8}" text-anchor="middle">{label}</text>')
    out.append(f'<text x="{x0 + 8}" y="{y0 + 16}">ms per invocation</text>')
    for tick in (0, ymax / 2 / 1.1, ymax / 1.1):
        out.append(f'<text x="{sx(0) - 4}" y="{sy(tick) + 4}" text-anchor="end" font-size="10">{tick * 1e3:.0f}</text>')
    for p in chosen:
        out.append(f'<text x="{sx(p[key])}" y="{sy(0) + 14}" text-anchor="middle" font-size="10">{p[key]}</text>')
    line = [dict(BASE, **{key: 0}), dict(BASE, **{key: xmax})]
    out.append(f'<line x1="{sx(0)}" y1="{sy(predict(coef, line[0]))}" x2="{sx(xmax)}" '
               f'y2="{sy(predict(coef, line[1]))}" stroke="#d62728"/>')
    for p in chosen:
        out.append(f'<circle cx="{sx(p[key])}" cy="{sy(p["t"])}" r="4" fill="#1f77b4"/>')


def main():
    points = read(sys.argv[1])
    coef = fit(points)
    a, b, c = coef
    print(f"t = R D (a + b M + c M S): a = {a * 1e9:.2f} ns per replicate-day, "
          f"b = {b * 1e9:.2f} ns per material-day, c = {c * 1e9:.2f} ns per source and material-day")
    worst = 0.0
    for p in points:
        f = predict(coef, p)
        worst = max(worst, abs(p["t"] / f - 1))
        print(f'{p["R"]:>4} x {p["D"]:>5} x {p["M"]} x {p["S"]}: {p["t"] * 1e3:9.2f} ms, fit {f * 1e3:9.2f} ms '
              f'({p["t"] / f - 1:+.1%}), {p["R"] * p["D"] * p["M"] / p["t"] / 1e6:5.1f} M material-days/s')
    print(f"largest distance from the fit: {worst:.1%}")
    if len(sys.argv) > 2:
        w, h = 330, 240
        out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * w + 30}" height="{2 * h + 60}" '
               f'font-family="sans-serif" font-size="12">',
               f'<rect width="100%" height="100%" fill="white"/>',
               f'<text x="10" y="20">Kernel time per invocation, one factor at a time around 64 x 3,650 x 5 x 4 '
               f'(points: measured; line: t = R D (a + b M + c M S))</text>']
        for i, (key, label) in enumerate(FACTORS):
            panel(out, 10 + (i % 2) * (w + 10), 35 + (i // 2) * (h + 10), w, h, key, label, points, coef)
        out.append("</svg>")
        with open(sys.argv[2] + ".tmp", "w") as f:
            f.write("\n".join(out) + "\n")
        import os
        os.replace(sys.argv[2] + ".tmp", sys.argv[2])


if __name__ == "__main__":
    main()
