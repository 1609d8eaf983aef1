package io.github.govmeta.core.shacl;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.rdf.DatasetChunker;
import io.github.govmeta.core.rdf.DcatDescriber;
import io.github.govmeta.core.rdf.RdfReader;
import io.github.govmeta.core.rdf.RdfSyntax;
import io.github.govmeta.core.rdf.TriplePositions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
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

    /**
     * The outcome, or null when the source must be validated whole; {@code describer} may be null (no
     * contents). With {@code threads} above 1, descriptions are validated on that many threads while the
     * reading thread reads on (at most twice as many wait), and their results are merged in reading order:
     * the outcome is the same for any thread count.
     */
    public static Outcome check(ShaclCheck shacl, RdfReader reader, InputSource source, DcatDescriber describer, int threads) {
        List<InputProblem> problems = new ArrayList<>();
        List<Entry> datasets = new ArrayList<>();
        List<Finding> others = new ArrayList<>();
        ValidationReport.Builder report = ValidationReport.create();
        java.util.function.Consumer<Checked> merge = c -> {
            c.result().report().getEntries().forEach(report::addReportEntry);
            datasets.addAll(c.datasets());
            others.addAll(c.result().others());
        };
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, SHACL_THREADS) : null;
        ArrayDeque<Future<Checked>> waiting = new ArrayDeque<>();
        DatasetChunker chunker = new DatasetChunker((g, positions) -> {
            if (pool == null) {
                merge.accept(checked(shacl, g, positions, source.name(), describer));
                return;
            }
            waiting.add(pool.submit(() -> checked(shacl, g, positions, source.name(), describer)));
            while (waiting.size() > 2 * threads) {
                merge.accept(take(waiting.removeFirst()));
            }
        }, MAX_DESCRIPTION_TRIPLES);
        boolean read;
        try {
            read = reader.stream(source, chunker, problems::add);
            while (!waiting.isEmpty()) {
                merge.accept(take(waiting.removeFirst()));
            }
        } catch (DatasetChunker.NotSeparable e) {
            return null;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
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

    /** One description validated: the result and an entry per dataset name. */
    private record Checked(ShaclCheck.Result result, List<Entry> datasets) {}

    private static Checked checked(ShaclCheck shacl, Graph g, TriplePositions positions, String source, DcatDescriber describer) {
        ShaclCheck.Result r = shacl.check(g, source, positions);
        List<Entry> entries = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Node d : ShaclCheck.datasets(g)) {
            String name = ShaclCheck.name(d);
            if (named.add(name)) {
                entries.add(new Entry(d.toString(), name, r.byDataset().get(name), describer == null ? null : describer.describe(g, d, name)));
            }
        }
        return new Checked(r, entries);
    }

    /** A description's result; what its check threw is thrown here, on the reading thread. */
    private static Checked take(Future<Checked> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        }
    }

    private static final java.util.concurrent.ThreadFactory SHACL_THREADS = r -> {
        Thread t = new Thread(r, "govmeta-shacl");
        t.setDaemon(true);
        return t;
    };
}
