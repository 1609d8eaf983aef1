package io.github.govmeta.core.report;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.profile.Rule;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps): the rule catalogue in
 * {@code tool.driver.rules} (English texts in {@code shortDescription}/{@code fullDescription}/{@code help},
 * Thai ones and the clause in {@code properties}), then one result per finding with its physical location
 * (line, column), logical location (dataset and JSON Pointer), a partial fingerprint that does not depend
 * on line numbers, and SARIF {@code suppressions} for suppressed findings. Messages are in the chosen
 * language, with the other language in {@code properties}. Streams: results are written as they come.
 */
final class SarifRenderer implements Renderer {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String INFORMATION_URI = "https://github.com/govmeta/govmeta";

    private final JsonGenerator g;
    private final RenderOptions options;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    SarifRenderer(Writer out, RenderOptions options) {
        this.options = options;
        this.g = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().createGenerator(out);
    }

    @Override
    public void started(RunInfo info) {
        g.writeStartObject();
        g.writeStringProperty("$schema", SCHEMA);
        g.writeStringProperty("version", "2.1.0");
        g.writeArrayPropertyStart("runs");
        g.writeStartObject();
        g.writeObjectPropertyStart("tool");
        g.writeObjectPropertyStart("driver");
        g.writeStringProperty("name", "govmeta");
        g.writeStringProperty("version", info.toolVersion());
        g.writeStringProperty("informationUri", INFORMATION_URI);
        g.writeArrayPropertyStart("rules");
        List<Rule> rules = List.copyOf(options.rules().all());
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            ruleIndex.put(r.id(), i);
            g.writeStartObject();
            g.writeStringProperty("id", r.id());
            g.writeStringProperty("name", r.id().replace("-", ""));
            text("shortDescription", r.title().en());
            text("fullDescription", r.message().en().replaceAll("\\{[a-z]+}", "…"));
            g.writeObjectPropertyStart("help");
            g.writeStringProperty("text", r.title().en() + ". " + r.title().th() + ". Clause: " + r.clause());
            g.writeStringProperty("markdown", "**" + r.title().en() + "** / " + r.title().th() + "\n\nClause: " + r.clause()
                    + "\n\nExplain: `govmeta explain " + r.id() + "`");
            g.writeEndObject();
            g.writeObjectPropertyStart("defaultConfiguration");
            g.writeStringProperty("level", level(r.severity()));
            g.writeEndObject();
            g.writeObjectPropertyStart("properties");
            g.writeStringProperty("clause", r.clause());
            g.writeStringProperty("titleTh", r.title().th());
            g.writeStringProperty("messageTh", r.message().th());
            g.writeStringProperty("profile", r.profile());
            g.writeArrayPropertyStart("tags");
            g.writeString("metadata");
            g.writeString(r.profile());
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayPropertyStart("results");
    }

    @Override
    public void onFinding(Finding f) {
        Lang other = options.lang() == Lang.TH ? Lang.EN : Lang.TH;
        g.writeStartObject();
        g.writeStringProperty("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            g.writeNumberProperty("ruleIndex", index);
        }
        g.writeStringProperty("level", level(f.severity()));
        text("message", f.message().in(options.lang()));
        g.writeArrayPropertyStart("locations");
        g.writeStartObject();
        g.writeObjectPropertyStart("physicalLocation");
        g.writeObjectPropertyStart("artifactLocation");
        g.writeStringProperty("uri", f.location().source().replace(" ", "%20"));
        if (!f.location().source().startsWith("/") && !f.location().source().startsWith("<")) {
            g.writeStringProperty("uriBaseId", "%SRCROOT%");
        }
        g.writeEndObject();
        if (f.location().line() > 0) {
            g.writeObjectPropertyStart("region");
            g.writeNumberProperty("startLine", f.location().line());
            if (f.location().column() > 0) {
                g.writeNumberProperty("startColumn", f.location().column());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        if (f.dataset() != null || f.location().pointer() != null) {
            g.writeArrayPropertyStart("logicalLocations");
            g.writeStartObject();
            g.writeStringProperty("name", f.location().pointer() == null ? f.dataset() : f.location().pointer());
            g.writeStringProperty("fullyQualifiedName", (f.dataset() == null ? "" : f.dataset())
                    + (f.location().pointer() == null ? "" : f.location().pointer()));
            g.writeStringProperty("kind", "member");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectPropertyStart("partialFingerprints");
        g.writeStringProperty("govmeta/v1", f.fingerprint());
        g.writeEndObject();
        if (f.suppressed()) {
            g.writeArrayPropertyStart("suppressions");
            g.writeStartObject();
            g.writeStringProperty("kind", "external");
            g.writeStringProperty("status", "accepted");
            g.writeStringProperty("justification", f.suppression().kind() + ": " + f.suppression().reason());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectPropertyStart("properties");
        g.writeStringProperty("message" + (other == Lang.TH ? "Th" : "En"), f.message().in(other));
        if (f.dataset() != null) {
            g.writeStringProperty("dataset", f.dataset());
        }
        if (f.value() != null) {
            g.writeStringProperty("value", f.value());
        }
        g.writeStringProperty("clause", f.clause());
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public void finished(RunStats stats) {
        g.writeEndArray();
        g.writeObjectPropertyStart("properties");
        g.writeNumberProperty("datasets", stats.records());
        g.writeBooleanProperty("failed", stats.failed());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private void text(String name, String value) {
        g.writeObjectPropertyStart(name);
        g.writeStringProperty("text", value);
        g.writeEndObject();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
