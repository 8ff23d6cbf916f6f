package org.attrib.ui.article;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;

import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * An article's text with its highlights, as the article view's document: paragraphs that
 * already carry their style spans, so that the view takes text and highlights in one replace.
 * Built without the toolkit, on the thread that read the article: for 5 MB and 50,000
 * annotations that is tens of milliseconds kept off the JavaFX thread. It is handed over once
 * ({@link #take}): kept after that, it would hold on to the paragraphs the view has since restyled.
 */
public final class StyledArticle {

    private ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document;

    private StyledArticle(ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document) {
        this.document = document;
    }

    /** The text styled with {@code spans}, which cover it whole, line breaks included. */
    public static StyledArticle of(String text, StyleSpans<Collection<String>> spans) {
        return new StyledArticle(build(text, spans, SegmentOps.styledTextOps(), Collections.<String>emptyList()));
    }

    /** The paragraphs, as a {@code StyleClassedTextArea} holds them; null once taken. */
    public ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> take() {
        var taken = document;
        document = null;
        return taken;
    }

    /**
     * The text as a document of paragraphs (split at {@code \n}, as the area splits it) that
     * carry their share of {@code spans}, which cover the whole text, line breaks included.
     */
    static <S> ReadOnlyStyledDocument<S, String, Collection<String>> build(String text,
            StyleSpans<Collection<String>> spans, SegmentOps<String, Collection<String>> ops, S paragraphStyle) {
        ReadOnlyStyledDocumentBuilder<S, String, Collection<String>> doc = new ReadOnlyStyledDocumentBuilder<>(ops, paragraphStyle);
        Iterator<StyleSpan<Collection<String>>> it = spans.iterator();
        StyleSpan<Collection<String>> span = it.next();
        int left = span.getLength();
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end == start) {
                doc.addParagraph("", span.getStyle());
            } else {
                StyleSpansBuilder<Collection<String>> styles = new StyleSpansBuilder<>();
                int need = end - start;
                while (need > 0) {
                    while (left == 0) {
                        span = it.next();
                        left = span.getLength();
                    }
                    int take = Math.min(need, left);
                    styles.add(span.getStyle(), take);
                    need -= take;
                    left -= take;
                }
                doc.addParagraph(text.substring(start, end), styles.create());
            }
            if (nl < 0) {
                return doc.build();
            }
            // The line break has a style too; it belongs to no paragraph.
            while (left == 0) {
                span = it.next();
                left = span.getLength();
            }
            left--;
            start = nl + 1;
        }
    }
}
