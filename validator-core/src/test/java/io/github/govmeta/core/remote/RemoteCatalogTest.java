package io.github.govmeta.core.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.ValidationResult;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.RecordSummary;
import io.github.govmeta.core.net.NetworkAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live catalogs through the facade, against a CKAN portal and a DCAT endpoint on 127.0.0.1 that the test
 * starts ({@link FakePortal}): the run reads exactly the datasets served, in order, each located by its
 * page's URL and carrying its dataset page; every fault of a page is a located finding and the other pages
 * are still read; a redirect to a private address is never followed; nothing is sent without network access.
 */
class RemoteCatalogTest {
    @TempDir
    Path dir;

    private FakePortal portal;

    @BeforeEach
    void start() throws Exception {
        portal = new FakePortal();
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    /** Network on, private addresses refused — except the test's own server, trusted by host and port. */
    private NetworkAccess network() {
        return NetworkAccess.publicOnly().withTrustedHosts(Set.of(portal.hostAndPort()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)).withRate(1000, 4);
    }

    private static final class Recorder implements FindingListener {
        final List<RecordSummary> records = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final List<String> sources = new ArrayList<>();

        @Override public void sourceStarted(String source) { sources.add(source); }
        @Override public void recordChecked(RecordSummary record) { records.add(record); }
        @Override public void onFinding(Finding finding) { findings.add(finding); }

        List<String> datasets() {
            return records.stream().map(RecordSummary::dataset).toList();
        }

        List<Finding> of(String rule) {
            return findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
        }
    }

    private ValidationResult run(RemoteCatalog catalog, NetworkAccess network, Recorder recorder) {
        return Govmeta.validate(ValidationRequest.builder(dir).noConfig(true).catalog(catalog).network(network)
                .listener(recorder).threads(1).build());
    }

    @Test
    void noRequestWithoutNetworkAccess() {
        Recorder r = new Recorder();
        ValidationResult result = run(RemoteCatalog.ckan(portal.base()), NetworkAccess.OFF, r);
        assertThat(result.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.problems()).singleElement().asString().contains("--allow-network");
        assertThat(portal.requests).isEmpty();
        assertThat(r.records).isEmpty();
    }

    @Test
    void readsEveryPageInOrderLocatedByPageAndDataset() {
        Recorder r = new Recorder();
        ValidationResult result = run(RemoteCatalog.ckan(portal.base() + "/api/3/action/").withRows(7), network(), r);
        List<String> served = portal.names(null);
        assertThat(served).hasSizeGreaterThan(30);
        assertThat(r.datasets()).containsExactlyElementsOf(served);
        int pages = (served.size() + 6) / 7;
        assertThat(portal.requests).hasSize(pages);
        assertThat(r.sources).hasSize(pages).allSatisfy(s -> assertThat(s).startsWith(portal.base() + "/api/3/action/package_search?"));
        assertThat(r.sources.get(1)).endsWith("sort=name%20asc&rows=7&start=7");
        assertThat(result.harvests()).singleElement().isEqualTo(new HarvestSummary(portal.base(), null, pages, 0, served.size(), 0));
        Finding title = r.of("GDC-REQ-title").get(0);
        assertThat(title.dataset()).isEqualTo("moph-clinic-registry");
        assertThat(title.location().source()).isEqualTo(r.records.stream()
                .filter(x -> x.dataset().equals("moph-clinic-registry")).findFirst().orElseThrow().source());
        assertThat(title.location().line()).isPositive();
        assertThat(title.extras()).containsEntry("datasetPage", portal.base() + "/dataset/moph-clinic-registry");
        assertThat(r.of("GDC-DATE-BE-last_updated_date")).extracting(Finding::dataset).contains("moph-hospital-beds");
        assertThat(result.status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void everyOrganizationInTurn() {
        Recorder r = new Recorder();
        ValidationResult result = run(RemoteCatalog.ckan(portal.base()).withAllOrganizations(true).withRows(3), network(), r);
        List<String> expected = new ArrayList<>();
        portal.organizations().forEach(o -> expected.addAll(portal.names(o)));
        assertThat(r.datasets()).containsExactlyElementsOf(expected);
        assertThat(result.harvests()).extracting(HarvestSummary::organization).containsExactlyElementsOf(portal.organizations());
        assertThat(result.harvests()).filteredOn(h -> h.organization().equals("bma")).singleElement()
                .satisfies(h -> assertThat(h.datasets()).isEqualTo(portal.names("bma").size()));
        assertThat(portal.requests.get(0)).startsWith("/api/3/action/organization_list");
    }

    @Test
    void oneOrganizationOnly() {
        Recorder r = new Recorder();
        run(RemoteCatalog.ckan(portal.base()).withOrganization("nso"), network(), r);
        assertThat(r.datasets()).containsExactlyElementsOf(portal.names("nso")).isNotEmpty();
        assertThat(portal.requests).singleElement().asString().contains("fq=organization%3Anso");
    }

    @Test
    void survivesEveryFaultWithALocatedFindingAndReadsTheRest() {
        int rows = 3;
        portal.faults.put("3", FakePortal.Fault.TOO_MANY_ONCE);
        portal.faults.put("6", FakePortal.Fault.SLOW);
        portal.faults.put("9", FakePortal.Fault.MALFORMED);
        portal.faults.put("12", FakePortal.Fault.ERROR_ENVELOPE);
        portal.faults.put("15", FakePortal.Fault.REDIRECT_PRIVATE);
        portal.faults.put("18", FakePortal.Fault.REDIRECT_METADATA);
        portal.faults.put("21", FakePortal.Fault.UNAVAILABLE);
        Recorder r = new Recorder();
        ValidationResult result = run(RemoteCatalog.ckan(portal.base()).withRows(rows), network().withRetries(1, Duration.ofSeconds(5)), r);

        List<String> served = portal.names(null);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < served.size(); i++) {
            int page = i / rows * rows;
            if (page < 6 || page >= 24) {
                expected.add(served.get(i)); // page 3 is served after its 429
            }
        }
        assertThat(r.datasets()).containsExactlyElementsOf(expected);
        assertThat(portal.requests).noneMatch(u -> u.contains("10.0.0.1") || u.contains("169.254"));

        List<Finding> remote = r.of("GOVMETA-INPUT-REMOTE");
        assertThat(remote).extracting(f -> f.location().source().replaceAll(".*start=", ""))
                .containsExactly("6", "12", "15", "18", "21");
        assertThat(remote.get(0).message().en()).contains("did not answer within 1 s");
        assertThat(remote.get(1).message().en()).contains("Search Query Error: Search error: Invalid search query (HTTP 409)");
        assertThat(remote.get(1).message().th()).contains("พอร์ทัลตอบว่าเกิดข้อผิดพลาด");
        assertThat(remote.get(2).message().en()).contains("10.0.0.1").contains("private");
        assertThat(remote.get(3).message().en()).contains("169.254.169.254").contains("private");
        assertThat(remote.get(4).message().en()).contains("HTTP 503");
        Finding syntax = r.of("GOVMETA-INPUT-SYNTAX").get(0);
        assertThat(syntax.location().source()).endsWith("start=9");
        assertThat(syntax.location().line()).isEqualTo(1);
        assertThat(syntax.location().column()).isPositive();
        HarvestSummary summary = result.harvests().get(0);
        assertThat(summary.failedPages()).isEqualTo(6);
        assertThat(summary.datasets()).isEqualTo(expected.size());
        assertThat(result.status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void aFirstPageThatFailsStopsWithAFinding() {
        portal.faults.put("0", FakePortal.Fault.ERROR_ENVELOPE);
        Recorder r = new Recorder();
        run(RemoteCatalog.ckan(portal.base()), network(), r);
        assertThat(r.records).isEmpty();
        assertThat(r.of("GOVMETA-INPUT-REMOTE")).hasSize(2);
        assertThat(r.of("GOVMETA-INPUT-REMOTE").get(1).message().en()).contains("number of datasets is not known");
        assertThat(portal.requests).hasSize(1);
    }

    @Test
    void privateAddressesRefusedWithoutTheTrust() {
        Recorder r = new Recorder();
        ValidationResult result = run(RemoteCatalog.ckan(portal.base()), NetworkAccess.publicOnly(), r);
        assertThat(portal.requests).isEmpty();
        assertThat(r.of("GOVMETA-INPUT-REMOTE").get(0).message().en()).contains("127.0.0.1").contains("--allow-private-urls");
        assertThat(result.status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void dcatEndpointFollowedThroughHydraPaging() {
        Recorder r = new Recorder();
        ValidationResult result = run(RemoteCatalog.dcat(portal.base() + "/catalog.ttl"), network(), r);
        assertThat(portal.requests).containsExactly("/catalog.ttl", "/catalog.ttl?page=2", "/catalog.ttl?page=3");
        assertThat(r.datasets()).containsExactly("dcat-dataset-1", "dcat-dataset-2", "dcat-dataset-3", "dcat-dataset-4",
                "dcat-dataset-5", "dcat-dataset-6");
        assertThat(r.sources).containsExactly(portal.base() + "/catalog.ttl", portal.base() + "/catalog.ttl?page=2",
                portal.base() + "/catalog.ttl?page=3");
        assertThat(result.harvests()).singleElement().isEqualTo(new HarvestSummary(portal.base() + "/catalog.ttl", null, 3, 0, 6, 0));
        assertThat(r.findings).isNotEmpty().allSatisfy(f -> assertThat(f.location().source()).startsWith(portal.base() + "/catalog.ttl"));
    }

    /** Field report item 17: JSON-LD pages with a remote context are paged through the local copy, which is never fetched. */
    @Test
    void jsonLdPagesWithARemoteContextArePagedThroughTheLocalCopy() throws Exception {
        portal.jsonldContext = "https://example.go.th/context/catalog.jsonld";
        Recorder refused = new Recorder();
        run(RemoteCatalog.dcat(portal.base() + "/catalog.ttl"), network(), refused);
        assertThat(portal.requests).containsExactly("/catalog.ttl");
        assertThat(refused.of("GOVMETA-INPUT-UNSAFE")).singleElement().satisfies(f -> assertThat(f.value() + " " + f.message().en())
                .contains("https://example.go.th/context/catalog.jsonld"));

        portal.requests.clear();
        Files.writeString(dir.resolve("catalog-context.jsonld"), portal.pageContext);
        Recorder r = new Recorder();
        Govmeta.validate(ValidationRequest.builder(dir).noConfig(true).catalog(RemoteCatalog.dcat(portal.base() + "/catalog.ttl"))
                .network(network()).listener(r).threads(1)
                .jsonldContexts(java.util.Map.of("https://example.go.th/context/catalog.jsonld", Path.of("catalog-context.jsonld"))).build());
        assertThat(portal.requests).containsExactly("/catalog.ttl", "/catalog.ttl?page=2", "/catalog.ttl?page=3");
        assertThat(r.datasets()).hasSize(6);
        assertThat(r.of("GOVMETA-INPUT-UNSAFE")).isEmpty();
    }

    @Test
    void dcatPageRedirectedToAPrivateAddressEndsThePaging() {
        portal.faults.put("dcat:2", FakePortal.Fault.REDIRECT_METADATA);
        Recorder r = new Recorder();
        run(RemoteCatalog.dcat(portal.base() + "/catalog.ttl"), network(), r);
        assertThat(r.datasets()).containsExactly("dcat-dataset-1", "dcat-dataset-2");
        assertThat(r.of("GOVMETA-INPUT-REMOTE")).singleElement().satisfies(f -> {
            assertThat(f.location().source()).isEqualTo(portal.base() + "/catalog.ttl?page=2");
            assertThat(f.message().en()).contains("169.254.169.254");
        });
    }

    @Test
    void offlineCacheReplaysARunWithoutTheNetwork() {
        Path cache = dir.resolve("cache");
        Recorder live = new Recorder();
        run(RemoteCatalog.ckan(portal.base()).withRows(10), network().withOfflineCache(cache), live);
        int sent = portal.requests.size();
        Recorder replay = new Recorder();
        ValidationResult result = run(RemoteCatalog.ckan(portal.base()).withRows(10), NetworkAccess.OFF.withOfflineCache(cache), replay);
        assertThat(portal.requests).hasSize(sent);
        assertThat(replay.datasets()).containsExactlyElementsOf(live.datasets()).isNotEmpty();
        assertThat(replay.findings).containsExactlyElementsOf(live.findings);
        assertThat(result.harvests().get(0).cached()).isEqualTo(sent);
        Recorder other = new Recorder();
        run(RemoteCatalog.ckan(portal.base()).withRows(5), NetworkAccess.OFF.withOfflineCache(cache), other);
        assertThat(other.of("GOVMETA-INPUT-REMOTE")).first().satisfies(f -> assertThat(f.message().en()).contains("not in the offline cache"));
        assertThat(portal.requests).hasSize(sent);
    }

    @Test
    void nationalViewOfEveryOrganizationOfAPortal() {
        io.github.govmeta.core.quality.Scoring.Outcome o = io.github.govmeta.core.quality.Scoring.score(ValidationRequest.builder(dir)
                .noConfig(true).timing(false).today(java.time.LocalDate.of(2025, 1, 15))
                .catalog(RemoteCatalog.ckan(portal.base()).withAllOrganizations(true).withRows(4)).network(network()).build());
        assertThat(o.problems()).isEmpty();
        var view = o.national();
        assertThat(view.agencies()).extracting(io.github.govmeta.core.quality.NationalView.Agency::id)
                .containsExactlyInAnyOrderElementsOf(portal.organizations());
        for (var a : view.agencies()) {
            assertThat(a.datasets()).as(a.id()).isEqualTo(portal.names(a.id()).size());
        }
        var moph = view.agencies().stream().filter(a -> a.id().equals("moph")).findFirst().orElseThrow();
        assertThat(moph.topRules()).extracting(io.github.govmeta.core.quality.NationalView.RuleCount::rule)
                .contains("GDC-DATE-BE-last_updated_date", "GDC-REQ-title");
        assertThat(moph.passing()).isLessThan(moph.datasets());
    }

    @Test
    void sarifPointsAtThePageItself() {
        java.io.StringWriter sarif = new java.io.StringWriter();
        Govmeta.validate(ValidationRequest.builder(dir).noConfig(true).catalog(RemoteCatalog.ckan(portal.base()).withOrganization("moph"))
                .network(network()).output(new ValidationRequest.StreamReport("sarif", sarif, false)).build());
        String page = portal.base() + "/api/3/action/package_search?fq=organization%3Amoph&sort=name%20asc&rows=100&start=0";
        assertThat(sarif.toString()).contains("\"uri\" : \"" + page + "\"").doesNotContain("http%3A");
    }

    @Test
    void dcatPagingNeverLoopsNorLeavesHttp() {
        portal.page2Next = portal.base() + "/catalog.ttl?page=1";
        Recorder r = new Recorder();
        run(RemoteCatalog.dcat(portal.base() + "/catalog.ttl?page=1"), network(), r);
        assertThat(portal.requests).containsExactly("/catalog.ttl?page=1", "/catalog.ttl?page=2");
        portal.requests.clear();
        portal.page2Next = "file:///etc/passwd";
        Recorder f = new Recorder();
        run(RemoteCatalog.dcat(portal.base() + "/catalog.ttl"), network(), f);
        assertThat(portal.requests).containsExactly("/catalog.ttl", "/catalog.ttl?page=2");
        assertThat(f.of("GOVMETA-INPUT-REMOTE")).singleElement().satisfies(x -> {
            assertThat(x.location().source()).isEqualTo("file:///etc/passwd");
            assertThat(x.message().en()).contains("only http and https");
        });
    }

    @Test
    void aPortalThatOverstatesItsCountStopsAtTheFirstEmptyPage() {
        portal.overstate = true;
        Recorder r = new Recorder();
        ValidationResult result = run(RemoteCatalog.ckan(portal.base()).withRows(20), network(), r);
        assertThat(r.datasets()).containsExactlyElementsOf(portal.names(null));
        assertThat(portal.requests).hasSize((portal.names(null).size() + 19) / 20 + 1);
        assertThat(result.harvests().get(0).failedPages()).isZero();
    }

    @Test
    void aCatalogAddressThatIsNotAnHttpUrlIsAUsageError() {
        for (String url : new String[] {"data.go.th", "file:///etc/passwd", "https://data go th/", "ftp://data.go.th/"}) {
            ValidationResult result = run(RemoteCatalog.ckan(url), network(), new Recorder());
            assertThat(result.status()).as(url).isEqualTo(ExitStatus.ERROR);
            assertThat(result.problems()).as(url).singleElement().asString().contains("--ckan: not an http(s) URL");
        }
        assertThat(portal.requests).isEmpty();
    }
}
