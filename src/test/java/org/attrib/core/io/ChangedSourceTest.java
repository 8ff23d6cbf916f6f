package org.attrib.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.anchor.Placement;
import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoHistory;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextLoader;

/**
 * A realistic re-scrape of the sample article: a boilerplate line removed and others added, a
 * typo inside a quote fixed, straight quotes and apostrophes turned curly, a photo caption
 * dropped. Every annotation lands on the same words, except the one in the dropped caption,
 * which becomes an orphan.
 */
class ChangedSourceTest {

    static final Path SAMPLE = Path.of(System.getProperty("attrib.sample.dir", "annotations"))
            .resolve("voa-2019-12-04-us-mexico-cartel-tools.txt");
    static final String CAPTION = "A shop's windows are riddled with bullet holes near City Hall after a gunbattle in Villa Union, Mexico, Dec. 2, 2019.";
    static final String FILE_CAPTION = "FILE - Mexican President Andres Manuel Lopez Obrador speaks during his daily morning press "
            + "conference at the National Palace in Mexico City, Mexico, Nov. 21, 2019.\n\n";

    /** A span to tag: its type, its text, and a longer passage that pins down which occurrence. */
    record Tag(AnnotationType type, String text, String where, String whereNow) {
        Tag(AnnotationType type, String text) {
            this(type, text, text);
        }

        Tag(AnnotationType type, String text, String where) {
            this(type, text, where, curly(where.replace("dispoal", "disposal")));
        }

        /** Char offset of the span in {@code s}, where its passage first occurs. */
        int in(String s, String span, String passage) {
            int at = s.indexOf(passage);
            assertThat(at).as("'%s' in the text", passage).isGreaterThanOrEqualTo(0);
            return at + passage.indexOf(span);
        }
    }

    static final Tag[] TAGS = {
        new Tag(AnnotationType.SPEAKER, "The U.S. State Department"),
        new Tag(AnnotationType.QUOTE, "\"appropriate tools\""),
        new Tag(AnnotationType.SPEAKER, "President Donald Trump"),
        new Tag(AnnotationType.CLAIM, "he wanted to designate them as terrorist groups"),
        new Tag(AnnotationType.QUOTE, "\"interventionism\""),
        new Tag(AnnotationType.SPEAKER, "Mexican President Andres Manuel Lopez Obrador",
                "FILE - Mexican President Andres Manuel Lopez Obrador speaks"),
        new Tag(AnnotationType.SPEAKER, "Mexican President Andres Manuel Lopez Obrador",
                "Mexican President Andres Manuel Lopez Obrador said"),
        new Tag(AnnotationType.CLAIM, "Mexico would not permit another operation like the U.S. government's ill-fated "
                + "\"Fast and Furious\" gun-running sting"),
        new Tag(AnnotationType.SPEAKER, "Hugo Rodriguez"),
        new Tag(AnnotationType.QUOTE, "\"What we are looking to do is put at the service of the government of Mexico any and "
                + "all tools we have at our dispoal to cooperate on the shared security challenge that the drug trafficking "
                + "organizations pose,\""),
        new Tag(AnnotationType.SPEAKER, "he", "pose,\" he said", "pose,\u201D he said"),
        new Tag(AnnotationType.QUOTE, "\"If we have tools at our disposal that we can use that help contribute to addressing "
                + "the DTO challenge, we're looking at it.\""),
        new Tag(AnnotationType.CLAIM, CAPTION, CAPTION + "\n\nTrump has"),
        new Tag(AnnotationType.SPEAKER, "Mexican Foreign Minister Marcelo Ebrard"),
        new Tag(AnnotationType.QUOTE, "\"arms and dollars.\""),
    };

