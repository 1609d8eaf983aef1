package io.github.govmeta.spark;

import io.github.govmeta.core.ValidationRequest;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every executor needs to open the same govmeta as the driver: the profile (bundled id, or a folder),
 * the configuration file, the language and the fail level, and the working directory that source names
 * and the configuration's globs are relative to. Immutable and serialisable, so Spark ships it with each
 * task; equal options share one {@link io.github.govmeta.core.Govmeta} per JVM ({@link Engines}).
 *
 * <p>Paths (profile folder, configuration, baseline) are read where the task runs: on a cluster they must
 * be on a file system every node mounts (Databricks {@code /dbfs/} or {@code /Volumes/}, EFS), or be
 * shipped with {@code spark-submit --files} (a file not found at its path is looked up by its name among
 * the files Spark shipped).
 *
 * @param profile          bundled profile {@code ID[@VERSION]}, or null for the configuration's or the default
 * @param profileDirectory a profile folder instead, or null
 * @param configFile       the configuration file, or null for {@code .govmeta.yaml} in the working directory or a parent
 * @param noConfig         read no configuration file
 * @param baselineFile     a baseline file, or null for the configuration's
 * @param noBaseline       ignore the configuration's baseline
 * @param lang             {@code th} or {@code en}, or null for the configuration's (else Thai)
 * @param failOn           {@code error}, {@code warning}, {@code info} or {@code none}, or null for the configuration's (else error)
 * @param workingDirectory the driver's working directory (absolute)
 */
public record GovmetaOptions(String profile, String profileDirectory, String configFile, boolean noConfig,
                             String baselineFile, boolean noBaseline, String lang, String failOn,
                             String workingDirectory) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The defaults: the newest bundled {@code th-gdc}, the configuration found from the current directory. */
    public static GovmetaOptions defaults() {
        return new GovmetaOptions(null, null, null, false, null, false, null, null,
                Path.of("").toAbsolutePath().toString());
    }

    public GovmetaOptions withProfile(String value) {
        return new GovmetaOptions(value, profileDirectory, configFile, noConfig, baselineFile, noBaseline, lang, failOn, workingDirectory);
    }

    public GovmetaOptions withProfileDirectory(String value) {
        return new GovmetaOptions(profile, value, configFile, noConfig, baselineFile, noBaseline, lang, failOn, workingDirectory);
    }

    public GovmetaOptions withConfigFile(String value) {
        return new GovmetaOptions(profile, profileDirectory, value, noConfig, baselineFile, noBaseline, lang, failOn, workingDirectory);
    }

    public GovmetaOptions withNoConfig(boolean value) {
        return new GovmetaOptions(profile, profileDirectory, configFile, value, baselineFile, noBaseline, lang, failOn, workingDirectory);
    }

    public GovmetaOptions withBaselineFile(String value) {
        return new GovmetaOptions(profile, profileDirectory, configFile, noConfig, value, noBaseline, lang, failOn, workingDirectory);
    }

    public GovmetaOptions withNoBaseline(boolean value) {
        return new GovmetaOptions(profile, profileDirectory, configFile, noConfig, baselineFile, value, lang, failOn, workingDirectory);
    }

    public GovmetaOptions withLang(String value) {
        return new GovmetaOptions(profile, profileDirectory, configFile, noConfig, baselineFile, noBaseline, value, failOn, workingDirectory);
    }

    public GovmetaOptions withFailOn(String value) {
        return new GovmetaOptions(profile, profileDirectory, configFile, noConfig, baselineFile, noBaseline, lang, value, workingDirectory);
    }

    public GovmetaOptions withWorkingDirectory(String value) {
        return new GovmetaOptions(profile, profileDirectory, configFile, noConfig, baselineFile, noBaseline, lang, failOn,
                Path.of(value).toAbsolutePath().normalize().toString());
    }

    /**
     * The request these options mean, checking records on the calling thread (Spark runs one task per
     * core): the caller adds inputs or calls the record-at-a-time methods of the facade.
     */
    public ValidationRequest.Builder request() {
        Path wd = Path.of(workingDirectory);
        return ValidationRequest.builder(wd)
                .profile(profile)
                .profileDirectory(local(wd, profileDirectory))
                .configFile(local(wd, configFile))
                .noConfig(noConfig)
                .baselineFile(local(wd, baselineFile))
                .noBaseline(noBaseline)
                .lang(lang)
                .failOn(failOn)
                .timing(true)
                .threads(1);
    }

    /** The path where this JVM finds it: as given (against the working directory), else among the files Spark shipped. */
    private static Path local(Path wd, String path) {
        if (path == null) {
            return null;
        }
        Path given = wd.resolve(path).normalize();
        if (Files.exists(given)) {
            return given;
        }
        try {
            Path shipped = Path.of(org.apache.spark.SparkFiles.get(given.getFileName().toString()));
            return Files.exists(shipped) ? shipped : given;
        } catch (RuntimeException e) {
            return given; // no Spark environment (the driver before the session starts): reported as missing
        }
    }
}
