package org.attrib.core.corpus;

import java.util.Comparator;
import java.util.Objects;

/**
 * One speaker entity of one document, as the corpus knows it: entity ids are stable within their
 * annotation file, so the pair names the entity across re-readings and edits.
 *
 * @param document the article's path relative to the corpus folder, {@code /} between folders
 *     ({@code world/story.txt})
 * @param entity the entity's id in that article's annotation file
 */
public record EntityRef(String document, String entity) implements Comparable<EntityRef> {

    private static final Comparator<EntityRef> ORDER = Comparator.comparing(EntityRef::document).thenComparing(EntityRef::entity);

    public EntityRef {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(entity, "entity");
    }

    @Override
    public int compareTo(EntityRef o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return document + "#" + entity;
    }
}
