package io.github.govmeta.cli;

import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputCollector;
import io.github.govmeta.core.profile.ProfileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govmeta convert}: CKAN metadata to DCAT, through the profile's declarative mapping. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts CKAN dataset metadata (every input form validate reads) to DCAT RDF, as the profile's",
            "mapping (dcat-mapping.yaml) says.", "แปลงคำอธิบายชุดข้อมูล CKAN เป็น DCAT"})
final class ConvertCommand implements Callable<Integer> {
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "turtle", RDFFormat.TURTLE_PRETTY, "jsonld", RDFFormat.JSONLD11_PRETTY, "rdfxml", RDFFormat.RDFXML_PRETTY,
            "ntriples", RDFFormat.NTRIPLES);
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
        RDFFormat format = FORMATS.get(to);
        if (format == null) {
            context.err.println("govmeta convert: unknown format '" + to + "' (known: turtle, jsonld, rdfxml, ntriples)");
            return ExitCode.ERROR.code;
        }
        GovmetaValidator validator = profileOptions.validator(context);
        if (validator == null) {
            return ExitCode.ERROR.code;
        }
        InputCollector.Result inputs = inputOptions.collect(context, validator.config().settings());
        List<Finding> problems = new ArrayList<>();
        Graph graph;
        try {
            graph = validator.toDcat(inputs.sources(), problems::add);
        } catch (ProfileException e) {
            context.err.println("govmeta: " + e.getMessage());
            return ExitCode.ERROR.code;
        }
        problems.forEach(p -> context.err.println(p.location().display() + ": " + p.ruleId() + " " + p.message().in(validator.config().lang())));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, graph, format);
        String text = bytes.toString(StandardCharsets.UTF_8);
        try {
            if (output == null) {
                context.out.print(text);
            } else {
                Files.writeString(context.workingDirectory.resolve(output), text);
            }
        } catch (IOException e) {
            context.err.println("govmeta convert: " + e.getMessage());
            return ExitCode.ERROR.code;
        }
        context.out.flush();
        return problems.isEmpty() && inputs.missing().isEmpty() ? ExitCode.OK.code : ExitCode.ERROR.code;
    }
}
