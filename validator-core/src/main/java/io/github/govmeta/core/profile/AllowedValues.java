package io.github.govmeta.core.profile;

import io.github.govmeta.core.finding.LocalizedText;
import java.util.List;
import java.util.Map;

/**
 * The {@code {allowed}} argument of a choice-list finding, the same for the JSON Schema and the SHACL
 * check: the values the list allows, in the order given, in both languages. A long list shows its first
 * {@value #SHOWN} values and how many more there are, so a message stays readable. Stateless.
 */
public final class AllowedValues {
    /** The most values a message shows; every choice list of the bundled profiles is shown whole. */
    public static final int SHOWN = 20;

    private AllowedValues() {}

    /** The arguments {@code allowed} (English) and {@code allowed@th} (Thai) for {@code values}. */
    public static Map<String, String> argument(List<String> values) {
        if (values.size() <= SHOWN) {
            String all = String.join(", ", values);
            return LocalizedText.argument("allowed", new LocalizedText(all, all));
        }
        String first = String.join(", ", values.subList(0, SHOWN));
        int more = values.size() - SHOWN;
        return LocalizedText.argument("allowed", new LocalizedText(first + " และอีก " + more + " ค่า", first + " and " + more + " more"));
    }
}
