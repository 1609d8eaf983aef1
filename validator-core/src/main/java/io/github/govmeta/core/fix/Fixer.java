package io.github.govmeta.core.fix;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import io.github.govmeta.core.input.SourceFormat;
import io.github.govmeta.core.input.SourceFormats;
import io.github.govmeta.core.input.ValueLocator;
import io.github.govmeta.core.profile.Profile;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.profile.RuleCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code govmeta fix}: applies the repairs the profile's rules declare ({@link io.github.govmeta.core.profile.RuleFix})
 * to the values the findings point at, editing JSON, JSON Lines and YAML files in place at the exact bytes
 * of each value ({@link ValueLocator}), every other byte untouched. The findings come from the engine
 * ({@link Checker}, the facade's run); after each pass the changed sources are checked again, in memory:
 * a fix whose finding is still there is withdrawn, and findings the fixes uncover are fixed in the next
 * pass (at most {@value #PASSES}). A file is written whole through a temporary file beside it and a
 * rename, and only when it still holds the bytes the fixes were computed from. Not thread-safe; one per run.
 */
public final class Fixer {
    /** The most passes over the sources: a fix may uncover a finding another fixes. */
    static final int PASSES = 5;

    /** The engine, checking sources: each source's findings (after the team's policy), by source name. */
    @FunctionalInterface
    public interface Checker {
        Map<String, List<Finding>> check(List<InputSource> sources);
    }

    /** Where files are read and written; tests replace it to simulate failures and concurrent edits. */
    interface Storage {
        byte[] read(Path file) throws IOException;

        /**
         * Replaces {@code file}, which must still hold {@code expected}, with {@code content}, whole or not at all.
         *
         * @throws ChangedException when the file no longer holds {@code expected}
         */
        void replace(Path file, byte[] expected, byte[] content) throws IOException;
    }

    /** The file changed since it was read. */
    static final class ChangedException extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedException(Path file) {
            super(file + " changed since it was read");
        }
    }

    private final Profile profile;
    private final RuleCatalog rules;
    private final FixOptions options;
    private final Storage storage;
    private Repairs repairs;

    public Fixer(Profile profile, RuleCatalog rules, FixOptions options) {
        this(profile, rules, options, new AtomicStorage());
    }

    Fixer(Profile profile, RuleCatalog rules, FixOptions options, Storage storage) {
        this.profile = profile;
        this.rules = rules;
        this.options = options;
        this.storage = storage;
    }

    /** One source while it is fixed. */
    private static final class State {
        final InputSource source;
        final Path path;
        String format;
        byte[] original;
        byte[] current;
        List<Finding> findings = List.of();
        final List<FileFix.Change> changes = new ArrayList<>();
        final Map<String, FileFix.Refusal> refusals = new LinkedHashMap<>();
        /** Keys of findings whose fix was withdrawn: never tried again. */
        final Set<String> withdrawn = new HashSet<>();
        LocalizedText problem;
        /** The file's size and modification time before the first check. */
        List<Object> stamp;

        State(InputSource source) {
            this.source = source;
            this.path = source.opener() instanceof InputSource.FileOpener f ? f.path() : null;
        }

        boolean ckan() {
            return format != null && (format.equals("json") || format.equals("jsonl") || format.equals("yaml"));
        }

        boolean changed() {
            return original != null && !Arrays.equals(original, current);
        }

        InputSource after() {
            if (!changed()) {
                return source;
            }
            byte[] bytes = current;
            SourceFormat f = SourceFormats.named(format);
            return new InputSource(source.name(), f, () -> new ByteArrayInputStream(bytes));
        }
    }

    /**
     * Fixes {@code sources}: checks them, applies the fixes, checks again, and writes the files changed
     * (unless a dry run).
     */
    public FixReport fix(List<InputSource> sources, Checker checker) {
        this.repairs = new Repairs(profile);
        List<State> states = new ArrayList<>();
        for (InputSource s : sources) {
            State state = new State(s);
            if (state.path != null) {
                state.stamp = stamp(state.path);
            }
            states.add(state);
        }
        // the one run of the engine over the sources; only the files with something to fix are read again
        Map<String, List<Finding>> first = checker.check(sources);
        for (State st : states) {
            st.findings = first.getOrDefault(st.source.name(), List.of());
            if (st.path == null || !fixable(st)) {
                continue;
            }
            try {
                byte[] bytes = storage.read(st.path);
                st.format = st.source.format() != null ? st.source.format().name()
                        : SourceFormats.sniff(new String(bytes, 0, Math.min(bytes.length, SourceFormats.SNIFF_BYTES), StandardCharsets.UTF_8)).name();
                if (!Objects.equals(st.stamp, stamp(st.path))) {
                    st.problem = new LocalizedText("ไฟล์ถูกแก้ไขระหว่างการตรวจ จึงไม่แก้ให้ ให้รัน govmeta fix อีกครั้ง",
                            "the file changed while it was checked, so it is not fixed; run govmeta fix again");
                    continue;
                }
                st.original = bytes;
                st.current = bytes;
            } catch (IOException e) {
                st.problem = new LocalizedText("อ่านไฟล์ไม่ได้: " + e.getMessage(), "cannot read the file: " + e.getMessage());
            }
        }

        for (int pass = 0; pass < PASSES; pass++) {
            List<State> touched = new ArrayList<>();
            for (State st : states) {
                if (st.ckan() && st.original != null && propose(st)) {
                    touched.add(st);
                }
            }
            if (touched.isEmpty()) {
                break;
            }
            verify(touched, checker);
        }
        List<FileFix> out = new ArrayList<>();
        for (State st : states) {
            FileFix f = finish(st);
            if (f != null) {
                out.add(f);
            }
        }
        return new FixReport(out, states.stream().map(State::after).toList(), options.dryRun());
    }

    /** A file's size and modification time, or null when it cannot be read. */
    private static List<Object> stamp(Path file) {
        try {
            return List.of(Files.size(file), Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether a finding of the source has a fix that applies to its value. */
    private boolean fixable(State st) {
        return st.findings.stream().anyMatch(this::fixable);
    }

    private boolean fixable(Finding f) {
        if (f.suppressed() || f.value() == null || !options.allows(f.ruleId())) {
            return false;
        }
        Rule rule = rules.find(f.ruleId()).orElse(null);
        return rule != null && rule.fix() != null && repairs.apply(rule, f.value()).applicable();
    }

    private static InputSource memory(State st, byte[] bytes) {
        SourceFormat f = st.format == null ? null : SourceFormats.named(st.format);
        return new InputSource(st.source.name(), f, () -> new ByteArrayInputStream(bytes));
    }

    /** An edit of one value: its finding, its span in the current bytes, the new value and how it is written. */
    private record Edit(Finding finding, String key, ValueLocator.Span span, String after, String written) {}

    /** The pending edits of the current pass, per state. */
    private final Map<State, List<Edit>> pending = new LinkedHashMap<>();
    private final Map<State, byte[]> passBase = new LinkedHashMap<>();

    /** Finds this pass's edits of one source and applies them to its current bytes; true if any. */
    private boolean propose(State st) {
        ValueLocator locator = new ValueLocator(st.current, st.format);
        List<Edit> edits = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        for (Finding f : st.findings) {
            Rule rule = rules.find(f.ruleId()).orElse(null);
            if (rule == null || rule.fix() == null || f.suppressed() || !options.allows(f.ruleId())) {
                continue;
            }
            String key = key(f);
            if (st.withdrawn.contains(key)) {
                continue;
            }
            ValueLocator.Located located = locator.locate(new Position(f.location().line(), f.location().column()), f.location().pointer());
            if (!located.found()) {
                refuse(st, f, located.refusal());
                continue;
            }
            ValueLocator.Span span = located.span();
            if (span.style() == ValueLocator.Style.OTHER) {
                refuse(st, f, new LocalizedText("ค่านี้ไม่ได้เขียนเป็นข้อความ", "the value is not written as text"));
                continue;
            }
            if (f.value() != null && !f.value().endsWith("…") && !f.value().equals(span.value())) {
                refuse(st, f, new LocalizedText("ค่าในไฟล์ '" + span.value() + "' เขียนในรูปอื่นที่ไม่ใช่ค่าที่ตรวจ '" + f.value()
                        + "' (เช่น รายการในข้อความ) จึงไม่แก้ให้", "the file writes '" + span.value() + "', not the value checked '"
                        + f.value() + "' (e.g. a list inside a string), so it is left alone"));
                continue;
            }
            Repairs.Outcome outcome = repairs.apply(rule, span.value());
            if (outcome.refusal() != null) {
                if (outcome.applicable()) {
                    refuse(st, f, outcome.refusal());
                }
                continue;
            }
            if (!starts.add(span.start())) {
                refuse(st, f, new LocalizedText("ค่านี้ถูกแก้ด้วยกฎอื่นแล้วในรอบนี้", "another rule's fix changes this value in this pass"));
                continue;
            }
            String written = ValueWriter.write(outcome.value(), span.style());
            if (written == null) {
                refuse(st, f, new LocalizedText("เขียนค่าใหม่ในรูปแบบเดิมของไฟล์ไม่ได้", "the new value cannot be written in the file's style"));
                continue;
            }
            st.refusals.remove(key);
            edits.add(new Edit(f, key, span, outcome.value(), written));
        }
        if (edits.isEmpty()) {
            return false;
        }
        pending.put(st, edits);
        passBase.put(st, st.current);
        st.current = apply(st.current, edits);
        return true;
    }

    /** Checks the touched sources again; withdraws a fix whose finding stays, until every kept fix removed its finding. */
    private void verify(List<State> touched, Checker checker) {
        List<State> checking = new ArrayList<>(touched);
        while (!checking.isEmpty()) {
            Map<String, List<Finding>> found = checker.check(checking.stream().map(st -> memory(st, st.current)).toList());
            List<State> again = new ArrayList<>();
            for (State st : checking) {
                List<Finding> now = found.getOrDefault(st.source.name(), List.of());
                Set<String> still = new HashSet<>();
                now.forEach(f -> still.add(key(f)));
                List<Edit> edits = pending.get(st);
                List<Edit> kept = new ArrayList<>();
                for (Edit e : edits) {
                    if (still.contains(e.key())) {
                        st.withdrawn.add(e.key());
                        refuse(st, e.finding(), new LocalizedText("ค่าใหม่ '" + e.after() + "' ยังไม่ผ่านกฎ จึงไม่แก้",
                                "the new value '" + e.after() + "' still breaks the rule, so it is not applied"));
                    } else {
                        kept.add(e);
                    }
                }
                if (kept.size() < edits.size()) {
                    pending.put(st, kept);
                    st.current = apply(passBase.get(st), kept);
                    if (!kept.isEmpty()) {
                        again.add(st);
                        continue;
                    }
                    // nothing kept: the pass base stands, and so do its findings
                    continue;
                }
                for (Edit e : kept) {
                    st.changes.add(new FileFix.Change(e.finding(), line(passBase.get(st), e.span().start()),
                            new String(passBase.get(st), e.span().start(), e.span().end() - e.span().start(), StandardCharsets.UTF_8),
                            e.written()));
                }
                st.findings = now;
            }
            checking = again;
        }
        pending.clear();
        passBase.clear();
    }

    private static byte[] apply(byte[] base, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((Edit e) -> e.span().start()));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(base.length + 64);
        int at = 0;
        for (Edit e : sorted) {
            out.write(base, at, e.span().start() - at);
            out.writeBytes(e.written().getBytes(StandardCharsets.UTF_8));
            at = e.span().end();
        }
        out.write(base, at, base.length - at);
        return out.toByteArray();
    }

    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void refuse(State st, Finding f, LocalizedText why) {
        st.refusals.put(key(f), new FileFix.Refusal(f, why));
    }

    /** A finding's identity across passes: rule, dataset and pointer (not its line, which may move). */
    private static String key(Finding f) {
        return f.ruleId() + "\u0000" + Objects.toString(f.dataset(), "") + "\u0000" + Objects.toString(f.location().pointer(), "");
    }

    /** The file's outcome; writes it unless a dry run. Null when there is nothing to say about it. */
    private FileFix finish(State st) {
        String name = st.source.name();
        if (!fixable(st) && st.refusals.isEmpty() && !st.changed()) {
            return null;
        }
        if (st.path == null) {
            return new FileFix(name, FileFix.Outcome.NOT_A_FILE, List.of(), List.of(), "",
                    new LocalizedText("ไม่ใช่ไฟล์ (เช่น อินพุตมาตรฐาน) จึงไม่มีที่ให้เขียนกลับ", "not a file (e.g. standard input): nothing to write back to"));
        }
        if (st.original == null) {
            return new FileFix(name, FileFix.Outcome.NOT_WRITTEN, List.of(), List.of(), "", st.problem);
        }
        if (!st.ckan()) {
            return new FileFix(name, FileFix.Outcome.RDF, List.of(), List.of(), "", new LocalizedText(
                    "govmeta fix ไม่เขียนไฟล์ RDF ใหม่ ให้แก้ที่ต้นทาง (CKAN) แล้วแปลงใหม่ หรือแก้ไฟล์เอง",
                    "govmeta fix does not rewrite RDF: fix the CKAN source and convert again, or edit the file by hand"));
        }
        List<FileFix.Refusal> refusals = new ArrayList<>(st.refusals.values());
        refusals.sort(Comparator.comparing(FileFix.Refusal::finding, Finding.ORDER));
        if (!st.changed()) {
            return refusals.isEmpty() ? null : new FileFix(name, FileFix.Outcome.UNCHANGED, List.of(), refusals, "", null);
        }
        List<FileFix.Change> changes = new ArrayList<>(st.changes);
        changes.sort(Comparator.comparingInt(FileFix.Change::line));
        String diff = UnifiedDiff.of(name, st.original, st.current);
        if (options.dryRun()) {
            return new FileFix(name, FileFix.Outcome.WOULD_WRITE, changes, refusals, diff, null);
        }
        try {
            storage.replace(st.path, st.original, st.current);
            return new FileFix(name, FileFix.Outcome.WRITTEN, changes, refusals, diff, null);
        } catch (ChangedException e) {
            st.current = st.original;
            return new FileFix(name, FileFix.Outcome.NOT_WRITTEN, changes, refusals, diff, new LocalizedText(
                    "ไฟล์ถูกแก้ไขหลังจาก govmeta อ่าน จึงไม่เขียนทับ ให้รัน govmeta fix อีกครั้ง",
                    "the file changed after govmeta read it, so it is not overwritten; run govmeta fix again"));
        } catch (IOException | RuntimeException e) {
            st.current = st.original;
            return new FileFix(name, FileFix.Outcome.NOT_WRITTEN, changes, refusals, diff, new LocalizedText(
                    "เขียนไฟล์ไม่ได้ ไฟล์เดิมไม่ถูกแตะต้อง: " + e.getMessage(),
                    "cannot write the file, which is left as it was: " + e.getMessage()));
        }
    }

    /** Writes a temporary file beside the target, checks the target still holds what was read, renames. */
    static class AtomicStorage implements Storage {
        @Override
        public byte[] read(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return in.readAllBytes();
            }
        }

        @Override
        public void replace(Path file, byte[] expected, byte[] content) throws IOException {
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".tmp");
            try {
                writeTemporary(temp, content);
                try {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
                } catch (UnsupportedOperationException notPosix) {
                    // the temporary file keeps the folder's default permissions
                }
                beforeRename(file);
                if (!Arrays.equals(read(file), expected)) {
                    throw new ChangedException(file);
                }
                try {
                    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        /** Writes and syncs the temporary file. */
        void writeTemporary(Path temp, byte[] content) throws IOException {
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        }

        /** Called just before the target is compared and replaced (a test's hook). */
        void beforeRename(Path file) throws IOException {
        }
    }
}
