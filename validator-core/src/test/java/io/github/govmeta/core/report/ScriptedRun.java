package io.github.govmeta.core.report;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.finding.RecordSummary;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.finding.Suppression;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.profile.RuleCatalog;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fixed, realistic run played to a renderer: the same events for every format's golden file — a
 * file of Thai datasets with a missing title, a Buddhist-era date, a warning, a suppressed vocabulary
 * finding and a clean dataset; an unreadable file with two file-level findings; a DCAT source (the line
 * and column of the dataset's first triple, RDF path and focus node); and a dataset whose message and value try to break out of HTML and XML.
 */
final class ScriptedRun {
    /** A file-level problem in a file with a Thai name and a space (percent-encoded in SARIF URIs). */
    static final String BROKEN = "catalog/ข้อมูล เสีย.json";
    static final String EVIL = "<script>alert('x')</script> \"quoted\" ]]> & \u0007bell";

    static final RuleCatalog RULES = catalog(
            rule("GDC-REQ-title", Severity.ERROR, "ต้องระบุชื่อชุดข้อมูล", "Dataset name is required",
                    "ต้องระบุชื่อชุดข้อมูล (title)", "The dataset name (title) is required"),
            rule("GDC-DATE-BE-last_updated_date", Severity.ERROR, "วันที่ปรับปรุงใช้ปีพุทธศักราช", "Last updated: Buddhist-era year",
                    "วันที่ปรับปรุงข้อมูลล่าสุด (last_updated_date) '{value}' ดูเหมือนเป็นปีพุทธศักราช ให้ใช้ปีคริสต์ศักราช: {ce}",
                    "Last updated date (last_updated_date) '{value}' looks like a Buddhist-era year: {ce}"),
            rule("GDC-ERA-year_of_data", Severity.WARNING, "ปีข้อมูลใช้ศักราชปนกัน", "Mixed eras in years of data",
                    "ปีข้อมูลต้องใช้ศักราชเดียวกัน", "Years of data must use the same era"),
            rule("GDC-VOCAB-objective", Severity.ERROR, "วัตถุประสงค์ต้องเป็นค่าในรายการ", "Objective from the list",
                    "วัตถุประสงค์ (objective) ต้องเป็นค่าหนึ่งในรายการ แต่พบ '{value}'", "Objective (objective) must be one of the list; found '{value}'"),
            rule("GOVMETA-INPUT-BOM", Severity.WARNING, "ไฟล์ขึ้นต้นด้วย BOM", "Byte order mark",
                    "ไฟล์ขึ้นต้นด้วยเครื่องหมาย BOM (byte order mark) ซึ่งบางระบบอ่านไม่ได้ ควรบันทึกเป็น UTF-8 แบบไม่มี BOM",
                    "The file starts with a byte order mark, which some systems cannot read; save it as UTF-8 without BOM"),
            rule("GOVMETA-INPUT-SYNTAX", Severity.ERROR, "ไฟล์มีรูปแบบไม่ถูกต้อง", "Malformed file",
                    "อ่านไฟล์ไม่ได้ เพราะรูปแบบ JSON/YAML ไม่ถูกต้อง: {detail}", "The file is not well-formed JSON/YAML: {detail}"));

    private ScriptedRun() {}

    static void play(FindingListener l, boolean failed) {
        l.started(new RunInfo("1.0-test", "th-gdc", "1.0.0", Lang.TH));
        l.sourceStarted("catalog/tourism.json");
        l.recordChecked(new RecordSummary("catalog/tourism.json", 0, "tat-arrivals", null, 2, 2));
        l.onFinding(finding("GDC-REQ-title", "catalog/tourism.json", 2, 3, "/title", "tat-arrivals", null,
                "ต้องระบุชื่อชุดข้อมูล (title)", "The dataset name (title) is required", null));
        l.onFinding(finding("GDC-DATE-BE-last_updated_date", "catalog/tourism.json", 14, 5, "/last_updated_date", "tat-arrivals",
                "2567-03-01", "วันที่ปรับปรุงข้อมูลล่าสุด (last_updated_date) '2567-03-01' ดูเหมือนเป็นปีพุทธศักราช ให้ใช้ปีคริสต์ศักราช: 2024-03-01",
                "Last updated date (last_updated_date) '2567-03-01' looks like a Buddhist-era year: 2024-03-01", null));
        l.recordChecked(new RecordSummary("catalog/tourism.json", 1, "tat-hotels", "ทะเบียนโรงแรม", 30, 0));
        l.recordChecked(new RecordSummary("catalog/tourism.json", 2, "nso-labour", "การสำรวจภาวะการทำงาน", 52, 2));
        l.onFinding(finding("GDC-ERA-year_of_data", "catalog/tourism.json", 61, 5, "/last_year_of_data", "nso-labour", "2023",
                "ปีข้อมูลต้องใช้ศักราชเดียวกัน", "Years of data must use the same era", null).withSeverity(Severity.WARNING));
        l.onFinding(finding("GDC-VOCAB-objective", "catalog/tourism.json", 63, 5, "/objective", "nso-labour", "รายงานผู้บริหาร",
                "วัตถุประสงค์ (objective) ต้องเป็นค่าหนึ่งในรายการ แต่พบ 'รายงานผู้บริหาร'",
                "Objective (objective) must be one of the list; found 'รายงานผู้บริหาร'",
                new Suppression("config", "ระบบเดิม รอปรับปรุงรายการวัตถุประสงค์")));
        l.sourceFinished("catalog/tourism.json");
        l.sourceStarted(BROKEN);
        l.onFinding(finding("GOVMETA-INPUT-BOM", BROKEN, 1, 1, null, null, null,
                "ไฟล์ขึ้นต้นด้วยเครื่องหมาย BOM (byte order mark) ซึ่งบางระบบอ่านไม่ได้ ควรบันทึกเป็น UTF-8 แบบไม่มี BOM",
                "The file starts with a byte order mark, which some systems cannot read; save it as UTF-8 without BOM", null));
        l.onFinding(finding("GOVMETA-INPUT-SYNTAX", BROKEN, 3, 31, null, null, null,
                "อ่านไฟล์ไม่ได้ เพราะรูปแบบ JSON/YAML ไม่ถูกต้อง: Unexpected end-of-input", "The file is not well-formed JSON/YAML: Unexpected end-of-input", null));
        l.sourceFinished(BROKEN);
        l.sourceStarted("catalog/nso.ttl");
        l.recordChecked(new RecordSummary("catalog/nso.ttl", 0, "nso-gpp", null, 0, 1));
        l.onFinding(new Finding("GDC-REQ-title", Severity.ERROR, new LocalizedText("ต้องระบุชื่อชุดข้อมูล (dct:title)",
                "The dataset name (dct:title) is required"), new Location("catalog/nso.ttl", 12, 9, "dct:title"), "nso-gpp", null,
                RULES.find("GDC-REQ-title").orElseThrow().clause(), Map.of("focusNode", "https://data.go.th/dataset/nso-gpp",
                "sourceShape", "gdc:DatasetShape", "constraint", "sh:MinCountConstraintComponent")));
        l.sourceFinished("catalog/nso.ttl");
        l.sourceStarted("catalog/evil, name.json");
        l.recordChecked(new RecordSummary("catalog/evil, name.json", 0, "evil", EVIL, 1, 1));
        l.onFinding(finding("GDC-VOCAB-objective", "catalog/evil, name.json", 4, 3, "/objective", "evil", EVIL,
                "วัตถุประสงค์ (objective) ต้องเป็นค่าหนึ่งในรายการ แต่พบ '" + EVIL + "'",
                "Objective (objective) must be one of the list; found '" + EVIL + "'\nsecond line: 100%", null));
        l.sourceFinished("catalog/evil, name.json");
        l.finished(new RunStats(4, 5, 5, 2, 0, 1234, failed, 1, 0));
    }

    /** One DCAT finding the reader could not place (a JSON-LD blank node): line and column unknown. */
    static void unplaced(FindingListener l) {
        l.started(new RunInfo("1.0-test", "th-gdc", "1.0.0", Lang.TH));
        l.sourceStarted("catalog/nso.jsonld");
        l.recordChecked(new RecordSummary("catalog/nso.jsonld", 0, "nso-gpp", null, 0, 1));
        l.onFinding(new Finding("GDC-REQ-title", Severity.ERROR, new LocalizedText("ต้องระบุชื่อชุดข้อมูล (dct:title)",
                "The dataset name (dct:title) is required"), new Location("catalog/nso.jsonld", 0, 0, "dct:title"), "nso-gpp", null,
                RULES.find("GDC-REQ-title").orElseThrow().clause(), Map.of("focusNode", "_:b0")));
        l.sourceFinished("catalog/nso.jsonld");
        l.finished(new RunStats(1, 1, 1, 0, 0, 5, true, 0, 0));
    }

    static void empty(FindingListener l) {
        l.started(new RunInfo("1.0-test", "th-gdc", "1.0.0", Lang.TH));
        l.finished(new RunStats(0, 0, 0, 0, 0, 5, false, 0, 0));
    }

    private static Finding finding(String rule, String source, int line, int col, String pointer, String dataset, String value,
                                   String th, String en, Suppression suppression) {
        Rule r = RULES.find(rule).orElseThrow();
        return new Finding(rule, r.severity(), new LocalizedText(th, en), new Location(source, line, col, pointer), dataset,
                value, r.clause(), pointer == null ? Map.of() : Map.of("keyword", keyword(rule)),
                suppression);
    }

    /** The JSON Schema keyword that would report the rule (extras of schema findings). */
    private static String keyword(String rule) {
        return rule.startsWith("GDC-REQ") ? "required" : rule.startsWith("GDC-VOCAB") ? "enum" : "pattern";
    }

    private static Rule rule(String id, Severity s, String titleTh, String titleEn, String th, String en) {
        return new Rule(id, s, "", "GD Catalog metadata, " + id, "1.0.0", new LocalizedText(titleTh, titleEn),
                new LocalizedText(th, en), id.startsWith("GOVMETA") ? "govmeta" : "th-gdc");
    }

    private static RuleCatalog catalog(Rule... rules) {
        Map<String, Rule> m = new TreeMap<>();
        for (Rule r : rules) {
            m.put(r.id(), r);
        }
        return new RuleCatalog(m);
    }
}
