package io.github.govmeta.core.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Strict UTF-8 (RFC 3629 §4): refuses what a lenient decoder turns into text — overlong forms
 * ({@code C0 AF} for "/"), encoded surrogates ({@code ED A0 80}), code points above U+10FFFF, stray or
 * missing continuation bytes. JSON parsers decode multi-byte sequences without these checks, so the bytes
 * are checked before they are parsed: {@link #firstInvalid} for a line in memory, {@link #stream} for a
 * document read as a stream. Positions count lines from 1 and bytes within the line from 1, as the JSON
 * parser does.
 */
public final class Utf8Check {
    private int need;
    private int lower = 0x80;
    private int upper = 0xBF;
    private int line = 1;
    private long column;

    /** Raised by {@link #stream} at the first byte that is not UTF-8. */
    public static final class Invalid extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Position position;
        private final transient io.github.govmeta.core.finding.LocalizedText detail;

        Invalid(Position position, io.github.govmeta.core.finding.LocalizedText detail) {
            super(detail.en());
            this.position = position;
            this.detail = detail;
        }

        public Position position() {
            return position;
        }

        /** Why, in Thai and English. */
        public io.github.govmeta.core.finding.LocalizedText detail() {
            return detail;
        }
    }

    /** The offset of the first byte of {@code bytes[0..length)} that makes it invalid UTF-8, or -1. */
    public static int firstInvalid(byte[] bytes, int length) {
        int i = 0;
        while (true) {
            while (i < length && bytes[i] >= 0) { // ASCII: the JSON around the values
                i++;
            }
            if (i == length) {
                return -1;
            }
            int lead = lead(bytes[i] & 0xFF);
            if (lead < 0) {
                return i;
            }
            int need = lead >>> 16;
            int lower = (lead >>> 8) & 0xFF;
            int upper = lead & 0xFF;
            for (int k = 1; k <= need; k++) {
                if (i + k >= length) {
                    return length;
                }
                int c = bytes[i + k] & 0xFF;
                if (c < lower || c > upper) {
                    return i + k;
                }
                lower = 0x80;
                upper = 0xBF;
            }
            i += need + 1;
        }
    }

    /** {@code in}, checked as it is read: the first invalid byte raises {@link Invalid} with its position. */
    public static InputStream stream(InputStream in) {
        Utf8Check c = new Utf8Check();
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    c.check(b);
                } else if (c.need > 0) {
                    throw c.truncated();
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                for (int i = 0; i < n; i++) {
                    c.check(buf[off + i] & 0xFF);
                }
                if (n < 0 && c.need > 0) {
                    throw c.truncated();
                }
                return n;
            }
        };
    }

    /** What a message says of the byte at {@code b}: why it is not UTF-8, in Thai and English. */
    static io.github.govmeta.core.finding.LocalizedText describe(int b) {
        return new io.github.govmeta.core.finding.LocalizedText(
                String.format("ไบต์ 0x%02x ไม่ใช่ UTF-8 ที่ถูกต้อง (รูปแบบที่ยาวเกินจำเป็น surrogate ที่เข้ารหัสไว้ หรือลำดับไบต์ที่ขาดตอน)", b),
                String.format("byte 0x%02x is not valid UTF-8 (an overlong form, an encoded surrogate or a broken sequence)", b));
    }

    /** The problem at the end of a text cut inside a UTF-8 sequence. */
    static final io.github.govmeta.core.finding.LocalizedText TRUNCATED = new io.github.govmeta.core.finding.LocalizedText(
            "ข้อความจบกลางลำดับไบต์ของ UTF-8", "the text ends inside a UTF-8 sequence");

    private void check(int b) throws Invalid {
        if (!accept(b)) {
            throw new Invalid(new Position(line, (int) column), describe(b));
        }
    }

    private Invalid truncated() {
        return new Invalid(new Position(line, (int) column), TRUNCATED);
    }

    /** Takes one byte; false when it breaks UTF-8. Counts lines and columns. */
    private boolean accept(int b) {
        if (b == '\n') {
            line++;
            column = 0;
        } else {
            column++;
        }
        if (need > 0) {
            if (b < lower || b > upper) {
                return false;
            }
            need--;
            lower = 0x80;
            upper = 0xBF;
            return true;
        }
        if (b < 0x80) {
            return true;
        }
        int lead = lead(b);
        if (lead < 0) {
            return false;
        }
        need = lead >>> 16;
        lower = (lead >>> 8) & 0xFF;
        upper = lead & 0xFF;
        return true;
    }

    /**
     * What a lead byte of a multi-byte sequence asks of the bytes after it, packed: how many follow
     * (bits 16+), the least and the greatest the first of them may be (bits 8–15, 0–7; the others are
     * 80–BF); -1 when the byte cannot start a sequence. Thai letters are E0 B8 80 – E0 B9 BF.
     */
    private static int lead(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            return 1 << 16 | 0x80 << 8 | 0xBF;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 2 << 16 | (b == 0xE0 ? 0xA0 : 0x80) << 8 | (b == 0xED ? 0x9F : 0xBF);
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return 3 << 16 | (b == 0xF0 ? 0x90 : 0x80) << 8 | (b == 0xF4 ? 0x8F : 0xBF);
        }
        return -1;
    }
}
