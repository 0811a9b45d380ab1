package io.github.otklik.painmap;

import io.github.otklik.core.text.Language;
import java.util.List;

/**
 * Why a pain point got its levels, deadline and responsible unit (обоснование): the decision data
 * kept by the builder, rendered as text only when asked, so that building a large map costs no
 * formatting. Implementations are immutable values.
 */
@FunctionalInterface
public interface Explanation {
    /**
     * One human-readable line each for prevalence, impact, priority, deadline and responsible, in
     * {@code lang}.
     */
    List<String> lines(Language lang);
}
