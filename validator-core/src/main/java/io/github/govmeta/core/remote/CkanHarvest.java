package io.github.govmeta.core.remote;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.SourceFormats;
import io.github.govmeta.core.net.FetchException;
import io.github.govmeta.core.net.HttpFetcher;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages of a CKAN portal's Action API as sources, fetched one at a time as the run asks for the next:
 * {@code package_search} page by page ({@code rows}, {@code start}, sorted by name so pages do not shift),
 * for one organization, a query, or — with {@code allOrganizations} — every organization of
 * {@code organization_list} in turn. Each page is a source named by its URL, read by the JSON format like a
 * {@code package_search} file (so findings are located by page, line and dataset, and carry the dataset's
 * page on the portal). A page that cannot be read — an HTTP error, a timeout, a refused address, a CKAN error
 * envelope {@code {"success": false, "error": {…}}} — is a {@code GOVMETA-INPUT-REMOTE} finding at its URL
 * and paging goes on when the number of datasets is known; a malformed page is read as is (a syntax finding
 * at its line and column). Not thread-safe: one run reads it.
 */
final class CkanHarvest implements Iterator<InputSource> {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ORGANIZATIONS_PER_PAGE = 1000;
    /** Pages read at most per organization: a portal whose count never ends stops here, with a finding. */
    static final int MAX_PAGES = 100_000;

    private final RemoteCatalog catalog;
    private final HttpFetcher fetcher;
    private final Consumer<HarvestSummary> summaries;
    private final String base;
    private final Deque<InputSource> ready = new ArrayDeque<>();
    private final Deque<String> organizations = new ArrayDeque<>();
    private boolean listed;
    private boolean done;

    // the organization being read
    private String organization;
    private boolean started;
    private int start;
    private long count = -1;
    private int pages;
    private int failed;
    private int datasets;
    private int cached;

    CkanHarvest(RemoteCatalog catalog, HttpFetcher fetcher, Consumer<HarvestSummary> summaries) {
        this.catalog = catalog;
        this.fetcher = fetcher;
        this.summaries = summaries;
        this.base = base(catalog.url());
    }

    /** The portal's root: the URL without a trailing slash or {@code /api/3/action/…}. */
    static String base(String url) {
        String u = url.strip();
        int api = u.indexOf("/api/");
        if (api >= 0) {
            u = u.substring(0, api);
        } else if (u.endsWith("/api")) {
            u = u.substring(0, u.length() - 4);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !done) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public InputSource next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }

    /** Fetches what comes next: the organization list, or the next page of the current organization. */
    private void step() {
        if (catalog.allOrganizations() && !listed) {
            listed = true;
            listOrganizations();
            if (organizations.isEmpty()) {
                done = true;
                return;
            }
        }
        if (!started) {
            if (catalog.allOrganizations()) {
                if (organizations.isEmpty()) {
                    done = true;
                    return;
                }
                organization = organizations.removeFirst();
            } else {
                organization = catalog.organization();
            }
            started = true;
            start = 0;
            count = -1;
            pages = failed = datasets = cached = 0;
        }
        if (!page()) {
            summaries.accept(new HarvestSummary(base, organization, pages, failed, datasets, cached));
            started = false;
            if (!catalog.allOrganizations()) {
                done = true;
            }
        }
    }

    /** Reads one page of {@code package_search}; false when the organization has no more pages. */
    private boolean page() {
        Map<String, String> params = new LinkedHashMap<>();
        if (catalog.query() != null && !catalog.query().isBlank()) {
            params.put("q", catalog.query());
        }
        if (organization != null) {
            params.put("fq", "organization:" + organization);
        }
        params.put("sort", "name asc");
        params.put("rows", Integer.toString(catalog.rows()));
        params.put("start", Integer.toString(start));
        String url = action("package_search", params);
        if (pages >= MAX_PAGES) {
            ready.add(FailedPage.source(url, new LocalizedText("หยุดอ่านหลังจาก " + MAX_PAGES + " หน้า",
                    "stopped after " + MAX_PAGES + " pages")));
            return false;
        }
        pages++;
        Page page = fetch(url);
        if (page.cached) {
            cached++;
        }
        if (page.failure != null) {
            failed++;
            ready.add(FailedPage.source(url, page.failure));
            return skipAfterFailure();
        }
        JsonNode tree = page.tree;
        if (tree == null) {
            // not JSON: the JSON format reports where, and the pages after it are still read when known
            failed++;
            ready.add(pageSource(url, page.body));
            return skipAfterFailure();
        }
        JsonNode result = tree.path("result");
        JsonNode results = result.path("results");
        if (!results.isArray()) {
            failed++;
            ready.add(pageSource(url, page.body));
            return skipAfterFailure();
        }
        if (result.path("count").canConvertToLong()) {
            count = result.path("count").asLong();
        }
        int served = results.size();
        datasets += served;
        if (served > 0) {
            ready.add(pageSource(url, page.body));
        }
        start += served;
        return served > 0 && (count < 0 || start < count);
    }

