package org.attrib.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceText;

class DifferencesTest {

    private static final SourceText TEXT = SourceText.of("t.txt", "Ana Ruiz said \"we are ready to go\". Bo Chen agreed.");

    private static Annotation tag(AnnotatedDocument doc, AnnotationType type, String s) {
        int at = TEXT.text().indexOf(s);
        AnnotationEditor.Tagging t = new AnnotationEditor(doc).tag(type, at, at + s.length());
        t.edit().redo();
        return doc.annotation(t.annotation().id()).orElseThrow();
    }

    private static void attribute(AnnotatedDocument doc, Annotation quote, Annotation mention) {
        new AnnotationEditor(doc).attribute(doc.annotation(quote.id()).orElseThrow(),
                doc.entity(mention.entityId()).orElseThrow(), mention).redo();
    }

    @Test
    void listsWhatOnlyOneSideHasOtherBoundsAndOtherSpeakersThenTakingBMakesThemAgree() {
        AnnotatedDocument a = new AnnotatedDocument(TEXT);
        Annotation ana = tag(a, AnnotationType.SPEAKER, "Ana Ruiz");
        Annotation quoteA = tag(a, AnnotationType.QUOTE, "we are ready to go");
        attribute(a, quoteA, ana);
        tag(a, AnnotationType.CLAIM, "agreed");

        AnnotatedDocument b = new AnnotatedDocument(TEXT);
        tag(b, AnnotationType.SPEAKER, "Ana Ruiz");
        Annotation bo = tag(b, AnnotationType.SPEAKER, "Bo Chen");
        Annotation quoteB = tag(b, AnnotationType.QUOTE, "we are ready");
        attribute(b, quoteB, bo);

        List<Differences.Difference> diffs = Differences.between(AnnotationSet.of(a, true), AnnotationSet.of(b, true));
        assertThat(diffs).extracting(Differences.Difference::kind)
                .containsExactly(Differences.Kind.SPAN, Differences.Kind.ONLY_B, Differences.Kind.ONLY_A);

        AnnotationEditor editor = new AnnotationEditor(a);
        editor.adopt(diffs.get(1).b(), "Bo Chen").edit().redo();
        editor.conform(a.annotation(quoteA.id()).orElseThrow(), quoteB, "Bo Chen").redo();
        editor.delete(a.annotation(diffs.get(2).a().id()).orElseThrow()).redo();
        assertThat(Differences.between(AnnotationSet.of(a, true), AnnotationSet.of(b, true))).isEmpty();
        assertThat(a.entities()).extracting(e -> e.name()).containsExactlyInAnyOrder("Ana Ruiz", "Bo Chen");
    }
}
