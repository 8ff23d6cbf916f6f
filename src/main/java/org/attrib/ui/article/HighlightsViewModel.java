package org.attrib.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.core.text.SourceText;
import org.attrib.ui.document.DocumentViewModel;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * What the article shows over its text: each annotation's highlight (by type, suggested or not,
 * selected, the mention the selected one goes through, the speaker in focus, find matches), as
 * style spans for any range, and the speaker labels of the attributed quotes and claims. The
 * style spans come from the pure {@link HighlightStyler}.
 */
public final class HighlightsViewModel {

    private final DocumentViewModel documentVm;
    private final AnnotatedDocument doc;
    private final SourceText text;
    private final ReadOnlyObjectWrapper<Entity> focusEntity = new ReadOnlyObjectWrapper<>(this, "focusEntity");
    /** Find matches, as sorted, non-overlapping UTF-16 ranges {start, end}. */
    private List<int[]> matches = List.of();
    /** Speaker colours by entity id, built when first asked for and dropped when speakers come or go. */
    private Map<String, Integer> colours;

    public HighlightsViewModel(DocumentViewModel documentVm) {
        this.documentVm = documentVm;
        this.doc = documentVm.document();
        this.text = documentVm.source();
        // A preference, changed rarely: the whole text is restyled, since any suggestion may change look.
        documentVm.confidentFromProperty().addListener((o, b, v) -> documentVm.fireRestyle(0, text.text().length()));
        documentVm.addModelListener(new org.attrib.core.model.DocumentListener() {
            @Override
            public void annotationChanged(Annotation before, Annotation after) {
            }

            @Override
            public void entityChanged(Entity before, Entity after) {
                HighlightsViewModel.this.entityChanged(before, after);
            }
        });
    }

    /** A speaker was added, changed or removed. */
    private void entityChanged(Entity before, Entity after) {
        if (before == null || after == null) {
            colours = null;
        }
        Entity focus = focusEntity.get();
        if (focus != null && before != null && focus.id().equals(before.id())) {
            focusEntity.set(after);
        }
    }

    /** Style spans for chars {@code [fromChar, toChar)}, from the annotations over them. */
    public StyleSpans<Collection<String>> styleSpans(int fromChar, int toChar) {
        List<Highlight> highlights = AnnotationHighlights.of(doc, documentVm.getSelected(), focusEntity.get(),
                documentVm.confidentFromProperty().get(), fromChar, toChar);
        for (int[] m : matchesIn(fromChar, toChar)) {
            highlights.add(new Highlight(m[0], m[1], "match"));
        }
        return HighlightStyler.spans(highlights, fromChar, toChar);
    }

    /**
     * The speaker labels of the quotes and claims that end in chars {@code [fromChar, toChar)}
     * (the visible part of the article), in document order; one speaker colour per speaker, by
     * the order speakers were added.
     */
    public List<SpeakerLabel> speakerLabels(int fromChar, int toChar) {
        int from = text.toCodePoint(Math.max(0, fromChar));
        int to = Math.min(text.length(), text.toCodePoint(Math.min(toChar, text.text().length())));
        if (to <= from) {
            return List.of();
        }
        Annotation sel = documentVm.getSelected();
        List<SpeakerLabel> out = new ArrayList<>();
        for (Annotation a : doc.overlapping(from, to)) {
            if (!a.type().isAttributable() || a.speakerId() == null || a.end() <= from || a.end() > to) {
                continue;
            }
            Entity e = doc.entity(a.speakerId()).orElse(null);
            if (e != null) {
                out.add(new SpeakerLabel(text.toChar(a.end()), e.name(), colourOf(e.id()), a.pending(),
                        sel != null && sel.id().equals(a.id())));
            }
        }
        out.sort(java.util.Comparator.comparingInt(SpeakerLabel::endChar));
        return out;
    }

    /** Each speaker's colour: its place among the document's speakers, round the palette. */
    private int colourOf(String entityId) {
        if (colours == null) {
            colours = new HashMap<>();
            for (Entity e : doc.entities()) {
                colours.put(e.id(), colours.size() % SpeakerLabel.COLOURS);
            }
        }
        return colours.getOrDefault(entityId, 0);
    }

    /** The speaker whose mentions and attributed quotes and claims are highlighted. */
    public ReadOnlyObjectProperty<Entity> focusEntityProperty() {
        return focusEntity.getReadOnlyProperty();
    }

    /** Highlights all mentions of a speaker and all that is attributed to it (null: none). */
    public void focus(Entity entity) {
        Entity before = focusEntity.get();
        if (Objects.equals(before, entity)) {
            return;
        }
        focusEntity.set(entity);
        restyleEntity(before);
        restyleEntity(entity);
    }

    private void restyleEntity(Entity e) {
        if (e == null) {
            return;
        }
        for (Annotation a : doc.annotations()) {
            if (e.id().equals(a.entityId()) || e.id().equals(a.speakerId())) {
                documentVm.fireRestyle(a);
            }
        }
    }

    public void setMatches(List<int[]> newMatches) {
        List<int[]> before = matches;
        matches = List.copyOf(newMatches);
        for (int[] m : before) {
            documentVm.fireRestyle(m[0], m[1]);
        }
        for (int[] m : matches) {
            documentVm.fireRestyle(m[0], m[1]);
        }
    }

    private List<int[]> matchesIn(int fromChar, int toChar) {
        if (matches.isEmpty()) {
            return List.of();
        }
        int lo = 0;
        int hi = matches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid)[1] <= fromChar) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = lo; i < matches.size() && matches.get(i)[0] < toChar; i++) {
            out.add(matches.get(i));
        }
        return out;
    }
}
