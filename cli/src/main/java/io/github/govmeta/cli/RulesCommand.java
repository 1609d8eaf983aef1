package io.github.govmeta.cli;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.profile.Rule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code govmeta rules}: lists every rule of a profile (and the engine's own). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists every rule of a profile: id, severity, and its text in Thai and English.",
            "แสดงกฎทั้งหมดของโปรไฟล์"})
final class RulesCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    ProfileOptions profileOptions;

    RulesCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Govmeta govmeta = profileOptions.open(context);
        if (govmeta == null) {
            return ExitStatus.ERROR.code();
        }
        Lang first = govmeta.lang();
        Lang second = first == Lang.TH ? Lang.EN : Lang.TH;
        context.out.println(govmeta.profile().ref() + "  " + govmeta.profile().title().in(first));
        for (Rule r : govmeta.rules().all()) {
            context.out.println();
            context.out.println(r.id() + "  [" + r.severity().id() + "]  (" + r.profile() + ")");
            context.out.println("  " + r.title().in(first) + " / " + r.title().in(second));
            context.out.println("  " + r.message().in(first));
            context.out.println("  " + r.message().in(second));
            if (!r.clause().isEmpty()) {
                context.out.println("  clause: " + r.clause());
            }
        }
        context.out.flush();
        return ExitStatus.OK.code();
    }
}
