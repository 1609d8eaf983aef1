package io.github.govmeta.core.config;

import io.github.govmeta.core.checks.AgencyPolicy;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.input.Position;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A team's {@code .govmeta.yaml}, read and checked. Every field is optional: null or empty means "not
 * set", so command-line flags and then profile defaults decide. Immutable.
 *
 * @param file             where it was read from (paths in it are relative to its folder)
 * @param profile          bundled profile, {@code id} or {@code id@version}
 * @param profileDirectory a profile folder
 * @param lang             message language
 * @param failOn           {@code error}, {@code warning}, {@code info} or {@code none}
 * @param include          globs of files to read in folders
 * @param exclude          globs of files to skip in folders
 * @param baseline         the baseline file
 * @param rules            rule id to {@code error|warning|info|off}
 * @param overrides        per-path rule settings, applied after {@code rules}, in order
 * @param suppressions     justified exceptions
 * @param positions        where values are written in the file, by JSON Pointer (for messages)
 * @param policy           the agency's data management policy ({@code policy:}), or {@link AgencyPolicy#NONE}
 * @param jsonldContexts   remote JSON-LD context IRIs mapped to local files ({@code jsonldContexts:}), the files
 *                         resolved against the file's folder
 */
public record GovmetaConfig(Path file, String profile, Path profileDirectory, Lang lang, String failOn,
                            List<String> include, List<String> exclude, Path baseline,
                            Map<String, String> rules, List<Override> overrides, List<SuppressionEntry> suppressions,
                            io.github.govmeta.core.input.PositionIndex positions, AgencyPolicy policy,
                            Map<String, Path> jsonldContexts) {

    public GovmetaConfig {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        rules = Map.copyOf(rules);
        overrides = List.copyOf(overrides);
        suppressions = List.copyOf(suppressions);
        policy = policy == null ? AgencyPolicy.NONE : policy;
        jsonldContexts = jsonldContexts == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(jsonldContexts));
    }

    /** No configuration file. */
    public static GovmetaConfig none() {
        return new GovmetaConfig(null, null, null, null, null, List.of(), List.of(), null, Map.of(), List.of(), List.of(),
                new io.github.govmeta.core.input.PositionIndex(), AgencyPolicy.NONE, Map.of());
    }

    /** Rule settings for files matching a glob. {@code at} is where it is written. */
    public record Override(String files, Map<String, String> rules, Position at) {}

    /**
     * A justified exception: findings of {@code rule} (in files matching {@code files}, of dataset
     * {@code dataset}, at {@code pointer}, each when given) are suppressed until {@code until}.
     */
    public record SuppressionEntry(String rule, String files, String dataset, String pointer, String reason,
                                   LocalDate until, Position at) {}
}
