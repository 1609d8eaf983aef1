package io.github.govmeta.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.quality.DatasetScore.DimensionScore;
import io.github.govmeta.core.quality.DatasetScore.MetricScore;
import io.github.govmeta.core.quality.DatasetScore.ModelScore;
import io.github.govmeta.core.quality.DatasetScore.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring as a listener of the facade's run, on the bundled examples: renormalisation, DCAT sources, model errors. */
class ScoringTest {
    private static final Path ROOT = TestRecords.ROOT;

    @TempDir
    Path dir;

    private static Scoring.Outcome score(Path workingDirectory, LocalDate today, String... inputs) {
        return Scoring.score(ValidationRequest.builder(workingDirectory).noConfig(true).timing(false).today(today)
                .inputs(List.of(inputs)).build());
    }

    private static ModelScore model(Scoring.Outcome o, int dataset, String id) {
        return o.report().datasets().get(dataset).models().stream().filter(m -> m.model().id().equals(id)).findFirst().orElseThrow();
    }

    private static DimensionScore dimension(ModelScore m, String id) {
        return m.dimensions().stream().filter(d -> d.dimension().id().equals(id)).findFirst().orElseThrow();
    }

    private static MetricScore metric(ModelScore m, String id) {
        return m.dimensions().stream().flatMap(d -> d.metrics().stream()).filter(x -> x.metric().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void metricsThatCannotApplyAreLeftOutAndTheirDimensionRenormalised() {
        // A statistics dataset updated monthly, scored a day after its last update: every metric that applies passes
        // but the categories (groups) and English-title ones; the geospatial and record metrics are left out.
        Scoring.Outcome o = score(ROOT, LocalDate.of(2024, 6, 29), "examples/valid/statistics-tat-international-arrivals.json");
        ModelScore thai = model(o, 0, "thai");
        assertThat(metric(thai, "geospatial-fields").status()).isEqualTo(Status.LEFT_OUT);
        assertThat(metric(thai, "record-fields").status()).isEqualTo(Status.LEFT_OUT);
        assertThat(metric(thai, "statistics-fields").status()).isEqualTo(Status.EARNED);
        DimensionScore accuracy = dimension(thai, "accuracy-completeness");
        assertThat(accuracy.score()).isEqualTo(30);
        assertThat(dimension(thai, "timeliness").score()).isEqualTo(20);
        assertThat(dimension(thai, "relevancy").score()).isCloseTo(10, within(1e-9));
        assertThat(thai.total()).isCloseTo(95, within(1e-9));
        assertThat(thai.renormalised()).isTrue();
        assertThat(thai.band().id()).isEqualTo("very-good");
        // fixing the categories earns 3 of the relevancy dimension's 15 points
        assertThat(metric(thai, "categories").gain()).isCloseTo(3, within(1e-9));
        assertThat(metric(thai, "categories").reason().en()).isEqualTo("no categories (groups)");
    }

    @Test
    void aDimensionWithNoMetricThatAppliesIsLeftOutAndTheTotalScaled() throws IOException {
        String tat = Files.readString(ROOT.resolve("examples/valid/statistics-tat-international-arrivals.json"));
        Files.writeString(dir.resolve("unknown-frequency.json"), tat.replace("\"update_frequency_unit\": \"เดือน\"", "\"update_frequency_unit\": \"ไม่ทราบ\""));
        ModelScore thai = model(score(dir, LocalDate.of(2024, 6, 29), "unknown-frequency.json"), 0, "thai");
        DimensionScore timeliness = dimension(thai, "timeliness");
        assertThat(timeliness.leftOut()).isTrue();
        assertThat(timeliness.metrics().get(0).reason().en()).isEqualTo("frequency 'ไม่ทราบ' sets no due date");
        // 75 of the 80 points that count, scaled to 100
        assertThat(thai.total()).isCloseTo(75 * 100.0 / 80, within(1e-9));
    }

    @Test
    void mqaReadsCkanFieldsThroughTheDcatMappingAndScoresUnstatableProperties0WithoutOfferingThemAsFixes() {
        ModelScore mqa = model(score(ROOT, LocalDate.of(2024, 6, 29), "examples/valid/statistics-tat-international-arrivals.json"), 0, "mqa");
        assertThat(metric(mqa, "keyword").status()).isEqualTo(Status.EARNED);
        assertThat(metric(mqa, "keyword").metric().fields()).containsExactly("tags");
        assertThat(metric(mqa, "contact-point").metric().fields()).containsExactly("maintainer", "maintainer_email");
        MetricScore theme = metric(mqa, "theme");
        assertThat(theme.status()).isEqualTo(Status.MISSED);
        assertThat(theme.fixable()).isFalse();
        assertThat(theme.reason().en()).isEqualTo("no CKAN field of this profile maps to dcat:theme");
        assertThat(metric(mqa, "access-url-status").status()).isEqualTo(Status.LEFT_OUT);
        // accessibility: only the download URL (20) counts without the network, and th-gdc maps none
        assertThat(dimension(mqa, "accessibility").score()).isZero();
        assertThat(mqa.model().maxPoints()).isEqualTo(405);
    }

    @Test
    void scoresTheRecordInTheCanonicalFormTheSchemasChecked() throws IOException {
        // tag_string and a JSON-encoded choice list, as the GD Catalog API stores them, read as tags and a list
        String tat = Files.readString(ROOT.resolve("examples/valid/statistics-tat-international-arrivals.json"));
        String stored = tat.replaceFirst("(?s)\"tags\": \\[.*?\\],", "\"tag_string\": \"ท่องเที่ยว, สถิติ\",")
                .replaceFirst("(?s)\"objective\": \\[.*?\\],", "\"objective\": \"[\\\\\"ยุทธศาสตร์ชาติ\\\\\"]\",");
        assertThat(stored).contains("\"tag_string\"").doesNotContain("\"tags\"");
        Files.writeString(dir.resolve("stored.json"), stored);
        ModelScore thai = model(score(dir, LocalDate.of(2024, 6, 29), "stored.json"), 0, "thai");
        assertThat(metric(thai, "keywords").status()).isEqualTo(Status.EARNED);
        assertThat(metric(thai, "objective").status()).isEqualTo(Status.EARNED);
        assertThat(metric(thai, "conformity").status()).isEqualTo(Status.EARNED);
    }

    @Test
    void dcatDatasetsAreScoredOnTheirDescriptionReadBackThroughTheMapping() {
        Scoring.Outcome o = score(ROOT, LocalDate.of(2025, 1, 15), "examples/dcat/valid-catalog.ttl");
        assertThat(o.done()).isTrue();
        assertThat(o.report().unscored()).isEmpty();
        assertThat(o.report().datasets()).isNotEmpty().allSatisfy(d -> assertThat(d.source()).isEqualTo("examples/dcat/valid-catalog.ttl"));
        ModelScore thai = model(o, 0, "thai");
        // the statistics fields are not in th-gdc's DCAT form: left out, not missed
        assertThat(metric(thai, "statistics-fields").status()).isEqualTo(Status.LEFT_OUT);
        assertThat(metric(thai, "statistics-fields").reason().en()).startsWith("the DCAT form has no first_year_of_data, last_year_of_data");
        assertThat(metric(thai, "keywords").status()).isEqualTo(Status.EARNED);
    }

    @Test
    void aCkanRecordAndItsDcatConversionGetTheSameMqaScoreAndTheThaiMetricsBothFormsCarry() throws IOException {
        GovmetaValidator validator = TestRecords.validator("th-gdc@1.0.0");
        List<InputSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("examples/valid"))) {
            files.sorted().forEach(f -> sources.add(InputSource.file(f, f.getFileName().toString())));
        }
        Graph all = GraphFactory.createDefaultGraph();
        validator.toDcat(sources, f -> { throw new AssertionError(f); }, g -> GraphUtil.addInto(all, g));
        Path ttl = dir.resolve("catalog.ttl");
        try (var out = Files.newOutputStream(ttl)) {
            RDFDataMgr.write(out, all, RDFFormat.TURTLE_PRETTY);
        }
        LocalDate today = LocalDate.of(2024, 6, 29);
        Scoring.Outcome ckan = score(ROOT, today, "examples/valid");
        Scoring.Outcome dcat = score(dir, today, "catalog.ttl");
        assertThat(dcat.report().datasets()).hasSameSizeAs(ckan.report().datasets()).hasSizeGreaterThan(5);
        Map<String, DatasetScore> byName = new HashMap<>();
        dcat.report().datasets().forEach(d -> byName.put(d.dataset(), d));
        for (DatasetScore c : ckan.report().datasets()) {
            DatasetScore d = byName.get(c.dataset());
            assertThat(d).as(c.dataset()).isNotNull();
            assertThat(d.iri()).isEqualTo(c.iri());
            for (ModelScore cm : c.models()) {
                ModelScore dm = d.models().stream().filter(m -> m.model().id().equals(cm.model().id())).findFirst().orElseThrow();
                for (DimensionScore cd : cm.dimensions()) {
                    for (MetricScore cx : cd.metrics()) {
                        MetricScore dx = metric(dm, cx.metric().id());
                        if (cm.model().id().equals("mqa") || dx.status() != Status.LEFT_OUT) {
                            assertThat(dx.status()).as(c.dataset() + " " + cm.model().id() + " " + cx.metric().id() + ": " + dx.reason().en())
                                    .isEqualTo(cx.status());
                            assertThat(dx.earned()).as(c.dataset() + " " + cx.metric().id()).isCloseTo(cx.earned(), within(1e-9));
                        }
                    }
                }
                if (cm.model().id().equals("mqa")) {
                    assertThat(dm.total()).as(c.dataset()).isCloseTo(cm.total(), within(1e-9));
                }
            }
        }
    }

    @Test
    void aWrongModelFileIsAProblemNamingFileDimensionAndMetric() throws IOException {
        Path profiles = dir.resolve("schemas/th-gdc/1.0.0");
        copy(ROOT.resolve("schemas/th-gdc/1.0.0"), profiles);
        copy(ROOT.resolve("shapes/th-gdc/1.0.0"), dir.resolve("shapes/th-gdc/1.0.0"));
        Path mqa = profiles.resolve("quality/mqa.yaml");
        Files.writeString(mqa, Files.readString(mqa).replace("{id: keyword, points: 30, kind: present,", "{id: keyword, points: 30, kind: presnt,"));
        Scoring.Outcome o = Scoring.score(ValidationRequest.builder(ROOT).noConfig(true).profileDirectory(profiles)
                .inputs(List.of("examples/valid")).build());
        assertThat(o.done()).isFalse();
        assertThat(o.problems()).singleElement().asString()
                .contains("mqa.yaml dimension findability metric keyword: unknown kind 'presnt' (expected one of present, no-findings");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
