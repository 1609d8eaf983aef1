package io.github.govmeta.core.checks;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.PositionIndex;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.Rule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The kinds of record check a {@code checks.yaml} may name under {@code record:}. Immutable. */
sealed interface RecordCheck {

    Rule rule();

    /** Whether it runs only on datasets that may be public ({@code when: public}). */
    boolean whenPublic();

    void check(ProfileChecks.Subject s, List<Finding> out);

    static RecordCheck of(ProfileChecks.Spec spec) {
        boolean pub = "public".equals(spec.optString("when"));
        return switch (spec.kind()) {
            case "maxAge" -> new MaxAge(spec.rule(), pub, spec.string("field"), spec.wholeNumber("months"));
            case "emailDomain" -> new EmailDomain(spec.rule(), pub, spec.strings("fields"));
            case "requiredFields" -> new RequiredFields(spec.rule(), pub, spec.strings("fields"));
            case "thaiNationalId", "thaiMobile", "webmail" -> new Identifiers(spec.rule(), pub, spec.kind(), spec.strings("fields"),
                    spec.strings("domains").stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
            default -> throw new ProfileException(spec.where() + ": unknown kind '" + spec.kind()
                    + "' (maxAge, emailDomain, requiredFields, thaiNationalId, thaiMobile, webmail)");
        };
    }

    /**
     * A date not older than {@code months} (the policy's {@code reviewPeriodMonths} win) before the run's day.
     * A value that is not a Christian-era ISO date is left to the field's own rules.
     */
    record MaxAge(Rule rule, boolean whenPublic, String field, int months) implements RecordCheck {
        @Override
        public void check(ProfileChecks.Subject s, List<Finding> out) {
            JsonNode v = s.content().get(field);
            if (v == null || !v.isString() || !v.asString().matches("(1[89]|2[01])\\d{2}-\\d{2}-\\d{2}")) {
                return;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(v.asString());
            } catch (DateTimeParseException e) {
                return;
            }
            int period = s.ctx.policy().reviewPeriodMonths() != null ? s.ctx.policy().reviewPeriodMonths() : months;
            LocalDate due = date.plusMonths(period);
            if (s.ctx.today().isAfter(due)) {
                out.add(s.finding(rule, "/" + field, v.asString(),
                        Map.of("value", v.asString(), "period", String.valueOf(period), "due", due.toString()), false));
            }
        }
    }

    /** E-mail addresses in {@code fields} at one of the policy's {@code contactDomains}; no domains, no check. */
    record EmailDomain(Rule rule, boolean whenPublic, List<String> fields) implements RecordCheck {
        @Override
        public void check(ProfileChecks.Subject s, List<Finding> out) {
            List<String> domains = s.ctx.policy().contactDomains();
            if (domains == null || domains.isEmpty()) {
                return;
            }
            for (String field : fields) {
                JsonNode v = s.content().get(field);
                if (v == null || !v.isString() || v.asString().indexOf('@') < 0) {
                    continue; // missing or malformed addresses are the field's own rules'
                }
                String domain = v.asString().substring(v.asString().lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
                if (domains.stream().noneMatch(d -> matches(domain, d.toLowerCase(Locale.ROOT)))) {
                    out.add(s.finding(rule, "/" + field, v.asString(), Map.of("value", v.asString(), "property", field,
                            "allowed", String.join(", ", domains)), false));
                }
            }
        }

        /** {@code go.th} is that domain; {@code *.go.th} any domain under it. */
        static boolean matches(String domain, String pattern) {
            return pattern.startsWith("*.") ? domain.endsWith(pattern.substring(1)) : domain.equals(pattern);
        }
    }

    /** Fields every dataset must state: {@code fields}, and the policy's {@code requiredRoles}. */
    record RequiredFields(Rule rule, boolean whenPublic, List<String> fields) implements RecordCheck {
        @Override
        public void check(ProfileChecks.Subject s, List<Finding> out) {
            Set<String> all = new LinkedHashSet<>(fields);
            if (s.ctx.policy().requiredRoles() != null) {
                all.addAll(s.ctx.policy().requiredRoles());
            }
            for (String field : all) {
                JsonNode v = s.content().get(field);
                if (v == null || (v.isString() && v.asString().isBlank())) {
                    out.add(s.finding(rule, "/" + field, null, Map.of("property", field), true));
                }
            }
        }
    }

    /** Personal identifiers (one kind each) in every string under {@code fields}. */
    record Identifiers(Rule rule, boolean whenPublic, String kind, List<String> fields, Set<String> domains) implements RecordCheck {
        List<String> find(String text) {
            return switch (kind) {
                case "thaiNationalId" -> PersonalIdentifiers.nationalIds(text);
                case "thaiMobile" -> PersonalIdentifiers.mobiles(text);
                default -> PersonalIdentifiers.webmail(text, domains);
            };
        }

        @Override
        public void check(ProfileChecks.Subject s, List<Finding> out) {
            for (String field : fields) {
                Map<String, String> strings = new LinkedHashMap<>();
                ProfileChecks.strings(s.content().get(field), PositionIndex.child("", field), strings);
                strings.forEach((pointer, text) -> {
                    for (String raw : new LinkedHashSet<>(find(text))) {
                        String shown = s.sourcePointer(pointer).substring(1);
                        out.add(s.finding(rule, pointer, raw, Map.of("value", raw, "property", shown), false));
                    }
                });
            }
        }
    }
}
