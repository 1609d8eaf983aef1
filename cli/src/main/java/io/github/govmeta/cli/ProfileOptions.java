package io.github.govmeta.cli;

import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.GovmetaException;
import io.github.govmeta.core.ValidationRequest;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that load a profile, translated into a {@link ValidationRequest}: flags
 * win over the configuration file ({@code --config}, else the nearest {@code .govmeta.yaml}), which wins
 * over defaults — the core decides, as for every caller.
 */
final class ProfileOptions {
    @Option(names = "--profile", paramLabel = "ID[@VERSION]",
            description = "Bundled profile to apply (default: th-gdc, newest version), e.g. th-gdc@1.0.0 or th-gdc-governance.")
    String profile;

    @Option(names = "--profile-dir", paramLabel = "DIR",
            description = "A profile folder on disk (holding profile.yaml), used instead of --profile.")
    Path profileDirectory;

    @Option(names = "--lang", paramLabel = "th|en", description = "Language of messages: th or en (default: th).")
    String lang;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: the nearest .govmeta.yaml in this folder or its parents).")
    Path config;

    @Option(names = "--no-config", description = "Ignore any .govmeta.yaml.")
    boolean noConfig;

    /** A request with these options set. */
    ValidationRequest.Builder request(Context context) {
        return ValidationRequest.builder(context.workingDirectory)
                .profile(profile)
                .profileDirectory(profileDirectory)
                .lang(lang)
                .configFile(config)
                .noConfig(noConfig);
    }

    /** The configuration and the profile, for commands that only read the profile; problems are printed and yield null. */
    Govmeta open(Context context) {
        return open(context, request(context).build());
    }

    /** Opens {@code request}; its problems are printed and yield null. */
    static Govmeta open(Context context, ValidationRequest request) {
        try {
            return Govmeta.open(request);
        } catch (GovmetaException e) {
            e.problems().forEach(p -> context.err.println("govmeta: " + p));
            return null;
        }
    }

    static final class LangConverter implements picocli.CommandLine.ITypeConverter<io.github.govmeta.core.finding.Lang> {
        @Override
        public io.github.govmeta.core.finding.Lang convert(String value) {
            return io.github.govmeta.core.finding.Lang.parse(value);
        }
    }
}
