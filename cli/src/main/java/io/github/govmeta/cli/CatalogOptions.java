package io.github.govmeta.cli;

import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.net.NetworkAccess;
import io.github.govmeta.core.remote.RemoteCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Live catalogs as inputs (CKAN portals, DCAT endpoints) and what the network may be used for, translated
 * into the request: the core refuses live catalogs without network access (exit code 2), and sends nothing.
 */
final class CatalogOptions {
    @Option(names = "--ckan", paramLabel = "URL",
            description = "Read a CKAN portal's Action API (package_search, page by page), e.g. https://data.go.th (repeatable; needs --allow-network).")
    List<String> ckan = new ArrayList<>();

    @Option(names = "--dcat", paramLabel = "URL",
            description = "Read a DCAT endpoint through its Hydra paging, e.g. https://data.go.th/catalog.ttl (repeatable; needs --allow-network).")
    List<String> dcat = new ArrayList<>();

    @Option(names = "--org", paramLabel = "NAME", description = "CKAN: only this organization's datasets.")
    String organization;

    @Option(names = "--query", paramLabel = "Q", description = "CKAN: a search query (Solr q), e.g. 'tags:ประชากร'.")
    String query;

    @Option(names = "--all-orgs", description = "CKAN: every organization of organization_list in turn (one summary each).")
    boolean allOrganizations;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "100",
            description = "CKAN: datasets per page (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--allow-network", description = "Allow requests over the network (off by default: nothing is sent).")
    boolean allowNetwork;

    @Option(names = "--allow-private-urls",
            description = "Also fetch from loopback, private, link-local, unique-local and shared addresses (an intranet portal); off by default.")
    boolean allowPrivateUrls;

    @Option(names = "--offline-cache", paramLabel = "DIR",
            description = "Keep every answer fetched in DIR; without --allow-network, read the answers from DIR instead (replay a recorded run offline).")
    Path offlineCache;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest wait for one answer, headers and body (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "2",
            description = "Most requests started per second to one host (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "2",
            description = "Most requests open at once to one host (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries of an answer 429 or 5xx, with backoff and honouring Retry-After up to 120 s (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--max-response-mb", paramLabel = "MB", defaultValue = "50",
            description = "Largest answer read, in MiB (default: ${DEFAULT-VALUE}).")
    int maxResponseMb;

    /** Whether a live catalog is named. */
    boolean any() {
        return !ckan.isEmpty() || !dcat.isEmpty();
    }

    /** The network access these options give. */
    NetworkAccess network() {
        return NetworkAccess.OFF.withAllowed(allowNetwork).withAllowPrivate(allowPrivateUrls).withOfflineCache(offlineCache)
                .withTimeouts(Duration.ofSeconds(Math.min(10, Math.max(1, timeout))), Duration.ofSeconds(Math.max(1, timeout)))
                .withRate(rate, Math.max(1, concurrency)).withRetries(Math.max(0, retries), Duration.ofSeconds(120))
                .withMaxBytes(Math.max(1, maxResponseMb) * 1024L * 1024L);
    }

    /** Adds the catalogs and the network access to {@code request}. */
    ValidationRequest.Builder applyTo(ValidationRequest.Builder request) {
        for (String url : ckan) {
            request.catalog(RemoteCatalog.ckan(url).withOrganization(organization).withQuery(query)
                    .withAllOrganizations(allOrganizations).withRows(Math.max(1, rows)));
        }
        for (String url : dcat) {
            request.catalog(RemoteCatalog.dcat(url));
        }
        return request.network(network());
    }

    /** What was read of each catalog, on standard error. */
    static void printSummaries(Context context, io.github.govmeta.core.ValidationResult result) {
        if (result == null) {
            return;
        }
        boolean thai = result.lang() == io.github.govmeta.core.finding.Lang.TH;
        result.harvests().forEach(h -> context.err.println("govmeta: " + h.display(thai)));
        context.err.flush();
    }
}
