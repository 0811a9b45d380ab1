/**
 * Who may see what (раскрытие): the {@link io.github.otklik.metrics.disclosure.Edition} of an
 * output and the one {@link io.github.otklik.metrics.disclosure.Disclosure} policy that every
 * figure passes — sections, forms, groups, aspects, problems and targets — before it reaches a
 * report, a pain map or the command line. Nothing in this package is null; every type is
 * immutable and thread-safe.
 */
package io.github.otklik.metrics.disclosure;
