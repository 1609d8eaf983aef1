package io.github.govmeta.core.input;

/**
 * Limits every parser enforces, so hostile input costs bounded time and memory. Breaking one is a finding
 * ({@code GOVMETA-INPUT-LIMIT}) for that source, not a crash.
 *
 * @param maxDepth         deepest nesting of arrays/objects
 * @param maxStringChars   longest string value or key, in chars
 * @param maxYamlBytes     largest YAML document (YAML sources are read whole)
 * @param maxYamlAliases   most aliases in one YAML document (billion-laughs guard)
 * @param maxLineBytes     longest JSON Lines line
 */
public record InputLimits(int maxDepth, int maxStringChars, int maxYamlBytes, int maxYamlAliases, int maxLineBytes) {
    public static final InputLimits DEFAULT = new InputLimits(64, 1_000_000, 16 * 1024 * 1024, 50, 32 * 1024 * 1024);

    /**
     * Whether a number written {@code text} can be checked exactly (a JSON Schema validator compares it as a
     * {@code long} or a decimal): at most 18 digits before the point and 40 after, whatever its notation.
     * Else it is a {@code GOVMETA-INPUT-NUMBER} finding and is checked as text ({@code 1e100000000} would
     * cost minutes to compare).
     */
    public static boolean checkableNumber(String text) {
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(text.strip().replace("_", ""));
            return (long) d.precision() - d.scale() <= 18 && d.scale() <= 40;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
