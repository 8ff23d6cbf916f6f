package org.attrib.core.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.Gens;

/** Whatever the text, suggestions are well formed and merge into a document. */
class SuggesterPropertiesTest {

    private static final List<String> PIECES = List.of("\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‚", " ", " ", " ",
            "\n", "\n\n", ",", ".", ":", "(", ")", "—", "said", "says", "told reporters", "according to", "he", "she", "it",
            "they", "who", "which", "that", "and", "but", "the", "Mr.", "U.S.", "President", "Maria Lopez", "Lopez",
            "the minister", "officials", "We will", "win", "in a statement", "on Monday", "😀", "é", "o\u0301", "𝄞");

    static Gen<String> texts() {
        return Gens.listsOf(arbitrary().pick(PIECES), 0, 80).map(l -> String.join("", l));
    }

    @Test
    void suggestionsAreWellFormed() {
        qt().withExamples(2000).forAll(texts()).checkAssert(this::suggestionsAreWellFormed);
    }

    private void suggestionsAreWellFormed(String text) {
        SourceText src = SourceText.of("t.txt", text);
        Suggestions s = new Suggester().suggest(src);
        Map<String, Entity> entities = new HashMap<>();
        s.entities().forEach(e -> entities.put(e.id(), e));
        Map<String, Annotation> byId = new HashMap<>();
        s.annotations().forEach(a -> byId.put(a.id(), a));
        assertThat(byId).hasSameSizeAs(s.annotations());
        for (Annotation a : s.annotations()) {
            assertThat(a.pending()).isTrue();
            assertThat(a.confidence()).as("every suggestion says how sure it is").isNotNull().isBetween(0.0, 1.0);
            assertThat(a.end()).isLessThanOrEqualTo(src.length());
            assertThat(src.slice(a.start(), a.end())).isEqualTo(src.slice(a.start(), a.end()).strip());
            if (a.type() == AnnotationType.SPEAKER) {
                assertThat(entities).containsKey(a.entityId());
            } else if (a.speakerId() != null) {
                assertThat(entities).containsKey(a.speakerId());
                if (a.viaId() != null) {
                    assertThat(byId.get(a.viaId()).entityId()).isEqualTo(a.speakerId());
                }
            } else {
                assertThat(a.viaId()).isNull();
            }
        }
        AnnotatedDocument doc = new AnnotatedDocument(src);
        SuggestionMerger.merge(doc, s).edit().redo();
        assertThat(doc.pendingCount()).isEqualTo(doc.size());
    }
}
