package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.ProfileModel;
import io.github.govmeta.core.config.DidYouMean;
import io.github.govmeta.core.finding.BuddhistEra;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.input.PositionIndex;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.profile.RuleFix;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Every fix a rule declares ({@code fix:} in {@code rules.yaml}) can do what it says: its kind is one
 * govmeta knows, with only that kind's parameters; a {@code choice} fix belongs to a rule that checks a
 * choice list, and each of its aliases names a stored value of that list and is not itself a value or a
 * label of it (else a value could mean two things); a {@code buddhist-era-date} fix needs the profile's
 * {@code buddhistEra}. Reported at the fix in {@code rules.yaml}.
 */
final class FixCheck implements ProfileCheck {
    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        SourceRecord doc = profile.rulesDoc().orElse(null);
        if (doc == null) {
            return;
        }
        Map<String, Map<String, Set<String>>> lists = null;
        for (Map.Entry<String, JsonNode> rule : doc.node().path("rules").properties()) {
            JsonNode fix = rule.getValue().get("fix");
            if (fix == null) {
                continue;
            }
            String id = rule.getKey();
            String at = PositionIndex.child(PositionIndex.child("/rules", id), "fix");
            String kind = fix.isString() ? fix.asString() : fix.path("kind").asString("");
            if (!RuleFix.KINDS.contains(kind)) {
                report(findings, profile, doc, at, id, new LocalizedText(
                        "ไม่รู้จักชนิด '" + kind + "' (รู้จัก " + String.join(", ", RuleFix.KINDS) + ")" + DidYouMean.hint(kind, RuleFix.KINDS),
                        "unknown kind '" + kind + "' (known: " + String.join(", ", RuleFix.KINDS) + ")" + DidYouMean.hint(kind, RuleFix.KINDS)));
                continue;
            }
            for (Map.Entry<String, JsonNode> p : fix.properties()) {
                boolean allowed = p.getKey().equals("kind") || (p.getKey().equals("aliases") && kind.equals(RuleFix.CHOICE));
                if (!allowed) {
                    report(findings, profile, doc, PositionIndex.child(at, p.getKey()), id, new LocalizedText(
                            "ชนิด " + kind + " ไม่มีพารามิเตอร์ '" + p.getKey() + "'", "the kind " + kind + " takes no parameter '" + p.getKey() + "'"));
                }
            }
            if (kind.equals(RuleFix.BUDDHIST_ERA_DATE) && profile.profile().buddhistEra().equals(BuddhistEra.NONE)) {
                report(findings, profile, doc, at, id, new LocalizedText(
                        "โปรไฟล์ไม่ได้ประกาศ buddhistEra ใน profile.yaml", "the profile declares no buddhistEra in profile.yaml"));
            }
            if (kind.equals(RuleFix.CHOICE)) {
                if (lists == null) {
                    lists = choiceLists(profile);
                }
                Map<String, Set<String>> list = lists.get(id);
                if (list == null) {
                    report(findings, profile, doc, at, id, new LocalizedText(
                            "กฎนี้ไม่ได้ตรวจรายการตัวเลือกใดใน JSON Schema", "the rule checks no choice list of the JSON Schemas"));
                    continue;
                }
                for (Map.Entry<String, JsonNode> alias : fix.path("aliases").properties()) {
                    String where = PositionIndex.child(PositionIndex.child(at, "aliases"), alias.getKey());
                    String target = alias.getValue().asString(alias.getValue().toString());
                    if (!list.containsKey(target)) {
                        report(findings, profile, doc, where, id, new LocalizedText(
                                "ชื่อเรียกอื่น '" + alias.getKey() + "' ชี้ไปที่ '" + target + "' ซึ่งไม่อยู่ในรายการ" + DidYouMean.hint(target, list.keySet()),
                                "the alias '" + alias.getKey() + "' names '" + target + "', which is not in the list" + DidYouMean.hint(target, list.keySet())));
                    }
                    list.forEach((stored, labels) -> {
                        if (!stored.equals(target) && (stored.equals(alias.getKey()) || labels.contains(alias.getKey()))) {
                            report(findings, profile, doc, where, id, new LocalizedText(
                                    "ชื่อเรียกอื่น '" + alias.getKey() + "' เป็นค่าหรือป้ายชื่อของ '" + stored + "' อยู่แล้ว จึงอาจหมายถึงสองค่า",
                                    "the alias '" + alias.getKey() + "' is already a value or label of '" + stored + "', so it could mean two values"));
                        }
                    });
                }
            }
        }
    }

    /** Per rule id: the stored values of the choice list it checks, each with its labels. */
    private static Map<String, Map<String, Set<String>>> choiceLists(CheckedProfile profile) {
        Map<String, Map<String, Set<String>>> out = new LinkedHashMap<>();
        for (ProfileModel.Field field : ProfileModel.of(profile.profile()).fields()) {
            if (field.vocabulary() == null || field.values().isEmpty()) {
                continue;
            }
            for (String rule : field.rules()) {
                Map<String, Set<String>> list = out.computeIfAbsent(rule, r -> new LinkedHashMap<>());
                for (String v : field.values()) {
                    LocalizedText label = field.labels().get(v);
                    Set<String> labels = list.computeIfAbsent(v, k -> new LinkedHashSet<>());
                    if (label != null) {
                        labels.add(label.th());
                        labels.add(label.en());
                    }
                }
            }
        }
        return out;
    }

    private static void report(ProfileFindings findings, CheckedProfile profile, SourceRecord doc, String pointer, String id,
                               LocalizedText detail) {
        findings.add(ProfileRules.FIX, profile.rulesFile(), doc.positions().find(pointer),
                Map.of("property", id, "detail", detail.en(), "detailTh", detail.th()));
    }
}
