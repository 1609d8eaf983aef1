package io.github.govmeta.core.input;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses trusted JSON text held in memory (profile files already loaded), without positions. */
public final class JsonText {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonText() {}

    public static JsonNode parse(String text) {
        return JSON.readTree(text);
    }
}
