package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.input.Position;
import java.util.List;
import java.util.Map;

/**
 * The standards office's check of a profile ({@code govmeta profile check}): the {@link ProfileCheck}s
 * below, run over the profile's files loaded once ({@link CheckedProfile}). The checks of the files as
 * written run first; those that need the compiled engine run only when the profile compiles (else the
 * reason is one finding, unless the first checks already explain it). Findings point into the profile's
 * files. Thread-safe: each run has its own state.
 */
public final class ProfileChecker {
    /** Checks of the files as written. */
    private static final List<ProfileCheck> STATIC = List.of(new MetaSchemaCheck(), new RefCheck(), new CatalogueCheck(),
            new BuddhistEraCheck(), new EnglishLabelCheck());
    /** Checks that run the compiled profile, or read its DCAT form. */
    private static final List<ProfileCheck> COMPILED = List.of(new ExampleCheck(), new LoosensCheck(), new SeverityCheck(),
            new ShaclShapesCheck(), new ShapeTextCheck(), new VocabularyCheck(), new MappingCoverageCheck(), new ParityListCheck(),
            new QualityModelCheck(), new FixCheck(), new QualityCaseCheck());

    private ProfileChecker() {}

    /** Every problem of the profile, sorted; empty when it is sound. */
    public static List<Finding> check(Profile profile) {
        return run(profile).findings();
    }

    /**
     * What a check found and covered.
     *
     * @param findings every problem, sorted
     * @param files    the profile files read
     * @param examples the examples (test cases) run
     */
    public record Report(List<Finding> findings, int files, int examples) {
        public Report {
            findings = List.copyOf(findings);
        }

        /**
         * Streams the report through a listener with the lifecycle of a validation run
         * ({@link FindingListener}): {@code started}, then for each profile file with findings (in
         * {@link Finding#ORDER}) {@code sourceStarted}, its findings, {@code sourceFinished}, and
         * {@code finished} with the totals: the files read count as sources, the examples as datasets,
         * and the run fails when there is an error.
         *
         * @return the totals given to {@code finished}
         */
        public RunStats replay(FindingListener listener, RunInfo info) {
            listener.started(info);
            String source = null;
            for (Finding f : findings) {
                if (!f.location().source().equals(source)) {
                    if (source != null) {
                        listener.sourceFinished(source);
                    }
                    source = f.location().source();
                    listener.sourceStarted(source);
                }
                listener.onFinding(f);
            }
            if (source != null) {
                listener.sourceFinished(source);
            }
            int errors = count(Severity.ERROR);
            int warnings = count(Severity.WARNING);
            RunStats stats = new RunStats(files, examples, errors, warnings, findings.size() - errors - warnings, 0, errors > 0);
            listener.finished(stats);
            return stats;
        }

        private int count(Severity severity) {
            return (int) findings.stream().filter(f -> f.severity() == severity).count();
        }
    }

    public static Report run(Profile profile) {
        ProfileFindings findings = new ProfileFindings(profile.folder());
        CheckedProfile checked = new CheckedProfile(profile, findings);
        STATIC.forEach(c -> c.check(checked, findings));
        String error = checked.compiled().error();
        if (error == null) {
            COMPILED.forEach(c -> c.check(checked, findings));
        } else if (findings.isEmpty()) {
            findings.add(ProfileRules.SCHEMA, "profile.yaml", Position.UNKNOWN, Map.of("pointer", "/", "detail", error));
        }
        return new Report(findings.sorted(), checked.filesRead(), error == null ? checked.examples() : 0);
    }
}