    /** After a failed page: go on with the next one when the number of datasets is known. */
    private boolean skipAfterFailure() {
        if (count < 0) {
            if (start == 0) {
                ready.add(FailedPage.source(action("package_search", Map.of()) + (organization == null ? "" : "#" + organization),
                        new LocalizedText("หยุดอ่านบัญชีข้อมูลนี้ เพราะหน้าแรกอ่านไม่ได้ จึงไม่ทราบจำนวนชุดข้อมูลทั้งหมด",
                                "stopped reading this catalog: its first page failed, so the number of datasets is not known")));
            }
            return false;
        }
        start += catalog.rows();
        return start < count;
    }

    private void listOrganizations() {
        List<String> names = new ArrayList<>();
        for (int offset = 0; ; offset += ORGANIZATIONS_PER_PAGE) {
            String url = action("organization_list", Map.of("limit", Integer.toString(ORGANIZATIONS_PER_PAGE), "offset", Integer.toString(offset)));
            Page page = fetch(url);
            JsonNode list = page.tree == null ? null : page.tree.path("result");
            if (page.failure != null || list == null || !list.isArray()) {
                ready.add(FailedPage.source(url, page.failure != null ? page.failure : new LocalizedText(
                        "organization_list ไม่ได้ให้รายการชื่อหน่วยงาน", "organization_list did not answer with a list of organization names")));
                break;
            }
            int before = names.size();
            for (JsonNode n : list) {
                String name = n.isString() ? n.asString() : n.path("name").asString("");
                if (!name.isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
            }
            // a portal that ignores limit/offset answers the whole list again: nothing new ends the listing
            if (list.size() < ORGANIZATIONS_PER_PAGE || names.size() == before) {
                break;
            }
        }
        organizations.addAll(names);
    }

    private record Page(byte[] body, JsonNode tree, LocalizedText failure, boolean cached) {}

    /** One answer: its JSON (null when it is not JSON), or why it failed (an HTTP error, a CKAN error envelope). */
    private Page fetch(String url) {
        HttpFetcher.Response r;
        try {
            r = fetcher.get(URI.create(url), "application/json");
        } catch (FetchException e) {
            return new Page(null, null, e.reason(), false);
        } catch (IllegalArgumentException e) {
            return new Page(null, null, new LocalizedText("ไม่ใช่ URL: " + url, "not a URL: " + url), false);
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(r.body());
        } catch (RuntimeException e) {
            tree = null;
        }
        if (tree != null && tree.path("success").isBoolean() && !tree.path("success").asBoolean()) {
            JsonNode error = tree.path("error");
            String message = error.path("message").isString() ? error.path("message").asString() : error.toString();
            String type = error.path("__type").asString("");
            String detail = (type.isEmpty() ? "" : type + ": ") + message + " (HTTP " + r.status() + ")";
            return new Page(r.body(), tree, new LocalizedText("พอร์ทัลตอบว่าเกิดข้อผิดพลาด " + detail,
                    "the portal answered with an error: " + detail), r.cached());
        }
        if (!r.ok()) {
            return new Page(r.body(), null, new LocalizedText("พอร์ทัลตอบ HTTP " + r.status(),
                    "the portal answered HTTP " + r.status()), r.cached());
        }
        return new Page(r.body(), tree == null || !tree.isObject() ? null : tree, null, r.cached());
    }

    private InputSource pageSource(String url, byte[] body) {
        return new InputSource(url, SourceFormats.named("json"), () -> new ByteArrayInputStream(body), base + "/dataset/");
    }

    private String action(String name, Map<String, String> params) {
        StringBuilder u = new StringBuilder(base).append("/api/3/action/").append(name);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            u.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
            sep = '&';
        }
        return u.toString();
    }
}
