package io.github.govmeta.core.quality;

import io.github.govmeta.core.finding.BuddhistEra;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.quality.QualityModel.Metric;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The closed set of ways a model's metric is measured, by the name a model file gives ({@code kind:}).
 * Each reads one node — the dataset, or one of its resources for a distribution metric — and says which
 * share of the metric's points it earns, and why, in Thai and English. A new metric of an existing kind is
 * data; a new kind is one constant here. Stateless and thread-safe.
 */
public enum Measurement {
    /** The fields hold a value (a non-blank text, a non-empty list); {@code match: any}: one of them is enough. */
    PRESENT("present") {
        @Override
        Outcome measure(Metric m, JsonNode node, Evidence e) {
            List<String> missing = m.fields().stream().filter(f -> values(node, f).isEmpty()).toList();
            int total = m.fields().size();
            if ("any".equals(m.params().get("match")) && missing.size() < total || missing.isEmpty()) {
                return Outcome.of(1, text("มี" + m.label().th(), m.label().en() + " given"));
            }
            if (missing.size() == total) {
                return Outcome.of(0, text("ไม่มี" + m.label().th(), "no " + m.label().en()));
            }
            int have = total - missing.size();
            return Outcome.of((double) have / total, text(m.label().th() + " มี " + have + " จาก " + total + " ช่อง (ขาด "
                    + String.join(", ", missing) + ")", m.label().en() + ": " + have + " of " + total + " fields (missing "
                    + String.join(", ", missing) + ")"));
        }
    },
    /** No finding of the profile at {@code severity} or above (default error), of the {@code rules} globs (default all). */
    NO_FINDINGS("no-findings") {
        @Override
        Outcome measure(Metric m, JsonNode node, Evidence e) {
            List<String> globs = Params.strings(m, "rules", List.of("*"));
            if (e.ruleIds().stream().noneMatch(id -> Params.matchesAny(globs, id))) {
                return Outcome.leftOut(text("โปรไฟล์นี้ไม่มีกฎ " + String.join(", ", globs),
                        "this profile has no rule " + String.join(", ", globs)));
            }
            var least = io.github.govmeta.core.finding.Severity.parse(Params.string(m, "severity", "error"));
            List<String> hits = e.findings().stream()
                    .filter(f -> !f.suppressed() && f.severity().atLeast(least) && Params.matchesAny(globs, f.ruleId()))
                    .map(Finding::ruleId).distinct().sorted().toList();
            if (hits.isEmpty()) {
                return Outcome.of(1, text(m.label().th(), m.label().en()));
            }
            String rules = String.join(", ", hits.subList(0, Math.min(3, hits.size()))) + (hits.size() > 3 ? ", …" : "");
            return Outcome.of(0, text("พบปัญหา " + hits.size() + " กฎ (" + rules + ")", hits.size() + " rule(s) failed (" + rules + ")"));
        }
    },
    /** Every value of the field is in the profile's choice list {@code vocabulary} and not in {@code except}. */
    IN_VOCABULARY("in-vocabulary") {
        @Override
        Outcome measure(Metric m, JsonNode node, Evidence e) {
            List<String> allowed = e.vocabulary(Params.string(m, "vocabulary", null));
            return inList(m, node, v -> allowed.contains(v) && !Params.strings(m, "except", List.of()).contains(v));
        }
    },
    /** Every value of the field is in the model's named {@code list}, ignoring case and a leading dot. */
    IN_LIST("in-list") {
        @Override
        Outcome measure(Metric m, JsonNode node, Evidence e) {
            List<String> list = e.list(Params.string(m, "list", null)).stream().map(Measurement::normal).toList();
            return inList(m, node, v -> list.contains(normal(v)));
        }
    },
    /** The field's text contains a match of {@code pattern}. */
    MATCHES("matches") {
        @Override
        Outcome measure(Metric m, JsonNode node, Evidence e) {
            List<String> values = values(node, m.fields().get(0));
            if (values.isEmpty()) {
                return Outcome.of(0, text("ไม่มี " + m.fields().get(0), "no " + m.fields().get(0)));
            }
            Pattern p = Pattern.compile(Params.string(m, "pattern", null));
            return values.stream().anyMatch(v -> p.matcher(v).find())
                    ? Outcome.of(1, text("มี" + m.label().th(), m.label().en() + " given"))
                    : Outcome.of(0, text("ไม่มี" + m.label().th(), "no " + m.label().en()));
        }
    },
    /**
     * The date field (ISO, B.E. years understood) plus {@code interval} × the period of {@code unit} (from
     * {@code periods}) is not before the day of the run. Left out when the unit has no period.
     */
    FRESH("fresh") {
        @Override
        Outcome measure(Metric m, JsonNode node, Evidence e) {
            List<String> unit = values(node, Params.string(m, "unit", null));
            Object period = unit.isEmpty() ? null : Params.map(m, "periods").get(unit.get(0));
            if (period == null) {
                return Outcome.leftOut(unit.isEmpty() ? text("ไม่ได้ระบุความถี่ของการปรับปรุง", "no update frequency declared")
                        : text("ความถี่ '" + unit.get(0) + "' ไม่มีกำหนดเวลา", "frequency '" + unit.get(0) + "' sets no due date"));
            }
            List<String> date = values(node, m.fields().get(0));
            if (date.isEmpty()) {
                return Outcome.of(0, text("ไม่มีวันที่ปรับปรุงล่าสุด (" + m.fields().get(0) + ")",
                        "no last update date (" + m.fields().get(0) + ")"));
            }
            LocalDate updated;
            try {
                updated = LocalDate.parse(e.era().toChristianEra(date.get(0).trim()));
            } catch (DateTimeParseException ex) {
                return Outcome.of(0, text("อ่านวันที่ '" + date.get(0) + "' ไม่ได้", "cannot read the date '" + date.get(0) + "'"));
            }
            List<String> n = values(node, Params.string(m, "interval", null));
            int times = n.isEmpty() || !n.get(0).matches("\\d{1,4}(\\.0+)?") ? 1 : Math.max(1, (int) Double.parseDouble(n.get(0)));
            LocalDate due = updated.plus(Period.parse(String.valueOf(period)).multipliedBy(times));
            String every = times + " " + unit.get(0);
            return e.today().isAfter(due)
                    ? Outcome.of(0, text("ปรับปรุงล่าสุด " + updated + " เกินกำหนด " + due + " (ทุก " + every + ")",
                            "last updated " + updated + ", due " + due + " (every " + every + ")"))
                    : Outcome.of(1, text("ปรับปรุงล่าสุด " + updated + " ครบกำหนด " + due + " (ทุก " + every + ")",
                            "last updated " + updated + ", next due " + due + " (every " + every + ")"));
        }
    },
    /** The format field (first of {@code fields}) names the extension of the URL field (second); {@code aliases} are equal. */
    FORMAT_MATCHES_URL("format-matches-url") {
        @Override
        Outcome measure(Metric m, JsonNode node, Evidence e) {
            List<String> format = values(node, m.fields().get(0));
            List<String> url = values(node, m.fields().get(1));
            String path = url.isEmpty() ? "" : url.get(0).replaceAll("[?#].*$", "").replaceAll("^[a-zA-Z]+://[^/]*", "");
            int dot = path.lastIndexOf('.');
            String ext = dot > path.lastIndexOf('/') && dot >= 0 ? path.substring(dot + 1) : "";
            if (format.isEmpty() || !ext.matches("[A-Za-z0-9]{1,8}")) {
                return Outcome.leftOut(text("ไม่มีรูปแบบไฟล์หรือ URL ไม่มีนามสกุล", "no format, or a URL without an extension"));
            }
            String f = normal(format.get(0));
            String x = normal(ext);
            boolean same = f.equals(x) || Params.lists(m, "aliases").stream()
                    .anyMatch(a -> a.stream().map(Measurement::normal).toList().containsAll(List.of(f, x)));
            return same ? Outcome.of(1, text("รูปแบบ " + format.get(0) + " ตรงกับ ." + ext, "format " + format.get(0) + " matches ." + ext))
                    : Outcome.of(0, text("รูปแบบ " + format.get(0) + " แต่ URL ลงท้าย ." + ext, "format " + format.get(0) + " but the URL ends in ." + ext));
        }
    },
    /**
     * The URL answers (2xx, after redirects): checked over the network only when the run checks URLs
     * ({@code --check-urls}); otherwise left out, and the report says so.
     */
    URL_ANSWERS("url-answers") {
        @Override
        Outcome measure(Metric m, JsonNode node, Evidence e) {
            if (!e.checksUrls()) {
                return Outcome.leftOut(NOT_CHECKED);
            }
            List<String> urls = values(node, m.fields().get(0));
            if (urls.isEmpty()) {
                return Outcome.of(0, text("ไม่มี URL (" + m.fields().get(0) + ")", "no URL (" + m.fields().get(0) + ")"));
            }
            io.github.govmeta.core.net.UrlChecker.Status status = e.url(urls.get(0));
            return Outcome.of(status.answers() ? 1 : 0, text(urls.get(0) + " " + status.why().th(), urls.get(0) + " " + status.why().en()));
        }
    };

