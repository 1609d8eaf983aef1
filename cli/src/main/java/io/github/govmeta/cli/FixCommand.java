package io.github.govmeta.cli;

import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.fix.FileFix;
import io.github.govmeta.core.fix.FixOptions;
import io.github.govmeta.core.fix.FixReport;
import io.github.govmeta.core.report.ReportTarget;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code govmeta fix}: applies the fixes the profile's rules declare, in place, then reports what remains
 * as {@code validate} would. A translator: the core ({@link Govmeta#fix}) finds, applies, verifies and
 * writes; this prints.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Applies the fixes the profile's rules declare safe (Buddhist-era dates, choice-list variants, stray spaces and full-width digits) to JSON, JSON Lines and YAML files, in place, then reports what remains.",
            "แก้ข้อผิดพลาดที่กฎของโปรไฟล์ประกาศว่าแก้อัตโนมัติได้อย่างปลอดภัย ในไฟล์เดิม แล้วรายงานสิ่งที่เหลือ"})
final class FixCommand implements Callable<Integer> {
    private final Context context;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ProfileOptions profileOptions;

    @Mixin
    JsonLdContextOptions jsonldContextOptions;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff and write nothing.")
    boolean dryRun;

    @Option(names = "--rule", paramLabel = "ID", description = "Apply only this rule's fixes (repeatable).")
    List<String> rules = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Least severe remaining finding that fails the run (exit code 1): error, warning, info or none (default: error).")
    String failOn;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format of the report of what remains on standard output (as for validate; default: ${DEFAULT-VALUE}).",
            completionCandidates = ValidateCommand.FormatNames.class)
    String format;

    @Option(names = "--report", paramLabel = "FORMAT=FILE",
            description = "Also write a report file of what remains (repeatable; formats as for --format).")
    List<String> reports = new ArrayList<>();

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always, never.")
    Context.ColorMode color;

    @Option(names = "--no-timing", description = "Leave the duration out of the summary (for reproducible output).")
    boolean noTiming;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    void debug(boolean value) {
        context.debug(value);
    }

    FixCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        StringWriter remaining = new StringWriter();
        ValidationRequest.Builder request = jsonldContextOptions.applyTo(inputOptions.applyTo(profileOptions.request(context), context))
                .failOn(failOn)
                .output(new ValidationRequest.StreamReport(format, new PrintWriter(remaining), context.color(color)))
                .timing(!noTiming);
        for (String r : reports) {
            try {
                request.report(ReportTarget.parse(r));
            } catch (IllegalArgumentException e) {
                context.err.println("govmeta fix: --report: " + e.getMessage());
                return 2;
            }
        }
        Govmeta govmeta = ProfileOptions.open(context, request.build());
        if (govmeta == null) {
            return 2;
        }
        for (String id : rules) {
            if (govmeta.rules().find(id).isEmpty()) {
                context.err.println("govmeta fix: --rule: no rule " + id + " in " + govmeta.profile().ref());
                return 2;
            }
            if (govmeta.rules().find(id).orElseThrow().fix() == null) {
                context.err.println("govmeta fix: --rule: " + id + " declares no fix");
                return 2;
            }
        }
        Govmeta.Fixed fixed = govmeta.fix(new FixOptions(dryRun, new LinkedHashSet<>(rules)));
        boolean th = govmeta.lang() == Lang.TH;
        boolean text = format.equals("text");
        PrintWriter out = text ? context.out : context.err;
        print(fixed.fixes(), govmeta.lang(), out);
        context.out.print(remaining);
        summary(fixed.fixes(), th, out);
        return context.finish(fixed.result());
    }

    private void print(FixReport report, Lang lang, PrintWriter out) {
        boolean th = lang == Lang.TH;
        for (FileFix f : report.files()) {
            String verb = switch (f.outcome()) {
                case WRITTEN -> th ? "แก้แล้ว" : "fixed";
                case WOULD_WRITE -> th ? "จะแก้" : "would fix";
                case NOT_WRITTEN -> th ? "ไม่ได้เขียน" : "not written";
                case RDF -> th ? "ไม่แก้ RDF" : "RDF not rewritten";
                case NOT_A_FILE -> th ? "ไม่ใช่ไฟล์" : "not a file";
                case UNCHANGED -> th ? "ไม่เปลี่ยน" : "unchanged";
            };
            out.println(f.source() + ": " + verb);
            for (FileFix.Change c : f.changes()) {
                out.println("  " + c.line() + "  " + c.before() + " -> " + c.after() + "  " + c.finding().ruleId());
            }
            for (FileFix.Refusal r : f.refusals()) {
                String at = r.finding().location().line() > 0 ? String.valueOf(r.finding().location().line()) : "-";
                out.println("  " + at + "  " + (th ? "ไม่แก้: " : "not fixed: ") + r.reason().in(lang) + "  " + r.finding().ruleId());
            }
            if (f.problem() != null) {
                out.println("  " + f.problem().in(lang));
            }
            if (dryRun && !f.diff().isEmpty()) {
                out.print(f.diff());
            }
        }
        if (!report.files().isEmpty()) {
            out.println();
        }
        out.flush();
    }

    private static void summary(FixReport report, boolean th, PrintWriter out) {
        String done = report.dryRun()
                ? (th ? "จะแก้ " : "would fix ") + report.fixed() + (th ? " จุดใน " : " value(s) in ") + report.filesChanged() + (th ? " ไฟล์ (ไม่ได้เขียน)" : " file(s) (nothing written)")
                : (th ? "แก้ " : "fixed ") + report.fixed() + (th ? " จุดใน " : " value(s) in ") + report.filesChanged() + (th ? " ไฟล์" : " file(s)");
        String rest = (th ? "; แก้อัตโนมัติไม่ได้ " : "; not fixable safely: ") + report.refused()
                + (report.notWritten() > 0 ? (th ? "; ไม่ได้เขียน " : "; not written: ") + report.notWritten() + (th ? " ไฟล์" : " file(s)") : "");
        out.println("govmeta fix: " + done + rest);
        out.flush();
    }
}
