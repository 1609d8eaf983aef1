package io.github.govmeta.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.finding.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule's {@code mask:} decides how its values are shown, in the finding's value and in its message. */
class MaskTest {

    @Test
    void keepsTheLastDigitsAndTheSeparators() {
        assertThat(new Mask(0, 3, null).apply("1-1037-02071-81-1")).isEqualTo("x-xxxx-xxxxx-81-1");
        assertThat(new Mask(0, 2, null).apply("+66 89 123 4567")).isEqualTo("+xx xx xxx xx67");
    }

    @Test
    void keepsTheDomainOfAnAddress() {
        assertThat(new Mask(1, 0, "@").apply("somchai.dlt@gmail.com")).isEqualTo("sxxxxxx.xxx@gmail.com");
    }

    @Test
    void aMaskedRulesFindingNeverCarriesTheValue() {
        Rule rule = new Rule("T-LEAK", Severity.WARNING, "", "clause", "1.0.0", new LocalizedText("พบ", "Found"),
                new LocalizedText("พบเลข '{value}' ใน {property}", "Found '{value}' in {property}; {detail}"), "t", null,
                new Mask(0, 3, null));
        Finding f = rule.finding(Map.of("value", "1103702071811", "property", "notes", "detail", "at 1103702071811"),
                new Location("a.json", 3, 5, "/notes"), "ds", "1103702071811", Map.of());
        assertThat(f.value()).isEqualTo("xxxxxxxxxx811");
        assertThat(f.message().th()).isEqualTo("พบเลข 'xxxxxxxxxx811' ใน notes");
        assertThat(f.message().en()).isEqualTo("Found 'xxxxxxxxxx811' in notes; at xxxxxxxxxx811");
    }

    @Test
    void aMalformedMaskIsAProfileError() {
        assertThatThrownBy(() -> Mask.read(Map.of("keepLast", 3), "rules.yaml T-LEAK mask"))
                .isInstanceOf(ProfileException.class).hasMessageContaining("unknown key 'keepLast'");
    }
}
