package io.github.govmeta.core.quality;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.GovmetaException;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.ValidationResult;
import io.github.govmeta.core.net.NetworkAccess;
import io.github.govmeta.core.net.UrlChecker;
import io.github.govmeta.core.profile.ProfileException;
import java.util.List;

/**
 * A scoring run: the request's run (same inputs, configuration, profile and policy as {@code validate})
 * with a {@link ScoreListener} on its findings, timeliness measured against the request's {@code today}.
 * For every caller (the CLI, a plugin, a server); never throws for a user's mistake.
 */
public final class Scoring {
    /** URL checks under way at once (each host also gets the request's own per-host limits). */
    private static final int URL_CHECKS = 8;

    private Scoring() {}

    /**
     * What a scoring run found.
     *
     * @param problems usage, configuration, profile and I/O problems (the run's and the models'), each naming its file
     * @param result   the run's result, or null when nothing was run
     * @param report   the scores, or null when nothing was run
     * @param national the same scores grouped by agency (the national view), or null when nothing was scored
     */
    public record Outcome(List<String> problems, ValidationResult result, ScoreReport report, NationalView national) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public Outcome(List<String> problems, ValidationResult result, ScoreReport report) {
            this(problems, result, report, null);
        }

        /** Whether the run went as asked ({@link ExitStatus#ERROR} otherwise). */
        public boolean done() {
            return problems.isEmpty();
        }

        /** The catalog mean of the first model, else 0: what a minimum score is compared with. */
        public double catalogScore() {
            return report == null || report.models().isEmpty() ? 0 : report.summaries().get(0).mean();
        }
    }

    /**
     * Validates as {@code validate} does and scores when the profile has quality models: a profile
     * without models, or with models that cannot be read, still gets its validation (and a null report).
     * For callers whose job is the validation (the reviewer's page).
     */
    public static Outcome validateAndScore(ValidationRequest request) {
        return run(request, false, false);
    }

    /** Validates and scores, for callers whose job is the score: a profile without readable quality models is a problem. */
    public static Outcome score(ValidationRequest request) {
        return run(request, true, false);
    }

    /**
     * {@link #score}, and with {@code checkUrls} the metrics that need the network ({@code url-answers}:
     * access and download URLs answer) are measured over it, through the request's network settings
     * (private addresses only when they allow them; answers kept in their offline cache, or — with a cache
     * and without network access — read from it), instead of being left out.
     */
    public static Outcome score(ValidationRequest request, boolean checkUrls) {
        return run(request, true, checkUrls);
    }

    /**
     * @param required whether the scores are the point: then a profile without (or with unreadable) quality
     *                 models is a problem and nothing is run; else the validation runs without scores
     */
    private static Outcome run(ValidationRequest request, boolean required, boolean checkUrls) {
        Govmeta govmeta;
        try {
            govmeta = Govmeta.open(request);
        } catch (GovmetaException e) {
            return new Outcome(e.problems(), required ? null : ValidationResult.refused(e.problems()), null);
        }
        ScoreListener listener = null;
        // checking URLs is itself the permission to send their requests; with an offline cache and no network
        // access, the answers are read from the cache (a recorded review replayed)
        NetworkAccess network = request.network();
        UrlChecker urls = !checkUrls ? null : new UrlChecker(network.offlineCache() != null && !network.allowed() ? network
                : network.withAllowed(true), URL_CHECKS);
        try {
            if (required || govmeta.profile().qualityProfile() != null) {
                try {
                    listener = new ScoreListener(new QualityScorer(govmeta.profile(), govmeta.rules(), request.today(), urls));
                } catch (ProfileException e) {
                    if (required) {
                        return new Outcome(List.of(e.getMessage()), null, null);
                    }
                }
            }
            if (listener == null) {
                ValidationResult result = govmeta.run(List.of());
                return new Outcome(result.problems(), result, null);
            }
            NationalView.Collector agencies = new NationalView.Collector();
            ValidationResult result = govmeta.run(List.of(listener, agencies));
            ScoreReport report = listener.report();
            return new Outcome(result.problems(), result, report, agencies.view(report,
                    rule -> govmeta.rules().find(rule).map(io.github.govmeta.core.profile.Rule::title)
                            .orElse(new io.github.govmeta.core.finding.LocalizedText(rule, rule))));
        } finally {
            if (urls != null) {
                urls.close();
            }
        }
    }
}
