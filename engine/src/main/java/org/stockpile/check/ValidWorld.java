package org.stockpile.check;

import org.stockpile.model.World;

/**
 * A scenario with several economies that {@link WorldValidator} accepted: what compiling for the
 * kernel takes, as {@link ValidScenario} is for one economy.
 */
public final class ValidWorld {
  private final World world;

  ValidWorld(World world) {
    this.world = world;
  }

  public World world() {
    return world;
  }
}
