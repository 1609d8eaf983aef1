package io.github.govmeta.core.remote;

import java.util.Objects;

/**
 * A live catalog to read as an input of a run: a CKAN portal's Action API or a DCAT endpoint. Immutable.
 *
 * @param kind             which API
 * @param url              the portal's address ({@code https://data.go.th}; for CKAN a trailing {@code /api/3…} is
 *                         allowed), or the DCAT endpoint's first page ({@code https://data.go.th/catalog.ttl})
 * @param organization     CKAN: only this organization's datasets ({@code fq=organization:NAME}), or null
 * @param query            CKAN: a Solr query ({@code q}), or null for every dataset
 * @param allOrganizations CKAN: read every organization of {@code organization_list} in turn
 * @param rows             CKAN: datasets asked for per page ({@code rows})
 */
public record RemoteCatalog(Kind kind, String url, String organization, String query, boolean allOrganizations, int rows) {
    /** Datasets per page unless told: CKAN's own default maximum is 1000, 100 keeps pages small. */
    public static final int DEFAULT_ROWS = 100;

    /** The APIs govmeta reads. */
    public enum Kind {
        /** The CKAN Action API: {@code package_search} page by page, {@code organization_list}. */
        CKAN,
        /** A DCAT endpoint (ckanext-dcat's {@code catalog.ttl|jsonld|rdf}) followed by its Hydra paging. */
        DCAT
    }

    public RemoteCatalog {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        if (rows <= 0) {
            throw new IllegalArgumentException("rows must be positive");
        }
    }

    public static RemoteCatalog ckan(String url) {
        return new RemoteCatalog(Kind.CKAN, url, null, null, false, DEFAULT_ROWS);
    }

    public static RemoteCatalog dcat(String url) {
        return new RemoteCatalog(Kind.DCAT, url, null, null, false, DEFAULT_ROWS);
    }

    public RemoteCatalog withOrganization(String value) {
        return new RemoteCatalog(kind, url, value, query, allOrganizations, rows);
    }

    public RemoteCatalog withQuery(String value) {
        return new RemoteCatalog(kind, url, organization, value, allOrganizations, rows);
    }

    public RemoteCatalog withAllOrganizations(boolean value) {
        return new RemoteCatalog(kind, url, organization, query, value, rows);
    }

    public RemoteCatalog withRows(int value) {
        return new RemoteCatalog(kind, url, organization, query, allOrganizations, value);
    }
}
