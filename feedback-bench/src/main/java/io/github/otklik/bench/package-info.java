/**
 * JMH benchmarks of ingest, aggregation, the pain map and whole metrics runs, against the
 * practical limit and the tools a user would pick instead (Java streams, DuckDB); run by
 * {@code bench/run}. Not a library.
 */
package io.github.otklik.bench;
