package io.github.govmeta.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.profile.ProfileException;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine end to end on the small test profile: attribution, messages, locations, the gate. */
class GovmetaValidatorTest {

    private final GovmetaValidator validator = TestRecords.mini(b -> { });

    @Test
    void findingsCarryRuleMessageLocationPointerAndClause() {
        TestRecords.Run run = TestRecords.run(validator, Map.of("d.json", """
                {
                  "name": "tourist-arrivals",
                  "notes": "จำนวนนักท่องเที่ยว",
                  "objective": "[\\"พันธกิจหน่วยงาน\\", \\"รายงานผู้บริหาร\\"]",
                  "created_date": "2024-05-01",
                  "last_updated_date": "2567-03-01"
                }
                """));
        assertThat(run.ruleIds()).containsExactly("MINI-REQ-title", "MINI-VOCAB-objective",
                "MINI-DATE-BE-last_updated_date");
        Finding title = run.findings().get(0);
        assertThat(title.message().th()).isEqualTo("ต้องระบุชื่อชุดข้อมูล (title)");
        assertThat(title.location().pointer()).isEqualTo("/title");
        assertThat(title.location().line()).isEqualTo(1);
        assertThat(title.dataset()).isEqualTo("tourist-arrivals");
        assertThat(title.clause()).isEqualTo("test clause: title");
        Finding vocab = run.findings().get(1);
        assertThat(vocab.location().pointer()).isEqualTo("/objective");
        assertThat(vocab.location().line()).isEqualTo(4);
        assertThat(vocab.message().en()).isEqualTo(
                "Objective 'รายงานผู้บริหาร' is not one of: พันธกิจหน่วยงาน, ยุทธศาสตร์ชาติ, อื่นๆ");
        Finding era = run.findings().get(2);
        assertThat(era.message().en()).isEqualTo("'2567-03-01' has a B.E. year; use 2024-03-01");
        assertThat(era.location().line()).isEqualTo(6);
        assertThat(era.location().column()).isEqualTo(3);
        assertThat(run.stats().failed()).isTrue();
    }

    @Test
    void compareKeywordReportsAtTheRightHandField() {
        TestRecords.Run run = TestRecords.run(validator, Map.of("d.json",
                "{\"title\": \"ก\", \"notes\": \"ข\", \"created_date\": \"2024-05-01\",\n \"last_updated_date\": \"2024-01-01\"}"));
        assertThat(run.ruleIds()).containsExactly("MINI-ORDER-dates");
        assertThat(run.findings().get(0).location().pointer()).isEqualTo("/last_updated_date");
        assertThat(run.findings().get(0).location().line()).isEqualTo(2);
        assertThat(run.findings().get(0).message().en()).isEqualTo("last_updated_date must not be before created_date");
    }

    @Test
    void tagStringFindingsPointAtTagString() {
        TestRecords.Run run = TestRecords.run(validator, Map.of("d.json",
                "{\"title\": \"ก\", \"notes\": \"ข\",\n \"tag_string\": \"สถิติ, x\"}"));
        assertThat(run.ruleIds()).containsExactly("MINI-FORMAT-tags");
        assertThat(run.findings().get(0).location().pointer()).isEqualTo("/tag_string");
        assertThat(run.findings().get(0).location().line()).isEqualTo(2);
    }

    @Test
    void emptyStringsCountAsMissingLikeCkanAndArePointedAt() {
        TestRecords.Run run = TestRecords.run(validator, Map.of("d.json", "{\"notes\": \"ข\",\n  \"title\": \"\"}"));
        assertThat(run.ruleIds()).containsExactly("MINI-REQ-title");
        assertThat(run.findings().get(0).location().line()).isEqualTo(2);
        assertThat(run.findings().get(0).location().column()).isEqualTo(3);
    }

