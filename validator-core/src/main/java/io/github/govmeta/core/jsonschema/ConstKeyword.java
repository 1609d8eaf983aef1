package io.github.govmeta.core.jsonschema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.BaseKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;

/**
 * JSON Schema's {@code const}, as networknt's, but cheap when it fails on a string: the profiles use
 * {@code const} mostly inside {@code if} and {@code contains} ({@code "data_type": {"const": "ข้อมูลสถิติ"}},
 * {@code "contains": {"const": "อื่นๆ"}}), where it fails for most records and the failure is thrown away;
 * networknt's validator serialises both values to JSON text for its message each time (a tenth of the
 * time of checking a record, measured with JFR on the benchmark catalog). A string constant is compared
 * here and its error carries the same arguments (the texts); any other constant is networknt's own
 * validator, so the keyword's meaning (numbers by value, objects and arrays deeply) is unchanged.
 */
final class ConstKeyword implements Keyword {
    @Override
    public String getValue() {
        return KeywordType.CONST.getValue();
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation schemaLocation, JsonNode schemaNode, Schema parentSchema,
                                         SchemaContext schemaContext) {
        return schemaNode.isString()
                ? new StringConst(this, schemaNode, schemaLocation, parentSchema, schemaContext)
                : KeywordType.CONST.newValidator(schemaLocation, schemaNode, parentSchema, schemaContext);
    }

    private static final class StringConst extends BaseKeywordValidator {
        private final String expected;

        StringConst(Keyword keyword, JsonNode schemaNode, SchemaLocation location, Schema parent, SchemaContext context) {
            super(keyword, schemaNode, location, parent, context);
            this.expected = schemaNode.asString();
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode rootNode, NodePath instanceLocation) {
            if (node.isString() && expected.equals(node.asString())) {
                return;
            }
            context.addError(error()
                    .instanceNode(node)
                    .instanceLocation(instanceLocation)
                    .evaluationPath(context.getEvaluationPath())
                    .locale(context.getExecutionConfig().getLocale())
                    .arguments(expected, node.isString() ? node.asString() : node.asString(node.toString()))
                    .build());
        }
    }
}
