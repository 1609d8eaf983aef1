package io.github.govmeta.core.canonical;

import tools.jackson.databind.node.ObjectNode;

/** A record in the one form a profile's schemas check, and how to find its values in the source. */
public record CanonicalRecord(ObjectNode node, PointerMap pointers) {}
