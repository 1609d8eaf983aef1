package io.github.govmeta.cli;

import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.engine.ValidatorConfig;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.finding.Lang;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that load a profile. */
final class ProfileOptions {
    @Option(names = "--profile", paramLabel = "ID[@VERSION]",
            description = "Bundled profile to apply (default: ${DEFAULT-VALUE}, newest version), e.g. th-gdc@1.0.0 or th-gdc-governance.",
            defaultValue = ValidatorConfig.DEFAULT_PROFILE)
    String profile;

    @Option(names = "--profile-dir", paramLabel = "DIR",
            description = "A profile folder on disk (holding profile.yaml), used instead of --profile.")
    Path profileDirectory;

    @Option(names = "--lang", paramLabel = "th|en", defaultValue = "th",
            description = "Language of messages: th or en (default: ${DEFAULT-VALUE}).",
            converter = LangConverter.class)
    Lang lang;

    /** Loads the chosen profile; a profile that cannot be loaded is reported and yields null. */
    GovmetaValidator createValidator(Context context, Severity failOn) {
        try {
            return GovmetaValidator.create(ValidatorConfig.builder()
                    .profile(profile)
                    .profileDirectory(profileDirectory == null ? null : context.workingDirectory.resolve(profileDirectory))
                    .failOn(failOn)
                    .lang(lang)
                    .build());
        } catch (ProfileException e) {
            context.err.println("govmeta: " + e.getMessage());
            return null;
        }
    }

    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return Lang.parse(value);
        }
    }
}
