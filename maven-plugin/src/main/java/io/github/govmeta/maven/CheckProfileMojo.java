package io.github.govmeta.maven;

import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.authoring.ProfileChecker;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.ProfileRepository;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks a profile folder as {@code govmeta profile check} does (meta-schemas, bundled refs, rule
 * catalogue, every rule's examples, extension rules), for a standards office or agency that keeps its
 * profile in a Maven build.
 */
@Mojo(name = "check-profile", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckProfileMojo extends AbstractMojo {
    /** The profile folder (holding profile.yaml). */
    @Parameter(property = "govmeta.profileDirectory", required = true)
    private File profileDirectory;

    /** Skips the check. */
    @Parameter(property = "govmeta.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("govmeta: skipped (govmeta.skip)");
            return;
        }
        Profile profile;
        try {
            profile = new ProfileRepository().directory(profileDirectory.toPath());
        } catch (ProfileException e) {
            throw new MojoExecutionException("govmeta: " + e.getMessage());
        }
        RunStats stats = ProfileChecker.run(profile).replay(new MavenLogListener(getLog(), Lang.EN),
                new RunInfo(Govmeta.VERSION, profile.id(), profile.version(), Lang.EN));
        String summary = "govmeta: profile " + profile.ref() + ": " + profile.rules().all().size() + " rules, "
                + stats.errors() + " problems";
        if (stats.failed()) {
            throw new MojoFailureException(summary);
        }
        getLog().info(summary);
    }
}
