package io.github.govmeta.core.shacl;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.rdf.DatasetChunker;
import io.github.govmeta.core.rdf.DcatDescriber;
import io.github.govmeta.core.rdf.RdfReader;
import io.github.govmeta.core.rdf.TriplePositions;
import io.github.govmeta.core.rdf.Vocab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import tools.jackson.databind.JsonNode;

/**
 * Validates a DCAT source too large to hold as one graph whose datasets are not written together (a
 * catalog listing its datasets, a publisher described once and shared, triples in any order), in bounded
 * memory: the triples are spilled to a TDB2 store in a temporary folder (deleted afterwards), then each
 * {@code dcat:Dataset} is validated on its own description — the dataset and every node it refers to,
 * transitively, with their triples; another dataset or catalog it refers to only by its {@code rdf:type},
 * enough for {@code sh:class} — and, in a catalog-level pass, every node no dataset refers to (the
 * catalog, unreferenced agents) on its own description. A result counts once: a shared node's results are
 * kept the first time it is validated, and a result on a node only typed in a description (another
 * dataset) is left to that node's own description. Inverse paths read the triples that point at a node
 * of the description. With shapes that look no further ({@link ShaclCheck#spillable()}) the results are
 * the whole graph's, as a set; {@link Outcome} gives them in the order of the other paths
 * (datasets by IRI, then the findings of no dataset). Memory: one description, the datasets' names and
 * findings, and 8 bytes per node already validated. Stateless; one call per source.
 */
public final class SpilledShaclCheck {
    /** The largest description of one node, as for {@link StreamedShaclCheck#MAX_DESCRIPTION_TRIPLES}. */
    static final int MAX_DESCRIPTION_TRIPLES = StreamedShaclCheck.MAX_DESCRIPTION_TRIPLES;

    /** How many times the size of an RDF file its TDB2 store may take on disk, with room to spare (measured: 0.8 for N-Triples; Turtle is denser). */
    static final int DISK_EXPANSION = 3;

    private SpilledShaclCheck() {}

    /** A description too large to validate apart (more than {@link #MAX_DESCRIPTION_TRIPLES} triples). */
    private static final class TooLarge extends RuntimeException {
        private final transient Node root;

        TooLarge(Node root) {
            super(null, null, false, false);
            this.root = root;
        }
    }

    /** The outcome; {@code describer} may be null (no contents). */
    public static StreamedShaclCheck.Outcome check(ShaclCheck shacl, RdfReader reader, InputSource source, DcatDescriber describer) {
        List<InputProblem> problems = new ArrayList<>();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long size = source.knownSize();
        long free = tmp.toFile().getUsableSpace();
        if (size * DISK_EXPANSION > free) {
            problems.add(InputProblem.localized(InputRules.LIMIT, Position.UNKNOWN, new io.github.govmeta.core.finding.LocalizedText(
                    "การพัก RDF ขนาด " + size / (1024 * 1024) + " MB ลงดิสก์ต้องใช้พื้นที่ราว " + DISK_EXPANSION + " เท่าของขนาด มากกว่าที่ว่างอยู่ "
                            + free / (1024 * 1024) + " MB ใน " + tmp + " (ตั้ง java.io.tmpdir ไปยังดิสก์ที่ใหญ่กว่า)",
                    "spilling " + size / (1024 * 1024) + " MB of RDF to disk needs about " + DISK_EXPANSION + " times its size, more than the "
                            + free / (1024 * 1024) + " MB free in " + tmp + " (set java.io.tmpdir to a larger disk)")));
            return new StreamedShaclCheck.Outcome(problems, null, Map.of());
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("govmeta-spill-");
        } catch (IOException e) {
            problems.add(InputProblem.localized(InputRules.IO, Position.UNKNOWN, new io.github.govmeta.core.finding.LocalizedText(
                    "สร้างโฟลเดอร์ชั่วคราวสำหรับพัก triple ไม่ได้: " + e, "no temporary folder to spill the triples to: " + e)));
            return new StreamedShaclCheck.Outcome(problems, null, Map.of());
        }
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(Location.create(dir), StoreParams.getSmallStoreParams());
        try {
            DataLoader loader = LoaderFactory.sequentialLoader(store, (format, args) -> { });
            loader.startBulk();
            boolean read;
            try {
                read = reader.stream(source, new WithPositions(loader.stream()), problems::add);
                loader.finishBulk();
            } catch (RuntimeException | Error e) {
                loader.finishException(e instanceof Exception x ? x : new RuntimeException(e));
                throw e;
            }
            if (!read) {
                return new StreamedShaclCheck.Outcome(problems, null, Map.of());
            }
            Pass pass = new Pass(shacl, store, source.name(), describer);
            try {
                ShaclCheck.Result result = Txn.calculateRead(store, pass::run);
                return new StreamedShaclCheck.Outcome(problems, result, pass.contents);
            } catch (TooLarge e) {
                problems.add(InputProblem.localized(InputRules.LIMIT, Position.UNKNOWN, new io.github.govmeta.core.finding.LocalizedText(
                        "คำอธิบายของ " + e.root + " มีเกิน " + MAX_DESCRIPTION_TRIPLES + " triple ใหญ่เกินกว่าจะตรวจแยกทีละชุดข้อมูล",
                        "the description of " + e.root + " has more than " + MAX_DESCRIPTION_TRIPLES + " triples: too large to validate apart")));
                return new StreamedShaclCheck.Outcome(problems, null, Map.of());
            }
        } finally {
            TDBInternal.expel(store, true);
            delete(dir);
        }
    }

