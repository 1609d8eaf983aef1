package io.github.govmeta.server;

import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.quality.CatalogSummary;
import io.github.govmeta.core.quality.ScoreRenderer;
import io.github.govmeta.core.quality.ScoreReport;
import java.io.StringWriter;
import java.util.List;
import static io.github.govmeta.core.report.Markup.escape;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's pages, in Thai or English: the form, the result (the engine's HTML report with the
 * downloads added above it) and the page of a refused request. Plain HTML forms, so the basic upload works
 * without JavaScript; one stylesheet from the server; every value escaped. Stateless and thread-safe.
 */
final class Pages {
    static final String STYLESHEET = "/static/govmeta.css";

    private Pages() {}

    /** The form: files, pasted text, profile@version, language. */
    static String form(boolean th, List<String> profiles, String defaultProfile, ServerConfig config) {
        StringBuilder options = new StringBuilder();
        for (String p : profiles) {
            options.append("<option value=\"").append(escape(p)).append('"').append(p.equals(defaultProfile) ? " selected" : "")
                    .append('>').append(escape(p)).append("</option>");
        }
        String lang = th ? "th" : "en";
        return head(lang, t(th, "ตรวจคำอธิบายชุดข้อมูล", "Check dataset metadata")) + """
                <main class="form-page">
                <nav class="lang"><a href="/?lang=%s" hreflang="%s">%s</a></nav>
                <h1>%s</h1>
                <p>%s</p>
                <form method="post" action="/validate?lang=%s" enctype="multipart/form-data">
                <label for="file">%s</label>
                <input type="file" id="file" name="file" multiple accept=".json,.jsonl,.ndjson,.yaml,.yml,.ttl,.rdf,.owl,.jsonld,.nt,.nq,.trig">
                <label for="shapes">%s</label>
                <input type="file" id="shapes" name="shapes" multiple accept=".ttl,.rdf,.owl,.jsonld,.nt,.trig">
                <label for="text">%s</label>
                <textarea id="text" name="text" rows="8" spellcheck="false"></textarea>
                <div class="row">
                <div><label for="profile">%s</label><select id="profile" name="profile">%s</select></div>
                <div><label for="lang">%s</label><select id="lang" name="lang"><option value="th"%s>ไทย</option><option value="en"%s>English</option></select></div>
                </div>
                <button type="submit" id="submit">%s</button>
                </form>
                <p class="note">%s</p>
                <p class="note"><a href="/api/v1/openapi.json">REST API (OpenAPI 3.1)</a> · govmeta %s</p>
                </main>
                </body>
                </html>
                """.formatted(th ? "en" : "th", th ? "en" : "th", th ? "English" : "ภาษาไทย",
                t(th, "ตรวจคำอธิบายชุดข้อมูล (metadata) ตามมาตรฐานบัญชีข้อมูลภาครัฐ", "Check dataset metadata against the Thai Government Data Catalog standard"),
                t(th, "อัปโหลดไฟล์ (JSON, JSON Lines, YAML, Turtle, RDF/XML, JSON-LD, N-Triples) หรือวางข้อความ แล้วเลือกโปรไฟล์และภาษาของรายงาน",
                        "Upload files (JSON, JSON Lines, YAML, Turtle, RDF/XML, JSON-LD, N-Triples) or paste text, then choose the profile and the report's language"),
                lang,
                t(th, "ไฟล์ (เลือกได้หลายไฟล์)", "Files (several allowed)"),
                t(th, "รูปร่าง SHACL เพิ่มเติมสำหรับข้อมูล DCAT (ไม่บังคับ)", "Extra SHACL shapes for DCAT content (optional)"),
                t(th, "หรือวางข้อความ", "Or paste text"),
                t(th, "โปรไฟล์และรุ่น", "Profile and version"), options,
                t(th, "ภาษาของรายงาน", "Report language"), th ? " selected" : "", th ? "" : " selected",
                t(th, "ตรวจ", "Check"),
                escape(t(th, "ไม่เก็บไฟล์ที่อัปโหลด: ตรวจในหน่วยความจำแล้วทิ้ง · ไม่เกิน " + mib(config) + " MiB และ " + config.maxFiles() + " ไฟล์ต่อครั้ง",
                        "Uploads are not kept: checked in memory, then dropped · at most " + mib(config) + " MiB and " + config.maxFiles() + " files at a time")),
                escape(io.github.govmeta.core.Govmeta.VERSION));
    }

    /**
     * The engine's HTML report with the server's stylesheet and, above the verdict, a link back to the form
     * and the downloads: each report as a {@code data:} URI, so nothing is kept on the server to fetch later.
     */
    private static final Map<String, String> SCORE_TYPES = Map.of("html", "text/html", "json", "application/json", "csv", "text/csv");

