package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.Yaml;
import io.github.govmeta.core.config.DidYouMean;
import io.github.govmeta.core.input.Position;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The parity list ({@code parityExceptions}: the rules SHACL does not check, and the DCAT-only ones)
 * names only rules of the catalogue.
 */
final class ParityListCheck implements ProfileCheck {
    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        Profile.DcatForm dcat = profile.profile().dcat();
        if (dcat == null || dcat.parityExceptions().isEmpty()) {
            return;
        }
        String shown = dcat.folder().describe(dcat.parityExceptions());
        Map<String, Object> parity;
        try (InputStream in = dcat.folder().open(dcat.parityExceptions())) {
            parity = Yaml.map(new Load(LoadSettings.builder().setLabel(shown).build()).loadFromInputStream(in), "parity");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> listed = new TreeSet<>(Yaml.optMap(parity.get("exceptions"), "exceptions").keySet());
        listed.addAll(Yaml.optMap(parity.get("dcatOnly"), "dcatOnly").keySet());
        Set<String> known = profile.knownRules();
        for (String id : listed) {
            if (!known.contains(id)) {
                findings.addAt(ProfileRules.RULE_UNKNOWN, shown, Position.UNKNOWN, Map.of("value", id, "detail", DidYouMean.hint(id, known)));
            }
        }
    }
}
