package io.github.govmeta.core.shacl;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.DcatCheck;
import io.github.govmeta.core.input.DcatRecord;
import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.RecordStream;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.rdf.DcatDescriber;
import io.github.govmeta.core.rdf.RdfReader;
import io.github.govmeta.core.rdf.TriplePositions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import tools.jackson.databind.JsonNode;

/**
 * The engine's {@link DcatCheck}: reads an RDF source and applies the shapes, then hands over one record
 * per dataset (datasets by IRI) and the findings of no dataset. A file written description by description
 * is validated one description at a time when the shapes allow ({@link StreamedShaclCheck}); otherwise,
 * or when the file turns out not to split so, as one graph, or — a file too large for the heap to hold as
 * a graph — spilled to disk and validated dataset by dataset ({@link SpilledShaclCheck}): the findings are
 * the whole graph's each way. Thread-safe when its shapes supplier and report receiver are.
 */
public final class DcatShaclCheck implements DcatCheck {
    private final Supplier<ShaclCheck> shapes;
    private final RdfReader reader;
    private final Consumer<ValidationReport> reports;
    private final DcatDescriber describer;
    private final int threads;

    /**
     * @param shapes    the compiled shapes, built on first use; a {@link ProfileException} (no shapes) becomes
     *                  the source's {@link InputRules#SHAPE} problem
     * @param reports   receives each source's native validation report
     * @param contexts  the user's local copies of remote JSON-LD contexts ({@code --jsonld-context})
     * @param describer reads each dataset back into CKAN form for the records' content, or null (no content)
     * @param threads   how many threads validate the descriptions of a file read description by description
     */
    public DcatShaclCheck(Supplier<ShaclCheck> shapes, InputLimits limits, io.github.govmeta.core.rdf.LocalContexts contexts,
                          Consumer<ValidationReport> reports, DcatDescriber describer, int threads) {
        this(shapes, new RdfReader(limits, contexts), reports, describer, threads);
    }

    DcatShaclCheck(Supplier<ShaclCheck> shapes, RdfReader reader, Consumer<ValidationReport> reports, DcatDescriber describer,
                   int threads) {
        this.threads = threads;
        this.shapes = shapes;
        this.reader = reader;
        this.reports = reports;
        this.describer = describer;
    }

    @Override
    public void read(InputSource source, RecordStream out) {
        ShaclCheck.Result result;
        Map<String, JsonNode> contents = new HashMap<>();
        try {
            ShaclCheck check = shapes.get();
            StreamedShaclCheck.Outcome streamed = StreamedShaclCheck.applies(source, check)
                    ? StreamedShaclCheck.check(check, reader, source, describer, threads) : null;
            if (streamed == null && check.spillable() && reader.tooLargeToReadWhole(source)) {
                streamed = SpilledShaclCheck.check(check, reader, source, describer);
            }
            if (streamed != null) {
                streamed.problems().forEach(out::problem);
                result = streamed.result();
                contents.putAll(streamed.contents());
            } else {
                TriplePositions positions = new TriplePositions();
                Graph data = reader.read(source, out::problem, positions);
                result = data == null ? null : check.check(data, source.name(), positions);
                if (data != null && describer != null) {
                    for (Node d : ShaclCheck.datasets(data)) {
                        contents.computeIfAbsent(ShaclCheck.name(d), n -> describer.describe(data, d, n));
                    }
                }
            }
        } catch (ProfileException e) {
            out.problem(InputProblem.of(InputRules.SHAPE, Position.UNKNOWN, e.getMessage()));
            return;
        }
        if (result == null) {
            return;
        }
        reports.accept(result.report());
        int index = 0;
        for (Map.Entry<String, List<Finding>> e : result.byDataset().entrySet()) {
            out.record(new DcatRecord(source.name(), index++, e.getKey(), e.getValue(), contents.get(e.getKey())));
        }
        result.others().forEach(out::finding);
    }
}
