package io.github.govmeta.cli;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileRepository;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code govmeta profiles}: the installed (bundled) profiles and their versions. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
        description = {"Lists the installed profiles: id@version, status, what it extends, title.", "แสดงโปรไฟล์ที่ติดตั้ง"})
final class ProfilesCommand implements Callable<Integer> {
    private final Context context;

    ProfilesCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ProfileRepository profiles = new ProfileRepository();
        for (String folder : profiles.bundled()) {
            Profile p = profiles.bundled(folder.replace('/', '@'));
            context.out.println(p.ref() + "  [" + p.status() + "]"
                    + (p.extendsRef() == null ? "" : "  extends " + p.extendsRef())
                    + "  " + p.title().th() + " / " + p.title().en());
        }
        context.out.flush();
        return ExitStatus.OK.code();
    }
}
