package io.github.govmeta.core.input.format;

import java.util.List;
import org.apache.jena.riot.Lang;

/**
 * DCAT in JSON-LD ({@code .jsonld}), expanded as a whole document with only the bundled contexts. Not
 * sniffed: JSON without a telling name is read as CKAN JSON.
 */
public final class JsonLdFormat extends RdfFormat {
    public JsonLdFormat() {
        super("jsonld", List.of("jsonld"), Lang.JSONLD, false);
    }

    @Override
    public boolean sniff(String head) {
        return false;
    }
}
