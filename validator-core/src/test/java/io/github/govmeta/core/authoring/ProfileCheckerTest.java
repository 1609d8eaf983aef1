package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileRepository;
import io.github.govmeta.core.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** {@code profile check} finds one mistake of each kind in a deliberately broken profile, with locations. */
class ProfileCheckerTest {
    @Test
    void findsEveryKindOfMistake() {
        verify(Path.of("src/test/resources/profiles/broken"));
    }

    /**
     * The DCAT form: invalid SHACL, an unknown rule in a shape and in the parity list, unmapped fields, a
     * ruled shape with its own message and severity.
     */
    @Test
    void findsMistakesInTheDcatForm() {
        verify(Path.of("src/test/resources/profiles/broken-dcat"));
    }

    private static void verify(Path dir) {
        Profile profile = new ProfileRepository().directory(dir);
        List<Finding> findings = ProfileChecker.check(profile);
        String base = dir.toAbsolutePath().toString();
        Approvals.verify(findings.stream()
                .map(f -> f.location().display().replace(base, "broken") + "  " + f.ruleId() + "  " + f.message().en())
                .collect(Collectors.joining("\n")));
    }
}
