package io.github.govmeta.core.quality;

import io.github.govmeta.core.finding.Lang;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A format of the score report, registered by name in {@link #NAMES}: it writes a whole {@link ScoreReport}
 * and flushes the writer, never closes it. Implementations are stateless and thread-safe.
 */
public interface ScoreRenderer {

    /** @throws java.io.UncheckedIOException when the writer fails */
    void render(ScoreReport report, Options options, Writer out);

    /**
     * @param lang    the language of the text format (the machine formats carry both)
     * @param explain whether the text format explains every metric, earned ones included
     */
    record Options(Lang lang, boolean explain) {}

    /** The formats, by name. */
    Map<String, ScoreRenderer> NAMES = Map.of("text", new ScoreTextRenderer(), "json", new ScoreJsonRenderer(),
            "csv", new ScoreCsvRenderer(), "html", new ScoreHtmlRenderer(),
            "dqv", new ScoreDqvRenderer());

    static Optional<ScoreRenderer> find(String name) {
        return Optional.ofNullable(NAMES.get(name.toLowerCase(Locale.ROOT)));
    }

    static List<String> names() {
        return NAMES.keySet().stream().sorted().toList();
    }

    /** A number as every format shows it: at most one decimal, without a trailing {@code .0}. */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
