package io.github.govmeta.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.report.Renderers;
import io.github.govmeta.core.report.ReportTarget;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data management policy profile (th-gdc-policy) through the facade, as the command line and the
 * Maven goal run it: personal identifiers masked in every report, the catalog-wide rules over files and
 * far-apart records, the publish gate, and the agency's own policy from {@code .govmeta.yaml}.
 */
class PolicyProfileTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path BASE = TestRecords.ROOT.resolve("schemas/th-gdc-policy/1.0.0/tests/base");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String NATIONAL_ID = "1-1037-02071-81-1";
    private static final String MOBILE = "081-234-5678";
    private static final String WEBMAIL = "somchai.dlt@gmail.com";

    @TempDir
    Path dir;

    private static ObjectNode base(String name) throws Exception {
        return (ObjectNode) JSON.readTree(BASE.resolve(name + ".json").toFile());
    }

    private ValidationRequest.Builder request(String... inputs) {
        return ValidationRequest.builder(dir).noConfig(true).timing(false).profile("th-gdc-policy").today(TODAY)
                .inputs(List.of(inputs));
    }

    private record Run(ValidationResult result, List<Finding> findings) {}

    private static Run run(ValidationRequest.Builder request) {
        List<Finding> findings = new ArrayList<>();
        ValidationResult result = Govmeta.validate(request.listener(findings::add).build());
        return new Run(result, findings);
    }

    /** A public dataset whose title, description and contact give a person's identifiers away. */
    private ObjectNode leaking() throws Exception {
        ObjectNode d = base("public");
        d.put("title", "สถิติรถจดทะเบียนใหม่รายจังหวัด (ผู้ประสานงาน " + NATIONAL_ID + ")");
        d.put("notes", d.get("notes").asString() + " สอบถามเพิ่มเติม คุณศิริพร โทร " + MOBILE);
        d.put("maintainer_email", WEBMAIL);
        return d;
    }

    @Test
    void personalIdentifiersInPublicMetadataAreWarnedAtTheirPlaceAndMaskedInEveryReport() throws Exception {
        Files.writeString(dir.resolve("leak.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(leaking()));
        ValidationRequest.Builder request = request("leak.json").lang("en");
        Map<String, StringWriter> outputs = new TreeMap<>();
        for (String format : Renderers.names()) {
            StringWriter w = new StringWriter();
            outputs.put(format, w);
            request.output(new ValidationRequest.StreamReport(format, w, false));
            request.report(new ReportTarget(format, Path.of("reports/leak." + format)));
        }
        Run run = run(request);

        assertThat(run.findings()).extracting(f -> f.ruleId() + " " + f.location().display() + " " + f.location().pointer() + " " + f.value())
                .containsExactly(
                        "POL-LEAK-national-id leak.json:5:3 /title x-xxxx-xxxxx-81-1",
                        "POL-LEAK-webmail leak.json:8:3 /maintainer_email sxxxxxx.xxx@gmail.com",
                        "POL-LEAK-mobile leak.json:16:3 /notes xxx-xxx-xx78");
        assertThat(run.findings()).allSatisfy(f -> assertThat(f.severity().id()).isEqualTo("warning"));
        assertThat(run.findings().get(0).message().en())
                .isEqualTo("A Thai national ID number 'x-xxxx-xxxxx-81-1' is in title of a public dataset; remove it");
        assertThat(outputs).hasSize(Renderers.names().size());
        for (String format : Renderers.names()) {
            String stream = outputs.get(format).toString();
            String file = Files.readString(dir.resolve("reports/leak." + format));
            for (String report : List.of(stream, file)) {
                assertThat(report).as(format).isNotBlank()
                        .doesNotContain(NATIONAL_ID, "1103702071811", MOBILE, "0812345678", "somchai.dlt")
                        .contains("x-xxxx-xxxxx-81-1", "xxx-xxx-xx78", "sxxxxxx.xxx@gmail.com");
            }
        }
        // the dataset's title, which JUnit and HTML show beside its findings, is masked there too
        assertThat(outputs.get("junit").toString()).contains("(ผู้ประสานงาน x-xxxx-xxxxx-81-1)");
        assertThat(outputs.get("html").toString()).contains("(ผู้ประสานงาน x-xxxx-xxxxx-81-1)")
                .contains("<p class=\"counts tally\">Classification: public 1</p>");
        // the counts per classification level in the summary
        assertThat(outputs.get("text").toString()).endsWith("PASSED  1 files, 1 datasets: 0 errors, 3 warnings, 0 infos\n"
                + "  Classification: public 1\n");
        JsonNode summary = JSON.readTree(outputs.get("json").toString()).get("summary");
        assertThat(summary.get("tallies").toString())
                .isEqualTo("[{\"title\":{\"th\":\"ระดับชั้นข้อมูล\",\"en\":\"Classification\"},\"counts\":{\"public\":1}}]");
    }

    @Test
    void theSameIdentifiersInAConfidentialDatasetAreNotPublicMetadata() throws Exception {
        ObjectNode d = base("personal");
        d.put("notes", "ตัวอย่างระเบียน " + NATIONAL_ID + " โทร " + MOBILE);
        Files.writeString(dir.resolve("personal.json"), d.toString());
        assertThat(run(request("personal.json")).findings()).isEmpty();
    }

    @Test
    void duplicatesFarApartInADumpAndAcrossFilesAreReportedAtEveryRecordInvolved() throws Exception {
        ObjectNode first = base("public");
        List<JsonNode> dump = new ArrayList<>();
        dump.add(first);
        for (int i = 1; i < 199; i++) {
            ObjectNode d = base("public");
            d.put("name", "dlt-vehicle-stat-" + i);
            d.put("id", "00000000-0000-4000-8000-" + String.format("%012d", i));
            d.put("title", "สถิติรถจดทะเบียนใหม่ จังหวัดที่ " + i);
            dump.add(d);
        }
        ObjectNode last = base("public");
        last.put("id", "00000000-0000-4000-8000-999999999999");
        last.put("title", "สถิติรถจดทะเบียนใหม่รายจังหวัด ฉบับปรับปรุง");
        dump.add(last);                                     // the 200th record has the first one's name
        Files.writeString(dir.resolve("dump.json"), JSON.writeValueAsString(dump));
        ObjectNode other = base("personal");
        other.put("id", first.get("id").asString());          // another file has the first one's id
        Files.writeString(dir.resolve("nhso.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(other));

        Run run = run(request("dump.json", "nhso.json").lang("en"));

        assertThat(run.result().status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.findings()).extracting(f -> f.ruleId() + " " + f.location().display() + " " + f.dataset())
                .containsExactly(
                        "POL-CATALOG-duplicate-name dump.json:1:3 dlt-new-vehicle-registrations",
                        "POL-CATALOG-duplicate-id dump.json:1:42 dlt-new-vehicle-registrations",
                        "POL-CATALOG-duplicate-name dump.json:1:" + lastRecordColumn(dump) + " dlt-new-vehicle-registrations",
                        "POL-CATALOG-duplicate-id nhso.json:3:3 nhso-ckd-patient-registry");
        assertThat(run.findings().get(0).message().en()).isEqualTo("The dataset name (name) 'dlt-new-vehicle-registrations' is used by "
                + "another dataset of the catalog (2 datasets: dump.json:1:" + lastRecordColumn(dump) + " dlt-new-vehicle-registrations)");
        assertThat(run.findings().get(2).message().en()).contains("(2 datasets: dump.json:1:3 dlt-new-vehicle-registrations)");
        assertThat(run.findings().get(3).message().en()).contains("(2 datasets: dump.json:1:42 dlt-new-vehicle-registrations)");
        assertThat(run.result().stats().records()).isEqualTo(201);
        assertThat(run.result().stats().tallies()).singleElement()
                .satisfies(t -> assertThat(t.counts()).containsExactly(Map.entry("first_trusted", 1), Map.entry("public", 200)));
    }

    /** The column of the last record's {@code name} key in a dump written on one line. */
    private static int lastRecordColumn(List<JsonNode> dump) {
        String text = JSON.writeValueAsString(dump);
        return column(text, text.lastIndexOf("{\"name\":\"dlt-new-vehicle-registrations\"") + 1);
    }

    /** The column govmeta gives the character at {@code index} of a line: UTF-8 bytes before it, plus one. */
    private static int column(String line, int index) {
        return line.substring(0, index).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
    }

    @Test
    void anOrganisationWithoutAStewardAndTheSameTitleTwiceInIt() throws Exception {
        ObjectNode a = base("public");
        a.remove("data_steward");
        ObjectNode b = base("public");
        b.remove("data_steward");
        b.put("name", "dlt-new-vehicle-registrations-copy");
        b.put("id", "11111111-2222-4333-8444-555555555555");
        b.put("title", " สถิติรถจดทะเบียนใหม่รายจังหวัด");
        Files.writeString(dir.resolve("a.jsonl"), a + "\n" + b + "\n");

        Run run = run(request("a.jsonl").lang("en"));

        assertThat(run.findings()).extracting(f -> f.ruleId() + " " + f.location().display()).containsExactly(
                "POL-ROLE-data_steward a.jsonl:1:1", "POL-ROLE-data_steward a.jsonl:2:1",
                "POL-CATALOG-duplicate-title a.jsonl:1:" + column(a.toString(), a.toString().indexOf("\"title\":")),
                "POL-CATALOG-org-steward a.jsonl:1:" + column(a.toString(), a.toString().indexOf("\"owner_org\":")),
                "POL-CATALOG-duplicate-title a.jsonl:2:" + column(b.toString(), b.toString().indexOf("\"title\":")));
        assertThat(run.findings().get(3).message().en()).isEqualTo("No dataset of organisation dlt names a data steward (data_steward) (2 datasets)");
        assertThat(run.findings().get(4).message().en()).isEqualTo("The title (title) ' สถิติรถจดทะเบียนใหม่รายจังหวัด' is used twice in "
                + "organisation dlt (2 datasets: a.jsonl:1:" + column(a.toString(), a.toString().indexOf("\"title\":"))
                + " dlt-new-vehicle-registrations); the datasets may duplicate each other");
    }

    @Test
    void thePublishGateFailsEveryDatasetThatIsNotPublicInAMixedCatalog() throws Exception {
        ObjectNode internal = base("public");
        internal.put("name", "dlt-driving-licence-offices");
        internal.put("id", "22222222-3333-4444-8555-666666666666");
        internal.put("title", "ทำเนียบสำนักงานขนส่งจังหวัด");
        internal.put("data_category", "ข้อมูลใช้ภายใน");
        internal.put("license_id", "License not specified");
        internal.remove("disclosure");
        internal.put("data_classification", "เผยแพร่ภายในองค์กร");
        Files.writeString(dir.resolve("catalog.jsonl"), base("public") + "\n" + base("personal") + "\n" + internal + "\n");

        Run plain = run(request("catalog.jsonl"));
        assertThat(plain.result().status()).isEqualTo(ExitStatus.OK);
        assertThat(plain.findings()).isEmpty();

        Run gate = run(request("catalog.jsonl").target("public").lang("en"));
        assertThat(gate.result().status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(gate.findings()).extracting(f -> f.ruleId() + " " + f.location().line() + " " + f.location().pointer() + " " + f.value())
                .containsExactly("POL-PUBLISH-not-public 2 /data_classification ลับ",
                        "POL-PUBLISH-not-public 3 /data_classification เผยแพร่ภายในองค์กร");
        // the level as the file spells it, though the rule reads it as the code first_trusted
        assertThat(gate.findings().get(0).message().en())
                .isEqualTo("This dataset is classified 'ลับ' and cannot be published (levels that may be published: public)");

        // an agency that publishes internal data too says so in its policy
        Files.writeString(dir.resolve(".govmeta.yaml"), "policy:\n  publicLevels: [public, registered]\n");
        Run agency = run(ValidationRequest.builder(dir).timing(false).profile("th-gdc-policy").today(TODAY)
                .inputs(List.of("catalog.jsonl")).target("public").listener(new ArrayList<Finding>()::add));
        assertThat(agency.findings()).extracting(f -> f.location().line()).containsExactly(2);
    }

    @Test
    void aTargetTheProfileDoesNotKnowIsAUsageError() {
        ValidationResult result = Govmeta.validate(request().target("intranet").build());
        assertThat(result.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.problems()).singleElement().asString()
                .isEqualTo("target: profile th-gdc-policy@1.0.0 has no export target 'intranet' (expected public)");
        ValidationResult base = Govmeta.validate(request().profile("th-gdc").target("public").build());
        assertThat(base.problems()).singleElement().asString().contains("has no export target 'public' (it has none");
    }

    @Test
    void theAgencysPolicyFromGovmetaYaml() throws Exception {
        Files.writeString(dir.resolve(".govmeta.yaml"), """
                profile: th-gdc-policy
                policy:
                  reviewPeriodMonths: 5
                  contactDomains: ["*.go.th"]
                  requiredRoles: [data_custodian]
                """);
        ObjectNode d = base("public");
        d.put("data_owner_email", "planning@dlt-outsource.co.th");
        Files.writeString(dir.resolve("dlt.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(d));
        List<Finding> findings = new ArrayList<>();
        ValidationResult result = Govmeta.validate(ValidationRequest.builder(dir).timing(false).today(TODAY).lang("en")
                .inputs(List.of("dlt.json")).listener(findings::add).build());

        assertThat(result.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(findings).extracting(f -> f.ruleId() + " " + f.location().pointer())
                .containsExactly("POL-ROLE-extra /data_custodian", "POL-REVIEW-overdue /classification_review_date",
                        "POL-CONTACT-domain /data_owner_email");
        // the rule's mask: the domain is shown, the person's part of the address is not
        assertThat(findings.get(2).value()).isEqualTo("pxxxxxxx@dlt-outsource.co.th");
        assertThat(findings.get(1).message().en()).isEqualTo("The classification was last reviewed on 2026-06-15, longer ago "
                + "than the policy's review period of 5 months (due 2026-11-15)");
    }
}
