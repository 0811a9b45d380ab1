/**
 * Free text of survey comments and appeals ({@code spec/formats.md} §7, качественный анализ
 * обращений): the input type {@link io.github.otklik.text.TextItem} and its adapters
 * {@link io.github.otklik.text.TextItems}; normalisation in {@code normalize}, personal-data masking
 * in {@code mask}, theme counts per process in {@code theme}, emerging phrases of dissatisfied
 * clients in {@code phrase}. No method accepts or returns {@code null}.
 */
package io.github.otklik.text;
