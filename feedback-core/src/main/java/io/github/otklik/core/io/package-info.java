/**
 * Streaming readers of the file formats ({@code spec/formats.md}): responses JSONL, appeals CSV
 * and process-instance CSV, and {@link io.github.otklik.core.io.RejectWriter} for the reject
 * report. Every reader streams record by record in constant memory (except the
 * exact duplicate-id set), accepts a BOM and CRLF, reports each bad record as a {@link
 * io.github.otklik.core.io.Reject} and goes on, and never drops a valid record.
 */
package io.github.otklik.core.io;
