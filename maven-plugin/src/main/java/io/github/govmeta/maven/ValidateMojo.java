package io.github.govmeta.maven;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.net.NetworkAccess;
import io.github.govmeta.core.remote.RemoteCatalog;
import io.github.govmeta.core.ValidationResult;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.quality.ScoreRenderer;
import io.github.govmeta.core.quality.Scoring;
import io.github.govmeta.core.report.ReportTarget;
import java.io.File;
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
 * build on findings at or above {@code failOn}. A translator over the govmeta core: the parameters fill a
 * {@link ValidationRequest}, the core does the run and decides, so this goal and {@code govmeta validate}
 * always agree. Configuration, profile and I/O problems fail with {@link MojoExecutionException}; findings
 * at or above the fail level with {@link MojoFailureException}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class ValidateMojo extends AbstractMojo {
    /** Folder with the metadata files (JSON, JSON Lines, YAML, RDF), read recursively; it must exist. */
    @Parameter(property = "govmeta.sourceDirectory", defaultValue = "${project.basedir}/src/main/metadata")
    File sourceDirectory;

    /** Whether a {@code sourceDirectory} with no metadata file passes without a warning. */
    @Parameter(property = "govmeta.allowEmpty", defaultValue = "false")
    boolean allowEmpty;

    /** Globs of files to read under {@code sourceDirectory}; default: the configuration's, else every metadata file. */
    @Parameter
    List<String> includes = new ArrayList<>();

    /** Globs of files to skip under {@code sourceDirectory}; default: the configuration's, else build output and hidden files. */
    @Parameter
    List<String> excludes = new ArrayList<>();

    /** Bundled profile, {@code id} or {@code id@version}; default: the configuration file's, else th-gdc. */
    @Parameter(property = "govmeta.profile")
    String profile;

    /** A profile folder (holding profile.yaml), used instead of {@code profile}: an unreleased or agency profile. */
    @Parameter(property = "govmeta.profileDirectory")
    File profileDirectory;

    /** Least severe finding that fails the build: error, warning, info or none; default: the configuration file's, else error. */
    @Parameter(property = "govmeta.failOn")
    String failOn;

    /**
     * The export the metadata is checked for: {@code public} fails the build for every dataset that is not public
     * (the publish gate of th-gdc-policy, e.g. before exporting the catalog to data.go.th); default: none.
     */
    @Parameter(property = "govmeta.target")
    String target;

    /** Language of messages in the log and reports: th or en; default: the configuration file's, else th. */
    @Parameter(property = "govmeta.lang")
    String lang;

    /** Report formats, comma-separated (json, sarif, junit, checkstyle, github, html, text); written to {@code outputDirectory}. */
    @Parameter(property = "govmeta.formats")
    String formats;

    /** Extra SHACL shape files or folders applied to DCAT sources (Turtle, RDF/XML, JSON-LD…), with the profile's shapes. */
    @Parameter
    List<File> shapes = new ArrayList<>();

    /**
     * Local copies of remote JSON-LD contexts, read instead of refusing a {@code @context} or {@code @import}
     * IRI (nothing is fetched): each {@code <property>} names the IRI and gives the file, relative to the
     * project's folder; over the configuration file's {@code jsonldContexts} for the same IRI.
     */
    @Parameter
    java.util.Properties jsonldContexts = new java.util.Properties();

    /** Check DCAT sources against {@code shapes} only, not the profile's shapes. */
    @Parameter(property = "govmeta.onlyShapes", defaultValue = "false")
    boolean onlyShapes;

    /** Where to write the SHACL validation report (Turtle) of DCAT sources. */
    @Parameter(property = "govmeta.reportRdf")
    File reportRdf;

    /** Where report files go. */
    @Parameter(property = "govmeta.outputDirectory", defaultValue = "${project.build.directory}/govmeta")
    File outputDirectory;

    /** The configuration file (it must exist); default: the nearest .govmeta.yaml in the project folder or its parents. */
    @Parameter(property = "govmeta.configFile")
    File configFile;

    /** A baseline file from {@code govmeta baseline} (it must exist): only findings not in it fail the build; default: the configuration's. */
    @Parameter(property = "govmeta.baseline")
    File baseline;

    /** Report suppressions of the configuration that match no finding. */
    @Parameter(property = "govmeta.reportUnusedSuppressions", defaultValue = "false")
    boolean reportUnusedSuppressions;

    /**
     * The least catalog quality score (the mean under the profile's first quality model, the Thai one out
     * of 100) that passes the build; unset: scores are not computed. Below it the build fails.
     */
    @Parameter(property = "govmeta.minScore")
    Double minScore;

    /**
     * A CKAN portal to read too (its Action API, page by page), e.g. {@code https://data.go.th}; needs
     * {@code allowNetwork}. With it, a {@code sourceDirectory} that does not exist is not read.
     */
    @Parameter(property = "govmeta.ckanUrl")
    String ckanUrl;

    /** Only this organization's datasets of {@code ckanUrl}. */
    @Parameter(property = "govmeta.ckanOrganization")
    String ckanOrganization;

    /** Allows requests over the network (off: nothing is sent, and {@code ckanUrl} is refused). */
    @Parameter(property = "govmeta.allowNetwork", defaultValue = "false")
    boolean allowNetwork;

    /** Also fetches from loopback, private and link-local addresses (an intranet portal). */
    @Parameter(property = "govmeta.allowPrivateUrls", defaultValue = "false")
    boolean allowPrivateUrls;

    /** Keeps every answer fetched in this folder; without {@code allowNetwork}, reads the answers from it instead. */
    @Parameter(property = "govmeta.offlineCache")
    File offlineCache;

    /** Skips the check. */
    @Parameter(property = "govmeta.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** {@link #jsonldContexts} as IRI → file, in the order of their IRIs. */
    private java.util.Map<String, java.nio.file.Path> contexts() {
        java.util.Map<String, java.nio.file.Path> out = new java.util.TreeMap<>();
        if (jsonldContexts != null) {
            jsonldContexts.stringPropertyNames().forEach(iri -> out.put(iri, java.nio.file.Path.of(jsonldContexts.getProperty(iri).strip())));
        }
        return out;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("govmeta: skipped (govmeta.skip)");
            return;
        }
        boolean live = ckanUrl != null && !ckanUrl.isBlank();
        if (!sourceDirectory.isDirectory() && !live) {
            throw new MojoExecutionException("govmeta: no metadata folder " + sourceDirectory
                    + " (set sourceDirectory, or skip the check with govmeta.skip)");
        }
        ValidationRequest.Builder request = ValidationRequest.builder(basedir.toPath())
                .inputs(!sourceDirectory.isDirectory() ? List.of()
                        : List.of(basedir.toPath().relativize(sourceDirectory.toPath().toAbsolutePath()).toString()))
                .includes(includes)
                .excludes(excludes)
                .profile(profile)
                .profileDirectory(path(profileDirectory))
                .failOn(failOn)
                .target(target)
                .lang(lang)
                .configFile(path(configFile))
                .baselineFile(path(baseline))
                .shapes(shapes.stream().map(File::toPath).toList())
                .onlyShapes(onlyShapes)
                .jsonldContexts(contexts())
                .reportRdf(path(reportRdf))
                .reportUnusedSuppressions(reportUnusedSuppressions)
                .listener(new MavenLogListener(getLog(), Lang.TH))
                .network(NetworkAccess.OFF.withAllowed(allowNetwork).withAllowPrivate(allowPrivateUrls).withOfflineCache(path(offlineCache)));
        if (live) {
            request.catalog(RemoteCatalog.ckan(ckanUrl.strip()).withOrganization(ckanOrganization));
        }
        for (String name : formats == null ? List.<String>of() : List.of(formats.split(","))) {
            if (!name.isBlank()) {
                try {
                    request.report(ReportTarget.inFolder(name.trim(), outputDirectory.toPath()));
                } catch (IllegalArgumentException e) {
                    throw new MojoExecutionException("govmeta: " + e.getMessage());
                }
            }
        }
        Scoring.Outcome scored = minScore == null ? null : Scoring.score(request.build());
        if (scored != null && scored.result() == null) {
            throw new MojoExecutionException("govmeta: " + String.join("\ngovmeta: ", scored.problems()));
        }
        ValidationResult result = scored != null ? scored.result() : Govmeta.validate(request.build());
        result.reports().forEach(t -> getLog().info("govmeta: report " + t.format() + " → " + t.file()));
        if (!result.baselineNote().isEmpty()) {
            getLog().info(result.baselineNote());
        }
        result.defects().forEach(d -> getLog().error("govmeta: internal error", d));
        if (result.status() == ExitStatus.ERROR) {
            throw new MojoExecutionException("govmeta: " + String.join("\ngovmeta: ", result.problems()));
        }
        result.harvests().forEach(h -> getLog().info("govmeta: " + h.display(result.lang() == Lang.TH)));
        if (result.stats().sources() == 0 && !allowEmpty) {
            getLog().warn("govmeta: no metadata file in " + sourceDirectory + " (set allowEmpty to accept an empty folder)");
        }
        if (result.status() == ExitStatus.FINDINGS) {
            throw new MojoFailureException(result.summary());
        }
        getLog().info(result.summary());
        if (scored != null) {
            boolean th = result.lang() == Lang.TH;
            String model = scored.report().models().isEmpty() ? "" : " (" + scored.report().models().get(0).title().in(result.lang()) + ")";
            String score = (th ? "govmeta: คะแนนคุณภาพของบัญชีข้อมูล " : "govmeta: catalog quality score ")
                    + ScoreRenderer.number(scored.catalogScore()) + model;
            if (scored.catalogScore() < minScore) {
                throw new MojoFailureException(score + (th ? " ต่ำกว่า minScore " : ", below minScore ") + ScoreRenderer.number(minScore));
            }
            getLog().info(score + ", minScore " + ScoreRenderer.number(minScore));
        }
    }

    private static java.nio.file.Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
