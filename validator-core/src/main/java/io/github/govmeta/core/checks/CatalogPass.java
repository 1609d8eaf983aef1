package io.github.govmeta.core.checks;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.finding.Tally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalog-wide checks of one run: fed each record's {@link CatalogKeys} as it is checked, it reports
 * at the end, with the location of every record involved. It keeps the keys only (a name, a title and its
 * organisation, a flag per organisation), so memory grows with the keys, not with the records. One per
 * run; not thread-safe (fed from the reading thread, in reading order).
 */
public final class CatalogPass {
    /** Locations listed in one message; the count says how many there are in all. */
    private static final int MAX_LISTED = 5;

    private final List<CatalogCheck> checks;
    private final ProfileChecks.TallySpec tallySpec;
    /** Per check: the first record of each key, and every record of the keys seen more than once. */
    private final List<Map<String, Occurrence>> first = new ArrayList<>();
    private final List<Map<String, List<Occurrence>>> repeated = new ArrayList<>();
    private final List<Map<String, Group>> groups = new ArrayList<>();
    private final Map<String, Integer> tally = new TreeMap<>();

    private record Occurrence(Location at, String dataset, String shown, String group) {}

    /** A group of a {@code groupHasAny} check: its first records and whether any states the field. */
    private static final class Group {
        final List<Occurrence> listed = new ArrayList<>();
        int count;
        boolean has;
    }

    CatalogPass(List<CatalogCheck> checks, ProfileChecks.TallySpec tallySpec) {
        this.checks = checks;
        this.tallySpec = tallySpec;
        for (int i = 0; i < checks.size(); i++) {
            first.add(new HashMap<>());
            repeated.add(new LinkedHashMap<>());
            groups.add(new LinkedHashMap<>());
        }
    }

    /** One record's keys (null: a record the profile keeps nothing of, e.g. a DCAT dataset). */
    public void add(CatalogKeys keys) {
        if (keys == null) {
            return;
        }
        if (keys.level() != null) {
            tally.merge(keys.level(), 1, Integer::sum);
        }
        for (CatalogKeys.Key k : keys.keys()) {
            Occurrence o = new Occurrence(k.at(), keys.dataset(), k.shown(), k.group());
            if (checks.get(k.check()) instanceof CatalogCheck.GroupHasAny) {
                Group g = groups.get(k.check()).computeIfAbsent(k.key(), x -> new Group());
                g.count++;
                g.has |= k.flag();
                if (!g.has && g.listed.size() <= MAX_LISTED) {
                    g.listed.add(o);
                }
                if (g.has) {
                    g.listed.clear();
                }
                continue;
            }
            Occurrence earlier = first.get(k.check()).putIfAbsent(k.key(), o);
            if (earlier != null) {
                repeated.get(k.check()).computeIfAbsent(k.key(), x -> new ArrayList<>(List.of(earlier))).add(o);
            }
        }
    }

    /** The catalog's findings, in {@link Finding#ORDER}. */
    public List<Finding> finish() {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            CatalogCheck check = checks.get(i);
            for (List<Occurrence> all : repeated.get(i).values()) {
                for (Occurrence o : all) {
                    List<Occurrence> others = new ArrayList<>(all);
                    others.remove(o);
                    out.add(finding(check, o, all.size(), others));
                }
            }
            for (Group g : groups.get(i).values()) {
                if (!g.has && !g.listed.isEmpty()) {
                    out.add(finding(check, g.listed.get(0), g.count, g.listed.subList(1, g.listed.size())));
                }
            }
        }
        out.sort(Finding.ORDER);
        return out;
    }

    /** The counts per value of the profile's tallied field, or none. */
    public List<Tally> tallies() {
        return tallySpec == null ? List.of() : List.of(new Tally(tallySpec.title(), tally));
    }

    private static Finding finding(CatalogCheck check, Occurrence at, int count, List<Occurrence> others) {
        StringBuilder listed = new StringBuilder();
        for (int j = 0; j < others.size() && j < MAX_LISTED; j++) {
            Occurrence o = others.get(j);
            listed.append(j == 0 ? "" : ", ").append(o.at().display()).append(o.dataset() == null ? "" : " " + o.dataset());
        }
        if (count - 1 > MAX_LISTED) {
            listed.append(", …");
        }
        Map<String, String> args = Map.of("value", at.shown(), "count", String.valueOf(count), "others", listed.toString(),
                "group", at.group());
        return check.rule().finding(args, at.at(), at.dataset(), at.shown(), Map.of("keyword", "catalog"));
    }
}
