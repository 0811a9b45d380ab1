/**
 * A small application on the module path that names only two Otklik modules. Everything else it
 * uses (forms, core, metrics, Jackson) must come through their {@code requires transitive}; the
 * service it provides must be found by the pain map's {@code uses}.
 */
module io.github.otklik.it.app {
    requires io.github.otklik.painmap;
    requires io.github.otklik.jdbc;

    provides io.github.otklik.painmap.rules.RuleSetProvider with io.github.otklik.it.app.AgencyRules;
}
