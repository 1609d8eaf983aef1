package io.github.govmeta.core.input.format;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.DcatRecord;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.RecordStream;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.rdf.RdfReader;
import io.github.govmeta.core.shacl.ShaclCheck;
import io.github.govmeta.core.shacl.StreamedShaclCheck;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;

/**
 * A DCAT syntax read with Jena ({@link RdfReader}: no network, no entities, bounded size) into records,
 * one per {@code dcat:Dataset} with the findings of its description, then the findings of no dataset. A
 * file in a syntax parsed as a stream of triples is validated description by description when the shapes
 * allow ({@link StreamedShaclCheck}); otherwise, or when the file turns out not to split so, as one graph.
 * Either way the findings are the whole graph's, in its order (datasets by IRI). Thread-safe.
 */
public abstract class RdfFormat implements SourceFormat {
    private final String name;
    private final List<String> extensions;
    private final Lang lang;
    private final boolean streamed;

    /** @param streamed whether Jena parses the syntax as a stream of triples (not JSON-LD, expanded whole) */
    RdfFormat(String name, List<String> extensions, Lang lang, boolean streamed) {
        this.name = name;
        this.extensions = List.copyOf(extensions);
        this.lang = lang;
        this.streamed = streamed;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> extensions() {
        return extensions;
    }

    /** The Jena syntax of a source in this format. */
    public Lang lang(InputSource source) {
        return lang;
    }

    /** Whether a source may be validated description by description, as it is parsed. */
    public final boolean streamed() {
        return streamed;
    }

    @Override
    public final void read(InputSource source, ReadContext context, RecordStream out) {
        RdfReader reader = new RdfReader(context.limits());
        ShaclCheck.Result result;
        try {
            ShaclCheck check = context.shapes().get();
            StreamedShaclCheck.Outcome outcome = StreamedShaclCheck.applies(source, check)
                    ? StreamedShaclCheck.check(check, reader, source) : null;
            if (outcome != null) {
                outcome.problems().forEach(out::problem);
                result = outcome.result();
            } else {
                Graph data = reader.read(source, out::problem);
                result = data == null ? null : check.check(data, source.name());
            }
        } catch (ProfileException e) {
            out.problem(InputProblem.of(InputRules.SHAPE, Position.UNKNOWN, e.getMessage()));
            return;
        }
        if (result == null) {
            return;
        }
        context.reports().accept(result.report());
        int index = 0;
        for (Map.Entry<String, List<Finding>> e : result.byDataset().entrySet()) {
            out.record(new DcatRecord(source.name(), index++, e.getKey(), e.getValue()));
        }
        result.others().forEach(out::finding);
    }
}
