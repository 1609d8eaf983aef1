import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Peers for the DCAT benchmark, on the Jena of the govmeta jar (run with {@code -cp govmeta.jar:target}).
 * <ul>
 * <li>{@code JenaPeer validate DATA SHAPES...}: Apache Jena's SHACL validator used directly on the whole data
 * graph, with the same shapes and data govmeta uses, without govmeta's reader limits, findings, messages or
 * report. As in govmeta, the files that declare no shape (the SKOS vocabularies) are also added to the data
 * graph, so a concept is checked against its scheme. Prints the number of validation results.</li>
 * <li>{@code JenaPeer parse DATA}: the physical limit, Jena's parser streaming the file's triples into a counter
 * (no graph, no validation). Prints the number of triples.</li>
 * </ul>
 */
public class JenaPeer {
    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("parse")) {
            AtomicLong triples = new AtomicLong();
            RDFParser.source(args[1]).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    triples.incrementAndGet();
                }
            });
            System.out.println("jena parse: " + triples.get() + " triples");
        } else if (args.length >= 3 && args[0].equals("validate")) {
            Graph shapes = GraphFactory.createDefaultGraph();
            Graph vocabularies = GraphFactory.createDefaultGraph();
            for (int i = 2; i < args.length; i++) {
                Graph one = RDFDataMgr.loadGraph(args[i]);
                shapes.getPrefixMapping().setNsPrefixes(one.getPrefixMapping());
                one.find().forEach(shapes::add);
                if (!declaresShapes(one)) {
                    one.find().forEach(vocabularies::add);
                }
            }
            Graph data = RDFDataMgr.loadGraph(args[1]);
            int results = ShaclValidator.get().validate(Shapes.parse(shapes), new Union(data, vocabularies)).getEntries().size();
            System.out.println("jena: " + results + " results");
        } else {
            System.err.println("usage: JenaPeer validate DATA SHAPES... | JenaPeer parse DATA");
            System.exit(2);
        }
    }

    private static boolean declaresShapes(Graph g) {
        return g.contains(Node.ANY, SHACL.path, Node.ANY) || g.contains(Node.ANY, SHACL.targetClass, Node.ANY)
                || g.contains(Node.ANY, RDF.type.asNode(), SHACL.NodeShape) || g.contains(Node.ANY, RDF.type.asNode(), SHACL.PropertyShape);
    }
}
