package io.github.govmeta.core.shacl;

import io.github.govmeta.core.finding.BuddhistEra;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.RuleCatalog;
import io.github.govmeta.core.rdf.RdfSyntax;
import io.github.govmeta.core.rdf.TriplePositions;
import io.github.govmeta.core.rdf.Vocab;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.vocabulary.RDF;

/**
 * Applies a profile's SHACL shapes (plus any external shapes) to DCAT graphs. The shapes and the SKOS
 * vocabularies are parsed once; each data graph is validated together with the vocabularies — the files
 * that declare no shape (so a concept is checked against its scheme) — but never with the shapes
 * themselves, whose triples are not data (as the W3C SHACL test suite expects). {@code owl:imports} in
 * shapes are not followed. Thread-safe.
 */
public final class ShaclCheck {
    /** Predicates that only a shapes graph uses: a file with one of them declares shapes. */
    private static final List<Node> SHAPE_PREDICATES = List.of(SHACL.path, SHACL.targetClass, SHACL.targetNode,
            SHACL.targetSubjectsOf, SHACL.targetObjectsOf, SHACL.property, SHACL.target);

    private final Shapes shapes;
    private final Graph vocabularies;
    private final ShaclFindingAdapter adapter;
    private final boolean local;
    private final java.util.Set<Node> inversePredicates;
    private final boolean spillable;

    private ShaclCheck(Graph shapesGraph, Graph vocabularies, RuleCatalog rules, BuddhistEra era) {
        this.vocabularies = vocabularies;
        this.local = local(shapesGraph);
        this.inversePredicates = shapesGraph.find(Node.ANY, SHACL.inversePath, Node.ANY).mapWith(t -> t.getObject()).toSet();
        this.spillable = inversePredicates.stream().allMatch(Node::isURI) && local(shapesGraph, List.of(SHACL.targetNode, SHACL.targetObjectsOf, SHACL.target));
        try {
            this.shapes = Shapes.parse(shapesGraph);
        } catch (RuntimeException e) {
            throw new ProfileException("the SHACL shapes cannot be used: " + e.getMessage(), e);
        }
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(shapesGraph.getPrefixMapping())
                .setNsPrefixes(PrefixMapping.Standard);
        this.adapter = new ShaclFindingAdapter(shapesGraph, rules, prefixes, era);
    }

    /**
     * The profile's shapes (if it has a DCAT form; none when {@code profile} is null), the extra shape
     * files or folders of RDF files, and extra shapes held in memory (each in the RDF syntax its name
     * implies, else Turtle).
     *
     * @throws ProfileException when none gives any shape, or shapes cannot be read
     */
    public static ShaclCheck of(Profile profile, RuleCatalog rules, List<Path> extraShapes, List<InputSource> shapeSources) {
        Graph g = GraphFactory.createDefaultGraph();
        Graph vocabularies = GraphFactory.createDefaultGraph();
        for (Profile.DcatForm dcat : profile == null ? List.<Profile.DcatForm>of() : profile.dcatChain()) {
            for (String file : dcat.shapes()) {
                try (InputStream in = dcat.folder().open(file)) {
                    Graph one = GraphFactory.createDefaultGraph();
                    RDFParser.create().source(in).lang(Lang.TURTLE).parse(one);
                    add(one, g, vocabularies);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RiotException e) {
                    throw new ProfileException(dcat.folder().describe(file) + ": " + e.getMessage(), e);
                }
            }
        }
        for (Path p : extraShapes) {
            for (Path file : shapeFiles(p)) {
                try {
                    Graph one = GraphFactory.createDefaultGraph();
                    RDFParser.create().source(file).parse(one);
                    add(one, g, vocabularies);
                } catch (RiotException e) {
                    throw new ProfileException(file + ": " + e.getMessage(), e);
                }
            }
        }
        for (InputSource s : shapeSources) {
            Lang lang = s.format() instanceof RdfSyntax syntax ? syntax.lang(s) : Lang.TURTLE;
            try (InputStream in = s.opener().get()) {
                Graph one = GraphFactory.createDefaultGraph();
                RDFParser.create().source(in).lang(lang).parse(one);
                add(one, g, vocabularies);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RiotException e) {
                throw new ProfileException(s.name() + ": " + e.getMessage(), e);
            }
        }
        if (g.isEmpty()) {
            throw new ProfileException((profile == null ? "no SHACL shapes" : "profile " + profile.ref() + " has no SHACL shapes")
                    + " for DCAT sources; give --shapes");
        }
        return new ShaclCheck(g, vocabularies, rules, profile == null ? BuddhistEra.NONE : profile.buddhistEra());
    }

