package org.stockpile.sim;

import static jdk.incubator.vector.VectorOperators.FMA;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.LT;
import static org.stockpile.sim.PortableMath.A;
import static org.stockpile.sim.PortableMath.B;
import static org.stockpile.sim.PortableMath.C;
import static org.stockpile.sim.PortableMath.CENTRAL;
import static org.stockpile.sim.PortableMath.CENTRAL_SQUARE;
import static org.stockpile.sim.PortableMath.D;
import static org.stockpile.sim.PortableMath.E;
import static org.stockpile.sim.PortableMath.EXP_CLAMP_HIGH;
import static org.stockpile.sim.PortableMath.EXP_CLAMP_LOW;
import static org.stockpile.sim.PortableMath.EXP_LOWEST;
import static org.stockpile.sim.PortableMath.EXP_TERMS;
import static org.stockpile.sim.PortableMath.F;
import static org.stockpile.sim.PortableMath.INVERSE_LN2;
import static org.stockpile.sim.PortableMath.LN2;
import static org.stockpile.sim.PortableMath.LN2_HIGH;
import static org.stockpile.sim.PortableMath.LN2_LOW;
import static org.stockpile.sim.PortableMath.LN2_REST;
import static org.stockpile.sim.PortableMath.LOG_TERMS;
import static org.stockpile.sim.PortableMath.NEAR_SHIFT;
import static org.stockpile.sim.PortableMath.NEAR_TAIL;
import static org.stockpile.sim.PortableMath.SHIFTER;
import static org.stockpile.sim.PortableMath.SHIFTER_BITS;
import static org.stockpile.sim.PortableMath.SQRT2;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Demand noise on a vector of lanes: {@link PortableMath#lognormalQuantile} in every lane at once,
 * the same operations in the same order (each branch of the scalar code computed when any lane
 * takes it, and chosen by a mask), so every lane holds the bits its replicate computes alone,
 * whatever the vector width. One method, because vectors never cross a method boundary of ours ({@link Lanes}).
 */
final class NoiseLanes {
  private static final VectorSpecies<Double> SPECIES = Lanes.SPECIES;

  private NoiseLanes() {
  }

  /**
   * {@code noise[at + l] = e^(mu + sigma z)}, with z the normal quantile of {@code uniform[at + l]}
   * (a number in (0, 1)), for the lanes l of one vector; {@code ratio} (two vectors' lanes) holds
   * the quantile's numerator and denominator from one branch to the next.
   */
  static void lognormal(double[] uniform, double mu, double sigma, double[] noise, int at, double[] ratio) {
    final int lanes = SPECIES.length();
    final DoubleVector p = DoubleVector.fromArray(SPECIES, uniform, at);
    final DoubleVector q = p.sub(0.5);
    // Central: q A(r) / B(r), r = 0.180625 - q^2.
    final DoubleVector r = q.mul(q).neg().add(CENTRAL_SQUARE);
    DoubleVector a = DoubleVector.broadcast(SPECIES, A[7]);
    DoubleVector b = DoubleVector.broadcast(SPECIES, B[7]);
    for (int i = 6; i >= 0; i--) {
      a = a.lanewise(FMA, r, A[i]);
      b = b.lanewise(FMA, r, B[i]);
    }
    q.mul(a).intoArray(ratio, 0);
    b.intoArray(ratio, lanes);
    // The tails (15 % of draws) only where a lane has one.
    final VectorMask<Double> tail = q.abs().compare(GT, CENTRAL);
    if (tail.anyTrue()) {
      // The logarithm of min(p, 1 - p), as PortableMath.log.
      final VectorMask<Double> below = q.compare(LT, 0);
      final DoubleVector x = p.neg().add(1).blend(p, below);
      final LongVector bits = x.reinterpretAsLongs();
      DoubleVector e = bits.lanewise(LSHR, 52).add(SHIFTER_BITS - 1023).reinterpretAsDoubles().sub(SHIFTER);
      DoubleVector m = bits.and(0x000f_ffff_ffff_ffffL).or(0x3ff0_0000_0000_0000L).reinterpretAsDoubles();
      final VectorMask<Double> high = m.compare(GT, SQRT2);
      m = m.blend(m.mul(0.5), high);
      e = e.blend(e.add(1), high);
      final DoubleVector f = m.sub(1);
      final DoubleVector s = f.div(f.add(2));
      final DoubleVector z = s.mul(s);
      DoubleVector series = DoubleVector.broadcast(SPECIES, LOG_TERMS[9]);
      for (int i = 8; i >= 0; i--) {
        series = series.lanewise(FMA, z, LOG_TERMS[i]);
      }
      final DoubleVector rest = z.mul(series);
      final DoubleVector halfSquare = f.mul(0.5).mul(f);
      final DoubleVector log = e.mul(LN2_HIGH)
          .sub(halfSquare.sub(s.mul(halfSquare.add(rest)).add(e.mul(LN2_LOW))).sub(f));
      final DoubleVector t = log.neg().sqrt();
      // Near tail (t <= 5): C(t - 1.6) / D(t - 1.6).
      final DoubleVector near = t.sub(NEAR_SHIFT);
      DoubleVector c = DoubleVector.broadcast(SPECIES, C[7]);
      DoubleVector d = DoubleVector.broadcast(SPECIES, D[7]);
      for (int i = 6; i >= 0; i--) {
        c = c.lanewise(FMA, near, C[i]);
        d = d.lanewise(FMA, near, D[i]);
      }
      DoubleVector.fromArray(SPECIES, ratio, 0).blend(c.blend(c.neg(), below), tail).intoArray(ratio, 0);
      DoubleVector.fromArray(SPECIES, ratio, lanes).blend(d, tail).intoArray(ratio, lanes);
      // Far tail (t > 5, p below 1.4e-11): E(t - 5) / F(t - 5).
      final VectorMask<Double> farTail = tail.andNot(t.compare(LE, NEAR_TAIL));
      if (farTail.anyTrue()) {
        final DoubleVector far = t.sub(NEAR_TAIL);
        DoubleVector g = DoubleVector.broadcast(SPECIES, E[7]);
        DoubleVector h = DoubleVector.broadcast(SPECIES, F[7]);
        for (int i = 6; i >= 0; i--) {
          g = g.lanewise(FMA, far, E[i]);
          h = h.lanewise(FMA, far, F[i]);
        }
        DoubleVector.fromArray(SPECIES, ratio, 0).blend(g.blend(g.neg(), below), farTail).intoArray(ratio, 0);
        DoubleVector.fromArray(SPECIES, ratio, lanes).blend(h, farTail).intoArray(ratio, lanes);
      }
    }
    final DoubleVector normal = DoubleVector.fromArray(SPECIES, ratio, 0).div(DoubleVector.fromArray(SPECIES, ratio, lanes));
    // e^(mu + sigma z), as PortableMath.exp.
    final DoubleVector y = normal.lanewise(FMA, sigma, mu);
    final DoubleVector clamped = y.blend(EXP_CLAMP_HIGH, y.compare(GT, EXP_CLAMP_HIGH))
        .blend(EXP_CLAMP_LOW, y.compare(LT, EXP_CLAMP_LOW));
    final DoubleVector shifted = clamped.lanewise(FMA, INVERSE_LN2, SHIFTER);
    final DoubleVector k = shifted.sub(SHIFTER);
    DoubleVector reduced = k.neg().lanewise(FMA, LN2, clamped);
    reduced = k.neg().lanewise(FMA, LN2_REST, reduced);
    DoubleVector sum = DoubleVector.broadcast(SPECIES, EXP_TERMS[13]);
    for (int i = 12; i >= 0; i--) {
      sum = sum.lanewise(FMA, reduced, EXP_TERMS[i]);
    }
    final DoubleVector half = shifted.reinterpretAsLongs().sub(SHIFTER_BITS - 1022).lanewise(LSHL, 52)
        .reinterpretAsDoubles();
    sum.mul(half).mul(2).blend(0, y.compare(LT, EXP_LOWEST)).intoArray(noise, at);
  }
}
