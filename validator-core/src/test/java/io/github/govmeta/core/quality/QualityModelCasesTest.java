package io.github.govmeta.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.RecordSink;
import io.github.govmeta.core.input.SourceFormats;
import io.github.govmeta.core.input.SourceReader;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.quality.DatasetScore.MetricScore;
import io.github.govmeta.core.quality.DatasetScore.Status;
import io.github.govmeta.core.quality.QualityCases.Case;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The quality models' cases ({@code quality/tests.yaml} of th-gdc and th-gdc-governance), each scored by the real
 * scoring run ({@link Scoring#score}, an in-memory source) on the file's day: every metric gets the status (and
 * points) its case expects, and every metric of every model has a case that earns its points and one that
 * misses them, unless the file exempts it, with the reason.
 */
class QualityModelCasesTest {
    private static final Path ROOT = TestRecords.ROOT;
    /** The profiles with quality cases: each with the cases of its own folder. */
    private static final Map<String, Path> PROFILES = Map.of(
            "th-gdc@1.0.0", ROOT.resolve("schemas/th-gdc/1.0.0"),
            "th-gdc-governance@1.0.0", ROOT.resolve("schemas/th-gdc-governance/1.0.0"));

    private static JsonNode read(Path file, String format) {
        List<JsonNode> out = new ArrayList<>();
        new SourceReader(InputLimits.DEFAULT).read(InputSource.file(file, file.toString()), new RecordSink() {
            @Override
            public void record(SourceRecord record) {
                out.add(record.node());
            }

            @Override
            public void problem(InputProblem problem) {
                throw new AssertionError(file + ": " + problem);
            }
        });
        assertThat(out).as(file + " (" + format + ")").hasSize(1);
        return out.get(0);
    }

    private static QualityCases cases(Path folder) {
        QualityCases cases = QualityCases.read(read(folder.resolve(QualityCases.FILE), "yaml"), name -> {
            Path base = folder.resolve("tests/base/" + name + ".json");
            return Files.exists(base) ? Optional.of(read(base, "json")) : Optional.empty();
        });
        assertThat(cases.problems()).as(folder + "/" + QualityCases.FILE).isEmpty();
        return cases;
    }

    private static List<QualityModel> models(String profile) {
        return QualityModels.of(TestRecords.validator(profile).profile()).models();
    }

    /** The metric's score when the case's dataset alone is scored, as {@code govmeta score --today} scores it. */
    private static MetricScore score(String profile, QualityCases cases, Case c) {
        Scoring.Outcome o = Scoring.score(ValidationRequest.builder(ROOT).noConfig(true).noBaseline(true).timing(false)
                .profile(profile).today(cases.today())
                .source(c.source(), c.record().toString().getBytes(StandardCharsets.UTF_8)).build());
        assertThat(o.problems()).isEmpty();
        assertThat(o.report().datasets()).singleElement().extracting(DatasetScore::source).isEqualTo(c.source());
        return o.report().datasets().get(0).models().stream().filter(m -> m.model().id().equals(c.model()))
                .flatMap(m -> m.dimensions().stream()).flatMap(d -> d.metrics().stream())
                .filter(m -> m.metric().id().equals(c.metric())).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + c.metricRef() + " in the scores"));
    }

    @TestFactory
    Stream<DynamicContainer> everyCaseGetsTheStatusItExpects() {
        return new TreeMap<>(PROFILES).entrySet().stream().map(p -> {
            QualityCases cases = cases(p.getValue());
            assertThat(cases.runnable()).hasSameSizeAs(cases.cases()).isNotEmpty();
            return DynamicContainer.dynamicContainer(p.getKey(), cases.cases().stream().map(c ->
                    DynamicTest.dynamicTest(c.metricRef() + ": " + c.name() + " → " + QualityCases.expected(c), () -> {
                        MetricScore s = score(p.getKey(), cases, c);
                        assertThat(s.status()).as(c.metricRef() + " '" + c.name() + "': " + QualityCases.describe(s).en())
                                .isEqualTo(c.expect());
                        if (c.points() != null) {
                            assertThat(s.earned()).as(c.metricRef() + " '" + c.name() + "' points").isCloseTo(c.points(), within(1e-4));
                        }
                        assertThat(QualityCases.passes(c, s)).isTrue();
                    })));
        });
    }

    @Test
    void everyMetricOfEveryModelHasAnEarningAndAMissingCaseUnlessExemptWithAReason() {
        QualityCases base = cases(PROFILES.get("th-gdc@1.0.0"));
        QualityCases governance = cases(PROFILES.get("th-gdc-governance@1.0.0"));
        List<QualityModel> models = models("th-gdc@1.0.0");
        assertThat(models).extracting(QualityModel::id).containsExactly("thai", "mqa");
        int metrics = 0;
        for (QualityModel model : models) {
            for (QualityModel.Dimension d : model.dimensions()) {
                for (QualityModel.Metric m : d.metrics()) {
                    metrics++;
                    String ref = model.id() + "/" + m.id();
                    Set<Status> expected = EnumSet.noneOf(Status.class);
                    base.cases().stream().filter(c -> c.metricRef().equals(ref)).forEach(c -> expected.add(c.expect()));
                    String reason = base.exempt().getOrDefault(model.id(), Map.of()).get(m.id());
                    if (reason == null) {
                        assertThat(expected).as(ref + ": an earning and a missing case in th-gdc").contains(Status.EARNED, Status.MISSED);
                    } else {
                        assertThat(reason).as(ref + ": the reason it is exempt").isNotBlank();
                        assertThat(expected).as(ref + ": exempt, yet a case shows what it does").isNotEmpty();
                        // an exemption is true: in th-gdc the metric never both earns and misses
                        assertThat(expected).as(ref + ": exempt, yet it both earns and misses").doesNotContain(Status.EARNED);
                    }
                }
            }
        }
        assertThat(metrics).isEqualTo(44);
        // the one metric th-gdc can only leave out earns and misses under the extension whose rules it reads
        Set<Status> classification = EnumSet.noneOf(Status.class);
        governance.cases().stream().filter(c -> c.metricRef().equals("thai/category-classification")).forEach(c -> classification.add(c.expect()));
        assertThat(classification).contains(Status.EARNED, Status.MISSED);
        assertThat(models("th-gdc-governance@1.0.0")).extracting(QualityModel::id).containsExactly("thai", "mqa");
        // the file's own check agrees
        assertThat(base.check(models, true)).isEmpty();
        assertThat(governance.check(models, false)).isEmpty();
    }

    @Test
    void aMetricWithoutAMissingCaseOrACaseNamingAnUnknownMetricIsAProblem() {
        QualityCases all = cases(PROFILES.get("th-gdc@1.0.0"));
        List<Case> fewer = all.cases().stream().filter(c -> !(c.metricRef().equals("thai/keywords") && c.expect() == Status.MISSED))
                .toList();
        List<Case> wrong = new ArrayList<>(fewer);
        Case any = fewer.get(0);
        wrong.add(new Case("thai", "keyword", "misspelt", "/cases/thai/keyword/0", Status.EARNED, null, any.record()));
        QualityCases cases = new QualityCases(all.today(), all.base(), wrong, all.exempt(), List.of());
        assertThat(cases.check(models("th-gdc@1.0.0"), true)).extracting(p -> p.detail().en()).containsExactly(
                "model thai has no metric keyword",
                "metric thai/keywords needs at least one earned and one missed case in quality/tests.yaml, or its reason under exempt");
    }
}
