package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileFolder;
import io.github.govmeta.core.profile.ProfileRepository;
import io.github.govmeta.core.profile.Rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.engine.EngineRules;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code profile check} loads each file of the profile once, and names its rules in one place. */
class ProfileCheckRunTest {
    /** The repository's th-gdc profile: schemas, rules, examples, and a DCAT form in the parallel shapes tree. */
    private static final Path TH_GDC = Path.of("../schemas/th-gdc/1.0.0");

    @Test
    void readsEachFileOfTheProfileOnce() {
        Map<String, Integer> opened = new TreeMap<>();
        Profile p = new ProfileRepository().directory(TH_GDC);
        Profile.DcatForm dcat = p.dcat();
        Profile counted = new Profile(p.id(), p.version(), p.status(), p.title(), p.source(), p.extendsRef(), p.entrySchemaId(),
                p.schemas(), p.rules(), p.canonicalize(), p.location(), counting(p.folder(), opened), p.base(),
                new Profile.DcatForm(counting(dcat.folder(), opened), dcat.shapes(), dcat.mapping(), dcat.parityExceptions()),
                p.buddhistEra(), p.quality(), p.checks());

        assertThat(ProfileChecker.check(counted)).isEmpty();

        // the shapes: once for the checks, once compiled by the engine for the DCAT examples; the mapping: once for
        // the checks, once by the engine's run that scores the quality cases (it reads DCAT datasets back through it)
        assertThat(opened).allSatisfy((file, times) ->
                assertThat(times).as(file).isLessThanOrEqualTo(file.endsWith(".ttl") || file.endsWith("dcat-mapping.yaml") ? 2 : 1));
        assertThat(opened).containsKey(TH_GDC.resolve("quality/tests.yaml").toString());
        assertThat(opened).containsKeys(TH_GDC.resolve("profile.yaml").toString(), TH_GDC.resolve("rules.yaml").toString());
    }

    @Test
    void theRuleIdsOfTheChecksAreTheEngineCataloguesProfileRules() throws IllegalAccessException {
        Set<String> constants = new java.util.TreeSet<>();
        for (Field f : ProfileRules.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                constants.add((String) f.get(null));
            }
        }
        Set<String> catalogue = EngineRules.catalog().all().stream().map(Rule::id)
                .filter(id -> id.startsWith("GOVMETA-PROFILE-")).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(constants).isEqualTo(catalogue);
    }

    private static ProfileFolder counting(ProfileFolder folder, Map<String, Integer> opened) {
        return new ProfileFolder() {
            @Override
            public InputStream open(String file) {
                opened.merge(folder.describe(file), 1, Integer::sum);
                return folder.open(file);
            }

            @Override
            public boolean exists(String file) {
                return folder.exists(file);
            }

            @Override
            public String describe(String file) {
                return folder.describe(file);
            }
        };
    }

}
