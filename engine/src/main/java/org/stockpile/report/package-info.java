/**
 * Reports people would rather look at: a result folder (run, optimize, sweep) turned into one
 * self-contained HTML file of tables and Apache ECharts charts (scripts, styles and data inlined,
 * so it opens offline), and each chart as a PNG through headless Chromium.
 */
package org.stockpile.report;
