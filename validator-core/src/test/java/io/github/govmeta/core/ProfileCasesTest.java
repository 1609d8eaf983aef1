package io.github.govmeta.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.authoring.ProfileChecker;
import io.github.govmeta.core.profile.ProfileRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled profile passes {@code govmeta profile check}: valid schemas, resolvable refs, catalogue
 * and schemas agree, and every rule's own examples ({@code tests/<RULE-ID>.yaml}) give exactly the
 * findings they expect. The checked copy is the source folder, so a broken example fails the build.
 */
class ProfileCasesTest {
    private final ProfileRepository profiles = new ProfileRepository();

    @TestFactory
    Stream<DynamicTest> everyBundledProfilePassesProfileCheck() {
        return profiles.bundled().stream().map(folder -> DynamicTest.dynamicTest(folder, () -> {
            List<Finding> findings = ProfileChecker.check(
                    profiles.directory(TestRecords.ROOT.resolve("schemas").resolve(folder)));
            assertThat(findings).as(() -> findings.stream()
                    .map(f -> f.location().display() + " " + f.ruleId() + " " + f.message().en())
                    .collect(Collectors.joining("\n"))).isEmpty();
        }));
    }

    @Test
    void profileIndexListsEveryFolder() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> manifests = Files.walk(TestRecords.ROOT.resolve("schemas"), 3)) {
            manifests.filter(p -> p.getFileName().toString().equals("profile.yaml"))
                    .forEach(p -> onDisk.add(TestRecords.ROOT.resolve("schemas").relativize(p.getParent()).toString()
                            .replace('\\', '/')));
        }
        assertThat(new TreeSet<>(profiles.bundled())).isEqualTo(onDisk);
    }
}
