package io.github.govmeta.core.config;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.finding.Suppression;
import io.github.govmeta.core.profile.RuleCatalog;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a team decided about findings, applied to each one before any listener sees it: rule severities
 * and {@code off} (globally, then per path), suppressions with reasons, and the baseline. One instance
 * per run: it remembers which suppressions and baseline entries were used. Thread-safe: {@link #apply}
 * may be called from many threads at once (the bookkeeping is in concurrent sets).
 */
public final class FindingPolicy {
    public static final String SUPPRESSION_EXPIRED = "GOVMETA-CONFIG-SUPPRESSION-EXPIRED";
    public static final String SUPPRESSION_UNUSED = "GOVMETA-CONFIG-SUPPRESSION-UNUSED";

    private final GovmetaConfig config;
    private final Baseline baseline;
    private final LocalDate today;
    private final Path configDir;
    private final Path workingDirectory;
    private final List<PathMatcher> overrideMatchers = new ArrayList<>();
    private final List<PathMatcher> suppressionMatchers = new ArrayList<>();
    private final Set<Integer> usedSuppressions = ConcurrentHashMap.newKeySet();
    private final Set<String> matchedBaseline = ConcurrentHashMap.newKeySet();

    public FindingPolicy(GovmetaConfig config, Baseline baseline, LocalDate today, Path workingDirectory) {
        this.config = config;
        this.baseline = baseline;
        this.today = today;
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.configDir = config.file() == null ? this.workingDirectory : config.file().toAbsolutePath().getParent();
        config.overrides().forEach(o -> overrideMatchers.add(glob(o.files())));
        config.suppressions().forEach(s -> suppressionMatchers.add(s.files() == null ? null : glob(s.files())));
    }

    /** The finding as the team wants it, or null when its rule is off. */
    public Finding apply(Finding f) {
        String setting = config.rules().get(f.ruleId());
        Path rel = relative(f.location().source());
        for (int i = 0; i < config.overrides().size(); i++) {
            String s = config.overrides().get(i).rules().get(f.ruleId());
            if (s != null && rel != null && overrideMatchers.get(i).matches(rel)) {
                setting = s;
            }
        }
        if ("off".equals(setting)) {
            return null;
        }
        Finding out = setting == null ? f : f.withSeverity(Severity.parse(setting));
        for (int i = 0; i < config.suppressions().size(); i++) {
            GovmetaConfig.SuppressionEntry s = config.suppressions().get(i);
            if (matches(s, suppressionMatchers.get(i), out, rel)) {
                usedSuppressions.add(i);
                if (s.until() == null || !today.isAfter(s.until())) {
                    return out.withSuppression(new Suppression(Suppression.CONFIG, s.reason()));
                }
            }
        }
        if (baseline != null && baseline.contains(out)) {
            matchedBaseline.add(out.fingerprint());
            return out.withSuppression(new Suppression(Suppression.BASELINE, "in the baseline"));
        }
        return out;
    }

    /**
     * Findings about the configuration itself, once the run is over: expired suppressions (always) and
     * suppressions that matched nothing (when asked).
     */
    public List<Finding> endOfRun(boolean reportUnused, RuleCatalog rules) {
        List<Finding> out = new ArrayList<>();
        String file = config.file() == null ? "" : display(config.file());
        for (int i = 0; i < config.suppressions().size(); i++) {
            GovmetaConfig.SuppressionEntry s = config.suppressions().get(i);
            Location at = new Location(file, s.at().line(), s.at().column(), "/suppressions/" + i);
            if (s.until() != null && today.isAfter(s.until())) {
                out.add(configFinding(rules, SUPPRESSION_EXPIRED, at,
                        Map.of("rule", s.rule(), "until", s.until().toString())));
            } else if (reportUnused && !usedSuppressions.contains(i)) {
                out.add(configFinding(rules, SUPPRESSION_UNUSED, at, Map.of("rule", s.rule(), "until", "")));
            }
        }
        return out;
    }

    /** Baseline entries that no finding matched this run: problems fixed since the baseline was made. */
    public int baselineFixed() {
        return baseline == null ? 0 : baseline.size() - matchedBaseline.size();
    }

    private static Finding configFinding(RuleCatalog rules, String id, Location at, Map<String, String> args) {
        return rules.find(id).orElseThrow().finding(args, at, null, null, Map.of());
    }

    private static boolean matches(GovmetaConfig.SuppressionEntry s, PathMatcher files, Finding f, Path rel) {
        return s.rule().equals(f.ruleId())
                && (files == null || (rel != null && files.matches(rel)))
                && (s.dataset() == null || s.dataset().equals(f.dataset()))
                && (s.pointer() == null || s.pointer().equals(f.location().pointer()));
    }

    /** The source's path relative to the configuration file's folder, or null for standard input. */
    private Path relative(String source) {
        if (source.startsWith("<")) {
            return null;
        }
        Path abs = workingDirectory.resolve(source).normalize();
        return abs.startsWith(configDir) ? configDir.relativize(abs) : abs;
    }

    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(workingDirectory) ? workingDirectory.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}
