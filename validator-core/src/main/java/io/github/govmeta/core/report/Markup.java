package io.github.govmeta.core.report;

/**
 * Escaping for the XML and HTML reports: text and attribute values stay inert whatever a message or a
 * value holds ({@code <script>}, quotes, {@code ]]>}); characters XML 1.0 forbids (most control
 * characters, lone surrogates) are replaced by U+FFFD, since no escape can carry them.
 */
public final class Markup {
    private Markup() {}

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
                    } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
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
