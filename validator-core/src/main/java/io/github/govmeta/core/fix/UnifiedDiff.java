package io.github.govmeta.core.fix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The unified diff ({@code diff -u}, three lines of context) between a file and its fixed form. Fixes
 * replace values within their lines and never add or remove a line break, so the two have the same lines
 * and the changed ones are found by comparing them in order (no longest-common-subsequence search).
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    static String of(String name, byte[] before, byte[] after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        if (a.size() != b.size()) {
            throw new IllegalStateException("a fix changed the number of lines of " + name);
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(i);
            }
        }
        if (changed.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
        int k = 0;
        while (k < changed.size()) {
            int from = Math.max(0, changed.get(k) - CONTEXT);
            int last = k;
            while (last + 1 < changed.size() && changed.get(last + 1) - changed.get(last) <= 2 * CONTEXT) {
                last++;
            }
            int to = Math.min(a.size() - 1, changed.get(last) + CONTEXT);
            int count = to - from + 1;
            out.append("@@ -").append(from + 1).append(',').append(count).append(" +").append(from + 1).append(',').append(count).append(" @@\n");
            int i = from;
            while (i <= to) {
                if (a.get(i).equals(b.get(i))) {
                    out.append(' ').append(a.get(i++)).append('\n');
                    continue;
                }
                // a run of changed lines: the old ones, then the new ones, as diff -u writes them
                int end = i;
                while (end <= to && !a.get(end).equals(b.get(end))) {
                    end++;
                }
                for (int j = i; j < end; j++) {
                    out.append('-').append(a.get(j)).append('\n');
                }
                for (int j = i; j < end; j++) {
                    out.append('+').append(b.get(j)).append('\n');
                }
                i = end;
            }
            k = last + 1;
        }
        return out.toString();
    }

    /** The lines without their terminators; a final line break does not start an empty line. */
    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
