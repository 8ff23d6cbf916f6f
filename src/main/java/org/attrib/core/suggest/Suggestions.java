package org.attrib.core.suggest;

import java.util.List;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;

/**
 * What the detector proposes for one text: speaker entities, and pending annotations (speaker
 * mentions linked to those entities; quotes and claims attributed to them, through a mention
 * when there is one). Ids are fresh and only unique among the suggestions; merging into a
 * document gives them ids of its own.
 */
public record Suggestions(List<Entity> entities, List<Annotation> annotations) {

    public Suggestions {
        entities = List.copyOf(entities);
        annotations = List.copyOf(annotations);
    }

    public long count(AnnotationType type) {
        return annotations.stream().filter(a -> a.type() == type).count();
    }
}
