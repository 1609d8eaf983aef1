package io.github.govmeta.core.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The personal identifiers th-gdc-policy looks for in public metadata. */
class PersonalIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"1103702071811", "3100600123450", "1539900123453", "1101700203450"})
    void aNationalIdWhoseCheckDigitHoldsIsValid(String id) {
        assertThat(PersonalIdentifiers.validNationalId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1103702071812", "1103702071810", "3100600123451", "1234567890123", "110370207181", "11037020718111",
            "11037O2071811"})
    void aWrongCheckDigitOrLengthIsNoNationalId(String id) {
        assertThat(PersonalIdentifiers.validNationalId(id)).isFalse();
    }

    @Test
    void nationalIdsAreFoundPlainOrGroupedAndOnlyWithTheirCheckDigit() {
        assertThat(PersonalIdentifiers.nationalIds("ผู้ประสานงาน นายสมชาย เลขประจำตัวประชาชน 1-1037-02071-81-1 โทร 02-271-8888"))
                .containsExactly("1-1037-02071-81-1");
        assertThat(PersonalIdentifiers.nationalIds("เลข 3 1006 00123 45 0 และ 1539900123453")).containsExactly("3 1006 00123 45 0", "1539900123453");
        // a check digit that fails, mixed separators, and digits inside a longer number are not identifiers
        assertThat(PersonalIdentifiers.nationalIds("1-1037-02071-81-2 1-1037 02071-81-1 911037020718110")).isEmpty();
    }

    @Test
    void mobileNumbersStartWith06Or08Or09() {
        assertThat(PersonalIdentifiers.mobiles("โทร 081-234-5678 หรือ 0912345678 หรือ +66 89 123 4567"))
                .containsExactly("081-234-5678", "0912345678", "+66 89 123 4567");
        assertThat(PersonalIdentifiers.mobiles("สำนักงาน 02-271-8888 ต่อ 1234, แฟกซ์ 053-112-233, รหัส 10812345678")).isEmpty();
    }

    @Test
    void webmailIsFoundByItsDomainInAnyCase() {
        Set<String> domains = Set.of("gmail.com", "hotmail.co.th");
        assertThat(PersonalIdentifiers.webmail("ติดต่อ Somchai.J@Gmail.com หรือ stat@dlt.go.th หรือ a_b@hotmail.co.th", domains))
                .containsExactly("Somchai.J@Gmail.com", "a_b@hotmail.co.th");
        assertThat(PersonalIdentifiers.webmail("stat@dlt.go.th, info@gmail.com.example.org", domains)).isEmpty();
        assertThat(PersonalIdentifiers.webmail("ส่งมาที่ somchai@gmail.com.", domains)).containsExactly("somchai@gmail.com");
    }

    @Test
    void aDescriptionAsLongAsTheStringLimitIsReadOnce() {
        // A million letters, digits and at-signs (the reader's string limit): a pattern that retried every start would
        // take hours on this; each finder reads it in one pass.
        String letters = "ก".repeat(100_000) + "a".repeat(400_000) + "@" + "b".repeat(300_000) + "@@@" + "9".repeat(199_996);
        assertThat(letters).hasSize(1_000_000);
        assertThat(PersonalIdentifiers.webmail(letters, Set.of("gmail.com"))).isEmpty();
        assertThat(PersonalIdentifiers.nationalIds(letters)).isEmpty();
        assertThat(PersonalIdentifiers.mobiles(letters + " 0812345678")).containsExactly("0812345678");
        assertThat(PersonalIdentifiers.webmail("x".repeat(999_990) + "@gmail.com", Set.of("gmail.com"))).singleElement()
                .satisfies(m -> assertThat(m).hasSize(1_000_000));
    }
}
