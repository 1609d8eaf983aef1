package io.github.govmeta.server;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reports the server answers with: the engine's renderers by name, and the CSV of the findings. A
 * client asks for one by {@code reportSyntax} (a name or a media type) or by {@code Accept}.
 */
enum ReportFormat {
    JSON("json", "application/json", "json"),
    SARIF("sarif", "application/sarif+json", "sarif"),
    JUNIT("junit", "application/xml", "xml"),
    HTML("html", "text/html", "html"),
    CSV("csv", "text/csv", "csv");

    /** The renderer's name ({@code csv} is the server's own). */
    final String id;
    final String mediaType;
    final String extension;

    ReportFormat(String id, String mediaType, String extension) {
        this.id = id;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The file name of a download, e.g. {@code govmeta-report.sarif}. */
    String fileName() {
        return "govmeta-report." + extension;
    }

    /** The format a {@code reportSyntax} names: a name ({@code sarif}) or a media type ({@code application/sarif+json}). */
    static Optional<ReportFormat> named(String syntax) {
        String s = syntax.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(s) || f.mediaType.equals(s)
                || (f == JUNIT && s.equals("text/xml"))).findFirst();
    }

    /**
     * The first format the {@code Accept} header lists that the server produces (quality values aside), else
     * JSON: {@code *}{@code /*}, a missing header and an unknown type all get the JSON report.
     */
    static ReportFormat accepted(String accept) {
        if (accept == null) {
            return JSON;
        }
        List<String> types = Arrays.stream(accept.split(",")).map(t -> t.split(";")[0].trim()).toList();
        for (String type : types) {
            Optional<ReportFormat> f = named(type);
            if (f.isPresent()) {
                return f.get();
            }
        }
        return JSON;
    }
}
