/**
 * The {@code stockpile} command line (picocli): {@code run}, {@code optimize}, {@code sweep},
 * {@code report}, {@code compare}, {@code validate} and {@code schema}. Exit codes: 0 ok, 2 bad
 * input or usage, 3 a nightly comparison found something that moved, 1 internal error; no stack
 * trace unless {@code --debug}. Results go to stdout; the log (SLF4J, set up per command by
 * {@link org.stockpile.cli.Logging}) and the progress bar to stderr, the log also to
 * {@code --log-file}.
 */
package org.stockpile.cli;
