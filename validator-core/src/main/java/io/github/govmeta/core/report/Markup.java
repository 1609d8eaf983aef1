package io.github.govmeta.core.report;

/**
 * Escaping for the XML and HTML reports: text and attribute values stay inert whatever a message or a
 * value holds ({@code <script>}, quotes, {@code ]]>}); characters XML 1.0 forbids (most control
 * characters, lone surrogates) are replaced by U+FFFD, since no escape can carry them. The same for
 * bidirectional controls, which could make a shown value read differently from what it is. Also the one
 * neutraliser of human-readable plain text (terminal, build log).
 */
public final class Markup {
    private Markup() {}

    /**
     * Whether a character may not reach a reader as it is: C0 and C1 controls (terminal escape sequences)
     * and the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
     */
    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Plain text for a terminal or a log line: newlines and tabs become spaces, every other unsafe character U+FFFD. */
    public static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c == '\n' || c == '\t' || c == '\r' ? ' ' : unsafe(c) ? '\uFFFD' : c);
        }
        return out.toString();
    }

    /** Escapes for element text and double- or single-quoted attribute values, in XML and HTML alike. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (unsafe(c) || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
