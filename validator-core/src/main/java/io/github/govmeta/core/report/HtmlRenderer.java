package io.github.govmeta.core.report;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.RecordSummary;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.profile.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One self-contained HTML page for reviewers (no network: CSS and script inline): a verdict, counts by
 * severity and by rule, a section per dataset with its findings in the chosen language (the other language
 * beneath), each linked to the rule's explanation, filters by severity and rule, and print styles. The
 * datasets are written as they come; the summary, known only at the end, is written last and shown first
 * (CSS {@code order}), so the page streams. Every text is escaped.
 */
final class HtmlRenderer implements Renderer {
    private static final String STYLE = """
            body{font-family:"Noto Sans Thai","Sarabun","Tahoma","Leelawadee UI","Loma","Garuda",sans-serif;margin:0;color:#1d1d1f;background:#f6f7f9;line-height:1.55}
            .page{display:flex;flex-direction:column;max-width:70rem;margin:0 auto;padding:1.5rem}
            header{order:-3}.summary{order:-2}.filters{order:-1}
            h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.1rem;margin:0 0 .3rem}
            section{background:#fff;border:1px solid #dfe1e5;border-radius:8px;padding:1rem 1.2rem;margin:.5rem 0}
            .verdict{font-size:1.3rem;font-weight:700;padding:.4rem .8rem;border-radius:6px;display:inline-block}
            .ready{background:#e6f4ea;color:#137333}.not-ready{background:#fce8e6;color:#a50e0e}
            .counts span{display:inline-block;margin-right:1rem}
            table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:left}
            ul.findings{list-style:none;padding:0;margin:.3rem 0}
            li.finding{padding:.35rem .5rem;border-left:4px solid #999;margin:.25rem 0;background:#fafafa}
            li.sev-error{border-color:#d93025}li.sev-warning{border-color:#f29900}li.sev-info{border-color:#1a73e8}
            li.suppressed{opacity:.6}
            .sev{font-weight:700;margin-right:.4rem}.sev-error .sev{color:#d93025}.sev-warning .sev{color:#b06000}.sev-info .sev{color:#1a73e8}
            .other{color:#5f6368;font-size:.9em}.where{color:#5f6368;font-size:.85em}
            .ok{color:#137333}code{font-size:.9em}a{color:#1a57c6}
            .hidden{display:none}
            @media print{body{background:#fff}.filters{display:none}section{break-inside:avoid;border:none;border-bottom:1px solid #ccc}}
            """;
    private static final String SCRIPT = """
            (function(){
              var boxes=document.querySelectorAll('.filters input[type=checkbox]');
              var rule=document.getElementById('rule-filter');
              function apply(){
                var sev={};boxes.forEach(function(b){sev[b.value]=b.checked;});
                var r=rule.value;
                document.querySelectorAll('li.finding').forEach(function(li){
                  var show=sev[li.dataset.severity]&&(!r||li.dataset.rule===r);
                  li.classList.toggle('hidden',!show);
                });
                var filtering=r||Object.keys(sev).some(function(k){return !sev[k];});
                document.querySelectorAll('section.dataset').forEach(function(s){
                  var any=s.querySelector('li.finding:not(.hidden)');
                  s.classList.toggle('hidden',filtering&&!any);
                });
              }
              var q=new URLSearchParams(location.search);
              if(q.get('severity')){var only=q.get('severity').split(',');boxes.forEach(function(b){b.checked=only.indexOf(b.value)>=0;});}
              if(q.get('rule')){rule.value=q.get('rule');}
              boxes.forEach(function(b){b.addEventListener('change',apply);});
              rule.addEventListener('change',apply);
              apply();
            })();
            """;

    private final Writer out;
    private final RenderOptions options;
    private final boolean th;
    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    private final Map<String, Integer> byRule = new TreeMap<>();
    private boolean sectionOpen;
    private boolean listOpen;
    /** The source whose file-level findings the open section lists, or null when a dataset's is open. */
    private String fileSection;
    private String currentDataset;
    private int datasetsWithFindings;
    private int suppressed;

