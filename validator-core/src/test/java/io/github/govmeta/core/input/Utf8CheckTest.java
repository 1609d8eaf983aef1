package io.github.govmeta.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The check of a line in memory and the check of a stream refuse the same bytes, at the same place. */
class Utf8CheckTest {

    /** The offset the stream check stops at (its column - 1 on a text without line breaks), or -1. */
    private static int streamed(byte[] bytes) throws IOException {
        try (InputStream in = Utf8Check.stream(new ByteArrayInputStream(bytes))) {
            in.readAllBytes();
            return -1;
        } catch (Utf8Check.Invalid e) {
            return e.detail() == Utf8Check.TRUNCATED ? bytes.length : e.position().column() - 1;
        }
    }

    @Test
    void thaiTextAndAsciiAreValid() {
        byte[] ok = "{\"title\": \"สถิติผู้ป่วยโรคไข้เลือดออก 2566 😀\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Check.firstInvalid(ok, ok.length)).isEqualTo(-1);
    }

    @Test
    void eachKindOfBadSequenceIsFoundAtItsByte() {
        assertThat(Utf8Check.firstInvalid(new byte[] {'a', (byte) 0xC0, (byte) 0xAF}, 3)).isEqualTo(1); // overlong "/"
        assertThat(Utf8Check.firstInvalid(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, 4)).isEqualTo(2); // surrogate
        assertThat(Utf8Check.firstInvalid(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 4)).isEqualTo(1); // > U+10FFFF
        assertThat(Utf8Check.firstInvalid(new byte[] {'x', (byte) 0x80}, 2)).isEqualTo(1); // stray continuation
        assertThat(Utf8Check.firstInvalid(new byte[] {'x', (byte) 0xE0, (byte) 0xB8}, 3)).isEqualTo(3); // cut short
        assertThat(Utf8Check.firstInvalid(new byte[] {(byte) 0xE0, (byte) 0xB8, 'a'}, 3)).isEqualTo(2); // missing continuation
    }

    @Test
    void theLineCheckAgreesWithTheStreamCheckOnRandomBytes() throws IOException {
        Random random = new Random(2566);
        byte[] thai = "ก".getBytes(StandardCharsets.UTF_8);
        for (int run = 0; run < 20_000; run++) {
            byte[] bytes = new byte[1 + random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                int kind = random.nextInt(4);
                bytes[i] = kind == 0 ? (byte) ('a' + random.nextInt(26)) : kind == 1 ? thai[i % 3] : (byte) (0x80 + random.nextInt(0x80));
                if (bytes[i] == '\n') {
                    bytes[i] = 'n';
                }
            }
            assertThat(Utf8Check.firstInvalid(bytes, bytes.length)).as("bytes %s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(streamed(bytes));
        }
    }
}
