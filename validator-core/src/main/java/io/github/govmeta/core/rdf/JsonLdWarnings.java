package io.github.govmeta.core.rdf;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.Position;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The JSON-LD processor (Titanium, under Jena) reports what it leaves out — a value with a malformed
 * language tag, say — only as a {@code java.util.logging} warning on standard error. This turns each such
 * warning, while a source is parsed on the current thread, into a finding of that source, and keeps them
 * off the terminal. Thread-safe: each parsing thread has its own receiver.
 */
final class JsonLdWarnings {
    /** Held strongly: java.util.logging keeps loggers only weakly. */
    private static final Logger TITANIUM = Logger.getLogger("com.apicatalog");
    private static final ThreadLocal<Consumer<InputProblem>> RECEIVER = new ThreadLocal<>();
    private static final java.util.logging.Formatter FORMAT = new java.util.logging.SimpleFormatter();

    static {
        TITANIUM.setUseParentHandlers(false);
        TITANIUM.setLevel(Level.WARNING);
        TITANIUM.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                Consumer<InputProblem> receiver = RECEIVER.get();
                if (receiver != null && record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    String text = FORMAT.formatMessage(record);
                    receiver.accept(InputProblem.localized(InputRules.SYNTAX, Position.UNKNOWN, new LocalizedText(
                            "ตัวประมวลผล JSON-LD ข้ามค่าหนึ่งไป: " + text, "the JSON-LD processor left a value out: " + text)));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
    }

    private JsonLdWarnings() {}

    /** Runs {@code parse} with the processor's warnings going to {@code problems}. */
    static void during(Consumer<InputProblem> problems, Runnable parse) {
        Consumer<InputProblem> before = RECEIVER.get();
        RECEIVER.set(problems);
        try {
            parse.run();
        } finally {
            RECEIVER.set(before);
        }
    }
}
