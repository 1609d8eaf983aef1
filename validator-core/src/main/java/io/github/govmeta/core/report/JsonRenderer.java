package io.github.govmeta.core.report;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import java.io.Writer;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine-readable report, version {@value #REPORT_VERSION}: a header, the findings as they come (in
 * both languages), and a summary. Streams: memory does not grow with the number of findings.
 *
 * <pre>{"reportVersion": "1", "tool": {...}, "profile": {...}, "lang": "th",
 *  "findings": [{"ruleId", "severity", "message", "messages": {"th", "en"},
 *                "location": {"source", "line", "column", "pointer"}, "dataset", "value", "clause",
 *                "suppression": {"kind", "reason"}, "extras"}],
 *  "summary": {"sources", "datasets", "errors", "warnings", "infos", "suppressed", "failed"}}</pre>
 * Its JSON Schema is {@code govmeta/report.schema.json}.
 */
final class JsonRenderer implements Renderer {
    static final String REPORT_VERSION = "1";
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writerWithDefaultPrettyPrinter();

    private final JsonGenerator g;
    private final RenderOptions options;

    JsonRenderer(Writer out, RenderOptions options) {
        this.options = options;
        this.g = WRITER.createGenerator(out);
    }

    @Override
    public void started(RunInfo info) {
        g.writeStartObject();
        g.writeStringProperty("reportVersion", REPORT_VERSION);
        g.writeName("tool");
        g.writeStartObject();
        g.writeStringProperty("name", "govmeta");
        g.writeStringProperty("version", info.toolVersion());
        g.writeEndObject();
        g.writeName("profile");
        g.writeStartObject();
        g.writeStringProperty("id", info.profileId());
        g.writeStringProperty("version", info.profileVersion());
        g.writeEndObject();
        g.writeStringProperty("lang", options.lang().id());
        g.writeName("findings");
        g.writeStartArray();
    }

    @Override
    public void onFinding(Finding f) {
        g.writeStartObject();
        g.writeStringProperty("ruleId", f.ruleId());
        g.writeStringProperty("severity", f.severity().id());
        g.writeStringProperty("message", f.message().in(options.lang()));
        g.writeName("messages");
        g.writeStartObject();
        g.writeStringProperty("th", f.message().th());
        g.writeStringProperty("en", f.message().en());
        g.writeEndObject();
        g.writeName("location");
        g.writeStartObject();
        g.writeStringProperty("source", f.location().source());
        if (f.location().line() > 0) {
            g.writeNumberProperty("line", f.location().line());
            g.writeNumberProperty("column", f.location().column());
        }
        if (f.location().pointer() != null) {
            g.writeStringProperty("pointer", f.location().pointer());
        }
        g.writeEndObject();
        if (f.dataset() != null) {
            g.writeStringProperty("dataset", f.dataset());
        }
        if (f.value() != null) {
            g.writeStringProperty("value", f.value());
        }
        g.writeStringProperty("clause", f.clause());
        if (f.suppressed()) {
            g.writeName("suppression");
            g.writeStartObject();
            g.writeStringProperty("kind", f.suppression().kind());
            g.writeStringProperty("reason", f.suppression().reason());
            g.writeEndObject();
        }
        if (!f.extras().isEmpty()) {
            g.writeName("extras");
            g.writeStartObject();
            for (Map.Entry<String, String> e : f.extras().entrySet()) {
                g.writeStringProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    @Override
    public void finished(RunStats s) {
        g.writeEndArray();
        g.writeName("summary");
        g.writeStartObject();
        g.writeNumberProperty("sources", s.sources());
        g.writeNumberProperty("datasets", s.records());
        g.writeNumberProperty("errors", s.errors());
        g.writeNumberProperty("warnings", s.warnings());
        g.writeNumberProperty("infos", s.infos());
        g.writeNumberProperty("suppressed", s.suppressed());
        g.writeBooleanProperty("failed", s.failed());
        if (!s.tallies().isEmpty()) {
            g.writeName("tallies");
            g.writeStartArray();
            for (io.github.govmeta.core.finding.Tally t : s.tallies()) {
                g.writeStartObject();
                g.writeName("title");
                g.writeStartObject();
                g.writeStringProperty("th", t.title().th());
                g.writeStringProperty("en", t.title().en());
                g.writeEndObject();
                g.writeName("counts");
                g.writeStartObject();
                t.counts().forEach((value, n) -> g.writeNumberProperty(value, n));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.flush();
    }
}
