package io.github.otklik.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessRegistry;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.json.FormJson;
import io.github.otklik.metrics.alert.AlertRules;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.target.Target;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The serialized form of a {@link MetricsSpec} (the serialization-proxy pattern): plain strings
 * and numbers — the forms as {@code otklik-form/1} JSON (the standard ones by a flag), the
 * registry as its JSON — so that a spec built on one machine is rebuilt, and checked again, on
 * another.
 */
final class SpecWire implements Serializable {
    private static final long serialVersionUID = 1L;

    private String period;
    private String zone;
    private Instant asOf;
    private String comparison;
    private boolean standardForms;
    private ArrayList<String> forms;
    private String registry;
    private ArrayList<String> groupBy;
    private ArrayList<String> segments;
    private ArrayList<String[]> targets;
    private AlertRules alertRules;
    private String edition;
    private long minCell;
    private boolean complementary;
    private String clients;

    static SpecWire of(MetricsSpec s) {
        SpecWire w = new SpecWire();
        w.period = s.period().label();
        w.zone = s.zone().getId();
        w.asOf = s.window().asOfGiven() ? s.asOf() : null;
        w.comparison = s.window().comparison().map(ReportingPeriod::label).orElse(null);
        FormCatalog catalog = s.forms();
        w.standardForms = catalog.forms().stream().filter(catalog::isStandard).count() == FormCatalog.STANDARD_IDS.size();
        w.forms = new ArrayList<>();
        FormJson json = new FormJson();
        for (Form f : catalog.forms()) {
            if (!(w.standardForms && catalog.isStandard(f))) {
                w.forms.add(json.write(f));
            }
        }
        try {
            w.registry = OtklikJson.mapper().writeValueAsString(s.registry().processes());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the registry of the spec", e);
        }
        w.groupBy = new ArrayList<>(s.groupBy().stream().map(Dimension::wireName).toList());
        w.segments = new ArrayList<>(s.segments().stream().map(Dimension::wireName).toList());
        w.targets = new ArrayList<>();
        for (Target t : s.targets()) {
            TargetIndicator i = t.indicator();
            w.targets.add(new String[] {t.process(), i.metric(), Double.toString(i.target()), i.direction().wireName()});
        }
        w.alertRules = s.alertRules();
        w.edition = s.disclosure().edition().wireName();
        w.minCell = s.disclosure().minCell();
        w.complementary = s.disclosure().complementarySuppression();
        w.clients = s.clients().name();
        return w;
    }

    private Object readResolve() throws ObjectStreamException {
        try {
            MetricsSpecBuilder b = MetricsSpec.builder(ReportingPeriod.parse(period)).zone(ZoneId.of(zone));
            if (asOf != null) {
                b.asOf(asOf);
            }
            if (comparison != null) {
                b.compareWith(ReportingPeriod.parse(comparison));
            }
            FormCatalog.Builder catalog = FormCatalog.builder();
            if (standardForms) {
                catalog.standard();
            }
            FormJson json = new FormJson();
            for (int i = 0; i < forms.size(); i++) {
                catalog.add(json.read(forms.get(i), "form " + (i + 1) + " of the spec"));
            }
            List<Process> processes = OtklikJson.mapper().readValue(registry, new TypeReference<List<Process>>() { });
            List<Target> ts = new ArrayList<>();
            for (String[] t : targets) {
                ts.add(new Target(t[0], new TargetIndicator(t[1], Double.parseDouble(t[2]), TargetIndicator.Direction.fromWireName(t[3]))));
            }
            return b.forms(catalog.build()).registry(ProcessRegistry.of(processes))
                    .groupBy(groupBy.stream().map(SpecWire::dimension).toList())
                    .segments(segments.stream().map(SpecWire::dimension).toList())
                    .targets(ts).alertRules(alertRules)
                    .disclosure(Disclosure.of(Edition.fromWireName(edition), minCell).withComplementarySuppression(complementary))
                    .clients(ClientScope.valueOf(clients)).build();
        } catch (RuntimeException | JsonProcessingException e) {
            InvalidObjectException invalid = new InvalidObjectException("cannot rebuild the metrics spec: " + e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }

    private static Dimension dimension(String name) {
        return Dimension.fromWireName(name).orElseThrow(() -> new IllegalArgumentException("unknown dimension " + name));
    }
}
