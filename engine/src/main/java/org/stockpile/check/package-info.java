/**
 * Whether a scenario makes sense, file-free: {@link org.stockpile.check.ScenarioValidator} checks a
 * bound {@link org.stockpile.model.Scenario} (ranges, ids, references, shares, routes) and lists
 * every {@link org.stockpile.check.Finding} at once, by path; {@link
 * org.stockpile.check.ScenarioException} carries them. The reader ({@code scenario}) places
 * findings in files and lines; the kernel's compiler ({@code sim}) refuses an invalid scenario built
 * in code with the same findings. Imports only {@code model}.
 */
package org.stockpile.check;
