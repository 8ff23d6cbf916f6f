package org.attrib.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.importer.DocumentBuilder;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.text.SourceText;

class CorpusStatsTest {

    @Test
    void countsDocumentsByStatusAndAnnotationsByType() {
        CorpusStats stats = new CorpusStats();
        stats.add(doc("López Obrador said yes. Ebrard said no.", "López Obrador", 2));
        stats.add(doc("Lopez  Obrador, again, said yes.", "Lopez  Obrador", 1));
        stats.add(doc("Lopez Obrador said yes once more.", "Lopez Obrador", 0));

        assertThat(stats.documents()).isEqualTo(3);
        assertThat(stats.statuses().get(DocumentStatus.IN_PROGRESS)).isEqualTo(3);
        assertThat(stats.count(AnnotationType.QUOTE)).isEqualTo(3);
        assertThat(stats.count(AnnotationType.CLAIM)).isEqualTo(3);
        assertThat(stats.count(AnnotationType.SPEAKER)).isEqualTo(3);
        assertThat(stats.unattributed(AnnotationType.QUOTE)).isZero();
        assertThat(stats.unattributed(AnnotationType.CLAIM)).isEqualTo(3);
        assertThat(stats.pending()).isEqualTo(2);
        assertThat(stats.orphans()).isZero();
    }

    /** A document with one mention of {@code name} at the start, one quote attributed through it, one unattributed claim. */
    private static DocumentSnapshot doc(String text, String name, int pending) {
        SourceText t = SourceText.of("d.txt", text);
        DocumentBuilder b = new DocumentBuilder(t);
        Entity e = b.addEntity(null, name, EntityKind.PERSON);
        Annotation m = b.add(Annotation.of(b.annotationId(null), AnnotationType.SPEAKER, 0, name.codePointCount(0, name.length()))
                .withEntity(e.id()));
        int said = text.indexOf("said");
        b.add(Annotation.of(b.annotationId(null), AnnotationType.QUOTE, said + 5, text.length()).withSpeaker(e.id(), m.id()));
        b.add(Annotation.of(b.annotationId(null), AnnotationType.CLAIM, said, said + 4).withPending(pending > 0));
        return b.snapshot();
    }
}
