package io.github.govmeta.cli;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.engine.EngineRules;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.authoring.ProfileChecker;
import io.github.govmeta.core.authoring.ProfileDiff;
import io.github.govmeta.core.authoring.ProfileDiffWriter;
import io.github.govmeta.core.authoring.ProfileDocs;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.ProfileRepository;
import io.github.govmeta.core.report.RenderOptions;
import io.github.govmeta.core.report.Renderers;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code govmeta profile ...}: tools of the standards office for profiles as packages. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Tools for profile authors: check, diff and document profiles.", "เครื่องมือสำหรับผู้จัดทำโปรไฟล์"},
        subcommands = {ProfileCommand.Check.class, ProfileCommand.Diff.class, ProfileCommand.Docs.class})
final class ProfileCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: check, diff or docs");
    }

    /** Loads a profile from a folder, or a bundled one by {@code id[@version]}. */
    static Profile load(String ref, Context context) {
        Path dir = context.workingDirectory.resolve(ref);
        ProfileRepository profiles = new ProfileRepository();
        return java.nio.file.Files.isDirectory(dir) ? profiles.directory(dir) : profiles.bundled(ref);
    }

    /** {@code govmeta profile check DIR}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks a profile: schemas valid against their meta-schema, every $ref bundled, rule ids and catalogue in agreement, every rule with a failing and a passing example, every example giving exactly its expected findings, an extension not loosening its base, valid SHACL shapes that take their messages from the catalogue, the same choice lists, with the same labels, in the schemas and the SKOS concept schemes, English labels written in English (not Thai script), year patterns that match the declared Buddhist era, and a well-formed, complete DCAT mapping. The summary counts the profile files read and the examples run (as datasets)."})
    static final class Check implements Callable<Integer> {
        private final Context context;

        @Parameters(paramLabel = "DIR|ID[@VERSION]", description = "A profile folder, or an installed profile.")
        String profile;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "Output format (as for validate; default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--lang", paramLabel = "th|en", defaultValue = "en", converter = ProfileOptions.LangConverter.class,
                description = "Language of messages (default: ${DEFAULT-VALUE}).")
        Lang lang;

        Check(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (Renderers.find(format).isEmpty()) {
                context.err.println("govmeta profile check: unknown format '" + format + "'");
                return ExitStatus.ERROR.code();
            }
            Profile p;
            try {
                p = load(profile, context);
            } catch (ProfileException e) {
                context.err.println("govmeta: " + e.getMessage());
                return ExitStatus.ERROR.code();
            }
            FindingListener out = Renderers.require(format).create(context.out,
                    new RenderOptions(lang, context.color(Context.ColorMode.auto), false, EngineRules.catalog()));
            RunStats stats = ProfileChecker.run(p).replay(out,
                    new RunInfo(io.github.govmeta.core.Govmeta.VERSION, p.id(), p.version(), lang));
            context.out.flush();
            return stats.failed() ? ExitStatus.FINDINGS.code() : ExitStatus.OK.code();
        }
    }

    /** {@code govmeta profile diff OLD NEW}. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"Lists every change between two versions of a profile (schemas, rules, SHACL shapes and SKOS concept schemes), each breaking (a dataset valid under OLD may fail NEW), compatible or editorial."})
    static final class Diff implements Callable<Integer> {
        private final Context context;

        @Parameters(index = "0", paramLabel = "OLD", description = "Old version: a profile folder or ID@VERSION.")
        String oldProfile;

        @Parameters(index = "1", paramLabel = "NEW", description = "New version: a profile folder or ID@VERSION.")
        String newProfile;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text, markdown (a change log section) or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--fail-on-breaking", description = "Exit with 1 when a change is breaking (for the office's CI).")
        boolean failOnBreaking;

        Diff(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!ProfileDiffWriter.FORMATS.contains(format)) {
                context.err.println("govmeta profile diff: unknown format '" + format + "' (known: "
                        + String.join(", ", ProfileDiffWriter.FORMATS) + ")");
                return ExitStatus.ERROR.code();
            }
            ProfileDiff diff;
            try {
                diff = ProfileDiff.of(load(oldProfile, context), load(newProfile, context));
            } catch (ProfileException e) {
                context.err.println("govmeta: " + e.getMessage());
                return ExitStatus.ERROR.code();
            }
            context.out.print(ProfileDiffWriter.write(diff, format));
            context.out.flush();
            return failOnBreaking && diff.breaking() ? ExitStatus.FINDINGS.code() : ExitStatus.OK.code();
        }
    }

    /** {@code govmeta profile docs DIR --out FOLDER}. */
    @Command(name = "docs", mixinStandardHelpOptions = true,
            description = {"Writes the bilingual field reference of a profile (fields.md and fields.html) to a folder."})
    static final class Docs implements Callable<Integer> {
        private final Context context;

        @Parameters(paramLabel = "DIR|ID[@VERSION]", description = "A profile folder, or an installed profile.")
        String profile;

        @Option(names = "--out", paramLabel = "FOLDER", required = true, description = "Where to write fields.md and fields.html.")
        Path out;

        Docs(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try {
                ProfileDocs docs = ProfileDocs.of(load(profile, context));
                Path folder = context.workingDirectory.resolve(out);
                java.nio.file.Files.createDirectories(folder);
                java.nio.file.Files.writeString(folder.resolve("fields.md"), docs.markdown());
                java.nio.file.Files.writeString(folder.resolve("fields.html"), docs.html());
                context.out.println("govmeta: wrote " + out.resolve("fields.md") + " and " + out.resolve("fields.html"));
                context.out.flush();
                return ExitStatus.OK.code();
            } catch (ProfileException e) {
                context.err.println("govmeta: " + e.getMessage());
            } catch (java.io.IOException e) {
                context.err.println("govmeta: cannot write the docs: " + e.getMessage());
            }
            return ExitStatus.ERROR.code();
        }
    }
}