    /** One validation over the spilled store, inside a read transaction. */
    private static final class Pass {
        private final ShaclCheck shacl;
        private final DatasetGraph spilled;
        private final Graph store;
        private final String source;
        private final DcatDescriber describer;
        /**
         * Hashes of the nodes whose results are counted already: a node held whole by a description has the
         * same results in every description that holds it. (Two nodes of one 64-bit hash would lose the
         * second one's results: at a million datasets, odds below one in a million.)
         */
        private final DatasetChunker.LongSet validated = new DatasetChunker.LongSet();
        private final ValidationReport.Builder report = ValidationReport.create();
        private final Map<String, List<Finding>> byDataset = new LinkedHashMap<>();
        private final List<Finding> others = new ArrayList<>();
        final Map<String, JsonNode> contents = new LinkedHashMap<>();

        Pass(ShaclCheck shacl, DatasetGraph spilled, String source, DcatDescriber describer) {
            this.shacl = shacl;
            this.spilled = spilled;
            this.store = spilled.getDefaultGraph();
            this.source = source;
            this.describer = describer;
        }

        ShaclCheck.Result run() {
            List<Node> datasets = store.find(Node.ANY, RDF.type.asNode(), Vocab.DCAT_DATASET).mapWith(Triple::getSubject).toSet()
                    .stream().sorted(Comparator.comparing(Node::toString)).toList();
            for (Node d : datasets) {
                String name = ShaclCheck.name(d);
                byDataset.computeIfAbsent(name, n -> new ArrayList<>());
                Description desc = describe(d);
                ShaclCheck.Result r = validate(d, desc);
                byDataset.get(name).addAll(r.byDataset().getOrDefault(name, List.of()));
                r.byDataset().forEach((other, found) -> {
                    if (!other.equals(name)) {
                        byDataset.computeIfAbsent(other, n -> new ArrayList<>()).addAll(found);
                    }
                });
                others.addAll(r.others());
                if (describer != null && !contents.containsKey(name)) {
                    contents.put(name, describer.describe(desc.graph, d, name));
                }
            }
            // the catalog-level pass: what no dataset refers to (the catalog itself, agents described apart)
            Iterator<Triple> all = store.find();
            Node last = null;
            while (all.hasNext()) {
                Node s = all.next().getSubject();
                if (s.equals(last) || validated.contains(DatasetChunker.hash(s))) {
                    continue;
                }
                last = s;
                ShaclCheck.Result r = validate(s, describe(s));
                r.byDataset().forEach((n, found) -> byDataset.computeIfAbsent(n, k -> new ArrayList<>()).addAll(found));
                others.addAll(r.others());
            }
            byDataset.values().forEach(l -> l.sort(ShaclCheck.ORDER));
            others.sort(ShaclCheck.ORDER);
            return new ShaclCheck.Result(report.build(), byDataset, others);
        }

