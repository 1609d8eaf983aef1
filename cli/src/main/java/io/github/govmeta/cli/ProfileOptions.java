package io.github.govmeta.cli;

import io.github.govmeta.core.config.ConfigException;
import io.github.govmeta.core.config.ConfigLoader;
import io.github.govmeta.core.config.GovmetaConfig;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.engine.ValidatorConfig;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.profile.ProfileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that load a profile, and the one way they load it: flags win over the
 * configuration file ({@code --config}, else the nearest {@code .govmeta.yaml}), which wins over defaults.
 */
final class ProfileOptions {
    @Option(names = "--profile", paramLabel = "ID[@VERSION]",
            description = "Bundled profile to apply (default: th-gdc, newest version), e.g. th-gdc@1.0.0 or th-gdc-governance.")
    String profile;

    @Option(names = "--profile-dir", paramLabel = "DIR",
            description = "A profile folder on disk (holding profile.yaml), used instead of --profile.")
    Path profileDirectory;

    @Option(names = "--lang", paramLabel = "th|en",
            description = "Language of messages: th or en (default: th).", converter = LangConverter.class)
    Lang lang;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: the nearest .govmeta.yaml in this folder or its parents).")
    Path config;

    @Option(names = "--no-config", description = "Ignore any .govmeta.yaml.")
    boolean noConfig;

    /** The configuration file in effect; problems in it are printed and yield null. */
    GovmetaConfig loadConfig(Context context) {
        if (noConfig) {
            return GovmetaConfig.none();
        }
        Path file = config != null ? context.workingDirectory.resolve(config)
                : ConfigLoader.find(context.workingDirectory).orElse(null);
        if (file == null) {
            return GovmetaConfig.none();
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            context.err.println("govmeta: no such configuration file: " + file);
            return null;
        }
        try {
            return new ConfigLoader().load(file);
        } catch (ConfigException e) {
            e.problems().forEach(p -> context.err.println(p.display()));
            return null;
        }
    }

    /**
     * Loads the configuration and the profile; problems are printed and yield null.
     *
     * @param customize sets the command's own values on the builder
     */
    GovmetaValidator createValidator(Context context, GovmetaConfig settings, Consumer<ValidatorConfig.Builder> customize) {
        try {
            ValidatorConfig.Builder builder = ValidatorConfig.builder()
                    .settings(settings)
                    .profile(profile)
                    .profileDirectory(profileDirectory == null ? null : context.workingDirectory.resolve(profileDirectory))
                    .lang(lang)
                    .workingDirectory(context.workingDirectory);
            customize.accept(builder);
            return GovmetaValidator.create(builder.build());
        } catch (ProfileException e) {
            context.err.println("govmeta: " + e.getMessage());
        } catch (ConfigException e) {
            e.problems().forEach(p -> context.err.println(p.display()));
        }
        return null;
    }

    /** The configuration and the profile, for commands with nothing more to set; problems are printed and yield null. */
    GovmetaValidator validator(Context context) {
        GovmetaConfig settings = loadConfig(context);
        return settings == null ? null : createValidator(context, settings, b -> { });
    }

    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return Lang.parse(value);
        }
    }
}
