package io.github.govmeta.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A finding's position and pointer to the exact bytes of the value, as the readers count positions. */
class ValueLocatorTest {
    private static String at(byte[] bytes, ValueLocator.Span span) {
        return new String(bytes, span.start(), span.end() - span.start(), StandardCharsets.UTF_8);
    }

    @Test
    void jsonColumnsCountBytesAndAByteOrderMarkIsSkippedOnTheFirstLine() {
        byte[] bytes = ("\uFEFF{\"title\": \"สถิติ\", \"update_frequency_unit\": \"รายปี\"}\n").getBytes(StandardCharsets.UTF_8);
        String line = "{\"title\": \"สถิติ\", ";
        int column = line.getBytes(StandardCharsets.UTF_8).length + 1;

        ValueLocator.Located found = new ValueLocator(bytes, "json").locate(new Position(1, column), "/update_frequency_unit");

        assertThat(found.found()).isTrue();
        assertThat(at(bytes, found.span())).isEqualTo("\"รายปี\"");
        assertThat(found.span().value()).isEqualTo("รายปี");
        assertThat(found.span().style()).isEqualTo(ValueLocator.Style.JSON_STRING);
    }

    @Test
    void aKeyOtherThanThePointersIsNotTakenForIt() {
        byte[] bytes = "{\n  \"tag_string\": \"น้ำท่วม, ฝน\"\n}\n".getBytes(StandardCharsets.UTF_8);

        ValueLocator.Located found = new ValueLocator(bytes, "json").locate(new Position(2, 3), "/tags/0/name");

        assertThat(found.found()).isFalse();
        assertThat(found.refusal().en()).isEqualTo("the key at this place is 'tag_string', not 'name'");
        assertThat(found.refusal().th()).isEqualTo("ตำแหน่งนี้เป็นคีย์ 'tag_string' ไม่ใช่ 'name'");
    }

    @Test
    void aNumberIsLocatedButNotTextAndAnObjectIsNotLocated() {
        byte[] bytes = "{\"update_frequency_interval\": 12, \"resources\": [{\"name\": \"x\"}]}".getBytes(StandardCharsets.UTF_8);
        ValueLocator locator = new ValueLocator(bytes, "jsonl");

        assertThat(locator.locate(new Position(1, 2), "/update_frequency_interval").span().style()).isEqualTo(ValueLocator.Style.OTHER);
        assertThat(locator.locate(new Position(1, 35), "/resources").refusal().en()).isEqualTo("the value is not written as text on one line");
    }

    @Test
    void yamlColumnsCountCharactersAndEachQuotingStyleIsKept() {
        String text = "# ชุดข้อมูลตัวอย่าง\n"
                + "title: สำมะโนประชากร\n"
                + "meta: {ผู้ดูแล: สสช., unit: 'รายปี'}\n"
                + "data_format:\n"
                + "  - \"csv\"\n"
                + "notes: |\n"
                + "  บรรทัดแรก\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ValueLocator locator = new ValueLocator(bytes, "yaml");
        int unitColumn = "meta: {ผู้ดูแล: สสช., ".length() + 1;

        ValueLocator.Located unit = locator.locate(new Position(3, unitColumn), "/meta/unit");
        ValueLocator.Located format = locator.locate(new Position(5, 5), "/data_format/0");
        ValueLocator.Located title = locator.locate(new Position(2, 1), "/title");

        assertThat(at(bytes, unit.span())).isEqualTo("'รายปี'");
        assertThat(unit.span().style()).isEqualTo(ValueLocator.Style.SINGLE_QUOTED);
        assertThat(at(bytes, format.span())).isEqualTo("\"csv\"");
        assertThat(format.span().style()).isEqualTo(ValueLocator.Style.DOUBLE_QUOTED);
        assertThat(at(bytes, title.span())).isEqualTo("สำมะโนประชากร");
        assertThat(title.span().style()).isEqualTo(ValueLocator.Style.PLAIN);
        assertThat(locator.locate(new Position(6, 1), "/notes").refusal().en()).isEqualTo("the value is not written as text on one line");
        assertThat(locator.locate(new Position(2, 1), "/name").refusal().en()).isEqualTo("the key at this place is 'title', not 'name'");
        assertThat(locator.locate(new Position(9, 1), "/title").refusal().en())
                .isEqualTo("the value is not where the check found it (the file may have changed meanwhile)");
    }
}
