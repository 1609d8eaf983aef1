package io.github.govmeta.core.quality;

import static io.github.govmeta.core.quality.ScoreRenderer.number;
import static io.github.govmeta.core.report.Markup.escape;

import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.quality.NationalView.Agency;
import io.github.govmeta.core.quality.NationalView.RuleCount;
import io.github.govmeta.core.quality.QualityModel.Dimension;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The national view's outputs, the same numbers three ways: one self-contained HTML page (SVG charts of the
 * first model's mean score and of the share passing per agency, a table sortable by any column — a small
 * script of the page's own, nothing from the network — and the most frequent rule failures), a CSV (one row
 * per agency) and a JSON document for dashboards. Numbers are rounded to two decimals; every text is escaped.
 */
public final class NationalViewWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String STYLE = """
            body{font-family:"Noto Sans Thai","Sarabun","Tahoma",sans-serif;margin:0 auto;max-width:80rem;padding:1.5rem;color:#1d1d1f;background:#f6f7f9}
            section{background:#fff;border:1px solid #dfe1e5;border-radius:8px;padding:1rem 1.2rem;margin:.8rem 0;overflow-x:auto}
            table{border-collapse:collapse;width:100%}td,th{padding:.25rem .5rem;border-bottom:1px solid #eee;text-align:left;font-size:.88rem}
            th{cursor:pointer;user-select:none;background:#f1f3f4;position:sticky;top:0}th[aria-sort=ascending]::after{content:" ▲"}
            th[aria-sort=descending]::after{content:" ▼"}td.n{text-align:right}svg text{font-size:12px;fill:#333}
            .charts{display:flex;flex-wrap:wrap;gap:2rem}small{color:#5f6368}
            """;
    private static final String SCRIPT = """
            document.querySelectorAll('#agencies th').forEach(function (th, col) {
              th.addEventListener('click', function () {
                var body = document.querySelector('#agencies tbody');
                var down = th.getAttribute('aria-sort') !== 'descending';
                document.querySelectorAll('#agencies th').forEach(function (o) { o.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
                var numeric = th.dataset.type === 'number';
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = a.cells[col].dataset.value, y = b.cells[col].dataset.value;
                  var c = numeric ? (parseFloat(x) - parseFloat(y)) : x.localeCompare(y, 'th');
                  return down ? -c : c;
                });
                rows.forEach(function (r) { body.appendChild(r); });
              });
            });
            """;

    private NationalViewWriter() {}

    /** Writes {@code national.html}, {@code national.csv} and {@code national.json} into {@code folder}, each whole. */
    public static List<Path> write(NationalView view, Lang lang, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (String ext : List.of("html", "csv", "json")) {
            StringWriter text = new StringWriter();
            switch (ext) {
                case "html" -> html(view, lang, text);
                case "csv" -> csv(view, text);
                default -> json(view, text);
            }
            Path target = folder.resolve("national." + ext);
            Path temp = Files.createTempFile(folder, ".national-", ".tmp");
            try {
                Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            written.add(target);
        }
        return written;
    }

    /** One row per agency: id, name, datasets, passing, pass share, per model its mean and each dimension's, the top rules. */
    public static void csv(NationalView view, Writer out) {
        List<String> header = new ArrayList<>(List.of("agency", "name", "datasets", "passing", "passShare"));
        for (QualityModel m : view.models()) {
            header.add(m.id() + ".mean");
            m.dimensions().forEach(d -> header.add(m.id() + "." + d.id()));
        }
        header.add("topRules");
        try {
            ScoreCsvRenderer.row(out, header);
            for (Agency a : view.agencies()) {
                List<String> cells = new ArrayList<>(List.of(a.id(), a.name(), Integer.toString(a.datasets()),
                        Integer.toString(a.passing()), Double.toString(Math.round(a.passShare() * 1000) / 1000.0)));
                for (int m = 0; m < view.models().size(); m++) {
                    cells.add(number(a.means().get(m)));
                    a.dimensionMeans().get(m).forEach(d -> cells.add(d.isNaN() ? "" : number(d)));
                }
                cells.add(String.join(" ", a.topRules().stream().map(r -> r.rule() + ":" + r.count()).toList()));
                ScoreCsvRenderer.row(out, cells);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same numbers as JSON: {@code nationalViewVersion}, the profile, the models with their dimensions, the agencies. */
    public static void json(NationalView view, Writer out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("nationalViewVersion", "1");
        root.put("profile", view.profile());
        ArrayNode models = root.putArray("models");
        for (QualityModel m : view.models()) {
            ObjectNode o = models.addObject();
            o.put("id", m.id());
            o.put("th", m.title().th());
            o.put("en", m.title().en());
            o.put("maxPoints", m.maxPoints());
            ArrayNode dims = o.putArray("dimensions");
            for (Dimension d : m.dimensions()) {
                dims.addObject().put("id", d.id()).put("th", d.name().th()).put("en", d.name().en()).put("points", d.points());
            }
        }
        ArrayNode agencies = root.putArray("agencies");
        for (Agency a : view.agencies()) {
            ObjectNode o = agencies.addObject();
            o.put("agency", a.id());
            o.put("name", a.name());
            o.put("datasets", a.datasets());
            o.put("passing", a.passing());
            o.put("passShare", Math.round(a.passShare() * 1000) / 1000.0);
            ObjectNode scores = o.putObject("scores");
            for (int m = 0; m < view.models().size(); m++) {
                ObjectNode s = scores.putObject(view.models().get(m).id());
                s.put("mean", round(a.means().get(m)));
                ObjectNode dims = s.putObject("dimensions");
                List<Dimension> ds = view.models().get(m).dimensions();
                for (int d = 0; d < ds.size(); d++) {
                    double v = a.dimensionMeans().get(m).get(d);
                    if (v == v) {
                        dims.put(ds.get(d).id(), round(v));
                    } else {
                        dims.putNull(ds.get(d).id());
                    }
                }
            }
            ArrayNode rules = o.putArray("topRules");
            a.topRules().forEach(r -> rules.addObject().put("rule", r.rule()).put("count", r.count())
                    .put("th", r.title().th()).put("en", r.title().en()));
        }
        try {
            out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            out.write("\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page comparing agencies. */
    public static void html(NationalView view, Lang lang, Writer out) {
        StringBuilder h = new StringBuilder();
        String title = t(lang, "ภาพรวมคุณภาพคำอธิบายข้อมูลรายหน่วยงาน", "Metadata quality by agency");
        int datasets = view.agencies().stream().mapToInt(Agency::datasets).sum();
        int passing = view.agencies().stream().mapToInt(Agency::passing).sum();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.id()).append("\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>").append(title)
                .append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>").append(title).append("</h1><p>")
                .append(escape(view.profile())).append(" · <b id=\"agency-count\">").append(view.agencies().size()).append("</b>")
                .append(t(lang, " หน่วยงาน · ", " agencies · ")).append(datasets).append(t(lang, " ชุดข้อมูล · ผ่านมาตรฐาน ", " datasets · passing the standard "))
                .append(passing).append(" (").append(percent(datasets == 0 ? 0 : (double) passing / datasets)).append(")</p>\n");
        if (!view.models().isEmpty()) {
            QualityModel first = view.models().get(0);
            h.append("<section><h2>").append(t(lang, "เปรียบเทียบหน่วยงาน", "Agencies compared")).append("</h2><div class=\"charts\">");
            bars(h, "chart-score", escape(first.title().in(lang)) + t(lang, ": คะแนนเฉลี่ย", ": mean score"),
                    view.agencies().stream().sorted(Comparator.comparingDouble((Agency a) -> a.means().get(0)).reversed()).toList(),
                    a -> a.means().get(0) / first.maxPoints(), a -> number(a.means().get(0)) + "/" + number(first.maxPoints()), "#1a73e8");
            bars(h, "chart-pass", t(lang, "สัดส่วนชุดข้อมูลที่ผ่านมาตรฐาน", "Share of datasets passing the standard"),
                    view.agencies().stream().sorted(Comparator.comparingDouble(Agency::passShare).reversed()).toList(),
                    Agency::passShare, a -> percent(a.passShare()), "#137333");
            h.append("</div></section>\n");
        }
        table(h, view, lang);
        h.append("<section><h2>").append(t(lang, "กฎที่ไม่ผ่านบ่อยที่สุด", "Most frequent rule failures")).append("</h2><ol id=\"top-rules\">");
        for (RuleCount r : view.topRules()) {
            h.append("<li><code>").append(escape(r.rule())).append("</code> ").append(escape(r.title().in(lang))).append(": ")
                    .append(r.count()).append("</li>");
        }
        h.append("</ol><p><small>").append(t(lang, "ผ่านมาตรฐาน: ไม่มีข้อผิดพลาด (error) หลังใช้นโยบายของทีม; คลิกหัวตารางเพื่อเรียงลำดับ",
                "Passing: no error after the team's policy; click a column header to sort")).append("</small></p></section>\n");
        h.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        try {
            out.write(h.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(StringBuilder h, NationalView view, Lang lang) {
        h.append("<section><h2>").append(t(lang, "ตารางหน่วยงาน", "Agencies")).append("</h2><table id=\"agencies\"><thead><tr>")
                .append("<th data-type=\"text\">").append(t(lang, "หน่วยงาน", "agency")).append("</th>")
                .append("<th data-type=\"number\" aria-sort=\"descending\">").append(t(lang, "ชุดข้อมูล", "datasets")).append("</th>")
                .append("<th data-type=\"number\">").append(t(lang, "ผ่านมาตรฐาน", "passing")).append("</th>");
        for (QualityModel m : view.models()) {
            h.append("<th data-type=\"number\">").append(escape(m.id())).append(" /").append(number(m.maxPoints())).append("</th>");
            m.dimensions().forEach(d -> h.append("<th data-type=\"number\" title=\"").append(escape(m.title().in(lang))).append("\">")
                    .append(escape(d.name().in(lang))).append(" /").append(number(d.points())).append("</th>"));
        }
        h.append("<th data-type=\"text\">").append(t(lang, "กฎที่ไม่ผ่านบ่อย", "frequent failures")).append("</th></tr></thead><tbody>\n");
        for (Agency a : view.agencies()) {
            h.append("<tr data-agency=\"").append(escape(a.id())).append("\"><td data-value=\"").append(escape(a.name())).append("\" title=\"")
                    .append(escape(a.id())).append("\">").append(escape(a.name())).append("</td>")
                    .append(cell(a.datasets(), Integer.toString(a.datasets())))
                    .append(cell(a.passShare(), percent(a.passShare()) + " (" + a.passing() + ")"));
            for (int m = 0; m < view.models().size(); m++) {
                h.append(cell(a.means().get(m), number(a.means().get(m))));
                for (double d : a.dimensionMeans().get(m)) {
                    h.append(d == d ? cell(d, number(d)) : "<td class=\"n\" data-value=\"-1\">–</td>");
                }
            }
            String rules = String.join(", ", a.topRules().stream().map(r -> r.rule() + " ×" + r.count()).toList());
            h.append("<td data-value=\"").append(escape(rules)).append("\">");
            a.topRules().forEach(r -> h.append("<code title=\"").append(escape(r.title().in(lang))).append("\">").append(escape(r.rule()))
                    .append("</code> ×").append(r.count()).append("<br/>"));
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static String cell(double value, String shown) {
        return "<td class=\"n\" data-value=\"" + number(value) + "\">" + escape(shown) + "</td>";
    }

    /** One horizontal bar per agency. */
    private static void bars(StringBuilder h, String id, String title, List<Agency> agencies,
                             java.util.function.ToDoubleFunction<Agency> share, java.util.function.Function<Agency, String> label, String color) {
        int row = 22;
        h.append("<figure><figcaption>").append(title).append("</figcaption><svg id=\"").append(id)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"560\" height=\"").append(agencies.size() * row + 8)
                .append("\" role=\"img\"><title>").append(title).append("</title>");
        for (int i = 0; i < agencies.size(); i++) {
            Agency a = agencies.get(i);
            double s = Math.max(0, Math.min(1, share.applyAsDouble(a)));
            int y = i * row + 4;
            String name = a.name().length() > 28 ? a.name().substring(0, 27) + "…" : a.name();
            h.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(escape(name)).append("</text>")
                    .append("<rect x=\"200\" y=\"").append(y).append("\" width=\"280\" height=\"16\" fill=\"#e8eaed\"/>")
                    .append("<rect class=\"bar\" data-agency=\"").append(escape(a.id())).append("\" x=\"200\" y=\"").append(y)
                    .append("\" width=\"").append(Math.round(280 * s)).append("\" height=\"16\" fill=\"").append(color).append("\"><title>")
                    .append(escape(a.name())).append(": ").append(escape(label.apply(a))).append("</title></rect>")
                    .append("<text x=\"486\" y=\"").append(y + 14).append("\">").append(escape(label.apply(a))).append("</text>");
        }
        h.append("</svg></figure>");
    }

    private static String percent(double share) {
        return number(share * 100) + "%";
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String t(Lang lang, String th, String en) {
        return lang == Lang.TH ? th : en;
    }
}
