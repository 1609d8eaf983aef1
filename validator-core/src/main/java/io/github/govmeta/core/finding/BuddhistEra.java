package io.github.govmeta.core.finding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile's reading of Thai Buddhist-era years (B.E. = C.E. + {@code offset}), as declared in its
 * {@code profile.yaml} ({@code buddhistEra}): which leading years of a date or year field count as B.E.,
 * and which count as C.E. where two dates are compared. The schemas' and shapes' patterns encode the same
 * windows; {@code profile check} proves they agree with this declaration. Immutable.
 *
 * @param offset         years between the eras (543)
 * @param firstYear      the first year read as B.E.
 * @param lastYear       the last year read as B.E.
 * @param firstCeYear    the first year read as C.E.
 * @param lastCeYear     the last year read as C.E.
 */
public record BuddhistEra(int offset, int firstYear, int lastYear, int firstCeYear, int lastCeYear) {
    /** A profile that declares no Buddhist era: no year is B.E., none is converted. */
    public static final BuddhistEra NONE = new BuddhistEra(0, 1, 0, 1, 0);

    private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})(.*)$", Pattern.DOTALL);

    /** Whether a four-digit year is read as B.E. */
    public boolean buddhist(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** Whether a four-digit year is read as C.E. where dates are compared. */
    public boolean christian(int year) {
        return year >= firstCeYear && year <= lastCeYear;
    }

    /** {@code 2567-03-01} to {@code 2024-03-01}: a leading B.E. year minus the offset; other values unchanged. */
    public String toChristianEra(String value) {
        Matcher m = LEADING_YEAR.matcher(value);
        if (m.matches() && buddhist(Integer.parseInt(m.group(1)))) {
            return (Integer.parseInt(m.group(1)) - offset) + m.group(2);
        }
        return value;
    }
}
