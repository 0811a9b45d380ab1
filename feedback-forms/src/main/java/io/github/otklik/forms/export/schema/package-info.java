/**
 * JSON Schema (draft 2020-12) of the response lines of a form ({@code spec/formats.md} §2), for
 * agencies that validate responses with their own tools; the Otklik validator stays the reference.
 */
package io.github.otklik.forms.export.schema;
