/**
 * Otklik core: the client feedback domain (клиентоцентричность) shared by every other module.
 *
 * <p>Sub-packages follow the domain: {@code client}, {@code agency}, {@code process},
 * {@code channel}, {@code instrument}, {@code period}, {@code response}, {@code appeal}, and
 * {@code io} for the streaming readers of the file formats. Every public method takes and
 * returns non-null values; absent values are returned as {@link java.util.Optional}.
 */
package io.github.otklik.core;
