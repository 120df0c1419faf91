package org.stockpile.sim;

/**
 * How an economy of a world names its random streams: its demand noise by economy and material
 * ({@code demand/<economy>/<material>}), its shock processes by their names in the world's list,
 * and whether a process draws each material on its own as the world's scope decides (not the
 * economy's, which may hold one of the process's materials only). So every economy sees the same
 * events of a shared process, and no two economies share demand noise.
 */
record WorldStreams(String demandPrefix, java.util.List<String> processNames, boolean[] split) {
}
