package org.attrib.core.model;

/**
 * How often an entity appears in a document.
 *
 * @param mentions speaker annotations that mention it
 * @param quotes quotes attributed to it
 * @param claims claims attributed to it
 */
public record EntityStats(int mentions, int quotes, int claims) {

    public static final EntityStats NONE = new EntityStats(0, 0, 0);

    public boolean isUnused() {
        return mentions == 0 && quotes == 0 && claims == 0;
    }
}
