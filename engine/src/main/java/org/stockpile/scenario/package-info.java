/**
 * Reading, checking and describing scenario files: the only package that knows about YAML and
 * JSON. {@link org.stockpile.scenario.ScenarioLoader} turns a file into a
 * {@link org.stockpile.model.Scenario} or a list of every {@link org.stockpile.scenario.Finding}
 * found, each located by file, line, column and path, optionally with
 * {@link org.stockpile.scenario.ScenarioVariant variants} (overlay files merged in, values set by
 * path) whose problems are located where they were written; {@link org.stockpile.scenario.ScenarioValidator}
 * checks scenarios built in code the same way; {@link org.stockpile.scenario.ScenarioSchema}
 * derives a JSON Schema from the model records.
 */
package org.stockpile.scenario;
