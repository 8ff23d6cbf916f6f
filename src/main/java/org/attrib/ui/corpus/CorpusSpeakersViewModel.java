package org.attrib.ui.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.attrib.core.corpus.CorpusDocuments;
import org.attrib.core.corpus.CorpusIdentity;
import org.attrib.core.corpus.CorpusIdentityException;
import org.attrib.core.corpus.CorpusIdentityFile;
import org.attrib.core.corpus.CorpusSpeaker;
import org.attrib.core.corpus.CorpusSpeakers;
import org.attrib.core.corpus.DocumentEntity;
import org.attrib.core.corpus.Statement;
import org.attrib.core.io.FileStamp;
import org.attrib.ui.work.BackgroundWork;

/**
 * Who said what across a folder: every speaker over all its articles (one row per person or
 * organisation, matched by name and aliases), with every quote and claim, each opening its
 * article at the span. The analyst's merges, splits and renames are stored in the folder's
 * {@code attrib-corpus.json}, so that they survive. Reading and writing run in the background.
 */
public final class CorpusSpeakersViewModel {

    private final Path folder;
    private final BackgroundWork work;
    private final BiConsumer<Path, String> openAnnotation;
    private final ObservableList<CorpusSpeaker> speakers = FXCollections.observableArrayList();
    // One read-only view: listeners on a throwaway wrapper would be dropped at the next collection.
    private final ObservableList<CorpusSpeaker> speakersView = FXCollections.unmodifiableObservableList(speakers);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Reading the folder…");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private CorpusDocuments documents;
    private CorpusSpeakers built;
    private FileStamp stamp = FileStamp.ABSENT;

    /**
     * @param openAnnotation opens an article (its .txt) with one of its annotations (by id) selected
     */
    public CorpusSpeakersViewModel(Path folder, Executor background, Executor fxThread, BiConsumer<Path, String> openAnnotation) {
        this.folder = folder;
        this.work = new BackgroundWork(background, fxThread);
        this.openAnnotation = openAnnotation;
    }

    public Path folder() {
        return folder;
    }

    public ObservableList<CorpusSpeaker> speakers() {
        return speakersView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True when the folder's identity file cannot be read: decisions are shown but not stored. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Reads every article's speakers and the stored decisions, and builds the rows. */
    public void load() {
        work.run(() -> read(folder), r -> {
            documents = r.documents();
            stamp = r.stamp();
            readOnly.set(!r.problem().isEmpty());
            show(r.speakers(), r.problem().isEmpty() ? "" : " The folder's " + CorpusIdentityFile.FILE_NAME
                    + " cannot be read, so merges are not stored: " + r.problem());
        }, e -> summary.set("Cannot read the folder's speakers: " + e.getMessage()));
    }

    /** The folder's articles and stored decisions, as read in the background. */
    private record Read(CorpusDocuments documents, FileStamp stamp, String problem, CorpusSpeakers speakers) {
    }

    private static Read read(Path folder) {
        CorpusDocuments docs = CorpusDocuments.read(folder);
        try {
            CorpusIdentityFile.Loaded loaded = CorpusIdentityFile.read(folder);
            return new Read(docs, loaded.stamp(), "", CorpusSpeakers.build(docs, loaded.identity()));
        } catch (CorpusIdentityException e) {
            return new Read(docs, FileStamp.ABSENT, e.getMessage(), CorpusSpeakers.build(docs, CorpusIdentity.EMPTY));
        }
    }

    private void show(CorpusSpeakers result, String note) {
        built = result;
        speakers.setAll(result.speakers());
        int statements = result.statements();
        summary.set(result.speakers().size() + " speakers, " + statements + " quotes and claims in "
                + documents.documents().size() + " articles." + (documents.problems().isEmpty() ? ""
                        : " " + documents.problems().size() + " article(s) could not be read.") + note);
    }

    /** Merges rows into one speaker (stored). */
    public void merge(List<CorpusSpeaker> rows) {
        if (rows.size() < 2) {
            summary.set("Select two or more speakers to merge.");
            return;
        }
        decide(built.identity().merge(rows), "Merged " + rows.size() + " speakers.");
    }

    /** Splits one article's entity off a row into a speaker of its own (stored). */
    public void split(CorpusSpeaker row, DocumentEntity member) {
        if (row.members().size() < 2) {
            summary.set("This speaker is one article's entity; there is nothing to split.");
            return;
        }
        decide(built.identity().split(row, member.ref()), "Split " + member.name() + " (" + member.ref().document() + ") off.");
    }

    public void rename(CorpusSpeaker row, String name) {
        decide(built.identity().rename(row, name), "Renamed to " + name + ".");
    }

    private void decide(CorpusIdentity next, String done) {
        CorpusSpeakers result = CorpusSpeakers.build(documents, next);
        show(result, "");
        if (readOnly.get()) {
            summary.set(done + " Not stored: the folder's " + CorpusIdentityFile.FILE_NAME + " cannot be read.");
            return;
        }
        FileStamp expected = stamp;
        work.run(() -> CorpusIdentityFile.save(folder, next, expected), written -> {
            stamp = written;
            summary.set(done + " Stored in " + CorpusIdentityFile.FILE_NAME + ".");
        }, e -> summary.set(done + " Could not store it: " + e.getMessage()));
    }

    /** Opens the article of a quote or claim with it selected. */
    public void open(Statement s) {
        openAnnotation.accept(s.source(), s.annotationId());
    }
}
