package io.github.govmeta.core.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.profile.ProfileRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile check} on the quality models: a model that cannot be read, and metrics reading fields the profile has not. */
class QualityModelCheckTest {
    @TempDir
    Path dir;

    private List<String> check(Path profile) {
        return ProfileChecker.check(new ProfileRepository().directory(profile)).stream()
                .map(f -> f.ruleId() + " " + f.location().display().replace(dir.toString(), "") + " " + f.message().en())
                .toList();
    }

    @Test
    void aMisspeltFieldOfAMetricOrItsConditionIsAFindingAtTheMetric() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        Path thai = profile.resolve("quality/thai.yaml");
        ProfileCopies.replace(thai, "{id: keywords, points: 4, kind: present, fields: [tags]", "{id: keywords, points: 4, kind: present, fields: [tag]");
        ProfileCopies.replace(thai, "when: {data_category: [ข้อมูลสาธารณะ]}", "when: {data_catgory: [ข้อมูลสาธารณะ]}");
        ProfileCopies.replace(thai, "{id: machine-readable, points: 4, kind: in-list, list: machine-readable, fields: [format]",
                "{id: machine-readable, points: 4, kind: in-list, list: machine-readable, fields: [formats]");

        // (the cases of quality/tests.yaml that read those fields break too: QualityCaseCheckTest)
        assertThat(check(profile)).filteredOn(f -> f.startsWith("GOVMETA-PROFILE-QUALITY-FIELD ")).containsExactly(
                "GOVMETA-PROFILE-QUALITY-FIELD /schemas/th-gdc/1.0.0/quality/thai.yaml:94:10 Metric keywords of model thai reads"
                        + " 'tag', which is not a field of the profile's JSON Schemas (list CKAN's own fields under ckanFields)",
                "GOVMETA-PROFILE-QUALITY-FIELD /schemas/th-gdc/1.0.0/quality/thai.yaml:106:10 Metric machine-readable of model thai"
                        + " reads 'resources[].formats', which is not a field of the profile's JSON Schemas (list CKAN's own fields under ckanFields)",
                "GOVMETA-PROFILE-QUALITY-FIELD /schemas/th-gdc/1.0.0/quality/thai.yaml:111:10 Metric open-licence of model thai"
                        + " reads 'data_catgory', which is not a field of the profile's JSON Schemas (list CKAN's own fields under ckanFields)");
    }

    @Test
    void aModelThatCannotBeReadIsOneFinding() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        ProfileCopies.replace(profile.resolve("quality/mqa.yaml"), "{id: keyword, points: 30, kind: present,", "{id: keyword, points: 30, kind: presnt,");

        assertThat(check(profile)).singleElement().asString()
                .startsWith("GOVMETA-PROFILE-QUALITY /schemas/th-gdc/1.0.0/quality/mqa.yaml The quality model cannot be read:")
                .contains("mqa.yaml dimension findability metric keyword: unknown kind 'presnt'");
    }

    @Test
    void theBundledProfilesModelsPass() {
        assertThat(ProfileChecker.check(new ProfileRepository().bundled("th-gdc@1.0.0")))
                .extracting(Finding::ruleId).doesNotContain("GOVMETA-PROFILE-QUALITY", "GOVMETA-PROFILE-QUALITY-FIELD");
    }
}
