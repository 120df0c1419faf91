#!/usr/bin/env python3
"""A NumPy yardstick for Stockpile's daily loop (issue 16).

Written from docs/model.md ("One day, in order", "Costs", "Metrics"); the engine's kernel
(engine/src/main/java/org/stockpile/sim) was read to settle what the page leaves open: how the
refill passes and masks combine, which day's price a loan premium uses, the order in which sums
are taken (so that the deterministic check agrees to about 1e-14, not just 1e-9). Every replicate's state is an array with the replicates on the last axis:
(materials, replicates) for a material's state, (materials, sources, replicates) for a source's.
Python loops run over days, and over tiers and sources where the rules differ by position; never
over replicates. Every day does the same work whatever happens in any replicate: rules that a lone
replicate would follow with a branch are masks (np.where), and a step runs on every replicate
whether or not it changes anything.

What it implements (the features benchmarks/src/main/resources/five-materials.yaml uses):

- demand: baseline x (1 + growth)^(t/365) x (1 - substitution) x noise; lognormal noise with mean 1
  and coefficient of variation demandNoise, drawn with NumPy's generator (PCG64), NOT the engine's
  streams: with noise on, the numbers are statistically like the engine's, not the same;
- recycling (share of what was consumed lagDays ago) and substitution (up while stressed, else down);
- orders: the order-up-to rule on the inventory position (pipeline at yesterday's flow-weighted
  travel time, tiers' aims, firms' safety stock, what lending tiers are owed, one installment a day,
  maxBuyPerDay and budgets), steady-state start of the pipeline;
- shipments: share of the order within capacity x availability, quota/licensing caps and the surge
  allowance (surgeRatePerDay), what is not shipped spread over sources with room, in proportion;
  a pipeline ring of arrivals with their landed value, licensing delays;
- arrivals, recycling and unstored supply serve demand; draws from freely drawn tiers, then tiers
  with a release rule by trigger/latency/maxPerDay (hysteresis), loans (owed units, installments
  of paybackDays, premiums in money at the day's price);
- refill passes (firms to target, loan repayments, ruled tiers to target less owed, firms above
  target), installments paid from firms' stock above target, unstored supply with its landed cost
  and the excess split by cause; budgets per year of the run;
- price tomorrow from today's unmet share (priceElasticity), storage, shortage and capital costs,
  discounting, stock used at the base price, end value at the final price;
- shocks: scheduled exportControl (ban, quota, licensing with delayDays) and outage, with rampUp /
  duration / recovery intensities and the route rule (targets, next hop, transit tags looked
  through); random shockProcesses of those types, correlated or per material: Poisson arrivals,
  durations and severities drawn with NumPy (distributions constant, uniform, normal, lognormal,
  exponential), applied from timelines precomputed in blocks of days, again NOT the engine's
  streams;
- per replicate and material, the engine's replicates.csv columns: shortfallUnits,
  shortfallWithStockUnits, shortfallStockEmptyUnits, shortfallShare, shortfallDays,
  longestShortfallRunDays, firstShortfallDay, minDaysOfCover, daysBelowTarget, compliance,
  fillRate, initialStockCost, acquisitionCost, holdingCost, capitalCost, shortageCost,
  stockUsedValue, endStockValue, netCost, loanPremiums, releasedUnits, releaseDays,
  maxLoansOutstanding, excessUnits, excessShockedUnits, excessLimitedUnits, excessFullUnits;
  plus endStockUnits (every tier's stock after the last day), which the engine does not write.

What it does NOT implement (it refuses a scenario that uses them): backlog, capacity projects,
logistics shocks (delays differing between replicates, held shipments), exportTax, demandSurge,
targets on net imports (basis: netImports), refill delayDays, buyWhileShocked: false, several
economies; random processes with delays; the rows over all materials ("total"), per-tier
metrics, daily series (timeseries.csv) and summary statistics. Materials must share one layout
(the same number of sources and the same tiers, by kind, in priority order); their numbers may
differ. With demandNoise 0 and no shockProcesses the run is deterministic and check.py compares
it with the engine figure by figure.

Usage:
  python3 daily_loop.py SCENARIO.yaml [--replicates N] [--days D] [--seed S] [--out FILE.csv]
Prints the simulation time and material-days per second on stderr (and as JSON with --json).
"""

import argparse
import csv
import json
import math
import sys
import time

import numpy as np
import yaml

YEAR = 365
BELOW = 1 - 1e-9

METRICS = [
    "shortfallUnits", "shortfallWithStockUnits", "shortfallStockEmptyUnits", "shortfallShare",
    "shortfallDays", "longestShortfallRunDays", "firstShortfallDay", "minDaysOfCover",
    "daysBelowTarget", "compliance", "fillRate", "initialStockCost", "acquisitionCost",
    "holdingCost", "capitalCost", "shortageCost", "stockUsedValue", "endStockValue", "netCost",
    "loanPremiums", "releasedUnits", "releaseDays", "maxLoansOutstanding", "excessUnits",
    "excessShockedUnits", "excessLimitedUnits", "excessFullUnits", "endStockUnits",
]


