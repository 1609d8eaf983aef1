import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;

/**
 * Peer for the DCAT benchmark: Apache Jena's SHACL validator used directly on the same shapes and data,
 * without govmeta's reader limits, findings, messages or report. Usage: JenaPeer SHAPES... -- DATA
 */
public class JenaPeer {
    public static void main(String[] args) {
        Graph shapes = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        int i = 0;
        for (; !args[i].equals("--"); i++) {
            RDFDataMgr.read(shapes, args[i]);
        }
        Graph data = RDFDataMgr.loadGraph(args[i + 1]);
        int results = ShaclValidator.get().validate(Shapes.parse(shapes), new Union(data, shapes)).getEntries().size();
        System.out.println("jena: " + results + " results");
    }
}
