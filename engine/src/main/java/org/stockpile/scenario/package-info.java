/**
 * Reading and describing scenario files: the only package that knows about YAML and JSON.
 * {@link org.stockpile.scenario.ScenarioLoader} turns a file into a
 * {@link org.stockpile.model.Scenario} or a list of every {@link org.stockpile.check.Finding}
 * found, each located by file, line, column and path, optionally with
 * {@link org.stockpile.scenario.ScenarioVariant variants} (overlay files merged in, values set by
 * path) whose findings are located where they were written. The checks themselves are
 * {@code check}'s ({@link org.stockpile.check.ScenarioValidator}), the same for files and for
 * scenarios built in code; {@link org.stockpile.scenario.ScenarioSchema} derives a JSON Schema from
 * the model records; {@link org.stockpile.scenario.ScenarioTemplate} makes scenarios from a base
 * file and values at paths (sweep points, optimizer candidates), the paths resolved once into
 * setters on the base scenario's records ({@link org.stockpile.scenario.TemplateSetters}) so that
 * no tree is copied and bound per candidate; {@link org.stockpile.scenario.WorldFile} does the same
 * for a scenario with several economies (a copy of the tree per candidate), and
 * {@link org.stockpile.scenario.StudyBase} is either, as a study's base.
 */
package org.stockpile.scenario;
