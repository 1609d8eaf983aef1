package io.github.govmeta.core.engine;

import io.github.govmeta.core.config.Baseline;
import io.github.govmeta.core.config.GovmetaConfig;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.input.InputLimits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a run needs to know, immutable. Build with {@link #builder()}: values set on the builder win
 * over the configuration file's, which win over the defaults (profile th-gdc, fail on error, Thai).
 *
 * @param profile                   a bundled profile, {@code id} or {@code id@version}
 * @param profileDirectory          a profile folder on disk, used instead of {@code profile} when set
 * @param failOn                    the least severe finding that fails the run; null never fails
 * @param lang                      the language of messages
 * @param limits                    parser limits
 * @param settings                  the team's configuration file (or {@link GovmetaConfig#none()})
 * @param baseline                  known findings that do not fail the run, or null
 * @param reportUnusedSuppressions  whether suppressions that match nothing are reported
 * @param workingDirectory          what relative source names are relative to
 * @param today                     the date suppressions expire against
 * @param shapes                    extra SHACL shape files or folders applied to DCAT sources
 * @param shapeSources              extra SHACL shapes held in memory, in the RDF syntax their name implies
 * @param profileShapes             whether the profile's own shapes apply to DCAT sources (else only {@code shapes})
 * @param threads                   how many threads check records while one reads them (1: all on the reading thread)
 * @param target                    the export the records are checked for ({@code public}: the profile's publish
 *                                  gate applies), or null
 * @param policy                    the agency's data management policy (the configuration's {@code policy:})
 * @param jsonldContexts            local copies of remote JSON-LD contexts, read and checked (the request's and the
 *                                  configuration's {@code jsonldContexts:})
 */
public record ValidatorConfig(String profile, Path profileDirectory, Severity failOn, Lang lang, InputLimits limits,
                              GovmetaConfig settings, Baseline baseline, boolean reportUnusedSuppressions,
                              Path workingDirectory, LocalDate today, java.util.List<Path> shapes,
                              java.util.List<io.github.govmeta.core.input.InputSource> shapeSources, boolean profileShapes,
                              int threads, String target, io.github.govmeta.core.checks.AgencyPolicy policy,
                              io.github.govmeta.core.rdf.LocalContexts jsonldContexts) {
    public static final String DEFAULT_PROFILE = "th-gdc";

    public ValidatorConfig {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(today, "today");
        shapes = java.util.List.copyOf(shapes);
        shapeSources = java.util.List.copyOf(shapeSources);
        policy = policy == null ? io.github.govmeta.core.checks.AgencyPolicy.NONE : policy;
        jsonldContexts = jsonldContexts == null ? io.github.govmeta.core.rdf.LocalContexts.NONE : jsonldContexts;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Unset values come from the configuration file, then from the defaults. */
    public static final class Builder {
        private String profile;
        private Path profileDirectory;
        private String failOn;
        private Lang lang;
        private InputLimits limits = InputLimits.DEFAULT;
        private GovmetaConfig settings = GovmetaConfig.none();
        private Baseline baseline;
        private boolean reportUnusedSuppressions;
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private LocalDate today = LocalDate.now();
        private java.util.List<Path> shapes = java.util.List.of();
        private java.util.List<io.github.govmeta.core.input.InputSource> shapeSources = java.util.List.of();

        /** Extra SHACL shapes held in memory (uploaded), applied to DCAT sources with the others. */
        public Builder shapeSources(java.util.List<io.github.govmeta.core.input.InputSource> value) {
            this.shapeSources = value;
            return this;
        }
        private boolean profileShapes = true;
        private int threads = Runtime.getRuntime().availableProcessors();
        private String target;
        private io.github.govmeta.core.checks.AgencyPolicy policy;
        private io.github.govmeta.core.rdf.LocalContexts jsonldContexts;

        /** Local copies of remote JSON-LD contexts, looked up before the bundled ones (default: none). */
        public Builder jsonldContexts(io.github.govmeta.core.rdf.LocalContexts value) {
            this.jsonldContexts = value;
            return this;
        }

        /** The agency's policy, instead of the configuration file's. */
        public Builder policy(io.github.govmeta.core.checks.AgencyPolicy value) {
            this.policy = value;
            return this;
        }

        /** Threads that check records (default: one per processor); 0 or less: the default. */
        public Builder threads(int value) {
            this.threads = value > 0 ? value : Runtime.getRuntime().availableProcessors();
            return this;
        }

        /** False: DCAT sources are checked only against {@link #shapes}, not the profile's shapes. */
        public Builder profileShapes(boolean value) {
            this.profileShapes = value;
            return this;
        }

        /** Extra SHACL shapes (files or folders) applied to DCAT sources, with the profile's. */
        public Builder shapes(java.util.List<Path> value) {
            this.shapes = value;
            return this;
        }

        public Builder profile(String value) {
            this.profile = value;
            return this;
        }

        public Builder profileDirectory(Path value) {
            this.profileDirectory = value;
            return this;
        }

        /** {@code error}, {@code warning}, {@code info} or {@code none}. */
        public Builder failOn(String value) {
            if (value != null && !"none".equalsIgnoreCase(value)) {
                Severity.parse(value);
            }
            this.failOn = value;
            return this;
        }

        public Builder lang(Lang value) {
            this.lang = value;
            return this;
        }

        public Builder limits(InputLimits value) {
            this.limits = value;
            return this;
        }

        public Builder settings(GovmetaConfig value) {
            this.settings = value;
            return this;
        }

        public Builder baseline(Baseline value) {
            this.baseline = value;
            return this;
        }

        public Builder reportUnusedSuppressions(boolean value) {
            this.reportUnusedSuppressions = value;
            return this;
        }

        public Builder workingDirectory(Path value) {
            this.workingDirectory = value;
            return this;
        }

        /** The export target ({@code public}), or null for none. */
        public Builder target(String value) {
            this.target = value;
            return this;
        }

        public Builder today(LocalDate value) {
            this.today = value;
            return this;
        }

        public ValidatorConfig build() {
            String fail = first(failOn, settings.failOn(), "error");
            boolean explicitProfile = profile != null;
            return new ValidatorConfig(
                    first(profile, settings.profile(), DEFAULT_PROFILE),
                    profileDirectory != null ? profileDirectory : explicitProfile ? null : settings.profileDirectory(),
                    "none".equalsIgnoreCase(fail) ? null : Severity.parse(fail),
                    first(lang, settings.lang(), Lang.TH),
                    limits, settings, baseline, reportUnusedSuppressions, workingDirectory, today, shapes,
                    shapeSources, profileShapes, threads, target, policy != null ? policy : settings.policy(), jsonldContexts);
        }

        @SafeVarargs
        private static <T> T first(T... values) {
            for (T v : values) {
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }
}