    HtmlRenderer(Writer out, RenderOptions options) {
        this.out = out;
        this.options = options;
        this.th = options.lang() == Lang.TH;
    }

    private String t(String thai, String english) {
        return th ? thai : english;
    }

    @Override
    public void started(RunInfo runInfo) {
        write("<!DOCTYPE html>\n<html lang=\"" + options.lang().id() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + t("รายงานผลการตรวจคำอธิบายชุดข้อมูล", "Metadata validation report") + " — govmeta</title>\n<style>"
                + STYLE + "</style>\n</head>\n<body>\n<div class=\"page\">\n<header>\n<h1>"
                + t("รายงานผลการตรวจคำอธิบายชุดข้อมูล", "Metadata validation report") + "</h1>\n<div class=\"where\">"
                + t("โปรไฟล์", "Profile") + " <code>" + esc(runInfo.profileId()) + "@" + esc(runInfo.profileVersion())
                + "</code> · govmeta " + esc(runInfo.toolVersion()) + "</div>\n</header>\n<main id=\"datasets\">\n");
    }

    @Override
    public void sourceStarted(String source) {
        closeSection();
    }

    @Override
    public void recordChecked(RecordSummary r) {
        closeSection();
        currentDataset = r.dataset();
        write("<section class=\"dataset\" id=\"ds-" + esc(anchor(r.source() + "-" + r.index())) + "\">\n<h2>"
                + esc(r.dataset()) + (r.title() == null ? "" : " — " + esc(r.title())) + "</h2>\n<div class=\"where\">"
                + esc(r.source()) + (r.line() > 0 ? ":" + r.line() : "") + "</div>\n");
        if (r.findings() == 0) {
            write("<p class=\"ok\">✓ " + t("ไม่พบข้อผิดพลาด", "No findings") + "</p>\n");
        } else {
            datasetsWithFindings++;
            write("<ul class=\"findings\">\n");
        }
        sectionOpen = true;
        listOpen = r.findings() > 0;
    }

    @Override
    public void onFinding(Finding f) {
        if (f.suppressed()) {
            suppressed++;
        } else {
            bySeverity.merge(f.severity(), 1, Integer::sum);
        }
        byRule.merge(f.ruleId(), 1, Integer::sum);
        boolean ofRecord = f.dataset() != null && f.dataset().equals(currentDataset);
        if (!ofRecord && !f.location().source().equals(fileSection)) {
            closeSection();
            write("<section class=\"dataset file\">\n<h2>" + esc(f.location().source()) + "</h2>\n<ul class=\"findings\">\n");
            sectionOpen = true;
            listOpen = true;
            currentDataset = null;
            fileSection = f.location().source();
        }
        Lang other = th ? Lang.EN : Lang.TH;
        write("<li class=\"finding sev-" + f.severity().id() + (f.suppressed() ? " suppressed" : "") + "\" data-severity=\""
                + f.severity().id() + "\" data-rule=\"" + esc(f.ruleId()) + "\"><span class=\"sev\">" + label(f.severity())
                + "</span>" + esc(f.message().in(options.lang())) + " <a href=\"#rule-" + esc(f.ruleId()) + "\"><code>"
                + esc(f.ruleId()) + "</code></a>"
                + (f.suppressed() ? " <em>(" + t("ยกเว้น", "suppressed") + ": " + esc(f.suppression().describe(options.lang())) + ")</em>" : "")
                + "<div class=\"other\">" + esc(f.message().in(other)) + "</div><div class=\"where\">"
                + esc(f.location().display()) + (f.location().pointer() == null ? "" : " · <code>" + esc(f.location().pointer()) + "</code>")
                + "</div></li>\n");
    }

