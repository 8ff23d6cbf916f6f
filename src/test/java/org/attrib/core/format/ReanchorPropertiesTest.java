package org.attrib.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attrib.testsupport.Gens.checking;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.attrib.core.anchor.Anchorer;
import org.attrib.core.anchor.Placement;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.Coverage;
import org.attrib.testsupport.RandomDocuments;

/** Re-anchoring after the source text changed: never loses an annotation, and is exact where nothing near it changed. */
class ReanchorPropertiesTest {

    private static final Path FILE = Path.of("story.annotations.json");
    private static final int C = AnnotationFormat.CONTEXT;

    /** One edit of a text: code points {@code [from, to)} replaced by {@code inserted}. */
    record Edit(int from, int to, String inserted) {
        SourceText apply(SourceText t) {
            return SourceText.of(t.fileName(), t.slice(0, from) + inserted + t.slice(to, t.length()));
        }

        int shift() {
            return inserted.codePointCount(0, inserted.length()) - (to - from);
        }
    }

    @Test
    void insertingOrDeletingAwayFromAnAnnotationReanchorsItExactly() {
        Coverage checkedExactly = new Coverage("annotations checked exactly");
        qt().withExamples(400).forAll(longs().all())
                .checkAssert(checking(seed -> insertingOrDeletingAwayFromAnAnnotationReanchorsItExactly(seed, checkedExactly)));
        // Not vacuous: most tries have an annotation whose exact new place is known and checked.
        System.out.println(checkedExactly);
        checkedExactly.assertAtLeast(true, 50);
    }

    private void insertingOrDeletingAwayFromAnAnnotationReanchorsItExactly(long seed, Coverage checkedExactly) throws Exception {
        Random r = new Random(seed);
        SourceText old = SourceText.of("story.txt", RandomDocuments.text(r, 60 + r.nextInt(200)));
        DocumentSnapshot saved = RandomDocuments.document(r, old, 12);
        int p = r.nextInt(old.length() + 1);
        Edit edit = r.nextBoolean()
                ? new Edit(p, p, RandomDocuments.text(r, 1 + r.nextInt(12)))
                : new Edit(p, Math.min(old.length(), p + 1 + r.nextInt(30)), "");
        SourceText now = edit.apply(old);

        AnnotationFileContent content = AnnotationFileReader.parse(FILE, AnnotationFileWriter.toBytes(saved));
        DocumentBinder.Bound bound = DocumentBinder.bind(FILE, content, now);
        if (!bound.report().sourceChanged()) {
            // A deletion at the very end deletes nothing: the text is the same.
            assertThat(now.text()).isEqualTo(old.text());
            return;
        }

        int checked = 0;
        for (StoredAnnotation s : content.annotations()) {
            Annotation a = s.annotation();
            boolean before = edit.to() <= a.start() - C;
            boolean after = edit.from() >= a.end() + C;
            if (!before && !after) {
                continue;
            }
            Placement placement = bound.report().placements().get(a.id());
            assertThat(placement).as("placement of %s", a).isNotNull();
            assertThat(now.slice(placement.start(), placement.end())).isEqualTo(s.text());
            assertThat(placement.method()).isNotEqualTo(Placement.Method.FUZZY);
            if (uniqueWindow(now, s)) {
                int shift = before ? edit.shift() : 0;
                assertThat(placement.start()).as("start of %s after %s", a, edit).isEqualTo(a.start() + shift);
                checked++;
            }
        }
        checkedExactly.collect(checked > 0);
    }

    /** True when the stored text with all its context occurs once in the new text, so that only one place is right. */
    private static boolean uniqueWindow(SourceText now, StoredAnnotation s) {
        String window = s.prefix() + s.text() + s.suffix();
        String body = now.text();
        boolean atStart = s.prefix().codePointCount(0, s.prefix().length()) < C;
        boolean atEnd = s.suffix().codePointCount(0, s.suffix().length()) < C;
        int count = 0;
        for (int at = body.indexOf(window); at >= 0; at = body.indexOf(window, at + 1)) {
            if ((!atStart || at == 0) && (!atEnd || at + window.length() == body.length())) {
                count++;
            }
        }
        return count == 1;
    }

