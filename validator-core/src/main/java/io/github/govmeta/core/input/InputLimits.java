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
}
