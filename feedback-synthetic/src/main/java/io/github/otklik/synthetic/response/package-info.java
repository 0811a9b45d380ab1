/**
 * Deterministic synthetic survey responses (синтетические ответы): a seeded
 * {@link io.github.otklik.synthetic.response.ResponseGenerator} that fills any form validly, obeying
 * its skip logic, and {@link io.github.otklik.synthetic.response.SampleResponses}, a sample agency's
 * responses written as JSON Lines ({@code spec/formats.md} §2). The same seed and inputs give
 * byte-identical output on every machine.
 */
package io.github.otklik.synthetic.response;