class Unsupported(Exception):
    pass


def day_of(value, start_date):
    """A day in a file: a day number or a date counted from run.startDate."""
    if isinstance(value, int):
        return value
    import datetime
    if isinstance(value, str):
        value = datetime.date.fromisoformat(value)
    return (value - start_date).days


def intensity(k, ramp, duration, recovery):
    """Severity factor on day k of an instance (docs/model.md, Shocks)."""
    if k < 0:
        return 0.0
    if k < ramp:
        return (k + 1.0) / (ramp + 1.0)
    k -= ramp
    if k < duration:
        return 1.0
    k -= duration
    if k < recovery:
        return (recovery - k) / (recovery + 1.0)
    return 0.0


class Scenario:
    """The scenario's numbers as arrays: (M, 1) per material, (M, S, 1) per source, per tier lists."""

    def __init__(self, doc, days=None):
        import datetime
        for key in ("economies", "groups", "suppliers", "markets"):
            if key in doc:
                raise Unsupported("several economies (%s)" % key)
        run = doc.get("run", {}) or {}
        self.horizon = int(days if days is not None else run.get("horizonDays", 3650))
        start = run.get("startDate", "2026-01-01")
        self.start_date = start if isinstance(start, datetime.date) else datetime.date.fromisoformat(str(start))
        self.capital_rate = float(run.get("capitalCostRatePerYear", 0))
        self.discount_rate = float(run.get("discountRatePerYear", 0))
        self.economy = doc["economy"]
        self.countries = doc.get("countries", {}) or {}
        mats = doc["materials"]
        self.ids = list(mats.keys())
        M = self.M = len(self.ids)
        S = None
        tier_kinds = None
        f = lambda: np.zeros((M, 1))
        self.base0, self.growth, self.cv, self.price0, self.short_cost, self.elastic = f(), f(), f(), f(), f(), f()
        self.reference, self.rec_share, self.sub_max, self.sub_step = f(), f(), f(), f()
        self.rec_lag = np.zeros(M, dtype=int)
        self.sources = []
        tiers_by_m = []
        for m, mid in enumerate(self.ids):
            mat = mats[mid]
            if mat.get("backlog", False):
                raise Unsupported("backlog")
            if mat.get("capacityProjects"):
                raise Unsupported("capacity projects")
            self.base0[m] = mat["baselineDailyDemand"]
            self.growth[m] = mat.get("demandGrowthPerYear", 0)
            self.cv[m] = mat.get("demandNoise", 0)
            self.price0[m] = mat.get("pricePerUnit", 0)
            self.short_cost[m] = mat.get("shortageCostPerUnit", 0)
            self.elastic[m] = mat.get("priceElasticity", 0)
            self.reference[m] = mat.get("referenceDailyConsumption", mat["baselineDailyDemand"])
            rec = mat.get("recycling")
            if rec:
                self.rec_share[m] = rec["share"]
                self.rec_lag[m] = int(rec.get("lagDays", 0))
            sub = mat.get("substitution")
            if sub:
                self.sub_max[m] = sub["maxShare"]
                self.sub_step[m] = sub["maxShare"] / sub["responseDays"]
            srcs = mat["sources"]
            if S is None:
                S = len(srcs)
            elif S != len(srcs):
                raise Unsupported("materials with different numbers of sources")
            self.sources.append(srcs)
            # Priority order: freely drawn tiers, then tiers with a release rule, each in file order.
            tiers = mat.get("stockpiles", {}) or {}
            order = [h for h in tiers if not tiers[h].get("release")] + [h for h in tiers if tiers[h].get("release")]
            kinds = []
            rows = []
            for h in order:
                tier = tiers[h]
                if tier.get("basis", "consumption") != "consumption":
                    raise Unsupported("targets on net imports")
                rel = tier.get("release")
                loan = bool(rel) and rel.get("mode", "sale") == "loan"
                kinds.append((bool(rel), loan))
                rows.append(tier)
                ref = tier.get("refill") or {}
                if ref.get("delayDays", 0):
                    raise Unsupported("refill delayDays")
                if ref.get("buyWhileShocked", True) is False:
                    raise Unsupported("buyWhileShocked: false")
            if tier_kinds is None:
                tier_kinds = kinds
            elif tier_kinds != kinds:
                raise Unsupported("materials with different tiers")
            tiers_by_m.append(rows)
        self.S = S
        self.K = len(tier_kinds)
        self.ruled = [k[0] for k in tier_kinds]
        self.loan = [k[1] for k in tier_kinds]
        self.first_free = next((k for k in range(self.K) if not self.ruled[k]), -1)

        g = lambda: np.zeros((M, S, 1))
        self.share, self.capacity, self.lead, self.surge_rate, self.premium = g(), g(), g(), g(), g()
        for m in range(M):
            for s, src in enumerate(self.sources[m]):
                self.share[m, s] = src["share"]
                self.capacity[m, s] = src.get("capacityPerDay", math.inf)
                self.lead[m, s] = src["leadTimeDays"]
                self.surge_rate[m, s] = src.get("surgeRatePerDay", 1)
                self.premium[m, s] = src.get("costPremium", 0)
                if "supplier" in src:
                    raise Unsupported("shared suppliers")
        self.lead_int = self.lead[:, :, 0].astype(int)
        self.premium_factor = 1 + self.premium

        # Per tier k: (M, 1) columns.
        def col(fn):
            return np.array([[fn(tiers_by_m[m][k], m)] for m in range(M)], dtype=float)
        self.target, self.initial, self.cap, self.hold_day, self.capital_day = [], [], [], [], []
        self.trigger, self.latency, self.max_release, self.payback, self.loan_premium = [], [], [], [], []
        self.max_buy, self.budget_year = [], []
        for k in range(self.K):
            per = lambda t, m: float(self.reference[m, 0])
            self.target.append(col(lambda t, m: t["targetDays"] * per(t, m)))
            self.initial.append(col(lambda t, m: t.get("initialDays", t["targetDays"]) * per(t, m)))
            self.cap.append(col(lambda t, m: t["capacityDays"] * per(t, m) if "capacityDays" in t else math.inf))
            self.hold_day.append(col(lambda t, m: t.get("holdingCostPerUnitPerYear", 0) / YEAR))
            self.capital_day.append(col(lambda t, m: t.get("capitalCostRatePerYear", self.capital_rate) / YEAR))
            rel = lambda t: t.get("release") or {}
            self.trigger.append(col(lambda t, m: rel(t).get("triggerShare", 0)))
            self.latency.append(col(lambda t, m: rel(t).get("latencyDays", 0)))
            self.max_release.append(col(lambda t, m: rel(t).get("maxPerDay", math.inf)))
            self.payback.append(col(lambda t, m: rel(t).get("paybackDays", 365)))
            self.loan_premium.append(col(lambda t, m: rel(t).get("loanPremium", 0) if self.loan[k] else 0))
            self.max_buy.append(col(lambda t, m: (t.get("refill") or {}).get("maxBuyPerDay", math.inf)))
            self.budget_year.append(col(lambda t, m: (t.get("refill") or {}).get("budgetPerYear", math.inf)))
        self.lending = any(self.loan)

        # Demand without noise, by day: (D, M, 1).
        t = np.arange(self.horizon, dtype=float)
        daily = (1 + self.growth[:, 0]) ** (1.0 / YEAR)
        self.baseline = (self.base0[:, 0][None, :] * daily[None, :] ** t[:, None])[:, :, None]
        self.discount = np.array([1.0 if self.discount_rate == 0 else (1 + self.discount_rate) ** (-d / YEAR)
                                  for d in range(self.horizon + 1)])
        sigma = np.sqrt(np.log1p(self.cv * self.cv))
        self.noise_sigma = sigma
        self.noise_mu = -0.5 * sigma * sigma
        self.noisy = bool(np.any(sigma > 0))
        self.base_pipeline = np.zeros((M, 1))
        for s in range(S):
            self.base_pipeline += self.share[:, s] * self.lead[:, s]
        cvn = np.sqrt(np.expm1(sigma * sigma))
        self.safety_factor = 2 * cvn * np.sqrt(1 + self.base_pipeline)

        self._compile_shocks(doc)

    # ----- shocks -----

    def _tags(self, target):
        ids = [c for c, v in self.countries.items() if target in ((v or {}).get("tags") or [])]
        return ids if ids else [target]

    def _transit(self, c):
        return "transit" in (((self.countries.get(c) or {}).get("tags")) or [])

    def _hit(self, shock):
        """(m, s) pairs a shock hits by the route rule; also which materials are in its scope."""
        scope = shock.get("materials") or self.ids
        typ = shock["type"]
        pairs = []
        for m, mid in enumerate(self.ids):
            if mid not in scope:
                continue
            for s, src in enumerate(self.sources[m]):
                route = src.get("route") or []
                if typ == "exportControl":
                    c = shock["country"]
                    targets = shock.get("targets") or []
                    allowed = set()
                    for x in targets:
                        allowed.update(self._tags(x))
                    hit = False
                    for i, hop in enumerate(route):
                        if hop != c:
                            continue
                        nxt = self.economy
                        for later in route[i + 1:]:
                            if not self._transit(later):
                                nxt = later
                                break
                        if not targets or nxt in allowed:
                            hit = True
                    if hit:
                        pairs.append((m, s))
                elif typ == "outage":
                    if ("source" in shock and src.get("id") == shock["source"]) or (
                            "country" in shock and shock["country"] in route):
                        pairs.append((m, s))
                else:
                    raise Unsupported("shock type " + typ)
        return pairs

    def _effect(self, shock):
        typ = shock["type"]
        if typ == "exportControl":
            mode = shock.get("mode", "ban")
            if mode == "ban":
                return dict(loss=1.0, quota=1.0, delay=0)
            if mode == "quota":
                return dict(loss=0.0, quota=float(shock.get("allowedShare", 0)), delay=0)
            if mode == "licensing":
                return dict(loss=0.0, quota=float(shock.get("allowedShare", 0)), delay=int(shock.get("delayDays", 0)))
            raise Unsupported("exportControl mode " + mode)
        if typ == "outage":
            return dict(loss=float(shock.get("capacityLoss", 1)), quota=1.0, delay=0)
        raise Unsupported("shock type " + typ)

    def _compile_shocks(self, doc):
        M, S, D = self.M, self.S, self.horizon
        # Scheduled shocks: the same in every replicate, so per day and (m, s).
        self.sched_avail = np.ones((D, M, S))
        self.sched_quota = np.ones((D, M, S))
        self.sched_delay = np.zeros((D, M, S), dtype=int)
        self.sched_shocked = np.zeros((D, M), dtype=bool)
        for shock in doc.get("shocks") or []:
            eff = self._effect(shock)
            pairs = self._hit(shock)
            start = day_of(shock.get("start", 0), self.start_date)
            ramp, dur, rec = int(shock.get("rampUpDays", 0)), int(shock["durationDays"]), int(shock.get("recoveryDays", 0))
            for t in range(max(start, 0), min(D, start + ramp + dur + rec)):
                x = intensity(t - start, ramp, dur, rec)
                if x <= 0:
                    continue
                extra = int(math.floor(x * eff["delay"] + 0.5))
                for (m, s) in pairs:
                    self.sched_avail[t, m, s] *= 1 - x * eff["loss"]
                    self.sched_quota[t, m, s] = min(self.sched_quota[t, m, s], 1 - x * (1 - eff["quota"]))
                    self.sched_delay[t, m, s] += extra
                    self.sched_shocked[t, m] = True
        self.max_delay = int(self.sched_delay.max(initial=0))
        # Random processes: one "unit" per correlated process, or per material of an uncorrelated one.
        self.units = []
        for proc in doc.get("shockProcesses") or []:
            shock = proc["shock"]
            eff = self._effect(shock)
            if eff["delay"]:
                raise Unsupported("random shocks with delays")
            pairs = self._hit(shock)
            groups = [pairs] if proc.get("correlated", True) else \
                [[p for p in pairs if p[0] == m] for m in range(M)]
            for grp in groups:
                if grp:
                    self.units.append(dict(proc=proc, eff=eff, pairs=grp,
                                           ramp=int(shock.get("rampUpDays", 0)), rec=int(shock.get("recoveryDays", 0))))


