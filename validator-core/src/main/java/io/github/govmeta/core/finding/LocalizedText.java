package io.github.govmeta.core.finding;

import java.util.Objects;

/** A text in Thai and English. Immutable. */
public record LocalizedText(String th, String en) {
    public LocalizedText {
        Objects.requireNonNull(th, "th");
        Objects.requireNonNull(en, "en");
    }

    public String in(Lang lang) {
        return lang == Lang.TH ? th : en;
    }

    /**
     * Replaces each {@code {name}} placeholder in both languages with its argument; a placeholder with no
     * argument becomes empty, so a message never shows an internal label.
     */
    public LocalizedText format(java.util.Map<String, String> args) {
        return new LocalizedText(fill(th, args, "@th"), fill(en, args, "@en"));
    }

    /**
     * Message arguments for both languages: {@code name} holds the English text and {@code name@th} the
     * Thai one, which the Thai message uses in its place.
     */
    public static java.util.Map<String, String> argument(String name, LocalizedText value) {
        return java.util.Map.of(name, value.en(), name + "@th", value.th());
    }

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private static String fill(String template, java.util.Map<String, String> args, String suffix) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String key = template.substring(i + 1, close);
                if (KEY.matcher(key).matches()) {
                    String value = args.getOrDefault(key + suffix, args.get(key));
                    out.append(value == null ? "" : value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
