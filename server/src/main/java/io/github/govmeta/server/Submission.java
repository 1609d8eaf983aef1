package io.github.govmeta.server;

import io.github.govmeta.core.ValidationRequest.NamedSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one request asks to validate, read from a form or an ITB-style JSON body and checked against the
 * limits: the sources (named as uploaded), the profile, the language and the report wanted. Immutable.
 *
 * @param sources      the files and pasted text, in the order given, names unique
 * @param shapes       extra SHACL shapes for DCAT content, each in the syntax its name implies
 * @param profile      {@code id@version} or {@code id}, or null for the default profile
 * @param lang         {@code th} or {@code en}, or null for Thai
 * @param reportSyntax the report asked for by name or media type, or null to negotiate by {@code Accept}
 */
record Submission(List<NamedSource> sources, List<NamedSource> shapes, String profile, String lang, String reportSyntax) {
    /** How much of a source is searched for a NUL byte, the sign of a file that is not text. */
    private static final int BINARY_PROBE = 8 * 1024;

    Submission {
        sources = List.copyOf(sources);
        shapes = List.copyOf(shapes);
    }

    /** Collects sources under the request's limits, giving each a safe, unique name. Not thread-safe. */
    static final class Sources {
        private final int maxFiles;
        private final List<NamedSource> sources = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        Sources(int maxFiles) {
            this.maxFiles = maxFiles;
        }

        /**
         * Adds a source; its name is cut to its last path segment (a client's folders are not the server's).
         *
         * @throws Problem 413 beyond the file limit, 422 for content that is not text
         */
        void add(String given, byte[] content) {
            if (sources.size() == maxFiles) {
                throw Problem.tooLarge("more than " + maxFiles + " files in one request");
            }
            String name = baseName(given);
            for (int i = 2; !names.add(name); i++) {
                name = baseName(given) + " (" + i + ")";
            }
            for (int i = 0; i < Math.min(content.length, BINARY_PROBE); i++) {
                if (content[i] == 0) {
                    throw Problem.unprocessable(name + ": not a metadata file (binary content: a NUL byte at offset " + i
                            + "); govmeta reads UTF-8 text: JSON, JSON Lines, YAML, Turtle, RDF/XML, JSON-LD, N-Triples");
                }
            }
            sources.add(new NamedSource(name, content));
        }

        /**
         * The sources added.
         *
         * @throws Problem 400 when there are none
         */
        /** The sources collected, perhaps none (extra shapes are optional). */
        List<NamedSource> optional() {
            return List.copyOf(sources);
        }

        List<NamedSource> list() {
            if (sources.isEmpty()) {
                throw Problem.badRequest("nothing to validate: upload a file or give the content");
            }
            return sources;
        }

        private static String baseName(String given) {
            String n = given == null ? "" : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1).strip();
            n = n.length() > 200 ? n.substring(0, 200) : n;
            return n.isEmpty() || n.equals(".") || n.equals("..") ? "upload" : n;
        }
    }

    /**
     * {@code th} or {@code en} from a form value or an ITB {@code locale} ({@code th-TH}, {@code en_US}), or
     * null when not given.
     *
     * @throws Problem 400 for another language
     */
    static String language(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String lang = given.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        if (!lang.equals("th") && !lang.equals("en")) {
            throw Problem.badRequest("unknown language '" + given + "' (expected th or en)");
        }
        return lang;
    }

    /** A profile reference as given, or null when blank. */
    static String profile(String given) {
        return given == null || given.isBlank() ? null : given.strip();
    }
}
