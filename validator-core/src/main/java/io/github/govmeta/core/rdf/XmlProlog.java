package io.github.govmeta.core.rdf;

import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.Position;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An RDF/XML byte stream that stops at the first entity declaration ({@code <!ENTITY}): Jena's StAX parser
 * expands internal entities, and a few nested ones make a billion laughs. The stream is scanned as the
 * parser reads it, so the declaration is met before any use of it, wherever the DTD sits. The markup is
 * ASCII in every encoding RDF/XML uses in practice (UTF-8, ISO-8859-1). Not thread-safe (one parse).
 */
final class XmlProlog extends FilterInputStream {
    private static final byte[] ENTITY = "<!ENTITY".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private int matched;
    private int line = 1;
    private int column = 1;
    private Position found;

    XmlProlog(InputStream in) {
        super(in);
    }

    /** The refusal, once the stream met an entity declaration; else null. */
    InputProblem refusal() {
        return found == null ? null : InputProblem.localized(InputRules.UNSAFE, found, new LocalizedText(
                "DTD ของ XML ที่ประกาศ entity (<!ENTITY …>) ซึ่งอาจขยายตัวจนเครื่องทำงานไม่ได้",
                "an XML DTD that declares entities (<!ENTITY …>), which can expand without bound"));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            scan((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            scan(buf[off + i]);
        }
        return n;
    }

    private void scan(byte b) throws IOException {
        if (found != null) {
            throw new IOException("an XML entity declaration is refused");
        }
        matched = b == ENTITY[matched] ? matched + 1 : b == ENTITY[0] ? 1 : 0;
        if (matched == ENTITY.length) {
            found = new Position(line, column - ENTITY.length + 1);
            throw new IOException("an XML entity declaration is refused");
        }
        if (b == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }
}
