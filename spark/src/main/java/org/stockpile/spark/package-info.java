/**
 * Stockpile on Apache Spark: a run's replicate blocks and a sweep's points as Spark tasks, each
 * running the engine's own code, collected into the files of {@code stockpile run} and
 * {@code stockpile sweep}, with the same numbers whatever the number of partitions, executors or
 * retried tasks, for one economy or several ({@code economies:}). A front end beside {@code cli}, sharing its options and exit codes through
 * {@code console}, never importing {@code cli}.
 */
package org.stockpile.spark;
