package io.github.govmeta.core.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Splits a byte stream into lines without decoding it, keeping at most {@code maxBytes} of a line. */
final class LineSplitter {
    private final InputStream in;
    private final int maxBytes;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
    private int lineNumber;
    private boolean overlong;
    private boolean eof;

    LineSplitter(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its terminator, or null at the end. */
    byte[] next() throws IOException {
        if (eof) {
            return null;
        }
        buf.reset();
        overlong = false;
        int b;
        boolean read = false;
        while ((b = in.read()) != -1) {
            read = true;
            if (b == '\n') {
                lineNumber++;
                return buf.toByteArray();
            }
            if (buf.size() < maxBytes) {
                buf.write(b);
            } else {
                overlong = true;
            }
        }
        eof = true;
        if (!read) {
            return null;
        }
        lineNumber++;
        return buf.toByteArray();
    }

    int lineNumber() {
        return lineNumber;
    }

    boolean overlong() {
        return overlong;
    }
}
