package io.github.govmeta.core.profile;

import io.github.govmeta.core.finding.LocalizedText;
import java.util.List;
import java.util.Map;

/**
 * A loaded profile: the standard as data, merged with the profile it extends (schemas, rules and
 * canonicalisation add up; nothing is copied). Immutable.
 *
 * @param id            profile id, e.g. {@code th-gdc}
 * @param version       its version
 * @param status        draft or final
 * @param title         Thai and English title
 * @param source        citation of the standard it encodes
 * @param extendsRef    {@code id@version} of its base, or null
 * @param entrySchemaId the {@code $id} of the schema applied to each dataset
 * @param schemas       every schema of this profile and its bases, by {@code $id}, as JSON text
 * @param rules         the rule catalogue of this profile and its bases
 * @param canonicalize  how input forms are made canonical
 * @param location      where it was loaded from, for messages
 */
public record Profile(String id, String version, String status, LocalizedText title, String source,
                      String extendsRef, String entrySchemaId, Map<String, String> schemas, RuleCatalog rules,
                      CanonicalizeSpec canonicalize, String location) {

    public Profile {
        schemas = Map.copyOf(schemas);
    }

    /** {@code id@version}. */
    public String ref() {
        return id + "@" + version;
    }

    public List<String> schemaIds() {
        return schemas.keySet().stream().sorted().toList();
    }
}
