package io.github.govmeta.core.engine;

import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.input.InputLimits;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a run needs to know, immutable. Build with {@link #builder()}.
 *
 * @param profile          a bundled profile, {@code id} or {@code id@version}
 * @param profileDirectory a profile folder on disk, used instead of {@code profile} when set
 * @param failOn           the least severe finding that fails the run; null never fails
 * @param lang             the language of messages
 * @param limits           parser limits
 */
public record ValidatorConfig(String profile, Path profileDirectory, Severity failOn, Lang lang, InputLimits limits) {
    public static final String DEFAULT_PROFILE = "th-gdc";

    public ValidatorConfig {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(limits, "limits");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder with the defaults: profile th-gdc (newest), fail on error, Thai, default limits. */
    public static final class Builder {
        private String profile = DEFAULT_PROFILE;
        private Path profileDirectory;
        private Severity failOn = Severity.ERROR;
        private Lang lang = Lang.TH;
        private InputLimits limits = InputLimits.DEFAULT;

        public Builder profile(String value) {
            this.profile = value;
            return this;
        }

        public Builder profileDirectory(Path value) {
            this.profileDirectory = value;
            return this;
        }

        /** Null: no finding fails the run. */
        public Builder failOn(Severity value) {
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

        public ValidatorConfig build() {
            return new ValidatorConfig(profile, profileDirectory, failOn, lang, limits);
        }
    }
}
