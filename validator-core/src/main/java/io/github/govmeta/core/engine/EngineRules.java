package io.github.govmeta.core.engine;

import io.github.govmeta.core.profile.RuleCatalog;

/** The engine's own rules ({@code GOVMETA-*}), read once from {@code govmeta/engine-rules.yaml}. */
public final class EngineRules {
    private static final RuleCatalog CATALOG = RuleCatalog.read(
            EngineRules.class.getClassLoader().getResourceAsStream("govmeta/engine-rules.yaml"),
            "govmeta/engine-rules.yaml", "govmeta");

    private EngineRules() {}

    public static RuleCatalog catalog() {
        return CATALOG;
    }
}