    /** Adds one file's graph to the shapes graph, and to the vocabularies too when it declares no shape. */
    private static void add(Graph file, Graph shapes, Graph vocabularies) {
        GraphUtil.addInto(shapes, file);
        shapes.getPrefixMapping().setNsPrefixes(file.getPrefixMapping());
        boolean declaresShapes = SHAPE_PREDICATES.stream().anyMatch(p -> file.contains(Node.ANY, p, Node.ANY))
                || file.contains(Node.ANY, RDF.type.asNode(), SHACL.NodeShape) || file.contains(Node.ANY, RDF.type.asNode(), SHACL.PropertyShape);
        if (!declaresShapes) {
            GraphUtil.addInto(vocabularies, file);
        }
    }

    private static List<Path> shapeFiles(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> InputSource.formatOf(f.getFileName().toString()) instanceof RdfSyntax)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the shapes look only at a focus node's own description, so that validating each
     * self-contained description of a catalog apart gives the whole graph's results: targets by class or
     * subject only (no {@code sh:targetNode}, {@code sh:targetObjectsOf}, SPARQL targets), forward paths
     * only (no {@code sh:inversePath}), and SPARQL constraints only where marked {@code govmeta:local}.
     */
    public boolean local() {
        return local;
    }

    /**
     * Whether the shapes look no further than a node's own description and the triples that point at the
     * nodes of it with {@link #inversePredicates()}: what {@link SpilledShaclCheck} gives each description.
     * {@link #local()} and, besides, inverse paths of single predicates (DCAT-AP 3.0.0's {@code dcat:inSeries}).
     */
    public boolean spillable() {
        return spillable;
    }

    /** The predicates of the shapes' inverse paths ({@code sh:inversePath P}). */
    public java.util.Set<Node> inversePredicates() {
        return inversePredicates;
    }

    private static boolean local(Graph shapes) {
        return local(shapes, List.of(SHACL.inversePath, SHACL.targetNode, SHACL.targetObjectsOf, SHACL.target));
    }

