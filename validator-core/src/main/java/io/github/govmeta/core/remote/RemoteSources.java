package io.github.govmeta.core.remote;

import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.net.HttpFetcher;
import io.github.govmeta.core.net.NetworkAccess;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The sources of a run's live catalogs, in the order given, each page fetched only when the run reads on
 * (so memory stays that of one page), through one {@link HttpFetcher} for the run. {@link #summaries} says
 * what was read once the run is over.
 */
public final class RemoteSources implements Iterable<InputSource>, AutoCloseable {
    private final List<RemoteCatalog> catalogs;
    private final HttpFetcher fetcher;
    private final io.github.govmeta.core.rdf.RdfReader reader;
    private final List<HarvestSummary> summaries = Collections.synchronizedList(new ArrayList<>());

    /** @param contexts local copies of remote JSON-LD contexts, for the DCAT pages read for their next link */
    public RemoteSources(List<RemoteCatalog> catalogs, NetworkAccess access, InputLimits limits,
                         io.github.govmeta.core.rdf.LocalContexts contexts) {
        this.catalogs = List.copyOf(catalogs);
        this.fetcher = new HttpFetcher(access);
        this.reader = new io.github.govmeta.core.rdf.RdfReader(limits, contexts);
    }

    /** What each catalog (each organization of a portal) gave: pages, datasets, failures. */
    public List<HarvestSummary> summaries() {
        return List.copyOf(summaries);
    }

    @Override
    public Iterator<InputSource> iterator() {
        Iterator<RemoteCatalog> each = catalogs.iterator();
        return new Iterator<>() {
            private Iterator<InputSource> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && each.hasNext()) {
                    RemoteCatalog c = each.next();
                    current = c.kind() == RemoteCatalog.Kind.CKAN ? new CkanHarvest(c, fetcher, summaries::add)
                            : new DcatHarvest(c, fetcher, reader, summaries::add);
                }
                return current.hasNext();
            }

            @Override
            public InputSource next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
