package io.github.govmeta.core.profile;

import io.github.govmeta.core.finding.BuddhistEra;
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
 * @param folder        its files, for tools that read more than the engine needs (tests, examples)
 * @param base          the profile it extends, or null
 * @param dcat          its DCAT form (shapes, vocabularies, mapping), or null when it has none of its own
 * @param buddhistEra   how it reads Buddhist-era years ({@code buddhistEra}, else its base's, else none)
 * @param quality       its quality models (files in {@code folder}, e.g. {@code quality/thai.yaml}); empty: its base's
 * @param checks        its checks file ({@code checks.yaml}: rules beyond JSON Schema), or "" when it has none
 */
public record Profile(String id, String version, String status, LocalizedText title, String source,
                      String extendsRef, String entrySchemaId, Map<String, String> schemas, RuleCatalog rules,
                      CanonicalizeSpec canonicalize, String location, ProfileFolder folder, Profile base, DcatForm dcat,
                      BuddhistEra buddhistEra, List<String> quality, String checks) {

    /**
     * The files of a profile's DCAT form.
     *
     * @param folder           where they are
     * @param shapes           SHACL and SKOS files (Turtle), merged into one shapes graph
     * @param mapping          the CKAN → DCAT mapping file
     * @param parityExceptions the rules SHACL does not check, with reasons
     */
    public record DcatForm(ProfileFolder folder, List<String> shapes, String mapping, String parityExceptions) {}

    /** The DCAT forms of this profile and its bases, base first: an extension adds shapes and mappings. */
    public List<DcatForm> dcatChain() {
        List<DcatForm> forms = new java.util.ArrayList<>();
        for (Profile p : chain()) {
            if (p.dcat() != null) {
                forms.add(0, p.dcat());
            }
        }
        return forms;
    }


    public Profile {
        schemas = Map.copyOf(schemas);
        quality = List.copyOf(quality);
        checks = checks == null ? "" : checks;
    }

    /** Whether a profile of the chain (this one or a base) has a CKAN → DCAT mapping file. */
    public boolean hasDcatMapping() {
        return dcatChain().stream().anyMatch(f -> !f.mapping().isEmpty());
    }

    /** The profile of the chain, nearest first, that declares quality models; null: none does. */
    public Profile qualityProfile() {
        for (Profile p : chain()) {
            if (!p.quality().isEmpty()) {
                return p;
            }
        }
        return null;
    }

    /** {@code id@version}. */
    public String ref() {
        return id + "@" + version;
    }

    /** This profile and its bases, nearest first. */
    public List<Profile> chain() {
        List<Profile> chain = new java.util.ArrayList<>();
        for (Profile p = this; p != null; p = p.base()) {
            chain.add(p);
        }
        return chain;
    }
}
