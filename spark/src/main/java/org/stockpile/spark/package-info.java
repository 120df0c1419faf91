/**
 * Stockpile on Apache Spark: a sweep's points as Spark tasks, each running the engine's own code,
 * collected into the files of {@code stockpile sweep}, with the same numbers whatever the number
 * of partitions, executors or retried tasks.
 */
package org.stockpile.spark;
