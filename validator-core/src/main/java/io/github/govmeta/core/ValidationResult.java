package io.github.govmeta.core;

import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.remote.HarvestSummary;
import io.github.govmeta.core.report.ReportTarget;
import java.util.List;

/**
 * How a run ended: the verdict as an exit status, the totals, and what kept it from being done as asked.
 * Immutable.
 *
 * @param status    the verdict; {@link ExitStatus#ERROR} whenever {@code problems} is not empty
 * @param stats     the run's totals, or null when nothing was run (a problem came first)
 * @param problems  usage, configuration, profile and I/O problems, each a sentence naming its file
 * @param defects   engine defects met on some source (each also a {@code GOVMETA-INTERNAL} finding)
 * @param profile   the profile applied ({@code id@version}), or null when none could be loaded
 * @param failOn    the fail level applied; null: nothing fails the run
 * @param lang      the language of messages applied (English when nothing was run)
 * @param reports   the report files written whole
 * @param baseline  whether a baseline was applied
 * @param harvests  what was read of each live catalog (pages, datasets, failures), in reading order
 * @param skipped   the files of the given folders not read because no format claims their extension, sorted
 */
public record ValidationResult(ExitStatus status, RunStats stats, List<String> problems, List<Throwable> defects,
                               String profile, Severity failOn, Lang lang, List<ReportTarget> reports, boolean baseline,
                               List<HarvestSummary> harvests, List<String> skipped) {

    public ValidationResult {
        problems = List.copyOf(problems);
        defects = List.copyOf(defects);
        reports = List.copyOf(reports);
        harvests = List.copyOf(harvests);
        skipped = List.copyOf(skipped);
    }

    /** A result of a run that skipped no file of its folders. */
    public ValidationResult(ExitStatus status, RunStats stats, List<String> problems, List<Throwable> defects,
                            String profile, Severity failOn, Lang lang, List<ReportTarget> reports, boolean baseline,
                            List<HarvestSummary> harvests) {
        this(status, stats, problems, defects, profile, failOn, lang, reports, baseline, harvests, List.of());
    }

    /** A result of a run without live catalogs. */
    public ValidationResult(ExitStatus status, RunStats stats, List<String> problems, List<Throwable> defects,
                            String profile, Severity failOn, Lang lang, List<ReportTarget> reports, boolean baseline) {
        this(status, stats, problems, defects, profile, failOn, lang, reports, baseline, List.of());
    }

    /** A request refused before anything was run. */
    public static ValidationResult refused(List<String> problems) {
        return new ValidationResult(ExitStatus.ERROR, null, problems, List.of(), null, null, Lang.EN, List.of(), false);
    }

    /**
     * One line for a build log or a terminal, in the run's language, e.g. {@code govmeta: 3 files, 12
     * datasets: 2 errors, 1 warnings, 0 infos (profile th-gdc@1.0.0)}, followed by the fail level when the
     * run failed; the refusal when nothing was run.
     */
    public String summary() {
        if (stats == null) {
            return "govmeta: " + String.join("; ", problems);
        }
        boolean th = lang == Lang.TH;
        String suppressed = stats.suppressed() == 0 ? "" : th ? " ละเว้น " + stats.suppressed() : ", " + stats.suppressed() + " suppressed";
        String line = th
                ? String.format("govmeta: %d ไฟล์ %d ชุดข้อมูล: ข้อผิดพลาด %d คำเตือน %d ข้อสังเกต %d%s (โปรไฟล์ %s)",
                        stats.sources(), stats.records(), stats.errors(), stats.warnings(), stats.infos(), suppressed, profile)
                : String.format("govmeta: %d files, %d datasets: %d errors, %d warnings, %d infos%s (profile %s)",
                        stats.sources(), stats.records(), stats.errors(), stats.warnings(), stats.infos(), suppressed, profile);
        if (status != ExitStatus.FINDINGS) {
            return line;
        }
        return line + (th ? " — มีข้อค้นพบตั้งแต่ระดับที่กำหนดให้ไม่ผ่าน (" + failOnName() + ")"
                : " — findings at or above the fail level (" + failOnName() + ")");
    }

    /** What the baseline did, e.g. for standard error; empty when no baseline was applied. */
    public String baselineNote() {
        if (!baseline || stats == null) {
            return "";
        }
        return lang == Lang.TH
                ? "govmeta: เส้นฐาน: ไม่นับข้อค้นพบที่ทราบแล้ว " + stats.suppressed() + " รายการ; แก้ไขแล้ว "
                        + stats.baselineFixed() + " รายการ" + (stats.baselineFixed() > 0 ? " (สั่ง 'govmeta baseline' เพื่อลบออก)" : "")
                : "govmeta: baseline: " + stats.suppressed() + " known findings not counted; " + stats.baselineFixed()
                        + " baseline entries fixed" + (stats.baselineFixed() > 0 ? " (run 'govmeta baseline' to drop them)" : "");
    }

    /**
     * Which files of the given folders were not read (no format claims their extension), in the run's
     * language: the count and the first five; empty when none was.
     */
    public String skippedNote() {
        if (skipped.isEmpty()) {
            return "";
        }
        String names = String.join(", ", skipped.subList(0, Math.min(5, skipped.size())))
                + (skipped.size() > 5 ? (lang == Lang.TH ? " และอีก " + (skipped.size() - 5) + " ไฟล์" : " and " + (skipped.size() - 5) + " more") : "");
        return lang == Lang.TH
                ? "govmeta: ไม่ได้อ่าน " + skipped.size() + " ไฟล์ในโฟลเดอร์ที่ระบุ เพราะนามสกุลไม่ใช่รูปแบบข้อมูลเมตาที่รู้จัก: " + names
                : "govmeta: " + skipped.size() + " file(s) in the given folders not read, their extension names no metadata format: " + names;
    }

    /** The fail level's name: {@code error}, {@code warning}, {@code info} or {@code none}. */
    public String failOnName() {
        return failOn == null ? "none" : failOn.id();
    }
}