    /** Why a metric that needs the network is left out. */
    static final LocalizedText NOT_CHECKED = new LocalizedText("ไม่ได้ตรวจ: ตรวจ URL ผ่านเครือข่ายเฉพาะเมื่อระบุ --check-urls",
            "not checked: URLs are checked over the network only with --check-urls");

    private final String id;

    Measurement(String id) {
        this.id = id;
    }

    /** The name a model file uses. */
    public String id() {
        return id;
    }

    static Measurement parse(String id) {
        for (Measurement k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }

    abstract Outcome measure(Metric m, JsonNode node, Evidence e);

    /**
     * What a measurement found on one node.
     *
     * @param share   the share of the metric's points earned, 0 to 1
     * @param applies false: the metric cannot apply here and is left out
     * @param why     why, in Thai and English
     */
    record Outcome(double share, boolean applies, LocalizedText why) {
        static Outcome of(double share, LocalizedText why) {
            return new Outcome(share, true, why);
        }

        static Outcome leftOut(LocalizedText why) {
            return new Outcome(0, false, why);
        }
    }

    /** What a measurement may read besides the node: the dataset's findings, the profile's lists, the day. */
    interface Evidence {
        List<Finding> findings();

        java.util.Set<String> ruleIds();

        List<String> vocabulary(String name);

        List<String> list(String name);

        LocalDate today();

        /** How the profile reads Buddhist-era years. */
        io.github.govmeta.core.finding.BuddhistEra era();

        /** Whether URLs are checked over the network in this run. */
        default boolean checksUrls() {
            return false;
        }

        /** What {@code url} answers; only when {@link #checksUrls}. */
        default io.github.govmeta.core.net.UrlChecker.Status url(String url) {
            throw new IllegalStateException("URLs are not checked in this run");
        }
    }

    /** The texts of a field: a text, a number, or each item of a list (an item object's {@code name}). */
    static List<String> values(JsonNode node, String field) {
        JsonNode v = node == null || field == null ? null : node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        for (JsonNode item : v.isArray() ? v : List.of(v)) {
            JsonNode x = item.isObject() ? item.get("name") : item;
            if (x != null && (x.isString() || x.isNumber() || x.isBoolean()) && !x.asString().isBlank()) {
                out.add(x.asString());
            } else if (x == null && item.isObject() && !item.isEmpty()) {
                out.add(item.toString());
            }
        }
        return out;
    }

    private static Outcome inList(Metric m, JsonNode node, java.util.function.Predicate<String> ok) {
        List<String> values = values(node, m.fields().get(0));
        if (values.isEmpty()) {
            return Outcome.of(0, text("ไม่มี " + m.fields().get(0), "no " + m.fields().get(0)));
        }
        List<String> bad = values.stream().filter(ok.negate()).toList();
        return bad.isEmpty()
                ? Outcome.of(1, text(m.label().th() + " (" + String.join(", ", values) + ")", m.label().en() + " (" + String.join(", ", values) + ")"))
                : Outcome.of(0, text("ไม่ใช่" + m.label().th() + ": " + String.join(", ", bad), "not " + m.label().en() + ": " + String.join(", ", bad)));
    }

    private static String normal(String format) {
        return format.trim().replaceFirst("^\\.", "").toUpperCase(Locale.ROOT);
    }

    private static LocalizedText text(String th, String en) {
        return new LocalizedText(th, en);
    }
}