def sample(dist, rng, size):
    """Draws of a distribution of the scenario (a number is a constant)."""
    if dist is None:
        return np.ones(size)
    if isinstance(dist, (int, float)):
        return np.full(size, float(dist))
    kind = dist["distribution"]
    if kind == "constant":
        return np.full(size, float(dist["value"]))
    if kind == "uniform":
        return rng.uniform(dist["min"], dist["max"], size)
    if kind == "normal":
        return rng.normal(dist["mean"], dist["sd"], size)
    if kind == "lognormal":
        median = dist["median"] if "median" in dist else math.exp(dist["mu"])
        return median * np.exp(dist["sigma"] * rng.standard_normal(size))
    if kind == "exponential":
        return rng.exponential(dist["mean"], size)
    raise Unsupported("distribution " + kind)


class RandomShocks:
    """Events of the random processes for every replicate, and their effects in blocks of days."""

    BLOCK = 128

    def __init__(self, sc, R, rng):
        self.sc, self.R = sc, R
        D = sc.horizon
        self.events = []
        for unit in sc.units:
            proc = unit["proc"]
            rate = proc["ratePerYear"] / YEAR
            if rate <= 0:
                self.events.append(None)
                continue
            n = int(rate * D + 8 * math.sqrt(rate * D) + 16)
            arrivals = np.cumsum(rng.exponential(1 / rate, (R, n)), axis=1)
            live = arrivals < D
            if np.any(live[:, -1]):
                raise RuntimeError("too few events drawn")
            rep = np.nonzero(live)[0]
            start = arrivals[live].astype(np.int64)
            dur = np.maximum(1, np.rint(sample(proc["durationDays"], rng, start.size))).astype(np.int64)
            sev = np.clip(sample(proc.get("severity"), rng, start.size), 0, 1)
            span = unit["ramp"] + dur + unit["rec"]
            self.events.append((rep, start, dur, sev, span))
        self.block_start = -(1 << 30)

    def _fill(self, b0):
        """Effects of days b0 .. b0 + BLOCK - 1: per unit, (B, R) availability factors and quotas."""
        sc, R = self.sc, self.R
        B = min(self.BLOCK, sc.horizon - b0)
        self.block_start = b0
        self.avail, self.quota, self.active = [], [], []
        for unit, ev in zip(sc.units, self.events):
            av = np.ones((B, R))
            qu = np.ones((B, R))
            act = np.zeros((B, R), dtype=bool)
            if ev is not None:
                rep, start, dur, sev, span = ev
                sel = (start < b0 + B) & (start + span > b0)
                r, s0, d, sv, sp = rep[sel], start[sel], dur[sel], sev[sel], span[sel]
                lo = np.maximum(s0, b0)
                hi = np.minimum(s0 + sp, b0 + B)
                n = hi - lo
                idx = np.repeat(np.arange(r.size), n)
                offs = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
                day = lo[idx] + offs
                k = day - s0[idx]
                ramp, rec = unit["ramp"], unit["rec"]
                dd = d[idx]
                x = np.where(k < ramp, (k + 1.0) / (ramp + 1.0),
                             np.where(k < ramp + dd, 1.0, (rec - (k - ramp - dd)) / (rec + 1.0)))
                x = x * sv[idx]
                keep = x > 0
                rows, cols, x = day[keep] - b0, r[idx][keep], x[keep]
                eff = unit["eff"]
                if eff["loss"] > 0:
                    np.multiply.at(av, (rows, cols), 1 - x * eff["loss"])
                if eff["quota"] < 1:
                    np.minimum.at(qu, (rows, cols), 1 - x * (1 - eff["quota"]))
                act[rows, cols] = True
            self.avail.append(av)
            self.quota.append(qu)
            self.active.append(act)

    def apply(self, t, avail, quota, shocked):
        """Multiplies today's random effects into avail and quota (M, S, R) and shocked (M, R)."""
        if not (self.block_start <= t < self.block_start + self.BLOCK):
            self._fill(t)
        i = t - self.block_start
        for unit, av, qu, act in zip(self.sc.units, self.avail, self.quota, self.active):
            a, q = av[i], qu[i]
            for (m, s) in unit["pairs"]:
                avail[m, s] *= a
                np.minimum(quota[m, s], q, out=quota[m, s])
            for m in sorted({p[0] for p in unit["pairs"]}):
                shocked[m] |= act[i]


