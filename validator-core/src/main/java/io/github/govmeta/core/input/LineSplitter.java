package io.github.govmeta.core.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without decoding it, reading it in blocks (not byte by byte) and
 * keeping at most {@code maxBytes} of a line. Not thread-safe.
 */
final class LineSplitter {
    private static final int BLOCK = 64 * 1024;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] block = new byte[BLOCK];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private int pos;
    private int end;
    private int lineNumber;
    private boolean overlong;
    private boolean eof;

    LineSplitter(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator, or null at the end. */
    byte[] next() throws IOException {
        line.reset();
        overlong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    eof = true;
                    if (!any) {
                        return null;
                    }
                    lineNumber++;
                    return line.toByteArray();
                }
            }
            any = true;
            int start = pos;
            while (pos < end && block[pos] != '\n') {
                pos++;
            }
            append(start, pos);
            if (pos < end) {
                pos++;
                lineNumber++;
                return line.toByteArray();
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(block, 0, BLOCK);
        pos = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    private void append(int from, int to) {
        int room = maxBytes - line.size();
        int n = to - from;
        if (n > room) {
            overlong = true;
            n = Math.max(room, 0);
        }
        line.write(block, from, n);
    }

    int lineNumber() {
        return lineNumber;
    }

    boolean overlong() {
        return overlong;
    }
}
