package io.github.govmeta.core.finding;

/**
 * Why a finding does not count: it stays in the reports (marked suppressed, as SARIF {@code suppressions}
 * does) but never fails the run.
 *
 * @param kind   {@code config} (a justified exception in {@code .govmeta.yaml}) or {@code baseline}
 *               (known before the team adopted govmeta)
 * @param reason the justification given, or a note on the baseline file
 */
public record Suppression(String kind, String reason) {
    public static final String BASELINE = "baseline";
    public static final String CONFIG = "config";

    /** The reason as a reader of {@code lang} sees it: the team's own words, or "in the baseline" in that language. */
    public String describe(Lang lang) {
        if (BASELINE.equals(kind)) {
            return lang == Lang.TH ? "อยู่ในเส้นฐาน" : "in the baseline";
        }
        return reason;
    }
}