    @Test
    void aRescrapedArticleKeepsItsAnnotationsOnTheSameWords(@TempDir Path dir) throws Exception {
        String original = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        assertThat(original).contains("at our disposal to cooperate").contains(FILE_CAPTION);
        String old = original.replace("at our disposal to cooperate", "at our dispoal to cooperate");
        Path source = dir.resolve(SAMPLE.getFileName().toString());
        Files.writeString(source, old, StandardCharsets.UTF_8);

        SourceText oldText = SourceTextLoader.load(source);
        AnnotatedDocument doc = new AnnotatedDocument(oldText);
        AnnotationEditor editor = new AnnotationEditor(doc);
        UndoHistory history = new UndoHistory();
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Tag t : TAGS) {
            int at = t.in(old, t.text(), t.where());
            AnnotationEditor.Tagging tagging = editor.tag(t.type(), oldText.toCodePoint(at), oldText.toCodePoint(at + t.text().length()));
            history.execute(tagging.edit());
            tags.put(tagging.annotation().id(), t);
        }
        String fileCaptionMention = idOf(tags, TAGS[5]);
        Annotation viaHe = doc.annotation(idOf(tags, TAGS[10])).orElseThrow();
        Annotation whatWe = doc.annotation(idOf(tags, TAGS[9])).orElseThrow();
        history.execute(editor.attribute(whatWe, doc.entity(viaHe.entityId()).orElseThrow(), viaHe));
        DocumentFiles.save(DocumentSnapshot.of(doc), AnnotationFormat.annotationFileFor(source));

        String rescraped = "Print\n\n" + old
                .replace("Accessibility links\n\n", "")
                .replace(FILE_CAPTION, "")
                .replace("at our dispoal to cooperate", "at our disposal to cooperate")
                .replace("'", "\u2019")
                .replaceAll("\"([^\"]*)\"", "\u201C$1\u201D")
                + "\nFollow us on Twitter\n";
        Files.writeString(source, rescraped, StandardCharsets.UTF_8);
        byte[] annotationsBefore = Files.readAllBytes(AnnotationFormat.annotationFileFor(source));

        DocumentFiles.Opened opened = DocumentFiles.open(source);
        SourceText now = opened.document().source();

        assertThat(opened.report().sourceChanged()).isTrue();
        assertThat(opened.report().orphaned()).isEqualTo(1);
        assertThat(opened.document().orphans()).extracting(o -> o.annotation().id()).containsExactly(fileCaptionMention);
        for (Map.Entry<String, Tag> e : tags.entrySet()) {
            if (e.getKey().equals(fileCaptionMention)) {
                continue;
            }
            Tag t = e.getValue();
            String expected = curly(t.text().replace("dispoal", "disposal"));
            int at = t.in(now.text(), expected, t.whereNow());
            Annotation placed = opened.document().annotation(e.getKey()).orElseThrow();
            assertThat(opened.document().textOf(placed)).as("%s", t).isEqualTo(expected);
            assertThat(placed.start()).as("%s", t).isEqualTo(now.toCodePoint(at));
            Placement p = opened.report().placements().get(e.getKey());
            assertThat(p.method()).as("%s", t).isEqualTo(t.text().contains("\"") || t.text().contains("'")
                    || t.text().contains("dispoal") ? Placement.Method.FUZZY : Placement.Method.EXACT_TEXT);
        }
        assertThat(opened.report().placements().get(idOf(tags, TAGS[9])).edits()).isEqualTo(1);
        // The quote keeps its attribution through "he", which was placed too.
        assertThat(opened.document().annotation(whatWe.id()).orElseThrow().viaId()).isEqualTo(viaHe.id());
        assertThat(opened.report().describe()).contains("1 annotation could not be placed").contains("please check");
        // Opening rewrote nothing.
        assertThat(Files.readAllBytes(AnnotationFormat.annotationFileFor(source))).isEqualTo(annotationsBefore);
        StoredAnnotation orphan = opened.document().orphans().get(0);
        assertThat(orphan.text()).isEqualTo("Mexican President Andres Manuel Lopez Obrador");
    }

    static String curly(String s) {
        return s.replace("'", "\u2019").replaceAll("\"([^\"]*)\"", "\u201C$1\u201D");
    }

    static String idOf(Map<String, Tag> tags, Tag t) {
        return tags.entrySet().stream().filter(e -> e.getValue() == t).findFirst().orElseThrow().getKey();
    }
}