def simulate(sc, R, seed=1, noise=True, random_shocks=True):
    """Runs R replicates of scenario sc; returns {metric: (M, R) array}."""
    M, S, K, D = sc.M, sc.S, sc.K, sc.horizon
    rng = np.random.default_rng(seed)
    noisy = noise and sc.noisy
    shocks = RandomShocks(sc, R, rng) if (random_shocks and sc.units) else None
    z = lambda: np.zeros((M, R))  # noqa: E731
    where = np.where
    minimum, maximum = np.minimum, np.maximum
    base_price = sc.price0

    # Pipeline ring (arrival day mod P, material x source, replicate).
    longest = int(sc.lead_int.max()) + sc.max_delay
    P = 1 << max(1, longest).bit_length()
    ring_u = np.zeros((P, M * S, R))
    ring_v = np.zeros((P, M * S, R))
    in_transit = z()
    for m in range(M):
        transit = 0.0
        for s in range(S):
            flow = min(sc.share[m, s, 0] * sc.base0[m, 0], sc.capacity[m, s, 0])
            value = flow * base_price[m, 0] * (1 + sc.premium[m, s, 0])
            for d in range(min(sc.lead_int[m, s], D)):
                ring_u[d % P, m * S + s] = flow
                ring_v[d % P, m * S + s] = value
                transit += flow
        in_transit[m] = transit
    rows_ms = np.arange(M * S)
    lead_flat = sc.lead_int.reshape(-1)

    lag_ring = 1 << max(1, int(sc.rec_lag.max())).bit_length()
    consumed = np.zeros((lag_ring, M, R))
    lag_rows = np.arange(M)

    price = np.broadcast_to(base_price, (M, R)).copy()
    substitution = z()
    surging = np.zeros((M, R), dtype=bool)
    flow_lead = np.broadcast_to(sc.base_pipeline, (M, R)).copy()
    unstored, unstored_value = z(), z()
    allowance = np.zeros((M, S, R))
    capacity = sc.capacity
    step_surge = capacity * sc.surge_rate

    stock = [np.broadcast_to(sc.initial[k], (M, R)).copy() for k in range(K)]
    owed = [z() for _ in range(K)]
    installment = [z() for _ in range(K)]
    budget = [z() for _ in range(K)]
    trig_days = [z() for _ in range(K)]
    calm_days = [z() for _ in range(K)]
    releasing = [np.zeros((M, R), dtype=bool) for _ in range(K)]
    total_target = 0.0
    for k in range(K):
        total_target = total_target + sc.target[k]
    per_ref = 1 / sc.reference

    # Metric accumulators.
    acc = {name: z() for name in ("demand", "served", "shortfall", "with_stock", "short_days", "run", "longest",
                                  "cost_short", "excess", "excess_shocked", "excess_limited", "released",
                                  "release_days", "max_owed", "days_below")}
    first_short = np.full((M, R), float(D))
    min_cover = np.full((M, R), np.inf)
    t_acq = [z() for _ in range(K)]
    t_hold = [z() for _ in range(K)]
    t_cap = [z() for _ in range(K)]
    t_used = [z() for _ in range(K)]
    t_prem = [z() for _ in range(K)]

    for t in range(D):
        disc = sc.discount[t]
        base = sc.baseline[t]  # (M, 1)
        normal = sc.share * base[:, None, :]  # (M, S, 1)
        # 1. Shocks.
        avail = np.broadcast_to(sc.sched_avail[t][:, :, None], (M, S, R))
        quota = np.broadcast_to(sc.sched_quota[t][:, :, None], (M, S, R))
        shocked = np.broadcast_to(sc.sched_shocked[t][:, None], (M, R))
        if shocks is not None:
            avail, quota, shocked = avail.copy(), quota.copy(), shocked.copy()
            shocks.apply(t, avail, quota, shocked)
        delay = sc.sched_delay[t]  # (M, S), the same in every replicate
        if t % YEAR == 0:
            for k in range(K):
                budget[k] = np.broadcast_to(sc.budget_year[k], (M, R)).copy()

        # 2. Demand and recycling.
        today_price = price
        expected = base * (1 - substitution)
        if noisy:
            demand = expected * np.exp(sc.noise_mu + sc.noise_sigma * rng.standard_normal((M, R)))
        else:
            demand = expected
        to_serve = demand
        recycled = consumed[(t - sc.rec_lag) % lag_ring, lag_rows] * (sc.rec_share * ((sc.rec_lag > 0) & (sc.rec_lag <= t))[:, None])

        # 3. Orders: order-up-to on the inventory position.
        need = maximum(expected - recycled, 0.0)
        pipeline_gap = need * flow_lead - in_transit
        position = pipeline_gap - unstored
        orderable = maximum(pipeline_gap, 0.0)
        priced = today_price > 0
        safety = expected * sc.safety_factor
        for k in range(K):
            aim = sc.target[k] + safety if k == sc.first_free else sc.target[k]
            want = aim - stock[k] - owed[k]
            counted = where(want <= 0, 0.0, want) if sc.ruled[k] else want
            position = position + (counted + owed[k])
            if sc.loan[k]:
                orderable = orderable + where(owed[k] > 0, minimum(owed[k], installment[k]), 0.0)
            buy = minimum(want, sc.max_buy[k])
            buy = where(priced & (buy * today_price > budget[k]), budget[k] / today_price, buy)
            orderable = orderable + where(want > 0, buy, 0.0)
        ordered = maximum(need + minimum(position, orderable), 0.0)

        # Shipments: share of the order within limits and the surge allowance.
        limit = capacity * avail
        quota_limit = quota * normal
        limit = where((quota < 1) & (limit > quota_limit), quota_limit, limit)
        wanted = ordered[:, None, :] * sc.share
        sent = minimum(wanted, minimum(limit, allowance + normal))
        unshipped_units = wanted[:, 0] - sent[:, 0]
        for s in range(1, S):
            unshipped_units = unshipped_units + (wanted[:, s] - sent[:, s])
        growing = unshipped_units > ordered * 1e-12
        relaxing = surging & ~growing
        grown = minimum(allowance + step_surge, capacity)
        in_use = maximum(sent - normal, 0.0)
        shrunk = maximum(in_use, allowance - step_surge)
        allowance = where(growing[:, None], grown, where(relaxing[:, None], shrunk, allowance))
        headroom = maximum(minimum(limit, grown + normal) - sent, 0.0)
        room = headroom[:, 0]
        largest = maximum(shrunk[:, 0], 0.0)
        for s in range(1, S):
            room = room + headroom[:, s]
            largest = maximum(largest, shrunk[:, s])
        surging = where(growing, True, where(relaxing & (largest <= 0), False, surging))
        spread = growing & (room > 0)
        fraction = minimum(unshipped_units / where(spread, room, 1.0), 1.0)
        sent = where(spread[:, None], sent + fraction[:, None] * headroom, sent)

        # Dispatch into the pipeline, and 4. arrivals.
        travel = sc.lead + delay[:, :, None]
        sent_total = sent[:, 0]
        sent_days = sent[:, 0] * travel[:, 0]
        for s in range(1, S):
            sent_total = sent_total + sent[:, s]
            sent_days = sent_days + sent[:, s] * travel[:, s]
        arrival = t + lead_flat + delay.reshape(-1)
        go = arrival < D
        flat_sent = sent.reshape(M * S, R)
        value = (sent * today_price[:, None, :] * sc.premium_factor).reshape(M * S, R)
        slots, rws = arrival[go] % P, rows_ms[go]
        ring_u[slots, rws] += flat_sent[go]
        ring_v[slots, rws] += value[go]
        slot = t % P
        due_u = ring_u[slot].reshape(M, S, R)
        due_v = ring_v[slot].reshape(M, S, R)
        arrived = due_u[:, 0] + due_u[:, 1] if S > 1 else due_u[:, 0].copy()
        arrived_value = due_v[:, 0] + due_v[:, 1] if S > 1 else due_v[:, 0].copy()
        for s in range(2, S):
            arrived = arrived + due_u[:, s]
            arrived_value = arrived_value + due_v[:, s]
        ring_u[slot] = 0.0
        ring_v[slot] = 0.0
        in_transit = in_transit + (sent_total - arrived)
        flow_lead = where(sent_total > 0, sent_days / where(sent_total > 0, sent_total, 1.0), flow_lead)
        carried = unstored
        available = arrived + recycled + unstored
        served = minimum(to_serve, available)
        gap = to_serve - served
        stressed = gap > 0

        # 5. Stock draws: freely drawn tiers, then release programmes.
        unserved = gap
        from_stock = z()
        drawn = [None] * K
        for k in range(K):
            take = minimum(unserved, stock[k])
            if sc.ruled[k]:
                triggered = (unserved > to_serve * sc.trigger[k]) & (unserved > 0)
                trig_days[k] = where(triggered, trig_days[k] + 1, 0.0)
                calm_days[k] = where(triggered, 0.0, calm_days[k] + 1)
                on = (releasing[k] & ~(calm_days[k] > sc.latency[k])) | (trig_days[k] > sc.latency[k])
                releasing[k] = on
                take = where(on, minimum(take, sc.max_release[k]), 0.0)
                if sc.loan[k]:
                    lending = take > 0
                    owed[k] = where(lending, owed[k] + take, owed[k])
                    t_prem[k] = t_prem[k] + where(lending, take * today_price * (sc.loan_premium[k] * disc), 0.0)
                    installment[k] = where(lending, owed[k] / sc.payback[k], installment[k])
            drawing = take > 0
            take = where(drawing, take, 0.0)
            stock[k] = stock[k] - take
            unserved = unserved - take
            from_stock = from_stock + take
            drawn[k] = take
        shortfall = unserved

        # 6-7. Refill from the surplus; loan repayments; what is left waits unstored.
        surplus = available - served
        landed = arrived_value + recycled * today_price + unstored_value
        unit_cost = where(available > 0, landed / where(available > 0, available, 1.0), today_price)
        refused = np.zeros((M, R), dtype=bool)
        limited = np.zeros((M, R), dtype=bool)
        intake = [0.0] * K
        repaid = [0.0] * K

        def deposit(k, aim, owed_weight):
            nonlocal surplus, refused, limited
            up_to = aim - owed[k] * owed_weight if owed_weight else aim
            space = minimum(up_to, sc.cap[k]) - stock[k]
            taking = (space > 0) & (surplus > 0)
            wanted_k = minimum(space, surplus)
            capped = minimum(wanted_k, sc.max_buy[k] - intake[k])
            put = where((unit_cost > 0) & (budget[k] < capped * unit_cost), budget[k] / unit_cost, capped)
            limited |= taking & (put < wanted_k)
            taking &= put > 0
            put = where(taking, put, 0.0)
            paid = put * unit_cost
            stock[k] = stock[k] + put
            intake[k] = intake[k] + put
            budget[k] = budget[k] - paid
            t_acq[k] += paid * disc
            surplus = surplus - put

        for k in range(K):
            if not sc.ruled[k]:
                deposit(k, minimum(sc.target[k], sc.cap[k]), 0)
            elif sc.loan[k]:
                paying = (owed[k] > 0) & ~releasing[k]
                due = minimum(owed[k], installment[k])
                pay = minimum(due, minimum(surplus, sc.cap[k] - stock[k]))
                pay = where(paying & (pay > 0), pay, 0.0)
                stock[k] = stock[k] + pay
                owed[k] = owed[k] - pay
                surplus = surplus - pay
                repaid[k] = pay
                t_acq[k] += pay * unit_cost * disc
        for k in range(K):
            if sc.ruled[k]:
                deposit(k, sc.target[k], 1)
        for k in range(K):
            if not sc.ruled[k]:
                deposit(k, np.inf, 0)
        if sc.lending:
            value_base = base_price * disc
            for k in range(K):
                if not sc.loan[k]:
                    continue
                owing = (owed[k] > 0) & ~releasing[k] & (repaid[k] < installment[k])
                due = minimum(owed[k], installment[k] - repaid[k])
                due_now = where(owing, minimum(due, sc.cap[k] - stock[k]), 0.0)
                for f in range(K):
                    if sc.ruled[f]:
                        continue
                    spare = stock[f] - sc.target[f]
                    pays = (due_now > 0) & (spare > 0)
                    pay = where(pays, minimum(due_now, spare), 0.0)
                    stock[f] = stock[f] - pay
                    stock[k] = stock[k] + pay
                    owed[k] = owed[k] - pay
                    due_now = due_now - pay
                    worth = pay * value_base
                    t_used[f] += worth
                    t_acq[k] += worth
        left = surplus
        unstored = left
        leftover = left > 0
        unstored_value = where(leftover, left * unit_cost, 0.0)
        added = left - carried
        excess = where(leftover & (added > 0), added, 0.0)
        acc["excess"] += excess
        acc["excess_shocked"] += where(refused, excess, 0.0)
        acc["excess_limited"] += where(limited & ~refused, excess, 0.0)

        # 8-9. Costs, tomorrow's price and substitution, records.
        after = stock[0]
        owed_total = owed[0]
        for k in range(1, K):
            after = after + stock[k]
            owed_total = owed_total + owed[k]
        for k in range(K):
            units = stock[k]
            t_hold[k] += units * (sc.hold_day[k] * disc)
            if np.any(sc.capital_day[k] > 0):
                t_cap[k] += units * today_price * (sc.capital_day[k] * disc)
            t_used[k] += drawn[k] * (base_price * disc)
        rising = (shortfall > 0) & (sc.elastic > 0)
        price = where(rising, (shortfall / where(rising, to_serve, 1.0) * sc.elastic + 1) * base_price, base_price)
        if np.any(sc.sub_step > 0):
            up = minimum(substitution + sc.sub_step, sc.sub_max)
            down = maximum(substitution - sc.sub_step, 0.0)
            substitution = where(stressed & (sc.sub_step > 0), up, where(sc.sub_step > 0, down, substitution))
        eaten = served + from_stock
        consumed[t % lag_ring] = eaten
        short_today = shortfall > 0
        acc["with_stock"] += where(after > 0, shortfall, 0.0)
        acc["demand"] += demand
        acc["served"] += eaten
        acc["shortfall"] += shortfall
        acc["cost_short"] += shortfall * (sc.short_cost * disc)
        acc["released"] += from_stock
        acc["release_days"] += from_stock > 0
        acc["short_days"] += short_today
        acc["run"] = where(short_today, acc["run"] + 1, 0.0)
        np.maximum(acc["longest"], acc["run"], out=acc["longest"])
        first_short = where(short_today & (first_short == D), float(t), first_short)
        np.minimum(min_cover, after * per_ref, out=min_cover)
        acc["days_below"] += after < total_target * BELOW
        np.maximum(acc["max_owed"], owed_total, out=acc["max_owed"])

    end_disc = sc.discount[D]
    end_value = stock[0] * price * end_disc
    for k in range(1, K):
        end_value = end_value + stock[k] * price * end_disc
    end_units = stock[0]
    for k in range(1, K):
        end_units = end_units + stock[k]
    initial = 0.0
    acq, hold, cap, used, prem = t_acq[0], t_hold[0], t_cap[0], t_used[0], t_prem[0]
    initial = sc.initial[0] * base_price
    for k in range(1, K):
        initial = initial + sc.initial[k] * base_price
        acq, hold, cap, used, prem = acq + t_acq[k], hold + t_hold[k], cap + t_cap[k], used + t_used[k], prem + t_prem[k]
    initial = np.broadcast_to(initial, (M, R))
    net = initial + acq + hold + cap + acc["cost_short"] - used - end_value
    dem = acc["demand"]
    out = {
        "shortfallUnits": acc["shortfall"],
        "shortfallWithStockUnits": acc["with_stock"],
        "shortfallStockEmptyUnits": acc["shortfall"] - acc["with_stock"],
        "shortfallShare": where(dem > 0, acc["shortfall"] / where(dem > 0, dem, 1.0), 0.0),
        "shortfallDays": acc["short_days"],
        "longestShortfallRunDays": acc["longest"],
        "firstShortfallDay": first_short,
        "minDaysOfCover": min_cover,
        "daysBelowTarget": acc["days_below"],
        "compliance": 1 - acc["days_below"] / D,
        "fillRate": where(dem > 0, minimum(1.0, acc["served"] / where(dem > 0, dem, 1.0)), 1.0),
        "initialStockCost": initial,
        "acquisitionCost": acq,
        "holdingCost": hold,
        "capitalCost": cap,
        "shortageCost": acc["cost_short"],
        "stockUsedValue": used,
        "endStockValue": end_value,
        "netCost": net,
        "loanPremiums": prem,
        "releasedUnits": acc["released"],
        "releaseDays": acc["release_days"],
        "maxLoansOutstanding": acc["max_owed"],
        "excessUnits": acc["excess"],
        "excessShockedUnits": acc["excess_shocked"],
        "excessLimitedUnits": acc["excess_limited"],
        "excessFullUnits": acc["excess"] - acc["excess_shocked"] - acc["excess_limited"],
        "endStockUnits": end_units,
    }
    return out


