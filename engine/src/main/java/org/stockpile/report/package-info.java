/**
 * Reports people would rather look at: a result folder (run, optimize, sweep; a world run's as one
 * page whose selector shows the world market or one economy) turned into one self-contained HTML
 * file of tables and Apache ECharts charts (scripts, styles and data inlined, so it opens
 * offline), and each chart as a PNG through headless Chromium; two runs (or two worlds, economy
 * by economy) compared.
 */
package org.stockpile.report;
