package org.attrib.ui.article;

import java.util.ArrayList;
import java.util.List;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.core.text.SourceText;

/**
 * The highlights a document's annotations put over chars {@code [fromChar, toChar)}: each
 * annotation's type (or suggested type), and on top the selected annotation, the mention it goes
 * through and the speaker in focus, and whether a suggestion is unsure. Pure, so that an article's first styling can be built with
 * its file, off the JavaFX thread, before any view-model exists.
 */
public final class AnnotationHighlights {

    private AnnotationHighlights() {
    }

    /**
     * {@code selected} and {@code focus} may be null; a suggestion less sure than
     * {@code confidentFrom} is drawn as unsure too.
     */
    public static List<Highlight> of(AnnotatedDocument doc, Annotation selected, Entity focus, double confidentFrom,
            int fromChar, int toChar) {
        SourceText text = doc.source();
        int from = text.toCodePoint(fromChar);
        int to = Math.max(from + 1, text.toCodePoint(toChar));
        String linked = selected == null ? null : selected.viaId();
        List<Highlight> highlights = new ArrayList<>();
        for (Annotation a : doc.overlapping(from, Math.min(to, text.length()))) {
            int s = text.toChar(a.start());
            int e = text.toChar(a.end());
            highlights.add(new Highlight(s, e, styleClass(a)));
            if (unsure(a, confidentFrom)) {
                highlights.add(new Highlight(s, e, "unsure"));
            }
            if (selected != null && selected.id().equals(a.id())) {
                highlights.add(new Highlight(s, e, "selected"));
            }
            if (a.id().equals(linked)) {
                highlights.add(new Highlight(s, e, "linked"));
            }
            if (focus != null && (focus.id().equals(a.entityId()) || focus.id().equals(a.speakerId()))) {
                highlights.add(new Highlight(s, e, "focus"));
            }
        }
        return highlights;
    }

    /** Whether a suggestion is less sure than {@code confidentFrom}; one without a confidence is not known to be. */
    public static boolean unsure(Annotation a, double confidentFrom) {
        return a.pending() && a.confidence() != null && a.confidence() < confidentFrom;
    }

    /** The style class an annotation's chars get: its type, or its type plus "-pending" for a suggestion. */
    public static String styleClass(Annotation a) {
        return a.pending() ? a.type().id() + "-pending" : a.type().id();
    }
}