    @Override
    public void finished(RunStats s) {
        closeSection();
        write("</main>\n");
        boolean ready = !s.failed();
        StringBuilder sb = new StringBuilder("<section class=\"summary\">\n<div class=\"verdict " + (ready ? "ready" : "not-ready")
                + "\" id=\"verdict\">" + (ready ? t("พร้อมลงทะเบียน", "Ready to register") : t("ยังไม่พร้อมลงทะเบียน", "Not ready to register"))
                + "</div>\n<p class=\"counts\"><span>" + t("ไฟล์", "Files") + ": <b>" + s.sources() + "</b></span><span>"
                + t("ชุดข้อมูล", "Datasets") + ": <b id=\"count-datasets\">" + s.records() + "</b></span><span>"
                + t("ชุดข้อมูลที่มีข้อค้นพบ", "Datasets with findings") + ": <b>" + datasetsWithFindings + "</b></span></p>\n<p class=\"counts\">");
        for (Severity sev : Severity.values()) {
            sb.append("<span class=\"sev-").append(sev.id()).append("\"><span class=\"sev\">").append(label(sev))
                    .append("</span><b id=\"count-").append(sev.id()).append("\">").append(bySeverity.getOrDefault(sev, 0)).append("</b></span>");
        }
        sb.append("<span>").append(t("ยกเว้น", "Suppressed")).append(": <b id=\"count-suppressed\">").append(suppressed).append("</b></span></p>\n");
        for (io.github.govmeta.core.finding.Tally tally : s.tallies()) {
            sb.append("<p class=\"counts tally\">").append(esc(tally.title().in(options.lang()))).append(": ")
                    .append(esc(tally.display(options.lang()))).append("</p>\n");
        }
        if (!byRule.isEmpty()) {
            sb.append("<table><tr><th>").append(t("กฎ", "Rule")).append("</th><th>").append(t("จำนวน", "Count")).append("</th><th></th></tr>\n");
            byRule.forEach((id, n) -> sb.append("<tr><td><a href=\"#rule-").append(esc(id)).append("\"><code>").append(esc(id))
                    .append("</code></a></td><td>").append(n).append("</td><td>")
                    .append(esc(options.rules().find(id).map(r -> r.title().in(options.lang())).orElse(""))).append("</td></tr>\n"));
            sb.append("</table>\n");
        }
        sb.append("</section>\n<section class=\"filters\">\n<b>").append(t("กรอง", "Filter")).append(":</b> ");
        for (Severity sev : Severity.values()) {
            sb.append("<label><input type=\"checkbox\" value=\"").append(sev.id()).append("\" checked> ").append(label(sev)).append("</label> ");
        }
        sb.append("<select id=\"rule-filter\"><option value=\"\">").append(t("ทุกกฎ", "All rules")).append("</option>");
        byRule.keySet().forEach(id -> sb.append("<option value=\"").append(esc(id)).append("\">").append(esc(id)).append("</option>"));
        sb.append("</select>\n</section>\n<section class=\"rules\">\n<h2>").append(t("คำอธิบายกฎ", "Rules")).append("</h2>\n");
        for (String id : byRule.keySet()) {
            Rule r = options.rules().find(id).orElse(null);
            if (r == null) {
                continue;
            }
            sb.append("<div id=\"rule-").append(esc(id)).append("\"><h3><code>").append(esc(id)).append("</code> — ")
                    .append(esc(r.title().in(options.lang()))).append("</h3><p>").append(label(r.severity())).append(" · ")
                    .append(esc(r.title().in(th ? Lang.EN : Lang.TH))).append("</p><p class=\"where\">")
                    .append(t("ข้อกำหนด", "Clause")).append(": ").append(esc(r.clause())).append("</p></div>\n");
        }
        sb.append("</section>\n<script>").append(SCRIPT).append("</script>\n</div>\n</body>\n</html>\n");
        write(sb.toString());
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeSection() {
        if (sectionOpen) {
            write((listOpen ? "</ul>\n" : "") + "</section>\n");
            sectionOpen = false;
            listOpen = false;
            fileSection = null;
        }
    }

    private String label(Severity s) {
        return switch (s) {
            case ERROR -> t("ผิดพลาด", "Error");
            case WARNING -> t("เตือน", "Warning");
            case INFO -> t("ข้อสังเกต", "Info");
        };
    }

    private static String anchor(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "-").toLowerCase(Locale.ROOT);
    }

    private static String esc(String s) {
        return Markup.escape(s);
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
