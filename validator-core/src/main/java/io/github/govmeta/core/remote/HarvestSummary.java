package io.github.govmeta.core.remote;

/**
 * What was read of one live catalog (one organization of a portal, with {@code --all-orgs}): for the
 * summary of a run. Immutable.
 *
 * @param catalog      the portal's or endpoint's address
 * @param organization the CKAN organization, or null
 * @param pages        pages asked for
 * @param failedPages  pages that could not be read (each a {@code GOVMETA-INPUT-REMOTE} or syntax finding)
 * @param datasets     datasets the pages served
 * @param cached       pages read from the offline cache
 */
public record HarvestSummary(String catalog, String organization, int pages, int failedPages, int datasets, int cached) {
    /** One line, e.g. {@code https://data.go.th (organization bma): 3 pages, 250 datasets, 1 page failed}. */
    public String display(boolean thai) {
        String who = catalog + (organization == null ? "" : thai ? " (หน่วยงาน " + organization + ")" : " (organization " + organization + ")");
        String fromCache = cached == 0 ? "" : thai ? " จากแคชออฟไลน์ " + cached + " หน้า" : ", " + cached + " from the offline cache";
        return thai
                ? String.format("%s: อ่าน %d หน้า %d ชุดข้อมูล อ่านไม่ได้ %d หน้า%s", who, pages, datasets, failedPages, fromCache)
                : String.format("%s: %d pages, %d datasets, %d failed%s", who, pages, datasets, failedPages, fromCache);
    }
}
