/**
 * The {@code stockpile} command line (picocli): {@code run}, {@code optimize}, {@code sweep},
 * {@code value}, {@code report}, {@code compare}, {@code validate} and {@code schema}, each a thin
 * front end over the engine and the {@code study} workflows, with the options, exit codes and
 * printing it shares with {@code stockpile-spark} in {@code console}.
 */
package org.stockpile.cli;
