/**
 * What both command lines share ({@code stockpile} in {@code cli}, {@code stockpile-spark} in the
 * Spark module), so neither imports the other: the picocli option groups ({@code --set} and
 * {@code --overlay}, replicates and seed, baselines, logging), exit codes (0 ok, 2 bad input or
 * usage, 3 a nightly comparison found something that moved, 1 internal error; no stack trace
 * unless {@code --debug}, {@link org.stockpile.console.Failures}), the log (SLF4J, set up per
 * command by {@link org.stockpile.console.Logging}; to stderr and {@code --log-file}), the progress
 * bar, and what a finished search or sweep and a comparison print. Results go to stdout.
 */
package org.stockpile.console;
