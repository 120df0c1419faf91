package org.stockpile.sim;

import java.io.Serializable;

/** Replicates {@code first} to {@code first + count - 1} of a run: a block run on its own. */
public record ReplicateRange(int first, int count) implements Serializable {
}
