package io.github.otklik.report;

import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.ScaleResult;

import java.util.List;

/**
 * External clients' satisfaction by life situation (жизненная ситуация, seed 003), from the
 * registry: a process serves one or more situations, so the groups overlap — the section says so.
 */
final class LifeSituationSection implements ReportSection {
    private final Context c;

    LifeSituationSection(Context c) {
        this.c = c;
    }

    @Override
    public String title() {
        return c.t().t("lifeSituations");
    }

    @Override
    public String id() {
        return "life-situations";
    }

    @Override
    public String html() {
        List<SatisfactionGroup> groups = c.external().segments().get(Dimension.LIFE_SITUATION);
        if (groups == null || groups.isEmpty()) {
            return "";
        }
        BarChart chart = new BarChart(c.t().t("lifeSituations"));
        for (SatisfactionGroup g : groups) {
            Rows.scale(chart, c.labels().lifeSituation(g.key().value(Dimension.LIFE_SITUATION), c.lang()),
                    g.figures().figure().<Cell<ScaleResult>>map(f -> Cell.shown(f.overall())).orElse(Cell.suppressed()), false, c.t());
        }
        StringBuilder h = new StringBuilder();
        SatisfactionSection.figure(h, c.t().t("lifeSituations"), chart, c.t().t("lifeNote"));
        return h.toString();
    }
}
