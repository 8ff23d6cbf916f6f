package org.attrib.core.corpus;

import java.util.List;
import java.util.Objects;

import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.EntityKind;

/**
 * A speaker entity of one document with what the document says about it: the names it is
 * mentioned under and the quotes and claims attributed to it.
 *
 * @param ref the document and entity id
 * @param name the entity's display name in that document
 * @param kind person, organisation or other
 * @param mentionTexts the distinct texts of its speaker mentions, in document order
 * @param mentions how many speaker mentions it has
 * @param statements the quotes and claims attributed to it, in document order
 */
public record DocumentEntity(EntityRef ref, String name, EntityKind kind, List<String> mentionTexts, int mentions,
        List<Statement> statements) {

    public DocumentEntity {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        mentionTexts = List.copyOf(mentionTexts);
        statements = List.copyOf(statements);
    }

    public int quotes() {
        return count(AnnotationType.QUOTE);
    }

    public int claims() {
        return count(AnnotationType.CLAIM);
    }

    private int count(AnnotationType type) {
        int n = 0;
        for (Statement s : statements) {
            if (s.type() == type) {
                n++;
            }
        }
        return n;
    }
}
