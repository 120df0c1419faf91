package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Streams stepped side by side give each lane the numbers of its own stream stepped alone. */
class StreamLanesTest {

  @Test
  void everyLaneDrawsTheUniformNumbersOfItsOwnStream() {
    int count = 3;
    StreamLanes lanes = new StreamLanes(count);
    StreamGenerator[] alone = new StreamGenerator[count * Kernel.LANES];
    for (int i = 0; i < alone.length; i++) {
      long seed = RandomStreams.streamSeed(7, i, 12345);
      lanes.reseed(i, seed);
      alone[i] = new StreamGenerator();
      alone[i].reseed(seed);
    }
    double[] uniform = new double[count * Kernel.LANES];
    for (int step = 0; step < 10_000; step++) {
      for (int m = 0; m < count; m++) {
        lanes.nextUniforms(m * Kernel.LANES, uniform);
      }
      for (int i = 0; i < alone.length; i++) {
        double expected = PortableMath.uniform(alone[i].nextLong());
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(uniform[i]),
            "stream " + i + ", draw " + step);
      }
    }
  }
}
