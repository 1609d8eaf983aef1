package io.github.govmeta.server;

import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.quality.ScoreReport;
import io.github.govmeta.core.quality.Scoring;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.ValidationResult;
import io.github.govmeta.core.ValidationRequest.NamedSource;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs submissions through the facade, at most {@link ServerConfig#maxConcurrent} at once and each for at
 * most {@link ServerConfig#timeLimit}: one {@link ValidationRequest} per submission with its sources in
 * memory, no configuration file, no baseline, and a stream report per format asked for. A validation that
 * runs out of time is abandoned by the request (its slot is freed only when the engine is done with it).
 * Thread-safe: request threads call {@link #run} concurrently.
 */
final class Validations implements AutoCloseable {
    /** What one run produced: the facade's result and the reports asked for, whole. */
    /** @param scores the quality scores, or null when the profile has no quality models */
    record Outcome(ValidationResult result, Map<ReportFormat, String> reports, ScoreReport scores) {}

    private final ServerConfig config;
    private final Semaphore slots;
    private final ExecutorService workers;

    Validations(ServerConfig config) {
        this.config = config;
        this.slots = new Semaphore(config.maxConcurrent());
        this.workers = Executors.newFixedThreadPool(config.maxConcurrent(), r -> {
            Thread t = new Thread(r, "govmeta-validation");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Validates {@code submission}, producing {@code formats}, and scores it when {@code scores} (the page).
     *
     * @throws Problem 503 when every slot is taken or the time limit passes; 422 when the facade refuses the
     *                 request (an unknown profile)
     */
    Outcome run(Submission submission, Set<ReportFormat> formats, boolean scores) {
        if (!slots.tryAcquire()) {
            throw Problem.busy("all " + config.maxConcurrent() + " validation slots are in use; try again shortly",
                    config.retryAfter().toSeconds());
        }
        Future<Outcome> future;
        try {
            future = workers.submit(() -> {
                try {
                    return validate(submission, formats, scores);
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        try {
            Outcome outcome = future.get(config.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
            if (outcome.result().stats() == null) {
                throw Problem.unprocessable(String.join("; ", outcome.result().problems()));
            }
            return outcome;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw Problem.busy("the validation took longer than " + config.timeLimit().toSeconds()
                    + " s and was stopped; send fewer or smaller files", config.retryAfter().toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.busy("the server is stopping", config.retryAfter().toSeconds());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static Outcome validate(Submission submission, Set<ReportFormat> formats, boolean scores) {
        ValidationRequest.Builder request = ValidationRequest.builder(Path.of("").toAbsolutePath())
                .noConfig(true).noBaseline(true).timing(false)
                .profile(submission.profile()).lang(submission.lang());
        for (NamedSource s : submission.sources()) {
            request.source(s.name(), s.content());
        }
        for (NamedSource s : submission.shapes()) {
            request.shapeSource(s.name(), s.content());
        }
        Map<ReportFormat, StringWriter> writers = new EnumMap<>(ReportFormat.class);
        CsvFindings csv = new CsvFindings();
        for (ReportFormat f : formats) {
            if (f == ReportFormat.CSV) {
                request.listener(csv);
            } else {
                StringWriter w = new StringWriter();
                writers.put(f, w);
                request.output(new ValidationRequest.StreamReport(f.id, w, false));
            }
        }
        ValidationRequest built = request.build();
        Scoring.Outcome scored = scores ? Scoring.validateAndScore(built) : null;
        ValidationResult result = scored != null ? scored.result() : Govmeta.validate(built);
        Map<ReportFormat, String> reports = new EnumMap<>(ReportFormat.class);
        writers.forEach((f, w) -> reports.put(f, w.toString()));
        if (formats.contains(ReportFormat.CSV)) {
            reports.put(ReportFormat.CSV, csv.text());
        }
        return new Outcome(result, reports, scored == null ? null : scored.report());
    }

    /** Slots free now (for {@code /health}). */
    int freeSlots() {
        return slots.availablePermits();
    }

    /** The validation slots, so a test can hold them all. */
    Semaphore slots() {
        return slots;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