    private static boolean local(Graph shapes, List<Node> refused) {
        for (Node p : refused) {
            if (shapes.contains(Node.ANY, p, Node.ANY)) {
                return false;
            }
        }
        for (Node p : List.of(SHACL.select, SHACL.ask)) {
            for (var t : shapes.find(Node.ANY, p, Node.ANY).toList()) {
                var marks = shapes.find(t.getSubject(), Vocab.LOCAL, Node.ANY).toList();
                if (marks.isEmpty() || !marks.stream().allMatch(m -> m.getObject().isLiteral()
                        && "true".equals(m.getObject().getLiteralLexicalForm()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A validation: the native report and the findings, grouped by dataset in the graph's order. */
    public record Result(ValidationReport report, Map<String, List<Finding>> byDataset, List<Finding> others) {}

    public Result check(Graph data, String source) {
        return check(data, source, null, e -> true);
    }

    /**
     * Validates {@code data}; each finding is placed where its triple is written ({@link #position}), as
     * {@code positions} (null: none known) tell; line 0 when not known.
     */
    public Result check(Graph data, String source, TriplePositions positions) {
        return check(data, source, positions, e -> true);
    }

    /** {@link #check(Graph, String, TriplePositions)} keeping only the results {@code keep} accepts (a part of a graph validated apart). */
    public Result check(Graph data, String source, TriplePositions positions, java.util.function.Predicate<ReportEntry> keep) {
        ValidationReport report = ShaclValidator.get().validate(shapes, vocabularies.isEmpty() ? data : new Union(data, vocabularies));
        Map<String, List<Finding>> byDataset = new LinkedHashMap<>();
        for (Node d : datasets(data)) {
            byDataset.put(name(d), new ArrayList<>());
        }
        List<Finding> others = new ArrayList<>();
        ValidationReport.Builder withTexts = ValidationReport.create();
        for (ReportEntry e : report.getEntries()) {
            if (!keep.test(e)) {
                continue;
            }
            Node dataset = datasetOf(data, e.focusNode());
            String name = dataset == null ? null : name(dataset);
            Position at = positions == null ? Position.UNKNOWN : position(data, positions, e);
            Finding f = adapter.toFinding(e, source, name, data, at);
            (name != null && byDataset.containsKey(name) ? byDataset.get(name) : others).add(f);
            withTexts.addReportEntry(ShaclFindingAdapter.EXTERNAL.equals(f.ruleId()) ? e : withCatalogueTexts(e, f));
        }
        byDataset.values().forEach(l -> l.sort(ORDER));
        others.sort(ORDER);
        return new Result(withTexts.build(), byDataset, others);
    }

    /**
     * The order of a description's findings: {@link Finding#ORDER} without line and column (the order they
     * had before they carried positions: by path, rule and message), so a report does not reorder when a
     * triple moves in the file.
     */
    static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.location().source())
            .thenComparing(f -> Objects.toString(f.location().pointer(), ""))
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.message().en());

    /**
     * Where a result's triple is written. A path of forward steps ({@code dcat:contactPoint/vcard:hasEmail})
     * is followed through the data from the focus node, by way of nodes that are described (and, for the
     * last step, towards the value shown): the position of the last step's triple (the e-mail's), else,
     * when the property is missing, of the first triple of the node that lacks it (the contact point).
     * Other paths: the triple of the focus node and the path's first predicate, else the focus node's first
     * triple. Unknown when none is written.
     */
    static Position position(Graph data, TriplePositions positions, ReportEntry e) {
        List<Node> steps = new ArrayList<>();
        if (!steps(e.resultPath(), steps)) {
            return positions.of(e.focusNode(), firstPredicate(e.resultPath()));
        }
        Node at = e.focusNode();
        for (int i = 0; i < steps.size() - 1; i++) {
            Node p = steps.get(i);
            Node next = null;
            for (Node o : data.find(at, p, Node.ANY).mapWith(t -> t.getObject()).toList()) {
                if (positions.described(o) && (next == null || e.value() != null && data.contains(o, steps.get(i + 1), e.value()))) {
                    next = o;
                }
            }
            if (next == null) {
                return positions.of(at, p);
            }
            at = next;
        }
        return positions.of(at, steps.isEmpty() ? null : steps.get(steps.size() - 1));
    }

    /** The predicates of a path of forward steps only, in order; false for any other path. */
    private static boolean steps(org.apache.jena.sparql.path.Path path, List<Node> out) {
        if (path instanceof P_Link link) {
            out.add(link.getNode());
            return true;
        }
        return path instanceof P_Seq seq && steps(seq.getLeft(), out) && steps(seq.getRight(), out);
    }

    /** The predicate a path takes first from its focus node, or null (an inverse or alternative path). */
    static Node firstPredicate(org.apache.jena.sparql.path.Path path) {
        if (path instanceof P_Link link) {
            return link.getNode();
        }
        if (path instanceof P_Seq seq) {
            return firstPredicate(seq.getLeft());
        }
        if (path instanceof P_Path1 one && !(path instanceof P_Inverse)) {
            return firstPredicate(one.getSubPath());
        }
        return null;
    }

    /**
     * The result as the SHACL report states it: the bundled shapes carry rule ids, not texts, so the
     * message (Thai and English) and severity are the finding's, from the rule catalogue.
     */
    private static ReportEntry withCatalogueTexts(ReportEntry e, Finding f) {
        ReportEntry out = ReportEntry.create().focusNode(e.focusNode()).resultPath(e.resultPath()).value(e.value())
                .source(e.source()).constraint(e.constraint()).sourceConstraint(e.sourceConstraint())
                .sourceConstraintComponent(e.sourceConstraintComponent()).detail(e.detail())
                .severity(switch (f.severity()) {
                    case ERROR -> org.apache.jena.shacl.validation.Severity.Violation;
                    case WARNING -> org.apache.jena.shacl.validation.Severity.Warning;
                    case INFO -> org.apache.jena.shacl.validation.Severity.Info;
                });
        out.message(NodeFactory.createLiteralLang(f.message().th(), "th"));
        out.message(NodeFactory.createLiteralLang(f.message().en(), "en"));
        return out;
    }

    /** The dcat:Dataset nodes of a graph, sorted. */
    public static List<Node> datasets(Graph data) {
        return data.find(Node.ANY, RDF.type.asNode(), Vocab.DCAT_DATASET).mapWith(t -> t.getSubject())
                .toList().stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    private static Node datasetOf(Graph data, Node focus) {
        if (data.contains(focus, RDF.type.asNode(), Vocab.DCAT_DATASET)) {
            return focus;
        }
        var parents = data.find(Node.ANY, Vocab.DCAT_DISTRIBUTION, focus).toList();
        return parents.isEmpty() ? null : parents.get(0).getSubject();
    }

    /** A dataset's name: the last segment of its IRI. */
    public static String name(Node dataset) {
        String s = dataset.isURI() ? dataset.getURI() : dataset.toString();
        return s.substring(s.lastIndexOf('/') + 1);
    }

}
