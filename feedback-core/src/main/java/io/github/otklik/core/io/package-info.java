/**
 * Streaming readers of the file formats ({@code spec/formats.md}): responses JSONL, appeals CSV
 * and process-instance CSV, and {@link io.github.otklik.core.io.RejectWriter} for the reject
 * report. Every reader streams record by record in constant memory (except the
 * exact duplicate-id set), accepts a BOM and CRLF, reports each bad record as a {@link
 * io.github.otklik.core.io.Reject} and goes on, and never drops a valid record.
 *
 * <p>Every reader is a {@link io.github.otklik.core.io.RecordReader} with the same entry points.
 * Inside, the readers share one engine: a format's units (the lines of a JSONL file, parsed by
 * {@code ResponseLineParser}; the rows of a CSV file) go through {@code RecordPipeline}, which parses
 * them on the calling thread or on worker threads in batches, and a {@code Delivery} on the calling
 * thread decides duplicate ids and hands records and rejects to the handler in input order.
 */
package io.github.otklik.core.io;
