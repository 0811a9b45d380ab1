package io.github.otklik.report;

/** The report's inline stylesheet: readable on screen, A4 on paper, no external fonts. */
final class Style {
    private Style() {
    }

    static final String CSS = """
            @page { size: A4; margin: 16mm; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font-family: "PT Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d1d1f; max-width: 190mm; margin: 0 auto; padding: 8mm 0; line-height: 1.4; }
            h1 { font-size: 20pt; margin: 4mm 0 6mm; color: #0b3d6b; }
            h2 { font-size: 14pt; color: #0b3d6b; border-bottom: 1.5pt solid #0b3d6b; padding-bottom: 1mm; margin-top: 9mm; break-after: avoid; }
            h3 { font-size: 11.5pt; margin: 5mm 0 2mm; break-after: avoid; }
            .edition { text-transform: uppercase; letter-spacing: .06em; font-size: 8.5pt; color: #8a1c1c; margin: 0; }
            table.facts th { text-align: left; padding: 1mm 4mm 1mm 0; vertical-align: top; color: #444; font-weight: 600; width: 45mm; }
            table.facts td { padding: 1mm 0; }
            table.data { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9.5pt; }
            table.data th, table.data td { border-bottom: .5pt solid #c9d3dd; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
            table.data th { background: #eef3f8; }
            tr { break-inside: avoid; }
            tr.missed td:last-child { color: #a01818; font-weight: 600; }
            tr.significant td { background: #fff6d6; }
            .headline { font-size: 30pt; font-weight: 700; color: #0b6b3a; margin: 2mm 0 0; }
            .small { font-size: 8.5pt; color: #555; }
            .suppressed { color: #777; font-style: italic; }
            figure { margin: 0 0 3mm; break-inside: avoid; }
            figcaption { margin-top: 1mm; }
            section.internal-clients { border-left: 2pt solid #6b4c9a; padding-left: 3mm; }
            section.internal-clients h2 { color: #4a2f73; border-color: #6b4c9a; }
            section.extra table { font-size: 9pt; }
            svg.chart { max-width: 100%; height: auto; font-family: inherit; }
            svg .label { font-size: 11px; text-anchor: end; fill: #222; }
            svg .note { font-size: 10px; fill: #555; }
            svg .value { font-size: 10.5px; fill: #1d1d1f; font-weight: 600; }
            svg .weakest .label { font-weight: 700; fill: #8a2f0e; }
            svg .tick { font-size: 9px; fill: #777; text-anchor: middle; }
            svg .grid { stroke: #e1e6eb; stroke-width: 1; }
            svg .bar { fill: #3d7ab8; }
            svg .bar.weak { fill: #c8552b; }
            svg .ci { stroke: #1d1d1f; stroke-width: 1.2; }
            .conclusions ul { padding-left: 5mm; }
            .conclusions li { margin: 1mm 0; }
            ul.alerts li { color: #8a1c1c; }
            footer { margin-top: 10mm; font-size: 8pt; color: #666; border-top: .5pt solid #ccc; padding-top: 2mm; }
            @media print { body { padding: 0; } section { break-before: auto; } }
            """;
}
