package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.input.JsonText;
import io.github.govmeta.core.input.PositionIndex;
import io.github.govmeta.core.input.SourceRecord;
import java.net.URI;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Every {@code $ref} of the profile's schemas resolves to a schema (and fragment) bundled in the profile. */
final class RefCheck implements ProfileCheck {
    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        profile.schemas().forEach((file, doc) -> walk(profile.profile(), findings, file, doc, doc.node(), ""));
    }

    private static void walk(Profile profile, ProfileFindings findings, String file, SourceRecord doc, JsonNode node,
                             String pointer) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && !resolves(profile, doc.node().path("$id").asString(""), ref.asString())) {
                findings.add(ProfileRules.REF, file, doc.positions().find(pointer + "/$ref"), Map.of("value", ref.asString()));
            }
            node.properties().forEach(e -> walk(profile, findings, file, doc, e.getValue(), PositionIndex.child(pointer, e.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(profile, findings, file, doc, node.get(i), PositionIndex.child(pointer, i));
            }
        }
    }

    private static boolean resolves(Profile profile, String baseId, String ref) {
        URI target = URI.create(baseId).resolve(ref);
        String text = profile.schemas().get(target.getScheme() + ":" + target.getSchemeSpecificPart());
        if (text == null) {
            return false;
        }
        String fragment = target.getFragment();
        if (fragment == null || fragment.isEmpty()) {
            return true;
        }
        return fragment.startsWith("/") ? !JsonText.parse(text).at(fragment).isMissingNode() : text.contains("\"" + fragment + "\"");
    }
}
