/**
 * The {@code stockpile} command line (picocli): {@code run}, {@code validate} and {@code schema}.
 * Exit codes: 0 ok, 2 bad input or usage, 1 internal error; no stack trace unless {@code --debug}.
 */
package org.stockpile.cli;
