package io.github.govmeta.cli;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputCollector;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.rdf.DatasetChunker;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govmeta convert}: CKAN metadata to DCAT, through the profile's declarative mapping. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts CKAN dataset metadata (every input form validate reads) to DCAT RDF, as the profile's mapping (dcat-mapping.yaml) says.", "แปลงคำอธิบายชุดข้อมูล CKAN เป็น DCAT"})
final class ConvertCommand implements Callable<Integer> {
    /** Turtle and N-Triples are written dataset by dataset; JSON-LD and RDF/XML need the whole graph. */
    /** The output formats, in a holder: picocli creates every command at start-up, and Jena's formats are not for other commands. */
    private static final class Formats {
        static final Map<String, RDFFormat> STREAMED = Map.of("turtle", RDFFormat.TURTLE_BLOCKS, "ntriples", RDFFormat.NTRIPLES);
        static final Map<String, RDFFormat> WHOLE = Map.of("jsonld", RDFFormat.JSONLD11_PRETTY, "rdfxml", RDFFormat.RDFXML_PRETTY);

        private Formats() {}
    }
    private final Context context;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ProfileOptions profileOptions;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, jsonld, rdfxml or ntriples (default: ${DEFAULT-VALUE}).")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of standard output.")
    Path output;

    ConvertCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!Formats.STREAMED.containsKey(to) && !Formats.WHOLE.containsKey(to)) {
            context.err.println("govmeta convert: unknown format '" + to + "' (known: turtle, jsonld, rdfxml, ntriples)");
            return ExitStatus.ERROR.code();
        }
        Govmeta govmeta = ProfileOptions.open(context, inputOptions.applyTo(profileOptions.request(context), context).build());
        if (govmeta == null) {
            return ExitStatus.ERROR.code();
        }
        Govmeta.Conversion[] result = {null};
        try (OutputStream out = output == null ? new WriterOutputStream(context.out)
                : new BufferedOutputStream(Files.newOutputStream(context.workingDirectory.resolve(output)))) {
            if (Formats.STREAMED.containsKey(to)) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, Formats.STREAMED.get(to));
                stream.start();
                boolean[] prefixes = {false};
                result[0] = govmeta.toDcat(g -> {
                    if (!prefixes[0]) {
                        new java.util.TreeMap<>(g.getPrefixMapping().getNsPrefixMap()).forEach(stream::prefix);
                        prefixes[0] = true;
                    }
                    // dataset first, then what it refers to: `govmeta validate` reads it back one dataset at a time
                    DatasetChunker.readingOrder(g).forEach(stream::triple);
                });
                stream.finish();
            } else {
                Graph all = GraphFactory.createDefaultGraph();
                result[0] = govmeta.toDcat(g -> {
                    all.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
                    g.find().forEach(all::add);
                });
                RDFDataMgr.write(out, all, Formats.WHOLE.get(to));
            }
        } catch (ProfileException e) {
            context.err.println("govmeta: " + e.getMessage());
            return ExitStatus.ERROR.code();
        } catch (IOException | java.io.UncheckedIOException e) {
            context.err.println("govmeta convert: " + e.getMessage());
            return ExitStatus.ERROR.code();
        }
        context.out.flush();
        result[0].missing().forEach(m -> context.err.println("govmeta: no such file or folder: " + m));
        result[0].problems().forEach(p -> context.err.println(p.location().display() + ": " + p.ruleId() + " " + p.message().in(govmeta.lang())));
        return result[0].problems().isEmpty() && result[0].missing().isEmpty() ? ExitStatus.OK.code() : ExitStatus.ERROR.code();
    }

    /** Bytes written by Jena to the command's character output (UTF-8), without closing it. */
    private static final class WriterOutputStream extends OutputStream {
        private final java.io.PrintWriter out;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        WriterOutputStream(java.io.PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            pending.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void flush() {
            out.print(pending.toString(java.nio.charset.StandardCharsets.UTF_8));
            pending.reset();
            out.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
