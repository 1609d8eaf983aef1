package io.github.govmeta.core.rdf;

import io.github.govmeta.core.input.InputSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Tells RDF from CKAN metadata when the name says nothing (standard input): Turtle/TriG by its
 * directives or first IRI, RDF/XML by its root element, N-Triples by a first line of three terms. Anything
 * else stays for the JSON/YAML readers to sniff.
 */
public final class RdfSniffer {
    private static final int HEAD = 8192;
    private static final Pattern TURTLE = Pattern.compile("(?s)^\\s*(@prefix|@base|PREFIX\\s|BASE\\s|<[^>\\s]+>\\s+(a|<|[A-Za-z][\\w-]*:)).*");
    private static final Pattern NTRIPLES = Pattern.compile("(?s)^\\s*<[^>\\s]+>\\s+<[^>\\s]+>\\s+(<[^>\\s]+>|\"|_:).*?\\.\\s*(\\n.*)?$");
    private static final Pattern RDF_XML = Pattern.compile("(?s)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(rdf:RDF|RDF)\\b.*");

    private RdfSniffer() {}

    /** {@code source} itself, or with its RDF format when it has none and its content is RDF. */
    public static InputSource resolve(InputSource source) {
        if (source.format() != InputSource.Format.SNIFF) {
            return source;
        }
        BufferedInputStream in = new BufferedInputStream(source.opener().get(), HEAD * 2);
        String head;
        try {
            in.mark(HEAD);
            head = new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
            in.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InputSource.Format format = RDF_XML.matcher(head).matches() ? InputSource.Format.RDF_XML
                : NTRIPLES.matcher(head.lines().findFirst().orElse("")).matches() ? InputSource.Format.N_TRIPLES
                : TURTLE.matcher(head).matches() ? InputSource.Format.TURTLE
                : InputSource.Format.SNIFF;
        return new InputSource(source.name(), format, () -> in);
    }
}
