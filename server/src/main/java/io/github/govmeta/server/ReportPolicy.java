package io.github.govmeta.server;

import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.profile.RuleCatalog;
import io.github.govmeta.core.report.RenderOptions;
import io.github.govmeta.core.report.Renderer;
import io.github.govmeta.core.report.Renderers;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The Content-Security-Policy of every answer. Scripts run only when their hash is listed, and the only
 * hashes listed are those of the HTML report's own inline script and style, taken at start-up from a report
 * of no input — so nothing from a request can ever run, even if it got past the escaping. Styles come from
 * the server ({@code 'self'}) or that hash; nothing loads from elsewhere; forms post only to the server.
 * Immutable.
 */
final class ReportPolicy {
    private final String header;

    ReportPolicy() {
        StringWriter out = new StringWriter();
        Renderer html = Renderers.require("html").create(out, new RenderOptions(Lang.TH, false, false, new RuleCatalog(Map.of())));
        html.started(new RunInfo("", "", "", Lang.TH));
        html.finished(new RunStats(0, 0, 0, 0, 0, 0, false));
        String report = out.toString();
        List<String> scripts = hashes(report, "script");
        header = "default-src 'none'; script-src " + (scripts.isEmpty() ? "'none'" : String.join(" ", scripts))
                + "; style-src " + String.join(" ", concat("'self'", hashes(report, "style")))
                + "; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    /** The {@code Content-Security-Policy} header's value. */
    String header() {
        return header;
    }

    /** The hashes of every inline {@code <tag>} element of the empty report, e.g. {@code 'sha256-…'}. */
    private static List<String> hashes(String html, String tag) {
        List<String> hashes = new ArrayList<>();
        String open = "<" + tag + ">";
        for (int at = html.indexOf(open); at >= 0; at = html.indexOf(open, at + 1)) {
            String body = html.substring(at + open.length(), html.indexOf("</" + tag + ">", at));
            hashes.add("'sha256-" + Base64.getEncoder().encodeToString(sha256(body)) + "'");
        }
        return hashes;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
