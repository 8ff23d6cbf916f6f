package org.attrib.core.merge;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.StoredAnnotation;

/** An annotation as one side has it: placed in the text, or an orphan kept with its text. */
record Item(Annotation annotation, StoredAnnotation orphan) {

    Annotation value() {
        return orphan != null ? orphan.annotation() : annotation;
    }

    String id() {
        return value().id();
    }

    Item with(Annotation changed) {
        return orphan != null ? new Item(null, new StoredAnnotation(changed, orphan.text(), orphan.prefix(), orphan.suffix()))
                : new Item(changed, null);
    }

    static Item find(DocumentSnapshot s, String id) {
        for (Annotation a : s.annotations()) {
            if (a.id().equals(id)) {
                return new Item(a, null);
            }
        }
        for (StoredAnnotation o : s.orphans()) {
            if (o.annotation().id().equals(id)) {
                return new Item(null, o);
            }
        }
        return null;
    }
}
