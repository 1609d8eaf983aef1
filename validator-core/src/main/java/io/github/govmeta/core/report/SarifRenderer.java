package io.github.govmeta.core.report;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.profile.Rule;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF 2.1.0 (OASIS) for code scanning (GitHub, GitLab, Azure DevOps).
 *
 * <p>Languages: viewers show only {@code text} (GitHub also renders {@code help.markdown}), so every
 * {@code text} is in the report's language ({@code run.language} says which) and the other language
 * sits in the {@code properties} of the rule or result ({@code titleEn}, {@code messageTh}, ...);
 * {@code help} carries both languages, the clause and the {@code govmeta explain} command.
 *
 * <p>{@code tool.driver.rules} holds the run's rule catalogue (id, title, message template, help,
 * default level, clause). Each result has its physical location (a relative URI against
 * {@code %SRCROOT%}, or a {@code file:} URI for an absolute path; line and column when known), logical
 * locations (the dataset with the JSON Pointer or RDF result path, and the RDF focus node), a
 * {@code partialFingerprints} entry built from rule, file, dataset and pointer (never line numbers, so it
 * survives edits elsewhere in the file), and SARIF {@code suppressions} for suppressed findings.
 *
 * <p>Streams: the rules are written in {@link #started}, each result as it comes.
 */
final class SarifRenderer implements Renderer {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String INFORMATION_URI = "https://github.com/govmeta/govmeta";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_]*}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final JsonGenerator g;
    private final RenderOptions options;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    SarifRenderer(Writer out, RenderOptions options) {
        this.options = options;
        this.g = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().createGenerator(out);
    }

    @Override
    public void started(RunInfo info) {
        Lang lang = options.lang();
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
            text("shortDescription", r.title().in(lang));
            text("fullDescription", template(r.message().in(lang)));
            g.writeObjectPropertyStart("help");
            g.writeStringProperty("text", r.title().th() + " / " + r.title().en() + ". "
                    + (lang == Lang.TH ? "ข้อกำหนด" : "Clause") + ": " + r.clause());
            g.writeStringProperty("markdown", "**" + r.title().th() + "** / **" + r.title().en() + "**\n\n"
                    + template(r.message().th()) + "\n\n" + template(r.message().en()) + "\n\n"
                    + (lang == Lang.TH ? "ข้อกำหนด" : "Clause") + ": " + r.clause()
                    + "\n\n`govmeta explain " + r.id() + "`");
            g.writeEndObject();
            g.writeObjectPropertyStart("defaultConfiguration");
            g.writeStringProperty("level", level(r.severity()));
            g.writeEndObject();
            g.writeObjectPropertyStart("properties");
            g.writeStringProperty("clause", r.clause());
            g.writeStringProperty("title" + suffix(other()), r.title().in(other()));
            g.writeStringProperty("message" + suffix(other()), r.message().in(other()));
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
        g.writeStringProperty("language", lang == Lang.TH ? "th-TH" : "en-US");
        g.writeArrayPropertyStart("results");
    }

    @Override
    public void onFinding(Finding f) {
        Location loc = f.location();
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
        String uri = uri(loc.source());
        g.writeStringProperty("uri", uri);
        if (!uri.startsWith("file:") && !uri.startsWith("http:") && !uri.startsWith("https:")) {
            g.writeStringProperty("uriBaseId", "%SRCROOT%");
        }
        g.writeEndObject();
        // Code-scanning viewers need a region (Microsoft's validator warns, SARIF2017); a finding of the
        // whole file or of an RDF node without a position points at the file's first line, and its
        // logical locations (dataset, path, focus node) say what it is about.
        g.writeObjectPropertyStart("region");
        g.writeNumberProperty("startLine", Math.max(1, loc.line()));
        if (loc.line() > 0 && loc.column() > 0) {
            g.writeNumberProperty("startColumn", loc.column());
        }
        g.writeEndObject();
        g.writeEndObject();
        logicalLocations(f);
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
        g.writeStringProperty("message" + suffix(other()), f.message().in(other()));
        if (f.dataset() != null) {
            g.writeStringProperty("dataset", f.dataset());
        }
        if (f.value() != null) {
            g.writeStringProperty("value", f.value());
        }
        g.writeStringProperty("clause", f.clause());
        if (!f.extras().isEmpty()) {
            g.writeObjectPropertyStart("extras");
            for (Map.Entry<String, String> e : f.extras().entrySet()) {
                g.writeStringProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * The dataset with the JSON Pointer (or, for DCAT, the RDF result path) as a member, and the RDF focus
     * node as an object when the finding has one.
     */
    private void logicalLocations(Finding f) {
        String pointer = f.location().pointer();
        String focusNode = f.extras().get("focusNode");
        if (f.dataset() == null && pointer == null && focusNode == null) {
            return;
        }
        g.writeArrayPropertyStart("logicalLocations");
        if (f.dataset() != null || pointer != null) {
            g.writeStartObject();
            g.writeStringProperty("name", pointer == null ? f.dataset() : pointer);
            g.writeStringProperty("fullyQualifiedName", f.dataset() == null ? pointer
                    : pointer == null ? f.dataset()
                    : pointer.startsWith("/") ? f.dataset() + pointer : f.dataset() + "/" + pointer);
            g.writeStringProperty("kind", pointer == null ? "object" : "member");
            g.writeEndObject();
        }
        if (focusNode != null) {
            g.writeStartObject();
            g.writeStringProperty("fullyQualifiedName", focusNode);
            g.writeStringProperty("kind", "object");
            g.writeEndObject();
        }
        g.writeEndArray();
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

    private Lang other() {
        return options.lang() == Lang.TH ? Lang.EN : Lang.TH;
    }

    private static String suffix(Lang lang) {
        return lang == Lang.TH ? "Th" : "En";
    }

    /** A message template with its placeholders shown as an ellipsis. */
    private static String template(String message) {
        return PLACEHOLDER.matcher(message).replaceAll("…");
    }

    /**
     * The source as a URI reference (RFC 3986): a relative path with {@code /} separators, each character
     * outside the unreserved and path characters percent-encoded as UTF-8 (Thai file names, spaces,
     * {@code %}, {@code #}, {@code :}); an absolute path becomes a {@code file:} URI; a page of a live catalog
     * keeps its http(s) URL, which is already one.
     */
    static String uri(String source) {
        if (source.matches("(?i)https?://[^\\s]*")) {
            return source;
        }
        String path = source.replace('\\', '/');
        String drive = path.matches("[A-Za-z]:/.*") ? path.substring(0, 2) : "";
        StringBuilder out = new StringBuilder(drive.isEmpty() && path.startsWith("/") ? "file://"
                : drive.isEmpty() ? "" : "file:///" + drive);
        for (byte b : path.substring(drive.length()).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=@".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
