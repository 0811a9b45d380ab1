package io.github.otklik.jdbc;

import java.time.Instant;
import java.util.Objects;

/**
 * A pain map (карта болей) as saved in the store: its {@code otklik-painmap/1} JSON, kept as text,
 * and the facts to find it by. Immutable.
 *
 * @param id the store's id of this saved map
 * @param periodLabel the reporting period's label ({@code 2025-Q1}, …)
 * @param asOf the date the map is as of ({@code 2025-03-31})
 * @param rulesName the name of the rule set that prioritised it
 * @param savedAt when it was saved
 * @param json the pain map JSON, exactly as given
 */
public record StoredPainMap(long id, String periodLabel, String asOf, String rulesName, Instant savedAt, String json) {
    /**
     * Checks that no component is null.
     *
     * @param asOf the date the map is as of ({@code 2025-03-31})
     * @param id the store's id of this saved map
     * @param json the pain map JSON, exactly as given
     * @param periodLabel the reporting period's label ({@code 2025-Q1}, …)
     * @param rulesName the name of the rule set that prioritised it
     * @param savedAt when it was saved
     */
    public StoredPainMap {
        Objects.requireNonNull(periodLabel, "periodLabel");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rulesName, "rulesName");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(json, "json");
    }
}
