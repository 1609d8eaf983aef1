package io.github.govmeta.core.quality;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.profile.JsonMergePatch;
import io.github.govmeta.core.quality.DatasetScore.MetricScore;
import io.github.govmeta.core.quality.DatasetScore.Status;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The tests of a profile's quality models ({@value #FILE}, beside the models): per model and metric, cases
 * that are each a JSON Merge Patch of a valid dataset of {@code tests/base/}, with the status the metric must
 * get when the case is scored on the file's {@code today} (and, optionally, the points it must earn). The
 * models' own profile must give every metric a case that earns its points and one that misses them, unless
 * the file lists the metric under {@code exempt} with the reason (a metric that needs the network, or reads a
 * property the profile cannot state). Read by {@code profile check} and by the tests of the models.
 *
 * @param today    the day the cases are scored against
 * @param base     the base dataset of a case that names none, or empty
 * @param cases    the cases, in file order
 * @param exempt   per model, the metrics that need not both earn and miss, with the reason
 * @param problems what is wrong with the file itself, each at its JSON Pointer
 */
public record QualityCases(LocalDate today, String base, List<Case> cases, Map<String, Map<String, String>> exempt,
                           List<Problem> problems) {
    /** The file, relative to the profile folder. */
    public static final String FILE = "quality/tests.yaml";

    public QualityCases {
        cases = List.copyOf(cases);
        exempt = Map.copyOf(exempt);
        problems = List.copyOf(problems);
    }

    /**
     * One case.
     *
     * @param model   the model's id
     * @param metric  the metric's id
     * @param name    what it shows, or {@code #n}
     * @param pointer where it is in the file ({@code /cases/MODEL/METRIC/n})
     * @param expect  the status the metric must get
     * @param points  the points it must earn, or null
     * @param record  the dataset (its base with its patch), or null when its base is missing
     */
    public record Case(String model, String metric, String name, String pointer, Status expect, Double points, JsonNode record) {
        /** The name the case's dataset is scored under: {@code MODEL/METRIC/n.json}. */
        public String source() {
            return pointer.substring("/cases/".length()) + ".json";
        }

        /** {@code MODEL/METRIC}. */
        public String metricRef() {
            return model + "/" + metric;
        }
    }

    /**
     * What is wrong with the file or a case ({@link Kind#CASE}), or a metric's coverage ({@link Kind#UNTESTED}).
     *
     * @param pointer where, in the file
     * @param model   the model the case or metric is of, or empty
     * @param metric  the metric, or empty
     * @param subject the case's name, or the metric ({@code MODEL/METRIC})
     * @param detail  why, in Thai and English
     */
    public record Problem(Kind kind, String pointer, String model, String metric, String subject, LocalizedText detail) {}

    /** A problem of the file or one of its cases, or a metric without the cases it needs. */
    public enum Kind { CASE, UNTESTED }

    /**
     * What a case gave.
     *
     * @param c      the case
     * @param score  the metric's score, or null when the case was not scored
     * @param passed whether the metric got the status (and points) the case expects
     */
    public record Result(Case c, MetricScore score, boolean passed) {}

    /**
     * Reads the file.
     *
     * @param doc   the file as a tree
     * @param bases a base dataset by name ({@code tests/base/NAME.json}), empty when the profile has none
     */
    public static QualityCases read(JsonNode doc, Function<String, Optional<JsonNode>> bases) {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = null;
        String day = doc.path("today").asString("");
        try {
            today = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(Kind.CASE, "/today", "", "", "today", text("ต้องระบุ today เป็นวันที่ ISO 8601 (เช่น 2024-06-29) แต่พบ '" + day + "'",
                    "today must be an ISO 8601 date (such as 2024-06-29); found '" + day + "'")));
        }
        String defaultBase = doc.path("base").asString("");
        Map<String, Map<String, String>> exempt = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> model : doc.path("exempt").properties()) {
            Map<String, String> metrics = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> m : model.getValue().properties()) {
                String reason = m.getValue().isString() ? m.getValue().asString() : "";
                if (reason.isBlank()) {
                    String ref = model.getKey() + "/" + m.getKey();
                    problems.add(new Problem(Kind.CASE, "/exempt/" + ref, model.getKey(), m.getKey(), "exempt " + ref,
                            text("ต้องระบุเหตุผลที่ยกเว้นเป็นข้อความ", "an exemption needs its reason, as a text")));
                } else {
                    metrics.put(m.getKey(), reason);
                }
            }
            exempt.put(model.getKey(), metrics);
        }
        Map<String, Optional<JsonNode>> loaded = new LinkedHashMap<>();
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> model : doc.path("cases").properties()) {
            for (Map.Entry<String, JsonNode> metric : model.getValue().properties()) {
                JsonNode list = metric.getValue();
                if (!list.isArray()) {
                    String ref = model.getKey() + "/" + metric.getKey();
                    problems.add(new Problem(Kind.CASE, "/cases/" + ref, model.getKey(), metric.getKey(), ref,
                            text("ตัวอย่างของตัวชี้วัดต้องเป็นรายการ (list)", "the cases of a metric must be a list")));
                    continue;
                }
                for (int i = 0; i < list.size(); i++) {
                    JsonNode c = list.get(i);
                    String pointer = "/cases/" + model.getKey() + "/" + metric.getKey() + "/" + i;
                    String name = c.path("name").asString("#" + (i + 1));
                    String written = c.path("expect").asString("");
                    Status expect = status(written);
                    if (expect == null) {
                        problems.add(new Problem(Kind.CASE, pointer, model.getKey(), metric.getKey(), name, text("expect ต้องเป็น earned, partial, missed หรือ left-out แต่พบ '" + written + "'",
                                "expect must be earned, partial, missed or left-out; found '" + written + "'")));
                        continue;
                    }
                    String base = c.path("base").asString(defaultBase);
                    JsonNode record = loaded.computeIfAbsent(base, bases).map(b -> JsonMergePatch.apply(b, c.path("patch"))).orElse(null);
                    if (record == null) {
                        problems.add(new Problem(Kind.CASE, pointer, model.getKey(), metric.getKey(), name, text("ไม่มีชุดข้อมูลฐาน tests/base/" + base + ".json",
                                "no base dataset tests/base/" + base + ".json")));
                    }
                    Double points = c.path("points").isNumber() ? c.path("points").asDouble() : null;
                    cases.add(new Case(model.getKey(), metric.getKey(), name, pointer, expect, points, record));
                }
            }
        }
        return new QualityCases(today, defaultBase, cases, exempt, problems);
    }

    /** The cases that can be scored (their base exists). */
    public List<Case> runnable() {
        return cases.stream().filter(c -> c.record() != null).toList();
    }

    /**
     * What is wrong against the models: a case or an exemption naming a model or metric they do not have,
     * and, when {@code coverage}, a metric without a case that earns its points and one that misses them
     * (an exempt metric needs one case of any status).
     */
    public List<Problem> check(List<QualityModel> models, boolean coverage) {
        List<Problem> out = new ArrayList<>();
        for (Case c : cases) {
            if (find(models, c.model(), c.metric()).isEmpty()) {
                out.add(new Problem(Kind.CASE, c.pointer(), c.model(), c.metric(), c.name(), unknown(models, c.model(), c.metric())));
            }
        }
        exempt.forEach((model, metrics) -> metrics.keySet().forEach(metric -> {
            if (find(models, model, metric).isEmpty()) {
                out.add(new Problem(Kind.CASE, "/exempt/" + model + "/" + metric, model, metric, model + "/" + metric, unknown(models, model, metric)));
            }
        }));
        if (!coverage) {
            return out;
        }
        for (QualityModel model : models) {
            for (QualityModel.Dimension d : model.dimensions()) {
                for (QualityModel.Metric m : d.metrics()) {
                    List<Status> got = cases.stream().filter(c -> c.model().equals(model.id()) && c.metric().equals(m.id()))
                            .map(Case::expect).toList();
                    boolean isExempt = exempt.getOrDefault(model.id(), Map.of()).containsKey(m.id());
                    String ref = model.id() + "/" + m.id();
                    String pointer = "/cases/" + model.id() + "/" + m.id();
                    if (isExempt && got.isEmpty()) {
                        out.add(new Problem(Kind.UNTESTED, pointer, model.id(), m.id(), ref, text("ตัวชี้วัด " + ref
                                + " ต้องมีตัวอย่างอย่างน้อยหนึ่งกรณีใน " + FILE + " (แม้จะอยู่ใน exempt)",
                                "metric " + ref + " needs at least one case in " + FILE + " (even when exempt)")));
                    } else if (!isExempt && (!got.contains(Status.EARNED) || !got.contains(Status.MISSED))) {
                        out.add(new Problem(Kind.UNTESTED, pointer, model.id(), m.id(), ref, text("ตัวชี้วัด " + ref
                                + " ต้องมีตัวอย่างที่ได้คะแนน (earned) และตัวอย่างที่ไม่ได้คะแนน (missed) อย่างละอย่างน้อยหนึ่งกรณีใน "
                                + FILE + " หรือระบุเหตุผลใน exempt",
                                "metric " + ref + " needs at least one earned and one missed case in " + FILE + ", or its reason under exempt")));
                    }
                }
            }
        }
        return out;
    }

    /**
     * What each runnable case of a metric the models have gave in {@code report} (a run of {@link #runnable()},
     * each under its {@link Case#source()}); a case of an unknown metric is {@link #check}'s problem.
     */
    public List<Result> results(ScoreReport report) {
        Map<String, DatasetScore> bySource = new LinkedHashMap<>();
        report.datasets().forEach(d -> bySource.putIfAbsent(d.source(), d));
        List<Result> out = new ArrayList<>();
        for (Case c : runnable()) {
            if (find(report.models(), c.model(), c.metric()).isEmpty()) {
                continue;
            }
            DatasetScore d = bySource.get(c.source());
            MetricScore score = d == null ? null : d.models().stream().filter(m -> m.model().id().equals(c.model()))
                    .flatMap(m -> m.dimensions().stream()).flatMap(x -> x.metrics().stream())
                    .filter(x -> x.metric().id().equals(c.metric())).findFirst().orElse(null);
            out.add(new Result(c, score, score != null && passes(c, score)));
        }
        return out;
    }

    /** Whether a metric's score is what the case expects: its status, and its points when the case gives them. */
    public static boolean passes(Case c, MetricScore score) {
        return score.status() == c.expect() && (c.points() == null || Math.abs(score.earned() - c.points()) < 1e-4);
    }

    /** The status as a case file writes it: {@code earned}, {@code partial}, {@code missed}, {@code left-out}. */
    public static String id(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What a metric got, in Thai and English: its status as the file writes it, its points and the reason. */
    public static LocalizedText describe(MetricScore s) {
        String points = formatPoints(s.earned()) + "/" + formatPoints(s.metric().points());
        return text(id(s.status()) + " (" + points + ", " + s.reason().th() + ")", id(s.status()) + " (" + points + ", " + s.reason().en() + ")");
    }

    /** Why a case failed, in Thai and English: what it expects and what the metric got. */
    public static LocalizedText failure(Result r) {
        String expected = expected(r.c());
        if (r.score() == null) {
            return text("คาดผล " + expected + " แต่ชุดข้อมูลไม่ได้รับคะแนน", "expects " + expected + " but the dataset was not scored");
        }
        LocalizedText got = describe(r.score());
        return text("คาดผล " + expected + " แต่ได้ " + got.th(), "expects " + expected + " but gives " + got.en());
    }

    /** What a case expects, as the file writes it. */
    public static String expected(Case c) {
        return id(c.expect()) + (c.points() == null ? "" : " (" + formatPoints(c.points()) + ")");
    }

    private static String formatPoints(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.4f", p).replaceAll("0+$", "");
    }

    private static Status status(String written) {
        for (Status s : Status.values()) {
            if (id(s).equals(written)) {
                return s;
            }
        }
        return null;
    }

    private static Optional<QualityModel.Metric> find(List<QualityModel> models, String model, String metric) {
        return models.stream().filter(m -> m.id().equals(model)).flatMap(m -> m.dimensions().stream())
                .flatMap(d -> d.metrics().stream()).filter(m -> m.id().equals(metric)).findFirst();
    }

    private static LocalizedText unknown(List<QualityModel> models, String model, String metric) {
        boolean known = models.stream().anyMatch(m -> m.id().equals(model));
        String ids = String.join(", ", models.stream().map(QualityModel::id).toList());
        return known ? text("แบบจำลอง " + model + " ไม่มีตัวชี้วัด " + metric, "model " + model + " has no metric " + metric)
                : text("ไม่มีแบบจำลอง " + model + " (มี " + ids + ")", "no model " + model + " (models: " + ids + ")");
    }

    private static LocalizedText text(String th, String en) {
        return new LocalizedText(th, en);
    }
}
