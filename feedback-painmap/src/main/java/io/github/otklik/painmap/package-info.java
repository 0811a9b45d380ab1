/**
 * The pain map (карта болей) of {@code spec/painmap.md}: per process, each problem or unmet need of
 * clients with its prevalence, impact and priority, the measures, the responsible unit and the
 * deadline, decided by explicit rules from evidence and explained line by line.
 *
 * <ul>
 *   <li>{@link io.github.otklik.painmap.PainMap} and {@link io.github.otklik.painmap.PainPoint}:
 *       the map and its rows; {@link io.github.otklik.painmap.Level}, {@link
 *       io.github.otklik.painmap.Kind}, {@link io.github.otklik.painmap.Status}: their
 *       vocabulary.</li>
 *   <li>{@code evidence}: what a pain point rests on, by source.</li>
 *   <li>{@code rules}: how levels and deadlines are decided; the default rule set; checking and
 *       loading rule sets.</li>
 *   <li>{@code build}: {@link io.github.otklik.painmap.build.PainMapBuilder}, the entry point, and
 *       its inputs.</li>
 *   <li>{@code input}: loading the registry, manual entries, measures catalogue and rule sets from
 *       files.</li>
 *   <li>{@code export}: JSON, CSV, Markdown and HTML.</li>
 * </ul>
 *
 * <p>Every value type is immutable and thread-safe; every method takes non-null arguments and
 * returns non-null values unless it says otherwise.
 */
package io.github.otklik.painmap;
