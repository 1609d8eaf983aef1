package io.github.govmeta.core.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The DCAT fixtures, one folder per dataset type ({@code src/test/resources/dcat-fixtures}, see its README):
 * a valid dataset of each type gives no finding, each invalid one exactly the rule ids its {@code # expect:}
 * line names; the approved file holds every finding as a reviewer reads it, in Thai and English.
 */
class DcatFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/dcat-fixtures").toAbsolutePath();
    private static final GovmetaValidator VALIDATOR = TestRecords.validator("th-gdc@1.0.0");

    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            return files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    private static List<Finding> findings(Path file) {
        return TestRecords.run(VALIDATOR, List.of(InputSource.file(file, DIR.relativize(file).toString()))).findings();
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureGivesTheRulesItExpects() throws IOException {
        List<Path> files = fixtures();
        assertThat(files.stream().map(p -> p.getParent().getFileName().toString()).distinct())
                .containsExactlyInAnyOrder("record", "statistics", "geospatial", "multi", "other");
        return files.stream().map(file -> DynamicTest.dynamicTest(DIR.relativize(file).toString(), () -> {
            String expectLine = Files.readAllLines(file).get(1);
            assertThat(expectLine).startsWith("# expect:");
            Set<String> expected = Arrays.stream(expectLine.substring("# expect:".length()).split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> actual = findings(file).stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
            assertThat(actual).isEqualTo(expected);
            assertThat(expected.isEmpty()).isEqualTo(file.getFileName().toString().startsWith("valid"));
        }));
    }

    @Test
    void findingsAsAReviewerReadsThem() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Path file : fixtures()) {
            out.append("== ").append(DIR.relativize(file)).append('\n');
            for (Finding f : findings(file)) {
                out.append(f.ruleId()).append(' ').append(f.severity()).append(' ').append(f.dataset())
                        .append(' ').append(f.location().pointer()).append(" value=").append(f.value()).append('\n')
                        .append("  th: ").append(f.message().th()).append('\n')
                        .append("  en: ").append(f.message().en()).append('\n')
                        .append("  focus: ").append(f.extras().get("focusNode"))
                        .append(" constraint: ").append(f.extras().get("constraint")).append('\n');
            }
        }
        Approvals.verify(out.toString());
    }
}
