/**
 * The immutable scenario: the economy, its suppliers' countries, the materials with their
 * sources and stockpile tiers, scheduled shocks and random shock processes, mitigation and run
 * settings. These records are what scenario files bind to and what researchers build in code;
 * they carry no behaviour beyond defaults and small conveniences. Closed sets are sealed
 * interfaces with a record per case ({@link org.stockpile.model.Shock}, whose
 * {@link org.stockpile.model.ExportControl} has its own modes, {@link org.stockpile.model.ReleaseRule},
 * {@link org.stockpile.model.Distribution}), for exhaustive switches. Validation lives in
 * {@code org.stockpile.check}, reading files in {@code org.stockpile.scenario}, simulation in
 * {@code org.stockpile.sim}.
 */
package org.stockpile.model;
