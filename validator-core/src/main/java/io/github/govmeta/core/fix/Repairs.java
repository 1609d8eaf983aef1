package io.github.govmeta.core.fix;

import io.github.govmeta.core.profile.ProfileModel;
import io.github.govmeta.core.finding.BuddhistEra;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.profile.RuleFix;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fix kinds of {@link RuleFix}, applied to one value: each returns the one value meant, or why it
 * will not choose — a fix is never a guess. Reads the profile's Buddhist-era declaration and its choice
 * lists (values and labels, from the schemas). Immutable, thread-safe.
 */
public final class Repairs {
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})(-\\d{2}-\\d{2})(.*)$", Pattern.DOTALL);

    private final BuddhistEra era;
    /** Per rule id: the choice list it checks, stored value to labels. */
    private final Map<String, Map<String, List<String>>> choices = new LinkedHashMap<>();

    public Repairs(Profile profile) {
        this.era = profile.buddhistEra();
        for (ProfileModel.Field field : ProfileModel.of(profile).fields()) {
            if (field.vocabulary() == null || field.values().isEmpty()) {
                continue;
            }
            for (String rule : field.rules()) {
                Map<String, List<String>> list = choices.computeIfAbsent(rule, r -> new LinkedHashMap<>());
                for (String v : field.values()) {
                    LocalizedText label = field.labels().get(v);
                    list.put(v, label == null ? List.of() : List.of(label.th(), label.en()));
                }
            }
        }
    }

    /** The choice list (stored values and their labels) {@code ruleId} checks; empty when it checks none. */
    private Map<String, List<String>> choiceList(String ruleId) {
        return choices.getOrDefault(ruleId, Map.of());
    }

    /**
     * What a fix makes of a value: the new value, or why there is none.
     *
     * @param value      the new value, or null
     * @param refusal    why there is none, or null
     * @param applicable whether the fix's kind applies to the value at all; a refusal of a fix that does not
     *                   apply (a choice that matches nothing, nothing to clean up) is not news to the user,
     *                   whose finding stays
     */
    public record Outcome(String value, LocalizedText refusal, boolean applicable) {
        static Outcome to(String value) {
            return new Outcome(value, null, true);
        }

        /** The fix applies but will not choose: ambiguous, or the result would not be a real value. */
        static Outcome refused(String th, String en) {
            return new Outcome(null, new LocalizedText(th, en), true);
        }

        /** The fix does not apply to this value. */
        static Outcome notApplicable(String th, String en) {
            return new Outcome(null, new LocalizedText(th, en), false);
        }
    }

    /** The value {@code rule}'s fix makes of {@code value}. */
    public Outcome apply(Rule rule, String value) {
        RuleFix fix = rule.fix();
        if (fix == null) {
            return Outcome.notApplicable("กฎนี้ไม่มีวิธีแก้อัตโนมัติ", "the rule declares no fix");
        }
        return switch (fix.kind()) {
            case RuleFix.BUDDHIST_ERA_DATE -> buddhistEraDate(value);
            case RuleFix.CHOICE -> choice(rule.id(), fix.aliases(), value);
            case RuleFix.CLEANUP -> cleanup(value);
            default -> Outcome.notApplicable("ไม่รู้จักวิธีแก้ '" + fix.kind() + "'", "unknown fix kind '" + fix.kind() + "'");
        };
    }

    private Outcome buddhistEraDate(String value) {
        Matcher m = ISO_DATE.matcher(value);
        if (!m.matches()) {
            return Outcome.notApplicable("ค่า '" + value + "' ไม่ใช่วันที่รูปแบบ YYYY-MM-DD", "'" + value + "' is not a date written YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        if (!era.buddhist(year)) {
            return Outcome.notApplicable("ปี " + year + " ไม่อยู่ในช่วงปีพุทธศักราชที่โปรไฟล์กำหนด", "the year " + year + " is not in the profile's Buddhist-era years");
        }
        String ce = String.format(Locale.ROOT, "%04d", year - era.offset()) + m.group(2);
        try {
            LocalDate.parse(ce);
        } catch (DateTimeParseException e) {
            return Outcome.refused("'" + ce + "' ไม่ใช่วันที่ที่มีจริงในปฏิทิน จึงไม่แน่ใจว่าหมายถึงวันใด",
                    "'" + ce + "' is not a day of the calendar, so which day was meant is not clear");
        }
        return Outcome.to(ce + m.group(3));
    }

    private Outcome choice(String ruleId, Map<String, String> aliases, String value) {
        Map<String, List<String>> list = choiceList(ruleId);
        if (list.isEmpty()) {
            return Outcome.notApplicable("กฎนี้ไม่ได้ตรวจรายการตัวเลือก", "the rule checks no choice list");
        }
        String wanted = normal(value);
        Set<String> meant = new LinkedHashSet<>();
        list.forEach((stored, labels) -> {
            if (normal(stored).equals(wanted) || labels.stream().anyMatch(l -> normal(l).equals(wanted))) {
                meant.add(stored);
            }
        });
        aliases.forEach((alias, stored) -> {
            if (normal(alias).equals(wanted)) {
                meant.add(stored);
            }
        });
        if (meant.isEmpty()) {
            return Outcome.notApplicable("'" + value + "' ไม่ตรงกับค่าใดในรายการ ป้ายชื่อ หรือชื่อเรียกอื่นที่โปรไฟล์ประกาศ ต้องเลือกค่าเอง",
                    "'" + value + "' matches no value, label or declared alias of the list; choose the value by hand");
        }
        if (meant.size() > 1) {
            List<String> options = new ArrayList<>(meant);
            return Outcome.refused("'" + value + "' อาจหมายถึง " + String.join(" หรือ ", options) + " ต้องเลือกค่าเอง",
                    "'" + value + "' could mean " + String.join(" or ", options) + "; choose the value by hand");
        }
        return Outcome.to(meant.iterator().next());
    }

    private static Outcome cleanup(String value) {
        String cleaned = clean(value);
        if (cleaned.equals(value)) {
            return Outcome.notApplicable("ไม่มีช่องว่างหรือตัวเลขเต็มความกว้างให้แก้", "there is no surrounding space or full-width digit to clean up");
        }
        if (cleaned.isEmpty()) {
            return Outcome.refused("ค่าจะว่างเปล่าหลังตัดช่องว่าง", "the value would be empty without its spaces");
        }
        return Outcome.to(cleaned);
    }

    /** Surrounding white space (also no-break, ideographic and zero-width spaces) removed; full-width and Thai digits as ASCII. */
    static String clean(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (cp >= 0xFF10 && cp <= 0xFF19) {
                out.append((char) ('0' + cp - 0xFF10));
            } else if (cp >= 0x0E50 && cp <= 0x0E59) {
                out.append((char) ('0' + cp - 0x0E50));
            } else {
                out.appendCodePoint(cp);
            }
        });
        int start = 0;
        int end = out.length();
        while (start < end && space(out.charAt(start))) {
            start++;
        }
        while (end > start && space(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(start, end);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** A value compared to a list's: Unicode-normalised (NFC), spaces squeezed and trimmed, case folded. */
    static String normal(String value) {
        String s = Normalizer.normalize(clean(value), Normalizer.Form.NFC);
        return s.replaceAll("[\\s\\u00A0\\u3000\\u200B]+", " ").toLowerCase(Locale.ROOT);
    }
}
