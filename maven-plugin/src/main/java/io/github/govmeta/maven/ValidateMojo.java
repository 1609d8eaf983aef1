package io.github.govmeta.maven;

import io.github.govmeta.core.config.Baseline;
import io.github.govmeta.core.config.ConfigException;
import io.github.govmeta.core.config.ConfigLoader;
import io.github.govmeta.core.config.GovmetaConfig;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.engine.ValidatorConfig;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.input.InputCollector;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.report.RenderOptions;
import io.github.govmeta.core.report.RendererFactory;
import io.github.govmeta.core.report.Renderers;
import io.github.govmeta.core.report.ReportFiles;
import io.github.govmeta.core.report.ReportTarget;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the project's catalog metadata against a profile of the Thai GD Catalog standard and fails the
 * build on findings at or above {@code failOn}. A translator over the govmeta core: the pass/fail decision
 * is the core's, so this goal and {@code govmeta validate} always agree.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class ValidateMojo extends AbstractMojo {
    /** Folder with the metadata files (JSON, JSON Lines, YAML), read recursively. */
    @Parameter(property = "govmeta.sourceDirectory", defaultValue = "${project.basedir}/src/main/metadata")
    private File sourceDirectory;

    /** Globs of files to read under {@code sourceDirectory}; default every JSON, JSON Lines and YAML file. */
    @Parameter
    private List<String> includes = new ArrayList<>();

    /** Globs of files to skip under {@code sourceDirectory}. */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /** Bundled profile, {@code id} or {@code id@version}; default: the configuration file's, else th-gdc. */
    @Parameter(property = "govmeta.profile")
    private String profile;

    /** A profile folder (holding profile.yaml), used instead of {@code profile}: an unreleased or agency profile. */
    @Parameter(property = "govmeta.profileDirectory")
    private File profileDirectory;

    /** Least severe finding that fails the build: error, warning, info or none; default: the configuration file's, else error. */
    @Parameter(property = "govmeta.failOn")
    private String failOn;

    /** Language of messages in the log and reports: th or en; default: the configuration file's, else th. */
    @Parameter(property = "govmeta.lang")
    private String lang;

    /** Report formats, comma-separated (json, sarif, junit, checkstyle, github, html, text); written to {@code outputDirectory}. */
    @Parameter(property = "govmeta.formats")
    private String formats;

    /** Extra SHACL shape files or folders applied to DCAT sources (Turtle, RDF/XML, JSON-LD…), with the profile's shapes. */
    @Parameter
    private List<File> shapes = new ArrayList<>();

    /** Where report files go. */
    @Parameter(property = "govmeta.outputDirectory", defaultValue = "${project.build.directory}/govmeta")
    private File outputDirectory;

    /** The configuration file; default: the nearest .govmeta.yaml in the project folder or its parents. */
    @Parameter(property = "govmeta.configFile")
    private File configFile;

    /** A baseline file (from {@code govmeta baseline}): only findings not in it fail the build; default: the configuration's. */
    @Parameter(property = "govmeta.baseline")
    private File baseline;

    /** Skips the check. */
    @Parameter(property = "govmeta.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("govmeta: skipped (govmeta.skip)");
            return;
        }
        if (!sourceDirectory.isDirectory()) {
            getLog().info("govmeta: no metadata folder " + sourceDirectory + "; nothing to check");
            return;
        }
        if (failOn != null && !failOn.matches("(?i)error|warning|info|none")) {
            throw new MojoExecutionException("govmeta: failOn: unknown level '" + failOn + "' (expected error, warning, info or none)");
        }
        requireFile(configFile, "configuration file");
        requireFile(baseline, "baseline file");
        GovmetaValidator validator;
        GovmetaConfig settings;
        try {
            settings = configFile != null ? new ConfigLoader().load(configFile.toPath())
                    : ConfigLoader.find(basedir.toPath()).map(new ConfigLoader()::load).orElse(GovmetaConfig.none());
            File baselineFile = baseline != null ? baseline : settings.baseline() == null ? null : settings.baseline().toFile();
            validator = GovmetaValidator.create(ValidatorConfig.builder()
                    .settings(settings)
                    .profile(profile)
                    .profileDirectory(profileDirectory == null ? null : profileDirectory.toPath())
                    .failOn(failOn)
                    .lang(lang == null ? null : Lang.parse(lang))
                    .baseline(baselineFile == null || !baselineFile.isFile() ? null : Baseline.read(baselineFile.toPath()))
                    .workingDirectory(basedir.toPath())
                    .shapes(shapes.stream().map(File::toPath).toList())
                    .build());
        } catch (ProfileException | IllegalArgumentException e) {
            throw new MojoExecutionException("govmeta: " + e.getMessage());
        } catch (ConfigException e) {
            throw new MojoExecutionException("govmeta: configuration problems:\n" + e.getMessage());
        }
        List<ReportTarget> targets = new ArrayList<>();
        for (String name : formats == null ? List.<String>of() : List.of(formats.split(","))) {
            String format = name.trim();
            if (format.isEmpty()) {
                continue;
            }
            RendererFactory factory = Renderers.find(format).orElseThrow(() -> new MojoExecutionException(
                    "govmeta: unknown report format '" + format + "' (known: " + String.join(", ", Renderers.names()) + ")"));
            String file = "govmeta" + (format.equals(factory.extension()) ? "" : "." + format) + "." + factory.extension();
            targets.add(new ReportTarget(format, outputDirectory.toPath().resolve(file)));
        }
        Lang language = validator.config().lang();
        RunStats stats;
        try {
            // as the CLI: the POM's globs, else the configuration file's, else the core's defaults
            InputCollector.Result inputs = new InputCollector(basedir.toPath(),
                    includes.isEmpty() ? settings.include() : includes, excludes.isEmpty() ? settings.exclude() : excludes)
                    .collect(List.of(basedir.toPath().relativize(sourceDirectory.toPath()).toString()), System.in);
            stats = run(validator, inputs, targets, language);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("govmeta: " + e.getCause().getMessage(), e);
        }
        String summary = String.format("govmeta: %d files, %d datasets: %d errors, %d warnings, %d infos%s (profile %s)",
                stats.sources(), stats.records(), stats.errors(), stats.warnings(), stats.infos(),
                stats.suppressed() > 0 ? ", " + stats.suppressed() + " suppressed" : "", validator.profile().ref());
        targets.forEach(t -> getLog().info("govmeta: report " + t.format() + " → " + t.file()));
        if (stats.failed()) {
            throw new MojoFailureException(summary + " — findings at or above the fail level ("
                    + (validator.config().failOn() == null ? "none" : validator.config().failOn().id()) + ")");
        }
        getLog().info(summary);
    }

    private RunStats run(GovmetaValidator validator, InputCollector.Result inputs, List<ReportTarget> targets, Lang language)
            throws MojoExecutionException {
        try (ReportFiles files = ReportFiles.open(targets, new RenderOptions(language, false, true, validator.rules()))) {
            return validator.run(inputs.sources(), FindingListener.tee(List.of(new MavenLogListener(getLog(), language), files)));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("govmeta: cannot write a report: " + e.getCause().getMessage(), e);
        }
    }

    private static void requireFile(File file, String what) throws MojoExecutionException {
        if (file != null && !file.isFile()) {
            throw new MojoExecutionException("govmeta: no such " + what + ": " + file);
        }
    }
}
