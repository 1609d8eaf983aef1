package io.github.govmeta.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.quality.Measurement.Outcome;
import io.github.govmeta.core.quality.QualityModel.Count;
import io.github.govmeta.core.quality.QualityModel.Criterion;
import io.github.govmeta.core.quality.QualityModel.Level;
import io.github.govmeta.core.quality.QualityModel.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each measurement kind on a dataset that earns its points and one that misses them. */
class MeasurementTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Metric metric(Measurement kind, List<String> fields, Map<String, Object> params) {
        return new Metric("m", new LocalizedText("คำสำคัญ", "keyword"), 30, kind, fields, null, Level.DATASET, Count.SHARE,
                params, Map.of(), Criterion.PUBLISHED, "");
    }

    /** th-gdc's reading of Buddhist-era years, as its profile.yaml declares it. */
    static final io.github.govmeta.core.finding.BuddhistEra TH_GDC_ERA =
            new io.github.govmeta.core.profile.ProfileRepository().bundled("th-gdc").buddhistEra();

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static Measurement.Evidence evidence(List<Finding> findings, LocalDate today) {
        return new Measurement.Evidence() {
            @Override public List<Finding> findings() { return findings; }
            @Override public Set<String> ruleIds() { return Set.of("GDC-REQ-title", "GDC-ERA-year_of_data"); }
            @Override public List<String> vocabulary(String name) { return List.of("Open Data Common", "อื่นๆ"); }
            @Override public List<String> list(String name) { return List.of("CSV", "JSON", "XLSX"); }
            @Override public LocalDate today() { return today; }
            @Override public io.github.govmeta.core.finding.BuddhistEra era() { return TH_GDC_ERA; }
        };
    }

    private static Outcome measure(Metric m, String record) {
        return m.kind().measure(m, json(record), evidence(List.of(), LocalDate.of(2025, 1, 15)));
    }

    @Test
    void presentEarnsPerFieldGivenAndSaysWhatIsMissing() {
        Metric tags = metric(Measurement.PRESENT, List.of("tags"), Map.of());
        assertThat(measure(tags, "{\"tags\": [{\"name\": \"ท่องเที่ยว\"}]}").share()).isEqualTo(1);
        Outcome none = measure(tags, "{\"tags\": [], \"title\": \"สถิตินักท่องเที่ยว\"}");
        assertThat(none.share()).isZero();
        assertThat(none.why()).isEqualTo(new LocalizedText("ไม่มีคำสำคัญ", "no keyword"));
        Outcome half = measure(metric(Measurement.PRESENT, List.of("title", "notes"), Map.of()), "{\"title\": \"ทะเบียนโรงแรม\", \"notes\": \"  \"}");
        assertThat(half.share()).isEqualTo(0.5);
        assertThat(half.why().en()).isEqualTo("keyword: 1 of 2 fields (missing notes)");
        Outcome any = measure(metric(Measurement.PRESENT, List.of("maintainer", "maintainer_email"), Map.of("match", "any")),
                "{\"maintainer_email\": \"research@tat.or.th\"}");
        assertThat(any.share()).isEqualTo(1);
    }

    @Test
    void noFindingsCountsOnlyTheNamedRulesAtTheLevelAndIsLeftOutWithoutSuchRules() {
        Metric era = metric(Measurement.NO_FINDINGS, List.of(), Map.of("rules", List.of("GDC-ERA-*"), "severity", "info"));
        Finding warning = new Finding("GDC-ERA-year_of_data", Severity.WARNING, new LocalizedText("ปีผสม", "mixed eras"),
                new Location("a.json", 3, 5, "/first_year_of_data"), "nso-labour", "2566", "", Map.of());
        Finding other = new Finding("GDC-REQ-title", Severity.ERROR, new LocalizedText("ไม่มีชื่อ", "no title"),
                new Location("a.json", 1, 1, ""), "nso-labour", null, "", Map.of());
        LocalDate day = LocalDate.of(2025, 1, 15);
        assertThat(era.kind().measure(era, json("{}"), evidence(List.of(other), day)).share()).isEqualTo(1);
        Outcome missed = era.kind().measure(era, json("{}"), evidence(List.of(warning, other), day));
        assertThat(missed.share()).isZero();
        assertThat(missed.why().en()).isEqualTo("1 rule(s) failed (GDC-ERA-year_of_data)");
        Metric errorsOnly = metric(Measurement.NO_FINDINGS, List.of(), Map.of("severity", "error"));
        assertThat(errorsOnly.kind().measure(errorsOnly, json("{}"), evidence(List.of(warning), day)).share()).isEqualTo(1);
        Metric governance = metric(Measurement.NO_FINDINGS, List.of(), Map.of("rules", List.of("GOV-DISCLOSURE-*")));
        assertThat(governance.kind().measure(governance, json("{}"), evidence(List.of(), day)).applies()).isFalse();
    }

    @Test
    void inVocabularyRefusesValuesOutsideTheListAndTheExceptions() {
        Metric licence = metric(Measurement.IN_VOCABULARY, List.of("license_id"), Map.of("vocabulary", "license_id", "except", List.of("อื่นๆ")));
        assertThat(measure(licence, "{\"license_id\": \"Open Data Common\"}").share()).isEqualTo(1);
        assertThat(measure(licence, "{\"license_id\": \"อื่นๆ\"}").share()).isZero();
        assertThat(measure(licence, "{\"license_id\": \"MIT\"}").why().en()).isEqualTo("not keyword: MIT");
        assertThat(measure(licence, "{}").why().en()).isEqualTo("no license_id");
    }

    @Test
    void inListIgnoresCaseAndALeadingDot() {
        Metric machine = metric(Measurement.IN_LIST, List.of("format"), Map.of("list", "machine-readable"));
        assertThat(measure(machine, "{\"format\": \".xlsx\"}").share()).isEqualTo(1);
        assertThat(measure(machine, "{\"format\": \"PDF\"}").share()).isZero();
    }

    @Test
    void matchesLooksForThePatternInTheText() {
        Metric english = metric(Measurement.MATCHES, List.of("title"), Map.of("pattern", "[A-Za-z]{3,}"));
        assertThat(measure(english, "{\"title\": \"สถิติการท่องเที่ยว (Tourism Statistics)\"}").share()).isEqualTo(1);
        assertThat(measure(english, "{\"title\": \"สถิติการท่องเที่ยว พ.ศ. 2566\"}").share()).isZero();
    }

    @Test
    void formatMatchesUrlComparesTheExtensionAndIsLeftOutWithoutOne() {
        Metric m = metric(Measurement.FORMAT_MATCHES_URL, List.of("format", "url"), Map.of("aliases", List.of(List.of("JPEG", "JPG"))));
        assertThat(measure(m, "{\"format\": \"CSV\", \"url\": \"https://data.bangkok.go.th/files/flood.csv?v=2\"}").share()).isEqualTo(1);
        assertThat(measure(m, "{\"format\": \"JPEG\", \"url\": \"https://data.go.th/map.JPG\"}").share()).isEqualTo(1);
        Outcome wrong = measure(m, "{\"format\": \"CSV\", \"url\": \"https://data.tat.or.th/files/arrivals.xlsx\"}");
        assertThat(wrong.share()).isZero();
        assertThat(wrong.why().en()).isEqualTo("format CSV but the URL ends in .xlsx");
        assertThat(measure(m, "{\"format\": \"API\", \"url\": \"https://api.data.go.th/v1/\"}").applies()).isFalse();
    }

    @Test
    void urlAnswersIsAlwaysLeftOutAsScoringDoesNotUseTheNetwork() {
        Metric m = metric(Measurement.URL_ANSWERS, List.of("url"), Map.of());
        Outcome o = measure(m, "{\"url\": \"https://data.go.th/\"}");
        assertThat(o.applies()).isFalse();
        assertThat(o.why()).isEqualTo(Measurement.NOT_CHECKED);
    }
}
