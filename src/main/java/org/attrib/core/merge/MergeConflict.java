package org.attrib.core.merge;

/**
 * One thing that changed on both sides in incompatible ways, for the analyst to decide.
 *
 * @param subject what it is about
 * @param id the annotation's or entity's id
 * @param kind how the two sides disagree
 * @param description one sentence for the analyst: what it is and what each side did
 */
public record MergeConflict(Subject subject, String id, Kind kind, String description) {

    public enum Subject {
        ANNOTATION,
        ENTITY
    }

    public enum Kind {
        /** Both sides changed it, differently (the same field, or into something inconsistent). */
        CHANGED_ON_BOTH_SIDES,
        /** Both sides added something with this id, differently. */
        ADDED_ON_BOTH_SIDES,
        /** I changed it; they deleted it. */
        CHANGED_BY_ME_DELETED_BY_THEM,
        /** I deleted it; they changed it. */
        DELETED_BY_ME_CHANGED_BY_THEM
    }

    /** The key for choosing a side in {@link MergeResult#resolve}. */
    public String key() {
        return subject.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
