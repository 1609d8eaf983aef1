package io.github.govmeta.core.shacl;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.rdf.DatasetChunker;
import io.github.govmeta.core.rdf.DcatDescriber;
import io.github.govmeta.core.rdf.RdfReader;
import io.github.govmeta.core.rdf.RdfSyntax;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import tools.jackson.databind.JsonNode;

/**
 * Validates a DCAT file one self-contained description at a time ({@link DatasetChunker}): a catalog of
 * 100,000 datasets written dataset by dataset (as {@code govmeta convert} writes N-Triples or Turtle) is
 * checked without holding its graph. The results are the whole graph's, in the same order: datasets by
 * IRI, then the findings of no dataset; only the datasets' names and findings are kept until the end.
 * When the input cannot be split so ({@link DatasetChunker.NotSeparable}), {@link #check} returns null and
 * the caller validates the whole graph, reading the file again. Stateless; one call per source.
 */
public final class StreamedShaclCheck {
    /** The largest description taken as one dataset's. */
    public static final int MAX_DESCRIPTION_TRIPLES = 100_000;

    private StreamedShaclCheck() {}

    /**
     * The problems of reading, the merged result (null when the source could not be read) and, when a
     * describer was given, each dataset's CKAN form by name (its first description's).
     */
    public record Outcome(List<InputProblem> problems, ShaclCheck.Result result, Map<String, JsonNode> contents) {}

    /**
     * Whether {@link #check} may be tried on a source: a file in a syntax parsed as a stream of triples
     * ({@link RdfSyntax#streamed}), shapes that are local.
     */
    public static boolean applies(InputSource source, ShaclCheck shacl) {
        return source.rereadable() && source.format() instanceof RdfSyntax f && f.streamed() && shacl.local();
    }

    /** The outcome, or null when the source must be validated whole; {@code describer} may be null (no contents). */
    public static Outcome check(ShaclCheck shacl, RdfReader reader, InputSource source, DcatDescriber describer) {
        List<InputProblem> problems = new ArrayList<>();
        List<Entry> datasets = new ArrayList<>();
        List<Finding> others = new ArrayList<>();
        ValidationReport.Builder report = ValidationReport.create();
        DatasetChunker chunker = new DatasetChunker((g, positions) -> {
            ShaclCheck.Result r = shacl.check(g, source.name(), positions);
            r.report().getEntries().forEach(report::addReportEntry);
            Set<String> named = new HashSet<>();
            for (Node d : ShaclCheck.datasets(g)) {
                String name = ShaclCheck.name(d);
                if (named.add(name)) {
                    datasets.add(new Entry(d.toString(), name, r.byDataset().get(name),
                            describer == null ? null : describer.describe(g, d, name)));
                }
            }
            others.addAll(r.others());
        }, MAX_DESCRIPTION_TRIPLES);
        boolean read;
        try {
            read = reader.stream(source, chunker, problems::add);
        } catch (DatasetChunker.NotSeparable e) {
            return null;
        }
        if (!read) {
            return new Outcome(problems, null, Map.of());
        }
        datasets.sort(Comparator.comparing(Entry::iri));
        Map<String, List<Finding>> byDataset = new LinkedHashMap<>();
        Map<String, JsonNode> contents = new LinkedHashMap<>();
        for (Entry e : datasets) {
            byDataset.computeIfAbsent(e.name(), n -> new ArrayList<>()).addAll(e.findings());
            if (e.content() != null) {
                contents.putIfAbsent(e.name(), e.content());
            }
        }
        byDataset.values().forEach(l -> l.sort(ShaclCheck.ORDER));
        others.sort(ShaclCheck.ORDER);
        return new Outcome(problems, new ShaclCheck.Result(report.build(), byDataset, others), contents);
    }

    private record Entry(String iri, String name, List<Finding> findings, JsonNode content) {}
}
