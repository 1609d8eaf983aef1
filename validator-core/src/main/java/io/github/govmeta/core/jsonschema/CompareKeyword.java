package io.github.govmeta.core.jsonschema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.BaseKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code "x-compare": {"left": "a", "op": "<=", "right": "b"}}: the one thing JSON Schema cannot say,
 * that two fields of an object are in order. Compares ISO dates as dates, numbers and numeric strings as
 * numbers; does nothing when either side is missing or not comparable (other rules report those). The
 * error points at the {@code right} property. See {@code schemas/README.md}.
 */
public final class CompareKeyword implements Keyword {
    @Override
    public String getValue() {
        return "x-compare";
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation schemaLocation, JsonNode schemaNode, Schema parentSchema,
                                         SchemaContext schemaContext) {
        return new Validator(this, schemaNode, schemaLocation, parentSchema, schemaContext);
    }

    private static final class Validator extends BaseKeywordValidator {
        private final String left;
        private final String right;
        private final String op;

        Validator(Keyword keyword, JsonNode schemaNode, SchemaLocation location, Schema parent, SchemaContext context) {
            super(keyword, schemaNode, location, parent, context);
            this.left = schemaNode.path("left").asString("");
            this.right = schemaNode.path("right").asString("");
            this.op = schemaNode.path("op").asString("");
            if (left.isEmpty() || right.isEmpty() || !java.util.Set.of("<", "<=", "==", ">=", ">").contains(op)) {
                throw new SchemaException("x-compare at " + location + " needs left, right and op (<, <=, ==, >=, >)");
            }
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode rootNode, NodePath instanceLocation) {
            if (!node.isObject()) {
                return;
            }
            Integer order = compare(node.get(left), node.get(right));
            if (order == null || holds(order)) {
                return;
            }
            context.addError(error()
                    .instanceNode(node.get(right))
                    .instanceLocation(instanceLocation.append(right))
                    .evaluationPath(context.getEvaluationPath())
                    .details(Map.of("property", right, "other", left))
                    .message("''{0}'' must be " + op + " ''{1}''")
                    .arguments(left, right)
                    .build());
        }

        private boolean holds(int c) {
            return switch (op) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case "==" -> c == 0;
                case ">=" -> c >= 0;
                default -> c > 0;
            };
        }

        /** Compares a to b, or null when they are not both dates or both numbers. */
        private static Integer compare(JsonNode a, JsonNode b) {
            if (a == null || b == null) {
                return null;
            }
            BigDecimal na = number(a);
            BigDecimal nb = number(b);
            if (na != null && nb != null) {
                return na.compareTo(nb);
            }
            LocalDate da = date(a);
            LocalDate db = date(b);
            return da != null && db != null ? da.compareTo(db) : null;
        }

        private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

        private static BigDecimal number(JsonNode n) {
            if (n.isNumber()) {
                return n.decimalValue();
            }
            if (n.isString() && DECIMAL.matcher(n.asString().trim()).matches()) {
                return new BigDecimal(n.asString().trim());
            }
            return null;
        }

        private static LocalDate date(JsonNode n) {
            if (!n.isString()) {
                return null;
            }
            String s = n.asString().trim();
            try {
                return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
