package io.github.govmeta.core.quality;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.quality.DatasetScore.DimensionScore;
import io.github.govmeta.core.quality.DatasetScore.MetricScore;
import io.github.govmeta.core.quality.DatasetScore.ModelScore;
import io.github.govmeta.core.quality.DatasetScore.Status;
import io.github.govmeta.core.quality.QualityModel.Dimension;
import io.github.govmeta.core.quality.QualityModel.Metric;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The scores in the W3C Data Quality Vocabulary (Turtle), as MQA stores its results: each model a
 * {@code dqv:Category}, each dimension a {@code dqv:Dimension}, each metric a {@code dqv:Metric}; per dataset
 * (by the IRI the profile's DCAT mapping gives it) one {@code dqv:QualityMeasurement} per metric that applies,
 * its value the points earned and its {@code rdfs:comment} the reason in Thai and English, and one for the
 * model's total. Metrics left out have no measurement.
 */
final class ScoreDqvRenderer implements ScoreRenderer {
    static final String DQV = "http://www.w3.org/ns/dqv#";
    /** Where the models' categories, dimensions and metrics are named: + profile id + model id. */
    static final String BASE = "https://govmeta.github.io/quality/";

    @Override
    public void render(ScoreReport report, Options options, Writer out) {
        Model g = ModelFactory.createDefaultModel();
        g.setNsPrefix("dqv", DQV).setNsPrefix("skos", SKOS.uri).setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Property inDimension = g.createProperty(DQV, "inDimension");
        Property inCategory = g.createProperty(DQV, "inCategory");
        String profileId = report.profile().replaceFirst("@.*$", "");
        for (QualityModel m : report.models()) {
            String base = BASE + profileId + "/" + m.id() + "/";
            g.setNsPrefix(m.id(), base);
            Resource category = labelled(g.createResource(base.substring(0, base.length() - 1)), "Category", m.title());
            labelled(g.createResource(base + "score"), "Metric", new LocalizedText("คะแนนรวม", "total score"))
                    .addProperty(inCategory, category);
            for (Dimension d : m.dimensions()) {
                Resource dim = labelled(g.createResource(base + d.id()), "Dimension", d.name()).addProperty(inCategory, category);
                for (Metric x : d.metrics()) {
                    labelled(g.createResource(base + x.id()), "Metric", x.label()).addProperty(inDimension, dim);
                }
            }
        }
        for (DatasetScore s : report.datasets()) {
            Resource dataset = g.createResource(s.iri());
            for (ModelScore m : s.models()) {
                String base = BASE + profileId + "/" + m.model().id() + "/";
                measurement(g, dataset, m.model().id() + "-score", base + "score", m.total(), null);
                for (DimensionScore d : m.dimensions()) {
                    for (MetricScore x : d.metrics()) {
                        if (x.status() != Status.LEFT_OUT) {
                            measurement(g, dataset, m.model().id() + "-" + x.metric().id(), base + x.metric().id(), x.earned(), x.reason());
                        }
                    }
                }
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, g, RDFFormat.TURTLE_PRETTY);
        try {
            out.write(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resource labelled(Resource r, String dqvClass, LocalizedText label) {
        return r.addProperty(RDF.type, r.getModel().createResource(DQV + dqvClass))
                .addProperty(SKOS.prefLabel, label.th(), "th").addProperty(SKOS.prefLabel, label.en(), "en");
    }

    private static void measurement(Model g, Resource dataset, String id, String metric, double value, LocalizedText why) {
        Resource m = g.createResource(dataset.getURI() + "#quality-" + id)
                .addProperty(RDF.type, g.createResource(DQV + "QualityMeasurement"))
                .addProperty(g.createProperty(DQV, "computedOn"), dataset)
                .addProperty(g.createProperty(DQV, "isMeasurementOf"), g.createResource(metric))
                .addLiteral(g.createProperty(DQV, "value"), g.createTypedLiteral(
                        BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal));
        if (why != null) {
            m.addProperty(RDFS.comment, why.th(), "th").addProperty(RDFS.comment, why.en(), "en");
        }
        dataset.addProperty(g.createProperty(DQV, "hasQualityMeasurement"), m);
    }
}
