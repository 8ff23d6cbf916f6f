package org.attrib.ui.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.attrib.core.batch.DocumentFinder;
import org.attrib.core.batch.DocumentRef;
import org.attrib.core.corpus.DocumentSummary;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.ui.document.DocumentViewModel;

/**
 * The document list of an open folder: every article in it (recursively) with its counts and
 * status, how much of the folder is done, and the next and previous article. Listing runs in the
 * background and arrives in batches, so that a folder of thousands does not freeze the window.
 */
public final class CorpusViewModel {

    private static final int BATCH = 200;

    private final Executor background;
    private final Executor fxThread;
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    // One read-only view: listeners on a throwaway wrapper would be dropped at the next collection.
    private final ObservableList<DocumentSummary> documentsView = FXCollections.unmodifiableObservableList(documents);
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyObjectWrapper<Path> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final DoubleBinding doneFraction;
    private long generation;

    public CorpusViewModel(Executor background, Executor fxThread) {
        this.background = background;
        this.fxThread = fxThread;
        doneFraction = Bindings.createDoubleBinding(() -> documents.isEmpty() ? 0
                : documents.stream().filter(d -> d.status() == DocumentStatus.DONE).count() / (double) documents.size(), documents);
    }

    public ObservableList<DocumentSummary> documents() {
        return documentsView;
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** The article open in the window. */
    public ReadOnlyObjectProperty<Path> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Share of the folder's articles marked done, 0 to 1. */
    public DoubleBinding doneFractionProperty() {
        return doneFraction;
    }

    /**
     * Lists a folder's articles in the background; {@code onFirst} gets the first article (or
     * null) as soon as it is known, on the JavaFX thread.
     */
    public void load(Path dir, Consumer<Path> onFirst) {
        long mine = ++generation;
        folder.set(dir);
        documents.clear();
        loading.set(true);
        background.execute(() -> {
            DocumentFinder.Found found = DocumentFinder.find(List.of(dir));
            List<DocumentRef> refs = found.documents();
            Path first = refs.isEmpty() ? null : refs.get(0).source();
            fxThread.execute(() -> {
                if (mine == generation) {
                    onFirst.accept(first);
                }
            });
            List<DocumentSummary> batch = new ArrayList<>();
            for (DocumentRef ref : refs) {
                batch.add(DocumentSummary.of(ref));
                if (batch.size() == BATCH) {
                    publish(mine, batch, false);
                    batch = new ArrayList<>();
                }
            }
            publish(mine, batch, true);
        });
    }

    private void publish(long mine, List<DocumentSummary> batch, boolean last) {
        fxThread.execute(() -> {
            if (mine != generation) {
                return;
            }
            documents.addAll(batch);
            if (last) {
                loading.set(false);
            }
        });
    }

    /** Keeps the open document's row up to date as the analyst annotates it. */
    public void follow(DocumentViewModel vm) {
        current.set(vm.sourcePath());
        Runnable update = () -> update(vm);
        for (AnnotationType t : AnnotationType.values()) {
            vm.countProperty(t).addListener((o, b, a) -> update.run());
        }
        vm.pendingCountProperty().addListener((o, b, a) -> update.run());
        vm.doneProperty().addListener((o, b, a) -> update.run());
    }

    private void update(DocumentViewModel vm) {
        for (int i = 0; i < documents.size(); i++) {
            DocumentSummary d = documents.get(i);
            if (d.source().equals(vm.sourcePath())) {
                int q = vm.countProperty(AnnotationType.QUOTE).get();
                int c = vm.countProperty(AnnotationType.CLAIM).get();
                int s = vm.countProperty(AnnotationType.SPEAKER).get();
                DocumentStatus st = vm.doneProperty().get() ? DocumentStatus.DONE
                        : q + c + s == 0 ? DocumentStatus.NOT_STARTED : DocumentStatus.IN_PROGRESS;
                documents.set(i, d.withCounts(q, c, s, vm.pendingCountProperty().get(), st));
                return;
            }
        }
    }

    /** The article after (or before) the current one, if the folder has one. */
    public Optional<Path> neighbour(boolean next) {
        Path now = current.get();
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).source().equals(now)) {
                int j = next ? i + 1 : i - 1;
                return j >= 0 && j < documents.size() ? Optional.of(documents.get(j).source()) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
