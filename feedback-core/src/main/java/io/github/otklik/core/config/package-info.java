/**
 * Configuration files as strict JSON, every problem reported with its JSON path: {@link
 * io.github.otklik.core.config.JsonConfig} reads a file (strict UTF-8, one JSON value and nothing
 * after it, no repeated keys) and hands its root {@link io.github.otklik.core.config.ConfigValue}
 * to a reader, whose typed access ({@code asString}, {@code asNonNegativeLong}, {@code
 * asObject(fields…)}, {@code asArray().map(…)}, {@code asLocalizedText}, …) records each problem
 * at its path and goes on with the next element or member; {@link
 * io.github.otklik.core.config.ConfigException} then lists them all, one line, as
 * {@code invalid registry registry.json: [3].annualVolume: must be a non-negative integer, found -5}.
 *
 * <p>Paths start at the root ({@code ""}) and add {@code .name} for object members (or {@code
 * ["name"]}, JSON-quoted, when the name holds anything but letters, digits, {@code _}, {@code -}
 * and {@code :}) and {@code [i]} for array elements, counting from 0; they are what
 * {@link io.github.otklik.core.validation.Violation#path()} holds.
 *
 * <p>{@code JsonConfig} is stateless and thread-safe; the values of one document share its list of
 * problems, so one document is read on one thread. Every method takes non-null arguments and
 * returns non-null values.
 */
package io.github.otklik.core.config;
