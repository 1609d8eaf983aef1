package io.github.govmeta.cli;

import io.github.govmeta.core.config.DidYouMean;
import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.profile.RuleExamples;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code govmeta explain RULE-ID}: what a rule checks, why, and an example that fails and one that passes. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains a rule: its purpose, the clause of the standard, severity, Thai and English text, and an example that fails and one that passes.", "อธิบายกฎพร้อมตัวอย่าง"})
final class ExplainCommand implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "RULE-ID", description = "The rule, e.g. GDC-REQ-title.")
    String ruleId;

    @Mixin
    ProfileOptions profileOptions;

    ExplainCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Govmeta govmeta = profileOptions.open(context);
        if (govmeta == null) {
            return ExitStatus.ERROR.code();
        }
        Rule rule = govmeta.rules().find(ruleId).orElse(null);
        if (rule == null) {
            context.err.println("govmeta explain: no rule '" + ruleId + "' in " + govmeta.profile().ref()
                    + DidYouMean.hint(ruleId, govmeta.rules().all().stream().map(Rule::id).toList()));
            return ExitStatus.ERROR.code();
        }
        Lang lang = govmeta.lang();
        boolean th = lang == Lang.TH;
        PrintWriter out = context.out;
        out.println(rule.id() + " — " + rule.title().in(lang));
        out.println();
        out.println((th ? "ความรุนแรง: " : "Severity: ") + rule.severity().id());
        out.println((th ? "โปรไฟล์: " : "Profile: ") + rule.profile() + (rule.since().isEmpty() ? "" : " (since " + rule.since() + ")"));
        if (!rule.field().isEmpty()) {
            out.println((th ? "ฟิลด์: " : "Field: ") + rule.field());
        }
        out.println((th ? "ข้อกำหนด: " : "Clause: ") + rule.clause());
        if (rule.fix() != null) {
            out.println((th ? "แก้อัตโนมัติ: govmeta fix (" : "Fix: govmeta fix (") + rule.fix().kind()
                    + (rule.fix().aliases().isEmpty() ? "" : (th ? ", ชื่อเรียกอื่น " : ", aliases ") + rule.fix().aliases().size()) + ")");
        }
        out.println();
        out.println("th: " + rule.title().th());
        out.println("    " + rule.message().th());
        out.println("en: " + rule.title().en());
        out.println("    " + rule.message().en());
        RuleExamples.of(govmeta.profile(), rule.id()).ifPresent(ex -> {
            out.println();
            example(out, th ? "ตัวอย่างที่ไม่ผ่าน" : "Fails", ex.failing(), th);
            out.println();
            example(out, th ? "ตัวอย่างที่ผ่าน" : "Passes", ex.passing(), th);
        });
        out.flush();
        return ExitStatus.OK.code();
    }

    private static void example(PrintWriter out, String heading, RuleExamples.Example ex, boolean th) {
        out.println(heading + ": " + ex.name() + (th
                ? " (สิ่งที่เปลี่ยนจากชุดข้อมูลตัวอย่าง '" + ex.base() + "' ที่ถูกต้อง; null คือลบฟิลด์นั้น)"
                : " (changes to the valid '" + ex.base() + "' dataset; null removes a field)"));
        for (String line : ex.patch().split("\n")) {
            out.println("  " + line);
        }
    }
}
