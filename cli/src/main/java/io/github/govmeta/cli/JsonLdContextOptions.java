package io.github.govmeta.cli;

import io.github.govmeta.core.ValidationRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Local copies of remote JSON-LD contexts, for the commands that read DCAT sources: the core reads and
 * checks each file when the run opens (a missing or bad one is exit code 2); a value without {@code =} is a
 * usage error (picocli's, exit code 2).
 */
final class JsonLdContextOptions {
    @Option(names = "--jsonld-context", paramLabel = "URL=FILE",
            description = "Read the remote JSON-LD context URL (a @context or @import of a JSON-LD source) from FILE instead of"
                    + " refusing it, e.g. --jsonld-context https://example.go.th/context/gdc.jsonld=contexts/gdc.jsonld"
                    + " (repeatable; over the configuration's jsonldContexts; nothing is fetched).")
    Map<String, Path> contexts = new LinkedHashMap<>();

    ValidationRequest.Builder applyTo(ValidationRequest.Builder request) {
        return request.jsonldContexts(contexts);
    }
}