        /** Validates a description, keeping the results of the nodes it holds whole that are not counted yet. */
        private ShaclCheck.Result validate(Node root, Description desc) {
            ShaclCheck.Result r = shacl.check(desc.graph, source, desc.positions, e -> desc.owned.contains(e.focusNode())
                    && (e.focusNode().equals(root) || !validated.contains(DatasetChunker.hash(e.focusNode()))));
            r.report().getEntries().forEach(report::addReportEntry);
            desc.owned.forEach(n -> validated.add(DatasetChunker.hash(n)));
            return r;
        }

        /**
         * The node's description: its triples and, breadth first, those of every node its values refer to;
         * another dataset or catalog only by its types (it has its own description).
         */
        private Description describe(Node root) {
            Graph g = GraphFactory.createDefaultGraph();
            TriplePositions positions = new TriplePositions();
            Set<Node> owned = new HashSet<>();
            Set<Node> typedOnly = new HashSet<>();
            Deque<Node> queue = new ArrayDeque<>();
            owned.add(root);
            queue.add(root);
            while (!queue.isEmpty()) {
                Node n = queue.poll();
                WithPositions.read(spilled, n, positions);
                for (Node p : shacl.inversePredicates()) {
                    // what an inverse path reads: the triples pointing at n, and their subjects' types
                    for (Iterator<Triple> it = store.find(Node.ANY, p, n); it.hasNext(); ) {
                        Triple t = it.next();
                        g.add(t);
                        store.find(t.getSubject(), RDF.type.asNode(), Node.ANY).forEachRemaining(g::add);
                    }
                }
                for (Iterator<Triple> it = store.find(n, Node.ANY, Node.ANY); it.hasNext(); ) {
                    Triple t = it.next();
                    g.add(t);
                    Node o = t.getObject();
                    if ((o.isURI() || o.isBlank()) && !owned.contains(o) && !typedOnly.contains(o)) {
                        if (store.contains(o, RDF.type.asNode(), Vocab.DCAT_DATASET) || store.contains(o, RDF.type.asNode(), Vocab.DCAT_CATALOG)) {
                            typedOnly.add(o);
                            store.find(o, RDF.type.asNode(), Node.ANY).forEachRemaining(g::add);
                        } else {
                            owned.add(o);
                            queue.add(o);
                        }
                    }
                    if (g.size() > MAX_DESCRIPTION_TRIPLES) {
                        throw new TooLarge(root);
                    }
                }
            }
            return new Description(g, owned, positions);
        }
    }

    private record Description(Graph graph, Set<Node> owned, TriplePositions positions) {}

    /**
     * Spills where each triple is written beside it: a quad (subject, predicate, line and column packed in
     * one integer, which TDB2 stores inline) in a graph of its own, so a description's positions are read
     * back from the store as its triples are.
     */
    private static final class WithPositions extends RdfReader.LocatedSink {
        private static final Node GRAPH = NodeFactory.createURI("urn:govmeta:positions");
        private static final int COLUMN_BITS = 20;

        WithPositions(StreamRDF store) {
            super(store);
        }

        @Override
        public void triple(Triple t) {
            super.triple(t);
            if (line > 0) {
                long packed = (long) line << COLUMN_BITS | Math.min(Math.max(column, 0), (1 << COLUMN_BITS) - 1);
                super.quad(Quad.create(GRAPH, t.getSubject(), t.getPredicate(), NodeFactory.createLiteralDT(Long.toString(packed),
                        XSDDatatype.XSDinteger)));
                line = 0;
            }
        }

        @Override
        public void quad(Quad q) {
            triple(q.asTriple());
        }

        /** Adds where {@code subject}'s triples are written, first written first, to {@code positions}. */
        static void read(DatasetGraph store, Node subject, TriplePositions positions) {
            List<Quad> found = new ArrayList<>();
            store.find(GRAPH, subject, Node.ANY, Node.ANY).forEachRemaining(found::add);
            found.sort(Comparator.comparingLong(WithPositions::packed));
            for (Quad q : found) {
                long p = packed(q);
                positions.add(subject, q.getPredicate(), (int) (p >>> COLUMN_BITS), (int) (p & ((1 << COLUMN_BITS) - 1)));
            }
        }

        private static long packed(Quad q) {
            return Long.parseLong(q.getObject().getLiteralLexicalForm());
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
