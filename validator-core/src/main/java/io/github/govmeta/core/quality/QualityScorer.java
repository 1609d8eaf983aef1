package io.github.govmeta.core.quality;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.RecordSummary;
import io.github.govmeta.core.net.UrlChecker;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.RuleCatalog;
import io.github.govmeta.core.quality.DatasetScore.DimensionScore;
import io.github.govmeta.core.quality.DatasetScore.MetricScore;
import io.github.govmeta.core.quality.DatasetScore.ModelScore;
import io.github.govmeta.core.quality.DatasetScore.Status;
import io.github.govmeta.core.quality.Measurement.Outcome;
import io.github.govmeta.core.quality.QualityModel.Count;
import io.github.govmeta.core.quality.QualityModel.Dimension;
import io.github.govmeta.core.quality.QualityModel.Level;
import io.github.govmeta.core.quality.QualityModel.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Scores one CKAN record (in the profile's canonical form) with its findings under each quality model of a
 * profile. A metric that cannot apply is left out and its dimension scaled from the metrics that do; a
 * dimension with none is left out and the total scaled from the dimensions that count. Immutable and
 * thread-safe: one instance serves any number of records from any number of threads.
 */
public final class QualityScorer {
    /** The CKAN field of a dataset's resources, each scored by distribution metrics. */
    private static final String RESOURCES = "resources";

    private final QualityModels models;
    private final Set<String> ruleIds;
    private final LocalDate today;
    private final io.github.govmeta.core.finding.BuddhistEra era;
    private final String profile;
    private final UrlChecker urls;

    /**
     * A scorer that never uses the network: the metrics that need it are left out.
     *
     * @param today the day timeliness is measured against
     * @throws io.github.govmeta.core.profile.ProfileException when the profile's models are wrong or missing
     */
    public QualityScorer(Profile profile, RuleCatalog rules, LocalDate today) {
        this(profile, QualityModels.of(profile), rules, today, null);
    }

    /** With the profile's models already read ({@link QualityModels#of(Profile)}), as {@code profile check} reads them. */
    public QualityScorer(Profile profile, QualityModels models, RuleCatalog rules, LocalDate today) {
        this(profile, models, rules, today, null);
    }

    /**
     * @param urls checks URLs for the metrics that need the network ({@code url-answers}), or null to leave them out
     */
    public QualityScorer(Profile profile, RuleCatalog rules, LocalDate today, UrlChecker urls) {
        this(profile, QualityModels.of(profile), rules, today, urls);
    }

    private QualityScorer(Profile profile, QualityModels models, RuleCatalog rules, LocalDate today, UrlChecker urls) {
        this.urls = urls;
        this.models = models;
        this.ruleIds = new TreeSet<>(rules.all().stream().map(io.github.govmeta.core.profile.Rule::id).toList());
        this.today = today;
        this.era = profile.buddhistEra();
        this.profile = profile.ref();
    }

    /** The profile whose models these are, {@code id@version}. */
    public String profile() {
        return profile;
    }

    public List<QualityModel> models() {
        return models.models();
    }

    public LocalDate today() {
        return today;
    }

    /** The scores of one record: {@code content} is {@link RecordSummary#content()}, {@code findings} its findings. */
    public DatasetScore score(RecordSummary record, JsonNode content, List<Finding> findings) {
        Measurement.Evidence evidence = new Measurement.Evidence() {
            @Override public List<Finding> findings() { return findings; }
            @Override public Set<String> ruleIds() { return ruleIds; }
            @Override public List<String> vocabulary(String name) { return models.vocabularies().getOrDefault(name, List.of()); }
            @Override public List<String> list(String name) { return models.lists().getOrDefault(name, List.of()); }
            @Override public LocalDate today() { return today; }
            @Override public io.github.govmeta.core.finding.BuddhistEra era() { return era; }
            @Override public boolean checksUrls() { return urls != null; }
            @Override public UrlChecker.Status url(String url) { return urls.check(url); }
        };
        List<ModelScore> out = new ArrayList<>();
        for (QualityModel model : models.models()) {
            out.add(score(model, content, evidence, record.rdf()));
        }
        String name = content.path("name").asString("");
        String iri = models.mapping() != null ? models.mapping().datasetIri(name, record.index())
                : "urn:govmeta:dataset:" + java.net.URLEncoder.encode(record.dataset(), java.nio.charset.StandardCharsets.UTF_8);
        return new DatasetScore(record.source(), record.index(), record.dataset(), iri, record.title(), out);
    }

    /** Starts checking the URLs a record's scores will need (when URLs are checked), so checks overlap with reading. */
    public void prefetch(JsonNode content) {
        if (urls == null) {
            return;
        }
        for (QualityModel model : models.models()) {
            for (Dimension d : model.dimensions()) {
                for (Metric m : d.metrics()) {
                    if (m.kind() != Measurement.URL_ANSWERS || m.fields().isEmpty()) {
                        continue;
                    }
                    List<JsonNode> nodes = new ArrayList<>();
                    if (m.level() == Level.DATASET) {
                        nodes.add(content);
                    } else if (content.get(RESOURCES) != null && content.get(RESOURCES).isArray()) {
                        content.get(RESOURCES).forEach(nodes::add);
                    }
                    for (JsonNode n : nodes) {
                        Measurement.values(n, m.fields().get(0)).stream().findFirst().ifPresent(urls::submit);
                    }
                }
            }
        }
    }

    private ModelScore score(QualityModel model, JsonNode record, Measurement.Evidence evidence, boolean rdf) {
        List<List<Outcome>> outcomes = new ArrayList<>();
        double counted = 0;
        double earned = 0;
        for (Dimension d : model.dimensions()) {
            List<Outcome> row = d.metrics().stream().map(m -> measure(m, record, evidence, rdf)).toList();
            outcomes.add(row);
            double applicable = applicable(d, row);
            if (applicable > 0) {
                counted += d.points();
                earned += d.points() * earnedPoints(d, row) / applicable;
            }
        }
        double scale = counted == 0 ? 0 : model.maxPoints() / counted;
        List<DimensionScore> dims = new ArrayList<>();
        for (int i = 0; i < model.dimensions().size(); i++) {
            Dimension d = model.dimensions().get(i);
            List<Outcome> row = outcomes.get(i);
            double applicable = applicable(d, row);
            List<MetricScore> metrics = new ArrayList<>();
            for (int j = 0; j < d.metrics().size(); j++) {
                Metric m = d.metrics().get(j);
                Outcome o = row.get(j);
                double got = o.applies() ? m.points() * o.share() : 0;
                Status status = !o.applies() ? Status.LEFT_OUT : o.share() >= 1 ? Status.EARNED : o.share() <= 0 ? Status.MISSED : Status.PARTIAL;
                boolean fixable = o.applies() && o.share() < 1 && !(m.property() != null && m.fields().isEmpty());
                double gain = fixable && applicable > 0 ? (m.points() - got) * d.points() / applicable * scale : 0;
                metrics.add(new MetricScore(m, status, got, o.why(), fixable, gain));
            }
            dims.add(new DimensionScore(d, applicable > 0 ? d.points() * earnedPoints(d, row) / applicable : 0, applicable == 0, metrics));
        }
        double total = earned * scale;
        return new ModelScore(model, total, model.band(total), dims);
    }

    /** The metric on the fields the DCAT mapping carries, or null when it reads fields and the mapping carries none of them. */
    private Metric inDcatForm(Metric m) {
        if (m.fields().isEmpty() || models.mapping() == null) {
            return m;
        }
        Set<String> carried = m.level() == Level.DISTRIBUTION ? models.mapping().resourceFields().keySet() : models.mapping().fields().keySet();
        List<String> fields = m.fields().stream().filter(f -> carried.contains(f) || f.equals("name")).toList();
        if (fields.size() == m.fields().size()) {
            return m;
        }
        return fields.isEmpty() ? null : new Metric(m.id(), m.label(), m.points(), m.kind(), fields, m.property(), m.level(),
                m.count(), m.params(), m.when(), m.criterion(), m.note());
    }

    private static double applicable(Dimension d, List<Outcome> row) {
        double sum = 0;
        for (int j = 0; j < row.size(); j++) {
            sum += row.get(j).applies() ? d.metrics().get(j).points() : 0;
        }
        return sum;
    }

    private static double earnedPoints(Dimension d, List<Outcome> row) {
        double sum = 0;
        for (int j = 0; j < row.size(); j++) {
            sum += row.get(j).applies() ? d.metrics().get(j).points() * row.get(j).share() : 0;
        }
        return sum;
    }

    /**
     * One metric on one record: its {@code when}, the DCAT mapping's gaps, then the kind on the dataset or
     * each resource. A DCAT dataset ({@code rdf}) has only the fields the mapping carries: a metric reads
     * those of its fields, and is left out when the mapping carries none of them.
     */
    private Outcome measure(Metric metric, JsonNode record, Measurement.Evidence evidence, boolean rdf) {
        Metric m = rdf ? inDcatForm(metric) : metric;
        if (m == null) {
            return Outcome.leftOut(new LocalizedText("รูปแบบ DCAT ไม่มี " + String.join(", ", metric.fields())
                    + " (การแปลงเป็น DCAT ของโปรไฟล์ไม่รวมช่องนี้)",
                    "the DCAT form has no " + String.join(", ", metric.fields()) + " (the profile's DCAT mapping leaves it out)"));
        }
        for (Map.Entry<String, List<String>> w : m.when().entrySet()) {
            List<String> values = Measurement.values(record, w.getKey());
            if (values.stream().noneMatch(w.getValue()::contains)) {
                return Outcome.leftOut(new LocalizedText("ใช้เฉพาะเมื่อ " + w.getKey() + " เป็น " + String.join(" หรือ ", w.getValue()),
                        "applies only when " + w.getKey() + " is " + String.join(" or ", w.getValue())));
            }
        }
        if (m.kind() == Measurement.URL_ANSWERS && urls == null) {
            return Outcome.leftOut(Measurement.NOT_CHECKED);
        }
        if (m.property() != null && m.fields().isEmpty() && m.kind() != Measurement.NO_FINDINGS) {
            return Outcome.of(0, new LocalizedText("ไม่มีช่องของ CKAN ที่แปลงเป็น " + m.property() + " ในโปรไฟล์นี้",
                    "no CKAN field of this profile maps to " + m.property()));
        }
        if (m.level() == Level.DATASET) {
            return m.kind().measure(m, record, evidence);
        }
        JsonNode list = record.get(RESOURCES);
        List<JsonNode> items = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(items::add);
        }
        List<Outcome> each = items.stream().map(r -> m.kind().measure(m, r, evidence)).filter(Outcome::applies).toList();
        if (items.isEmpty()) {
            return Outcome.of(0, new LocalizedText("ไม่มีทรัพยากร (resources)", "no resources"));
        }
        if (each.isEmpty()) {
            return Outcome.leftOut(m.kind().measure(m, items.get(0), evidence).why());
        }
        if (m.count() == Count.BEST) {
            Outcome best = each.stream().max(java.util.Comparator.comparingDouble(Outcome::share)).orElseThrow();
            return Outcome.of(best.share(), new LocalizedText("ทรัพยากรที่ดีที่สุด: " + best.why().th(), "best resource: " + best.why().en()));
        }
        double share = each.stream().mapToDouble(Outcome::share).average().orElse(0);
        long pass = each.stream().filter(o -> o.share() >= 1).count();
        Outcome first = each.stream().filter(o -> o.share() < 1).findFirst().orElse(each.get(0));
        return Outcome.of(share, new LocalizedText(m.label().th() + " ผ่าน " + pass + " จาก " + each.size() + " ทรัพยากร"
                + (pass < each.size() ? " (" + first.why().th() + ")" : ""),
                m.label().en() + " in " + pass + " of " + each.size() + " resources" + (pass < each.size() ? " (" + first.why().en() + ")" : "")));
    }
}