    /** Each quality model's catalog score and band, in the reader's language. */
    private static String scoreSummary(boolean th, ScoreReport scores) {
        StringBuilder out = new StringBuilder("<section class=\"govmeta-scores\" id=\"scores\"><h2>")
                .append(t(th, "คะแนนคุณภาพคำอธิบายข้อมูล", "Metadata quality scores")).append("</h2><ul>");
        Lang lang = th ? Lang.TH : Lang.EN;
        for (CatalogSummary s : scores.summaries()) {
            if (s.datasets() == 0) {
                continue;
            }
            int total = s.model().dimensions().stream().mapToInt(d -> (int) d.points()).sum();
            out.append("<li><b>").append(escape(s.model().title().in(lang))).append("</b>: ")
                    .append(ScoreRenderer.number(s.mean())).append(" / ").append(total).append(" (")
                    .append(escape(s.model().band(s.mean()).name().in(lang))).append(") · ")
                    .append(t(th, s.datasets() + " ชุดข้อมูล", s.datasets() + " datasets")).append("</li>");
        }
        return out.append("</ul></section>\n").toString();
    }

    static String result(boolean th, String report, Map<ReportFormat, String> downloads, ScoreReport scores) {
        StringBuilder nav = new StringBuilder("<nav class=\"govmeta-downloads\" id=\"downloads\"><a href=\"/?lang=")
                .append(th ? "th" : "en").append("\">← ").append(t(th, "ตรวจไฟล์อื่น", "Check other files")).append("</a> <span>")
                .append(t(th, "ดาวน์โหลดรายงาน", "Download the report")).append(":</span>");
        for (ReportFormat f : ReportFormat.values()) {
            String body = downloads.get(f);
            if (body != null) {
                nav.append(" <a class=\"download\" id=\"download-").append(f.id).append("\" download=\"").append(f.fileName())
                        .append("\" href=\"data:").append(f.mediaType).append(";charset=utf-8;base64,")
                        .append(Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\">")
                        .append(f.id.toUpperCase(java.util.Locale.ROOT)).append("</a>");
            }
        }
        if (scores != null) {
            ScoreRenderer.Options options = new ScoreRenderer.Options(th ? Lang.TH : Lang.EN, false);
            for (String format : List.of("html", "json", "csv")) {
                StringWriter w = new StringWriter();
                ScoreRenderer.find(format).orElseThrow().render(scores, options, w);
                nav.append(" <a class=\"download\" id=\"download-score-").append(format).append("\" download=\"govmeta-score.")
                        .append(format).append("\" href=\"data:").append(SCORE_TYPES.get(format)).append(";charset=utf-8;base64,")
                        .append(Base64.getEncoder().encodeToString(w.toString().getBytes(StandardCharsets.UTF_8))).append("\">")
                        .append(t(th, "คะแนน ", "Score ")).append(format.toUpperCase(java.util.Locale.ROOT)).append("</a>");
            }
        }
        nav.append("</nav>\n");
        if (scores != null) {
            nav.append(scoreSummary(th, scores));
        }
        String withStyle = insertBefore(report, "</head>", "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n");
        return insertAfter(withStyle, "<div class=\"page\">\n", nav.toString());
    }

    /** A refused request: its title and detail, and the way back. */
    static String problem(boolean th, Problem p) {
        return head(th ? "th" : "en", p.title()) + "<main class=\"form-page\">\n<h1>" + escape(t(th, "ตรวจไม่ได้", "Not checked"))
                + "</h1>\n<p class=\"problem\" id=\"problem\"><b>" + p.status() + " " + escape(p.title()) + "</b><br>"
                + escape(p.getMessage()) + "</p>\n<p><a href=\"/?lang=" + (th ? "th" : "en") + "\">← "
                + t(th, "กลับไปที่แบบฟอร์ม", "Back to the form") + "</a></p>\n</main>\n</body>\n</html>\n";
    }

    private static String head(String lang, String title) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + " — govmeta</title>\n<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n</head>\n<body>\n";
    }

    private static String insertBefore(String html, String marker, String insert) {
        int at = html.indexOf(marker);
        return at < 0 ? insert + html : html.substring(0, at) + insert + html.substring(at);
    }

    private static String insertAfter(String html, String marker, String insert) {
        int at = html.indexOf(marker);
        return at < 0 ? insert + html : html.substring(0, at + marker.length()) + insert + html.substring(at + marker.length());
    }

    private static long mib(ServerConfig config) {
        return Math.max(1, config.maxRequestBytes() / (1024 * 1024));
    }

    private static String t(boolean th, String thai, String english) {
        return th ? thai : english;
    }
}