    @Test
    void anyEditOfTheTextNeverLosesAnAnnotation() {
        Coverage fuzzy = new Coverage("fuzzy placements");
        Coverage orphans = new Coverage("orphans");
        qt().withExamples(400).forAll(longs().all())
                .checkAssert(checking(seed -> anyEditOfTheTextNeverLosesAnAnnotation(seed, fuzzy, orphans)));
        System.out.println(fuzzy);
        System.out.println(orphans);
        fuzzy.assertAtLeast(true, 5);
        orphans.assertAtLeast(true, 5);
    }

    private void anyEditOfTheTextNeverLosesAnAnnotation(long seed, Coverage fuzzy, Coverage orphans) throws Exception {
        Random r = new Random(seed);
        SourceText text = SourceText.of("story.txt", RandomDocuments.text(r, 5 + r.nextInt(200)));
        DocumentSnapshot saved = RandomDocuments.document(r, text, 15);
        AnnotationFileContent content = AnnotationFileReader.parse(FILE, AnnotationFileWriter.toBytes(saved));
        SourceText now = text;
        int edits = 1 + r.nextInt(5);
        for (int i = 0; i < edits; i++) {
            int from = r.nextInt(now.length() + 1);
            int to = Math.min(now.length(), from + (r.nextInt(3) == 0 ? r.nextInt(now.length() + 1) : r.nextInt(8)));
            now = new Edit(from, to, r.nextBoolean() ? "" : RandomDocuments.text(r, 1 + r.nextInt(6))).apply(now);
        }

        DocumentBinder.Bound bound = DocumentBinder.bind(FILE, content, now);
        AnnotatedDocument doc = bound.document();

        Set<String> before = new HashSet<>();
        content.annotations().forEach(s -> before.add(s.annotation().id()));
        content.orphans().forEach(s -> before.add(s.annotation().id()));
        List<String> after = new ArrayList<>();
        doc.annotations().forEach(a -> after.add(a.id()));
        doc.orphans().forEach(o -> after.add(o.annotation().id()));
        assertThat(after).doesNotHaveDuplicates();
        assertThat(new HashSet<>(after)).isEqualTo(before);
        if (bound.report().sourceChanged()) {
            assertThat(bound.report().kept() + bound.report().moved() + bound.report().fuzzy() + bound.report().orphaned())
                    .isEqualTo(content.annotations().size());
        } else {
            assertThat(now.text()).isEqualTo(text.text());
        }

        Map<String, Placement> placements = bound.report().placements();
        for (StoredAnnotation s : content.annotations()) {
            Placement p = placements.get(s.annotation().id());
            if (p == null) {
                continue;
            }
            String covered = now.slice(p.start(), p.end());
            if (p.method() == Placement.Method.FUZZY) {
                assertThat(p.edits()).isLessThanOrEqualTo(Anchorer.maxEdits(s.annotation().length()));
            } else {
                assertThat(covered).isEqualTo(s.text());
            }
        }
        fuzzy.collect(bound.report().fuzzy() > 0);
        orphans.collect(bound.report().orphaned() > 0);

        // What was bound saves to a file that reads back as the same document.
        DocumentSnapshot rebound = DocumentSnapshot.of(doc);
        byte[] bytes = AnnotationFileWriter.toBytes(rebound);
        DocumentSnapshot reread = DocumentSnapshot.of(
                DocumentBinder.bind(FILE, AnnotationFileReader.parse(FILE, bytes), now).document());
        assertThat(reread.annotations()).isEqualTo(rebound.annotations());
        assertThat(reread.orphans()).isEqualTo(rebound.orphans());
    }
}
