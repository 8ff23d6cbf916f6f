package org.attrib.ui.compare;

import org.attrib.ui.article.AnnotationHighlights;
import org.attrib.ui.document.DocumentViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.attrib.core.compare.AnnotationSet;
import org.attrib.core.compare.Comparison;
import org.attrib.core.compare.Differences;
import org.attrib.core.compare.Differences.Difference;
import org.attrib.core.compare.EntityAlignment;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.core.text.SourceText;
import org.attrib.ui.article.Highlight;
import org.attrib.ui.article.HighlightStyler;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The compare view: the open document (A, this analyst's) beside another analyst's file of the
 * same article (B), their differences listed and marked in both texts. Taking B's side of a
 * difference changes A through an undoable edit (A is the merged file, autosaved as usual); taking
 * A's side keeps A and sets the difference aside. A merged copy can also be saved elsewhere.
 */
public final class CompareViewModel {

    /** A difference as the table shows it. */
    public record Row(Difference difference, String aText, String aSpeaker, String bText, String bSpeaker) {
        public String kind() {
            return difference.kind().label();
        }

        public String type() {
            return difference.type().label();
        }
    }

    private final DocumentViewModel a;
    private final Path bFile;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    // One read-only view: listeners on a throwaway wrapper would be dropped at the next collection.
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Reading the other file…");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final Set<String> keptA = new HashSet<>();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private DocumentSnapshot b;

    public CompareViewModel(DocumentViewModel a, Path bFile) {
        this.a = a;
        this.bFile = bFile;
    }

    /** Reads B in the background; the rows and texts are ready on the JavaFX thread. */
    public void load() {
        SourceText text = a.source();
        a.work().run(() -> DocumentFiles.readTheirs(bFile, text), theirs -> {
            b = theirs.snapshot();
            ready.set(true);
            recompute();
        }, e -> summary.set("Cannot compare: " + e.getMessage()));
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public String text() {
        return a.text();
    }

    public Path bFile() {
        return bFile;
    }

    public Path aFile() {
        return a.annotationFile();
    }

    /** Told after every change of the differences (to restyle both texts). */
    public void addChangeListener(Runnable r) {
        changeListeners.add(r);
    }

    private AnnotationSet sideA() {
        return AnnotationSet.of(a.document(), true);
    }

    private AnnotationSet sideB() {
        return new AnnotationSet(b.source(), b.annotations(), b.entities());
    }

    private void recompute() {
        AnnotationSet sa = sideA();
        AnnotationSet sb = sideB();
        List<Row> out = new ArrayList<>();
        for (Difference d : Differences.between(sa, sb)) {
            if (!keptA.contains(key(d))) {
                out.add(new Row(d, d.a() == null ? "" : flat(a.textOf(d.a())), name(d.a(), sa.entities()),
                        d.b() == null ? "" : flat(a.source().slice(d.b().start(), d.b().end())), name(d.b(), sb.entities())));
            }
        }
        rows.setAll(out);
        Comparison c = Comparison.of(sa, sb);
        summary.set(out.size() + " difference" + (out.size() == 1 ? "" : "s") + " to settle · " + describe(c));
        changeListeners.forEach(Runnable::run);
    }

    /** Span agreement per type (F1 with overlapping matching) and attribution agreement. */
    private static String describe(Comparison c) {
        StringBuilder s = new StringBuilder("agreement (overlap F1):");
        for (org.attrib.core.compare.Category cat : List.of(org.attrib.core.compare.Category.QUOTE,
                org.attrib.core.compare.Category.CLAIM, org.attrib.core.compare.Category.SPEAKER)) {
            s.append(' ').append(cat.label()).append(' ').append(String.format(java.util.Locale.ROOT, "%.2f",
                    c.overlap().get(cat).f1()));
        }
        var attr = c.attribution().get(org.attrib.core.compare.Category.QUOTE);
        s.append(" · same speaker for ").append(attr.right()).append(" of ").append(attr.eitherAttributedMatched())
                .append(" matched quotes");
        return s.toString();
    }

    private static String key(Difference d) {
        return d.kind() + "|" + (d.a() == null ? "" : d.a().id() + d.a().start() + ":" + d.a().end())
                + "|" + (d.b() == null ? "" : d.b().id());
    }

    private static String name(Annotation x, List<Entity> entities) {
        return x == null ? "" : Differences.speakerName(x, entities).orElse("");
    }

    private static String flat(String s) {
        String f = s.replaceAll("\\s+", " ");
        return f.length() <= 80 ? f : f.substring(0, 77) + "…";
    }

    /** Keeps A's side of a difference. */
    public void takeA(Row row) {
        keptA.add(key(row.difference()));
        recompute();
    }

    /** Makes A like B for this difference (undoable in the main window). */
    public void takeB(Row row) {
        Difference d = row.difference();
        String speaker = d.b() == null ? null : speakerNameInA(d.b());
        if (d.kind() == Differences.Kind.ONLY_B) {
            a.execute(a.editor().adopt(d.b(), speaker).edit());
        } else if (d.kind() == Differences.Kind.ONLY_A) {
            a.execute(a.editor().delete(d.a()));
        } else {
            a.execute(a.editor().conform(d.a(), d.b(), speaker));
        }
        recompute();
    }

    /** Takes B's side of every difference still listed. */
    public void takeAllB() {
        for (int guard = rows.size(); guard > 0 && !rows.isEmpty(); guard--) {
            takeB(rows.get(0));
        }
    }

    /** The name under which B's speaker of {@code x} is known in A (through the entity alignment), or B's name. */
    private String speakerNameInA(Annotation x) {
        Optional<String> bName = Differences.speakerName(x, b.entities());
        if (bName.isEmpty()) {
            return null;
        }
        String bId = x.type() == org.attrib.core.model.AnnotationType.SPEAKER ? x.entityId() : x.speakerId();
        EntityAlignment alignment = EntityAlignment.align(sideA(), sideB());
        return alignment.toA(bId).flatMap(id -> a.document().entity(id)).map(Entity::name).orElse(bName.get());
    }

    /** Saves a copy of the merged annotations (A as it is now) to another file. */
    public void saveMergedCopy(Path file) {
        a.saving().saveCopyTo(file);
    }

    /** Style spans of side A (the document) for chars [from, to), differences marked. */
    public StyleSpans<Collection<String>> spansA(int from, int to) {
        return spans(a.document().annotations(), true, from, to);
    }

    /** Style spans of side B for chars [from, to), differences marked. */
    public StyleSpans<Collection<String>> spansB(int from, int to) {
        return spans(b == null ? List.of() : b.annotations(), false, from, to);
    }

    private StyleSpans<Collection<String>> spans(List<Annotation> annotations, boolean sideA, int from, int to) {
        Set<String> differing = new HashSet<>();
        for (Row r : rows) {
            Annotation x = sideA ? r.difference().a() : r.difference().b();
            if (x != null) {
                differing.add(x.id());
            }
        }
        SourceText t = a.source();
        List<Highlight> hs = new ArrayList<>();
        for (Annotation x : annotations) {
            int s = t.toChar(x.start());
            int e = t.toChar(x.end());
            if (e > from && s < to) {
                hs.add(new Highlight(s, e, AnnotationHighlights.styleClass(x)));
                if (differing.contains(x.id())) {
                    hs.add(new Highlight(s, e, "differs"));
                }
            }
        }
        return HighlightStyler.spans(hs, from, to);
    }

    /** The UTF-16 range of a difference (both sides' spans together), for scrolling to it. */
    public int[] charRange(Row row) {
        Difference d = row.difference();
        int s = Math.min(d.a() == null ? Integer.MAX_VALUE : d.a().start(), d.b() == null ? Integer.MAX_VALUE : d.b().start());
        int e = Math.max(d.a() == null ? 0 : d.a().end(), d.b() == null ? 0 : d.b().end());
        return new int[] {a.source().toChar(s), a.source().toChar(e)};
    }

    /** The folder of the analyst's file, where the merged copy is offered to go. */
    public java.util.Optional<java.nio.file.Path> folder() {
        java.nio.file.Path folder = aFile().toAbsolutePath().getParent();
        return folder != null && java.nio.file.Files.isDirectory(folder) ? java.util.Optional.of(folder) : java.util.Optional.empty();
    }
}
