package io.github.govmeta.core.authoring;

import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.ProfileModel;
import io.github.govmeta.core.quality.QualityModel;
import io.github.govmeta.core.quality.QualityModels;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The profile's quality models ({@code quality:} in {@code profile.yaml}) can be read — every kind, list,
 * choice list, period and DCAT property known — and every CKAN field a metric reads (in {@code fields} or
 * {@code when}) is a field of the profile's schemas, or one of CKAN's own the model names under
 * {@code ckanFields}: a misspelt field would otherwise score every dataset 0 without a word. Findings point
 * at the line of the metric's id.
 */
final class QualityModelCheck implements ProfileCheck {
    @Override
    public void check(CheckedProfile checked, ProfileFindings findings) {
        Profile profile = checked.profile();
        Profile owner = profile.qualityProfile();
        if (owner == null) {
            return;
        }
        if (profile.hasDcatMapping() && !checked.mappingReadable()) {
            return; // a mapping that cannot be read is MappingCoverageCheck's finding; the models read through it
        }
        QualityModels models;
        try {
            models = checked.qualityModels();
        } catch (ProfileException e) {
            // the models' problems start with the file they are in
            String file = owner.quality().stream().map(owner.folder()::describe).filter(e.getMessage()::startsWith).findFirst()
                    .orElse(owner.folder().describe("profile.yaml"));
            findings.addAt(ProfileRules.QUALITY, file, Position.UNKNOWN, Map.of("detail", e.getMessage()));
            return;
        }
        Set<String> known = new HashSet<>();
        ProfileModel.of(profile).fields().forEach(f -> known.add(f.path()));
        for (QualityModel model : models.models()) {
            List<String> lines = lines(checked, owner, model.file());
            for (QualityModel.Dimension d : model.dimensions()) {
                for (QualityModel.Metric m : d.metrics()) {
                    Set<String> read = new TreeSet<>(m.property() == null ? m.fields() : List.of());
                    String prefix = m.level() == QualityModel.Level.DISTRIBUTION ? "resources[]." : "";
                    for (String field : read) {
                        if (!known.contains(prefix + field) && !model.ckanFields().contains(field)) {
                            unknown(findings, model, m, prefix + field, lines);
                        }
                    }
                    for (String field : new TreeSet<>(m.when().keySet())) {
                        if (!known.contains(field) && !model.ckanFields().contains(field)) {
                            unknown(findings, model, m, field, lines);
                        }
                    }
                }
            }
        }
    }

    private static void unknown(ProfileFindings findings, QualityModel model, QualityModel.Metric m, String field, List<String> lines) {
        findings.addAt(ProfileRules.QUALITY_FIELD, model.file(), position(lines, m.id()),
                Map.of("value", field, "property", m.id(), "other", model.id()));
    }

    /** The line of {@code id: ID} in the model file (where the metric is stated), else unknown. */
    static Position position(List<String> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf("id: " + id);
            if (at >= 0) {
                int end = at + 4 + id.length();
                String rest = lines.get(i).substring(end);
                if (rest.isEmpty() || rest.startsWith(",") || rest.startsWith(" ") || rest.startsWith("}")) {
                    return new Position(i + 1, at + 1);
                }
            }
        }
        return Position.UNKNOWN;
    }

    static List<String> lines(CheckedProfile checked, Profile owner, String shown) {
        for (String file : owner.quality()) {
            if (owner.folder().describe(file).equals(shown)) {
                return new String(checked.qualityFile(owner.folder(), file), StandardCharsets.UTF_8).lines().toList();
            }
        }
        return List.of();
    }
}
