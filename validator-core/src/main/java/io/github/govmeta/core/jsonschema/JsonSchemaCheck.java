package io.github.govmeta.core.jsonschema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import io.github.govmeta.core.canonical.CanonicalRecord;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.RuleCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a profile's entry JSON Schema to canonical records. The schemas are compiled once, from the
 * profile's bundled texts only (no network: an unknown {@code $ref} is a profile error), and the compiled
 * schema is shared by every record. Thread-safe.
 */
public final class JsonSchemaCheck {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** govmeta's annotation keywords (see schemas/README.md): known to the dialect, so never "unknown". */
    private static final List<String> ANNOTATIONS = List.of(RuleAttribution.KEYWORD, "x-title-th", "x-data-types", "x-labels");

    private final Schema schema;
    private final SchemaErrorAdapter adapter;

    public JsonSchemaCheck(Profile profile, RuleCatalog rules) {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        profile.schemas().forEach((id, text) -> documents.put(id, JSON.readTree(text)));
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keyword(new CompareKeyword())
                .keyword(new ConstKeyword())
                .keywords(ANNOTATIONS.stream().map(AnnotationKeyword::new).toList())
                .build();
        SchemaRegistry registry = SchemaRegistry.withDialect(dialect, b -> b.schemas(profile.schemas()::get));
        try {
            this.schema = registry.getSchema(SchemaLocation.of(profile.entrySchemaId()));
            this.schema.initializeValidators();
        } catch (SchemaException | IllegalArgumentException e) {
            throw new ProfileException("profile " + profile.ref() + " has a schema that cannot be compiled: "
                    + e.getMessage(), e);
        }
        this.adapter = new SchemaErrorAdapter(new RuleAttribution(documents, profile.entrySchemaId()), rules,
                profile.buddhistEra());
    }

    /** The findings of one record, unsorted. */
    public List<Finding> check(SourceRecord record, CanonicalRecord canonical) {
        List<Error> errors = schema.validate(canonical.node(),
                ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        return adapter.toFindings(errors, record, canonical.pointers());
    }
}
