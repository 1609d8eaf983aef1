package io.github.govmeta.core;

import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.engine.ValidatorConfig;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.input.InputSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers shared by the core tests. */
public final class TestRecords {
    /** The repository root (tests run in validator-core/). */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private TestRecords() {}

    /** Runs a validator on in-memory sources and returns every finding in order, plus the stats. */
    public static Run run(GovmetaValidator validator, Map<String, String> files) {
        List<InputSource> sources = new ArrayList<>();
        files.forEach((name, text) -> sources.add(new InputSource(name, InputSource.formatOf(name),
                () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))));
        return run(validator, sources);
    }

    public static Run run(GovmetaValidator validator, List<InputSource> sources) {
        List<Finding> findings = new ArrayList<>();
        RunStats stats = validator.run(sources, findings::add);
        return new Run(findings, stats);
    }

    public static GovmetaValidator validator(String profile) {
        return GovmetaValidator.create(ValidatorConfig.builder().profile(profile).build());
    }

    /** The small engine-test profile in {@code src/test/resources/profiles/mini}. */
    public static final Path MINI = Path.of("src/test/resources/profiles/mini").toAbsolutePath();

    public static GovmetaValidator mini(java.util.function.Consumer<ValidatorConfig.Builder> customize) {
        ValidatorConfig.Builder b = ValidatorConfig.builder().profileDirectory(MINI);
        customize.accept(b);
        return GovmetaValidator.create(b.build());
    }

    public record Run(List<Finding> findings, RunStats stats) {
        public List<String> ruleIds() {
            return findings.stream().map(Finding::ruleId).toList();
        }
    }

}
