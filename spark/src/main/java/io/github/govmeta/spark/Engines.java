package io.github.govmeta.spark;

import io.github.govmeta.core.Govmeta;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Govmeta} per executor JVM and set of options, opened by the first task that needs it and
 * shared by every task after it (the facade is thread-safe; the core compiles each profile once per JVM).
 */
final class Engines {
    private static final Map<GovmetaOptions, Govmeta> OPEN = new ConcurrentHashMap<>();

    private Engines() {
    }

    /** @throws io.github.govmeta.core.GovmetaException when the options cannot be opened here (the driver checked them first) */
    static Govmeta get(GovmetaOptions options) {
        return OPEN.computeIfAbsent(options, o -> Govmeta.open(o.request().build()));
    }
}