    @Test
    void badFilesDoNotStopTheRun() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a-broken.json", "{\"title\": ");
        files.put("b-good.json", "{\"title\": \"ก\", \"notes\": \"ข\"}");
        files.put("c-bad.json", "{\"notes\": \"ข\"}");
        TestRecords.Run run = TestRecords.run(validator, files);
        assertThat(run.ruleIds()).containsExactly("GOVMETA-INPUT-SYNTAX", "MINI-REQ-title");
        assertThat(run.stats().sources()).isEqualTo(3);
        assertThat(run.stats().records()).isEqualTo(2);
    }

    @Test
    void gateFollowsTheFailLevel() {
        String warningOnly = "{\"title\": \"ก\"}";
        assertThat(TestRecords.run(validator, Map.of("d.json", warningOnly)).stats().failed()).isFalse();
        GovmetaValidator strict = TestRecords.mini(b -> b.failOn("warning"));
        assertThat(TestRecords.run(strict, Map.of("d.json", warningOnly)).stats().failed()).isTrue();
        GovmetaValidator never = TestRecords.mini(b -> b.failOn("none"));
        assertThat(TestRecords.run(never, Map.of("d.json", "{}")).stats().failed()).isFalse();
        assertThat(TestRecords.run(never, Map.of("d.json", "{}")).stats().errors()).isEqualTo(1);
    }

    @Test
    void defaultsAreProfileThGdcFailOnErrorAndThai() {
        ValidatorConfig c = ValidatorConfig.builder().build();
        assertThat(c.profile()).isEqualTo("th-gdc");
        assertThat(c.failOn()).isEqualTo(Severity.ERROR);
        assertThat(c.lang()).isEqualTo(Lang.TH);
    }

    @Test
    void unknownProfileNamesTheInstalledOnes() {
        assertThatThrownBy(() -> GovmetaValidator.create(ValidatorConfig.builder().profile("th-gdx").build()))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("no profile 'th-gdx'")
                .hasMessageContaining("th-gdc@");
    }

    @Test
    void remoteRefIsNeverFetched(@TempDir Path dir) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"type\": \"object\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            for (String f : new String[] {"profile.yaml", "rules.yaml", "vocab.schema.json"}) {
                Files.copy(TestRecords.MINI.resolve(f), dir.resolve(f));
            }
            String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/remote.schema.json";
            Files.writeString(dir.resolve("dataset.schema.json"), """
                    {"$schema": "https://json-schema.org/draft/2020-12/schema",
                     "$id": "https://govmeta.github.io/schemas/mini/0.1.0/dataset.schema.json",
                     "$ref": "%s"}
                    """.formatted(remote));
            assertThatThrownBy(() -> GovmetaValidator.create(ValidatorConfig.builder().profileDirectory(dir).build()))
                    .isInstanceOf(ProfileException.class)
                    .hasMessageContaining(remote);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anEngineDefectKeepsItsCauseAndCostsOnlyItsSource() {
        IllegalStateException bug = new IllegalStateException("a defect in a reader");
        java.util.List<Throwable> defects = new java.util.ArrayList<>();
        java.util.List<Finding> findings = new java.util.ArrayList<>();
        io.github.govmeta.core.input.InputSource broken = new io.github.govmeta.core.input.InputSource("a.json", null, () -> {
            throw bug;
        });
        io.github.govmeta.core.input.InputSource fine = new io.github.govmeta.core.input.InputSource("b.json", null,
                () -> new java.io.ByteArrayInputStream("{\"title\": \"สถิติ\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        validator.run(java.util.List.of(broken, fine), java.util.List.of(), new io.github.govmeta.core.finding.FindingListener() {
            @Override public void onFinding(Finding f) { findings.add(f); }
            @Override public void engineDefect(String source, Throwable error) { defects.add(error); }
        }, validator.newPolicy(), null);
        assertThat(defects).containsExactly(bug);
        assertThat(findings).filteredOn(f -> f.location().source().equals("a.json")).extracting(Finding::ruleId)
                .containsExactly(GovmetaValidator.INTERNAL);
        assertThat(findings).anyMatch(f -> f.location().source().equals("b.json"));
    }
}
