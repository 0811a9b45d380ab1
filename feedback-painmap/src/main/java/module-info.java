/**
 * The pain map (карта болей) of {@code docs/painmap.md}: evidence, checked rule sets, the builder
 * and the JSON, CSV, Markdown and HTML exports. Rule sets written in Java are found with {@link
 * java.util.ServiceLoader} through {@link io.github.otklik.painmap.rules.RuleSets}: an application
 * module declares {@code provides io.github.otklik.painmap.rules.RuleSetProvider with …}.
 *
 * @uses io.github.otklik.painmap.rules.RuleSetProvider
 */
module io.github.otklik.painmap {
    requires transitive io.github.otklik.metrics;

    exports io.github.otklik.painmap;
    exports io.github.otklik.painmap.build;
    exports io.github.otklik.painmap.evidence;
    exports io.github.otklik.painmap.export;
    exports io.github.otklik.painmap.input;
    exports io.github.otklik.painmap.rules;

    uses io.github.otklik.painmap.rules.RuleSetProvider;
}
