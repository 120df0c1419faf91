/** JMH benchmarks of the daily kernel and of whole Monte Carlo runs; figures in benchmarks/README.md. */
package org.stockpile.benchmarks;
