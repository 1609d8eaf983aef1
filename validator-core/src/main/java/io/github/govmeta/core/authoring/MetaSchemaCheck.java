package io.github.govmeta.core.authoring;

import io.github.govmeta.core.jsonschema.JsonPointers;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Map;

/** Every schema of the profile is valid against the JSON Schema 2020-12 meta-schema (bundled, no network). */
final class MetaSchemaCheck implements ProfileCheck {
    private static final Schema META_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    @Override
    public void check(CheckedProfile profile, ProfileFindings findings) {
        profile.schemas().forEach((file, doc) -> {
            for (Error e : META_SCHEMA.validate(doc.node())) {
                String pointer = JsonPointers.of(e.getInstanceLocation());
                findings.add(ProfileRules.SCHEMA, file, doc.positions().find(pointer),
                        Map.of("pointer", pointer.isEmpty() ? "/" : pointer, "detail", e.getMessage()));
            }
        });
    }

}
