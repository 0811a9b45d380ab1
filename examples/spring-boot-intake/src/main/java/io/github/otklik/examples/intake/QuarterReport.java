package io.github.otklik.examples.intake;

import io.github.otklik.core.io.Reject;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.jdbc.FeedbackStore;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.report.MetricsReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarter's figures from the store: {@code /report.json?period=2026-Q4} is {@code otklik-metrics/1}
 * as {@code otklik metrics --db … --period …} writes it; {@code /report} shows it on a page. Without
 * {@code period}: the current quarter in Moscow time.
 */
@RestController
public class QuarterReport {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final FeedbackStore store;
    private final FormCatalog forms;

    /**
     * The report of the store's data.
     *
     * @param store the starter's store
     * @param forms the starter's catalog
     */
    public QuarterReport(FeedbackStore store, FormCatalog forms) {
        this.store = store;
        this.forms = forms;
    }

    /**
     * The metrics JSON.
     *
     * @param period a period such as 2026-Q4; empty: the current quarter
     * @return the JSON
     */
    @GetMapping(value = "/report.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> json(@RequestParam(defaultValue = "") String period) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(MetricsJson.toJson(report(period)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The page.
     *
     * @param period a period such as 2026-Q4; empty: the current quarter
     * @return the HTML page
     */
    @GetMapping(value = "/report", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<byte[]> page(@RequestParam(defaultValue = "") String period) {
        MetricsReport report = report(period);
        String html = "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Отчёт за "
                + HtmlUtils.htmlEscape(report.period().toString()) + "</title></head><body>"
                + "<h1>Удовлетворённость клиентов: " + HtmlUtils.htmlEscape(report.period().toString()) + "</h1>"
                + "<pre id=\"metrics\">" + HtmlUtils.htmlEscape(MetricsJson.toJson(report)) + "</pre></body></html>";
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html.getBytes(StandardCharsets.UTF_8));
    }

    private MetricsReport report(String period) {
        ReportingPeriod p = period.isEmpty() ? ReportingPeriod.parse(quarter(LocalDate.now(Clock.system(ZONE))))
                : ReportingPeriod.parse(period);
        MetricsSpec spec = MetricsSpec.builder(p).zone(ZONE).forms(forms).build();
        List<Reject> rejects = new ArrayList<>();
        return MetricsEngine.from(spec).run(MetricsInputs.none().withResponses(store.responses()).withAppeals(store.appeals())
                .withProcesses(store.processes()), rejects::add);
    }

    private static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }
}
