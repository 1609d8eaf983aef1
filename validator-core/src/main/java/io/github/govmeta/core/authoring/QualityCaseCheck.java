package io.github.govmeta.core.authoring;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.SourceFormats;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.quality.QualityCases;
import io.github.govmeta.core.quality.QualityModel;
import io.github.govmeta.core.quality.QualityModels;
import io.github.govmeta.core.quality.QualityScorer;
import io.github.govmeta.core.quality.ScoreListener;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quality models' tests ({@value QualityCases#FILE} of the profile's folder): every case, scored by the
 * profile's engine with the scorer {@code govmeta score} uses on the file's day, gives its metric the status
 * (and points) it expects ({@code GOVMETA-PROFILE-QUALITY-CASE}, at the case); and the profile that states the
 * models gives every metric a case that earns its points and one that misses them, unless it exempts the
 * metric with a reason ({@code GOVMETA-PROFILE-QUALITY-UNTESTED}, at the metric in its model file). An
 * extension may add cases of its base's models (those only its own rules reach). Models that cannot be read
 * are {@link QualityModelCheck}'s finding.
 */
final class QualityCaseCheck implements ProfileCheck {
    @Override
    public void check(CheckedProfile checked, ProfileFindings findings) {
        Profile profile = checked.profile();
        Profile owner = profile.qualityProfile();
        if (owner == null) {
            return;
        }
        QualityModels models;
        try {
            models = checked.qualityModels();
        } catch (ProfileException e) {
            return;
        }
        boolean own = owner == profile;
        Optional<SourceRecord> doc = checked.qualityCasesDoc();
        if (doc.isEmpty() && checked.folder().exists(QualityCases.FILE)) {
            return; // a file that cannot be read is its own finding (GOVMETA-INPUT-…), not every metric untested
        }
        QualityCases cases = doc.map(d -> QualityCases.read(d.node(), checked::testBase))
                .orElseGet(() -> new QualityCases(null, "", List.of(), Map.of(), List.of()));
        List<QualityCases.Problem> problems = new ArrayList<>(cases.problems());
        if (doc.isPresent() || own) {
            problems.addAll(cases.check(models.models(), own));
        }
        Map<String, List<String>> modelLines = new HashMap<>();
        for (QualityCases.Problem p : problems) {
            if (p.kind() == QualityCases.Kind.UNTESTED) {
                QualityModel model = models.models().stream().filter(m -> m.id().equals(p.model())).findFirst().orElseThrow();
                List<String> lines = modelLines.computeIfAbsent(model.file(), f -> QualityModelCheck.lines(checked, owner, f));
                findings.addAt(ProfileRules.QUALITY_UNTESTED, model.file(), QualityModelCheck.position(lines, p.metric()),
                        withDetail(Map.of("value", p.subject()), p.detail()));
            } else {
                caseFinding(findings, doc.get(), p.pointer(), p.subject(), p.detail());
            }
        }
        if (doc.isEmpty() || cases.today() == null || cases.runnable().isEmpty()) {
            return;
        }
        List<InputSource> sources = new ArrayList<>();
        for (QualityCases.Case c : cases.runnable()) {
            byte[] json = c.record().toString().getBytes(StandardCharsets.UTF_8);
            sources.add(new InputSource(c.source(), SourceFormats.named("json"), () -> new ByteArrayInputStream(json)));
        }
        ScoreListener listener = new ScoreListener(new QualityScorer(profile, models, checked.compiled().validator().rules(), cases.today()));
        checked.compiled().validator().run(sources, listener);
        for (QualityCases.Result r : cases.results(listener.report())) {
            if (!r.passed()) {
                caseFinding(findings, doc.get(), r.c().pointer(), r.c().name(), QualityCases.failure(r));
            }
        }
        checked.countQualityCases(cases.runnable().size());
    }

    /** A finding at a case ({@code MODEL/METRIC 'name'}) or another entry of the file ({@code subject}). */
    private static void caseFinding(ProfileFindings findings, SourceRecord doc, String pointer, String subject, LocalizedText detail) {
        Position at = doc.positions().find(pointer);
        String shown = pointer.matches("/cases/[^/]+/[^/]+/\\d+") ? pointer.substring("/cases/".length()).replaceFirst("/\\d+$", "")
                + " '" + subject + "'" : subject;
        findings.add(ProfileRules.QUALITY_CASE, QualityCases.FILE, at == null ? Position.UNKNOWN : at,
                withDetail(Map.of("value", shown), detail));
    }

    private static Map<String, String> withDetail(Map<String, String> args, LocalizedText detail) {
        Map<String, String> all = new HashMap<>(args);
        all.putAll(LocalizedText.argument("detail", detail));
        return all;
    }
}
