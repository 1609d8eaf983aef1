package io.github.govmeta.cli;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.authoring.SchemaExport;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.ProfileRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code govmeta schema export}: the profiles' JSON Schemas for editors, one self-contained file each. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"JSON Schemas of the profiles for editors and schema catalogs."},
        subcommands = {SchemaCommand.Export.class})
final class SchemaCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: export");
    }

    /** {@code govmeta schema export --out DIR [PROFILE...]}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes each profile's JSON Schemas bundled into one file (no external $ref), with the catalogue's Thai and English texts, choice labels, rule ids and a snippet per dataset type, for VS Code and YAML language servers.",
                "เขียน JSON Schema ของแต่ละโปรไฟล์รวมเป็นไฟล์เดียว พร้อมคำอธิบายภาษาไทยและอังกฤษ สำหรับโปรแกรมแก้ไขข้อความ"})
    static final class Export implements Callable<Integer> {
        private final Context context;

        @Parameters(paramLabel = "DIR|ID[@VERSION]", arity = "0..*",
                description = "Profiles to export: folders or installed profiles (default: every bundled profile).")
        List<String> profiles = new ArrayList<>();

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write <id>-<version>.schema.json files to.")
        Path out;

        Export(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ProfileRepository repo = new ProfileRepository();
            List<Profile> chosen = new ArrayList<>();
            try {
                if (profiles.isEmpty()) {
                    repo.bundled().forEach(folder -> chosen.add(repo.bundled(folder.replace('/', '@'))));
                } else {
                    profiles.forEach(ref -> chosen.add(ProfileCommand.load(ref, context)));
                }
                Path folder = context.workingDirectory.resolve(out);
                Files.createDirectories(folder);
                for (Profile p : chosen) {
                    SchemaExport export = SchemaExport.of(p);
                    Path target = folder.resolve(export.fileName());
                    Path temp = Files.createTempFile(folder, "." + export.fileName() + ".", ".tmp");
                    try {
                        Files.writeString(temp, export.text(), StandardCharsets.UTF_8);
                        try {
                            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                        } catch (UnsupportedOperationException notPosix) {
                            // the folder's default permissions
                        }
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                    context.out.println("govmeta: wrote " + out.resolve(export.fileName()) + " (" + p.ref() + ")");
                }
                context.out.flush();
                return ExitStatus.OK.code();
            } catch (ProfileException e) {
                context.err.println("govmeta: " + e.getMessage());
            } catch (IOException e) {
                context.err.println("govmeta: cannot write the schemas: " + e.getMessage());
            }
            context.err.flush();
            return ExitStatus.ERROR.code();
        }
    }
}