def write_csv(path, sc, metrics, R):
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["replicate", "material"] + METRICS)
        for r in range(R):
            for m, mid in enumerate(sc.ids):
                w.writerow([r, mid] + [repr(float(metrics[name][m, r])) for name in METRICS])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("scenario")
    ap.add_argument("--replicates", type=int, default=None)
    ap.add_argument("--days", type=int, default=None, help="horizon (default: the scenario's)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", help="write per-replicate metrics to this CSV")
    ap.add_argument("--json", action="store_true", help="print the timing as JSON on stdout")
    a = ap.parse_args(argv)
    with open(a.scenario) as fh:
        doc = yaml.safe_load(fh)
    t0 = time.perf_counter()
    sc = Scenario(doc, a.days)
    R = a.replicates or int((doc.get("run") or {}).get("replicates", 1000))
    t1 = time.perf_counter()
    metrics = simulate(sc, R, a.seed)
    t2 = time.perf_counter()
    if a.out:
        write_csv(a.out, sc, metrics, R)
    md = R * sc.horizon * sc.M
    info = dict(replicates=R, days=sc.horizon, materials=sc.M, compileSeconds=t1 - t0, simulateSeconds=t2 - t1,
                materialDaysPerSecond=md / (t2 - t1))
    print("numpy: %d replicates x %d days x %d materials simulated in %.3f s (%.3g material-days/s)"
          % (R, sc.horizon, sc.M, t2 - t1, md / (t2 - t1)), file=sys.stderr)
    if a.json:
        print(json.dumps(info))


if __name__ == "__main__":
    main()
