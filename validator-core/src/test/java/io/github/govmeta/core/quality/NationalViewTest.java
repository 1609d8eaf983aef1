package io.github.govmeta.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.finding.Lang;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The national view of the bundled examples: one agency per CKAN organization, the same numbers in HTML, CSV and JSON. */
class NationalViewTest {
    @TempDir
    Path dir;

    private static Scoring.Outcome examples(String... inputs) {
        return Scoring.score(ValidationRequest.builder(TestRecords.ROOT).noConfig(true).timing(false).today(LocalDate.of(2025, 1, 15))
                .inputs(List.of(inputs)).build());
    }

    @Test
    void agenciesAreOrganizationsWithTheirNumbers() {
        Scoring.Outcome o = examples("examples/valid", "examples/invalid", "examples/dumps");
        NationalView view = o.national();
        assertThat(view.agencies().stream().mapToInt(NationalView.Agency::datasets).sum()).isEqualTo(o.report().datasets().size());
        NationalView.Agency bma = view.agencies().get(0);
        assertThat(bma.id()).isEqualTo("bma");
        assertThat(bma.datasets()).isEqualTo(10); // 8 in the dump, flood monitoring, CCTV locations
        long bmaScores = o.report().datasets().stream().filter(s -> s.source().contains("bma") || s.dataset().startsWith("bma-")).count();
        assertThat(bmaScores).isEqualTo(10);
        double mean = o.report().datasets().stream().filter(s -> s.dataset().startsWith("bma-"))
                .mapToDouble(s -> s.models().get(0).total()).average().orElseThrow();
        assertThat(bma.means().get(0)).isCloseTo(mean, within(1e-9));
        assertThat(bma.topRules()).extracting(NationalView.RuleCount::rule).contains("GDC-ORDER-dates");
        NationalView.Agency nso = view.agencies().stream().filter(a -> a.id().equals("nso")).findFirst().orElseThrow();
        assertThat(nso.name()).isEqualTo("สำนักงานสถิติแห่งชาติ"); // organization.title of the package_search dump
        NationalView.Agency tat = view.agencies().stream().filter(a -> a.id().equals("tat")).findFirst().orElseThrow();
        assertThat(tat.passing()).isEqualTo(1);
        assertThat(tat.topRules()).isEmpty();
        NationalView.Agency fda = view.agencies().stream().filter(a -> a.id().equals("fda")).findFirst().orElseThrow();
        assertThat(fda.passing()).isZero();
        assertThat(fda.topRules()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("GDC-FORMAT-maintainer_email");
            assertThat(r.title().th()).isNotBlank();
        });
    }

    @Test
    void aDatasetWithoutOrganizationBelongsToItsFile() throws Exception {
        Path file = dir.resolve("agency-a.jsonl");
        String line = Files.readAllLines(TestRecords.ROOT.resolve("examples/dumps/catalog-bma.jsonl")).get(0).replace("\"owner_org\": \"bma\", ", "");
        Files.writeString(file, line + "\n");
        Scoring.Outcome o = Scoring.score(ValidationRequest.builder(dir).noConfig(true).timing(false).today(LocalDate.of(2025, 1, 15))
                .inputs(List.of("agency-a.jsonl")).build());
        assertThat(o.national().agencies()).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo("agency-a.jsonl"));
    }

    @Test
    void theSameNumbersInEveryFormat() throws Exception {
        NationalView view = examples("examples").national();
        List<Path> files = NationalViewWriter.write(view, Lang.EN, dir.resolve("out"));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("national.html", "national.csv", "national.json");
        try (var left = Files.list(dir.resolve("out"))) {
            assertThat(left).hasSize(3);
        }
        List<String> csv = Files.readAllLines(files.get(1));
        assertThat(csv.get(0)).startsWith("agency,name,datasets,passing,passShare,thai.mean,thai.accuracy-completeness").endsWith(",topRules");
        assertThat(csv).hasSize(view.agencies().size() + 1);
        NationalView.Agency first = view.agencies().get(0);
        assertThat(csv.get(1)).startsWith(first.id() + "," + first.name() + "," + first.datasets() + "," + first.passing() + ",");
        JsonNode json = JsonMapper.builder().build().readTree(files.get(2).toFile());
        assertThat(json.path("nationalViewVersion").asString()).isEqualTo("1");
        assertThat(json.path("agencies")).hasSize(view.agencies().size());
        JsonNode a = json.path("agencies").get(0);
        assertThat(a.path("datasets").asInt()).isEqualTo(first.datasets());
        assertThat(a.path("scores").path("thai").path("mean").asDouble()).isCloseTo(first.means().get(0), within(0.006));
        assertThat(a.path("scores").path("mqa").path("dimensions").has("accessibility")).isTrue();
        String html = Files.readString(files.get(0));
        assertThat(html).contains("<table id=\"agencies\">").contains("<svg id=\"chart-score\"").contains("<svg id=\"chart-pass\"")
                .contains("data-agency=\"" + first.id() + "\"").doesNotContain("src=").doesNotContain("href=").doesNotContain("<link");
        StringWriter th = new StringWriter();
        NationalViewWriter.html(view, Lang.TH, th);
        assertThat(th.toString()).contains("ภาพรวมคุณภาพคำอธิบายข้อมูลรายหน่วยงาน").contains("สำนักงานสถิติแห่งชาติ");
    }
}
