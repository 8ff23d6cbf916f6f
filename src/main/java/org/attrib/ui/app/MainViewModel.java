package org.attrib.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.text.SourceTextException;
import org.attrib.ui.article.AnnotationHighlights;
import org.attrib.ui.article.DisplayText;
import org.attrib.ui.article.HighlightStyler;
import org.attrib.ui.article.HighlightsViewModel;
import org.attrib.ui.article.NavigationViewModel;
import org.attrib.ui.article.StyledArticle;
import org.attrib.ui.corpus.CorpusSpeakersViewModel;
import org.attrib.ui.corpus.CorpusViewModel;
import org.attrib.ui.details.DetailsViewModel;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.exporting.ExportViewModel;
import org.attrib.ui.find.FindViewModel;
import org.attrib.ui.importing.ImportViewModel;
import org.attrib.ui.orphans.OrphansViewModel;
import org.attrib.ui.speakers.SpeakersViewModel;
import org.attrib.ui.suggest.SuggestViewModel;
import org.attrib.ui.tagging.TaggingViewModel;
import org.attrib.ui.work.BackgroundWork;

/**
 * The window's state above any one document: which document is open (with the view-models of
 * its panels), the folder it belongs to, whether one is loading, what went wrong opening one,
 * and the analyst's preferences. Opening reads files and computes the first highlights in the
 * background; the result arrives on the JavaFX thread.
 */
public final class MainViewModel {

    /**
     * A document ready to show: its view-model and those of the features working on it, and its
     * text with its highlights (null when empty).
     */
    public record Loaded(DocumentViewModel document, HighlightsViewModel highlights, TaggingViewModel tagging,
            NavigationViewModel navigation, SuggestViewModel suggest, SpeakersViewModel speakers, DetailsViewModel details,
            FindViewModel find, OrphansViewModel orphans, StyledArticle styled, int caret) {
    }

    /** An article whose annotation file could not be read: the analyst chooses what to do. */
    public record BadAnnotationFile(Path source, String problem) {
    }

    private final Executor background;
    private final Executor fxThread;
    private final BackgroundWork work;
    // The article being opened: opening another drops it, so an older file never replaces a newer one.
    private BackgroundWork.Handle opening = new BackgroundWork.Handle();
    private final AppPreferences preferences;
    private final CorpusViewModel corpus;
    private final ExportViewModel exporting;
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyObjectWrapper<BadAnnotationFile> badFile = new ReadOnlyObjectWrapper<>(this, "badFile");
    private final ReadOnlyObjectWrapper<String> openError = new ReadOnlyObjectWrapper<>(this, "openError");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty snapToWords = new SimpleBooleanProperty(this, "snapToWords");
    private final DoubleProperty confidentFrom = new SimpleDoubleProperty(this, "confidentFrom");
    private final BooleanProperty suggestOnOpen = new SimpleBooleanProperty(this, "suggestOnOpen");
    private final BooleanProperty csvBom = new SimpleBooleanProperty(this, "csvBom");
    private final BooleanProperty speakerLabels = new SimpleBooleanProperty(this, "speakerLabels");
    private final ObjectProperty<Duration> autosaveDelay = new SimpleObjectProperty<>(this, "autosaveDelay");
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    // One read-only view: listeners on a throwaway wrapper would be dropped at the next collection.
    private final ObservableList<String> recentView = FXCollections.unmodifiableObservableList(recent);
    /** Counts the annotations shown at the request of another window (to keep that window off them). */
    private final ReadOnlyIntegerWrapper shownForOthers =
            new ReadOnlyIntegerWrapper(this, "shownForOthers");
    /** An annotation to select once the article being opened is shown. */
    private String selectAfterOpen;

    public MainViewModel(Executor background, Executor fxThread, AppPreferences preferences) {
        this.background = background;
        this.fxThread = fxThread;
        this.work = new BackgroundWork(background, fxThread);
        this.preferences = preferences;
        this.corpus = new CorpusViewModel(background, fxThread);
        this.exporting = new ExportViewModel(work);
        exporting.runningProperty().addListener((o, b, on) -> busy.set(on));
        exporting.saidProperty().addListener((o, b, said) -> message.set(said));
        snapToWords.set(preferences.snapToWords());
        confidentFrom.set(preferences.confidentFrom());
        confidentFrom.addListener((o, b, v) -> {
            preferences.setConfidentFrom(v.doubleValue());
            if (document() != null) {
                document().confidentFromProperty().set(v.doubleValue());
            }
        });
        suggestOnOpen.set(preferences.suggestOnOpen());
        csvBom.set(preferences.csvBom());
        speakerLabels.set(preferences.speakerLabels());
        autosaveDelay.set(preferences.autosaveDelay());
        recent.setAll(preferences.recent());
        snapToWords.addListener((o, b, v) -> {
            preferences.setSnapToWords(v);
            if (document() != null) {
                document().snapToWordsProperty().set(v);
            }
        });
        suggestOnOpen.addListener((o, b, v) -> preferences.setSuggestOnOpen(v));
        csvBom.addListener((o, b, v) -> preferences.setCsvBom(v));
        speakerLabels.addListener((o, b, v) -> preferences.setSpeakerLabels(v));
        autosaveDelay.addListener((o, b, v) -> {
            preferences.setAutosaveDelay(v);
            if (document() != null) {
                document().saving().setAutosaveDelay(v);
            }
        });
    }

    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Loaded current() {
        return loaded.get();
    }

    public DocumentViewModel document() {
        Loaded l = loaded.get();
        return l == null ? null : l.document();
    }

    public CorpusViewModel corpus() {
        return corpus;
    }

    /** Set when an annotation file is unreadable; the window asks the analyst what to do. */
    public ReadOnlyObjectProperty<BadAnnotationFile> badFileProperty() {
        return badFile.getReadOnlyProperty();
    }

    /** Set when an article cannot be opened at all, with a message naming the file and problem. */
    public ReadOnlyObjectProperty<String> openErrorProperty() {
        return openError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty snapToWordsProperty() {
        return snapToWords;
    }

    /** From which confidence a suggestion counts as sure (Suggest menu, remembered). */
    public DoubleProperty confidentFromProperty() {
        return confidentFrom;
    }

    public BooleanProperty suggestOnOpenProperty() {
        return suggestOnOpen;
    }

    /** Whether CSV exports start with a UTF-8 byte order mark (for Excel), as {@code attrib export --bom}. */
    public BooleanProperty csvBomProperty() {
        return csvBom;
    }

    /** Whether attributed quotes and claims show their speaker's name in the article (View menu, remembered). */
    public BooleanProperty speakerLabelsProperty() {
        return speakerLabels;
    }

    /** Where the window was left: {x, y, width, height}, or null before the first run. */
    public double[] savedWindowBounds() {
        return preferences.windowBounds();
    }

    public boolean savedWindowMaximized() {
        return preferences.windowMaximized();
    }

    /** Divider positions of a split pane of the window, or null when never moved. */
    public double[] savedDividers(String split) {
        return preferences.dividers(split);
    }

    /** Remembers where the window and its dividers are, for the next start. */
    public void saveWindow(double[] bounds, boolean maximized, Map<String, double[]> dividers) {
        if (bounds != null) {
            preferences.setWindowBounds(bounds);
        }
        preferences.setWindowMaximized(maximized);
        dividers.forEach(preferences::setDividers);
        preferences.flush();
    }

    /** Autosave delay; zero turns it off. */
    public ObjectProperty<Duration> autosaveDelayProperty() {
        return autosaveDelay;
    }

    /** Recently opened articles and folders, newest first. */
    public ObservableList<String> recent() {
        return recentView;
    }

    /** Opens an article, or a folder (its document list, then its first article). */
    public void open(Path path) {
        if (Files.isDirectory(path)) {
            openFolder(path);
        } else {
            load(path, Mode.NORMAL);
        }
    }

    /** Opens a folder: its articles are listed (in the background) and the first one opened. */
    public void openFolder(Path folder) {
        remember(folder);
        corpus.load(folder, first -> {
            if (first != null) {
                load(first, Mode.NORMAL);
            } else {
                message.set("No .txt articles in " + folder + ".");
            }
        });
    }

    /**
     * Opens an article with one of its annotations selected (from the corpus speakers view); when
     * it is already open, just selects it.
     */
    public void openAnnotation(Path source, String annotationId) {
        DocumentViewModel d = document();
        if (d != null && d.sourcePath().toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize())) {
            d.selectById(annotationId);
            shownForOthers.set(shownForOthers.get() + 1);
            return;
        }
        if (d != null && d.history().dirtyProperty().get() && !d.isReadOnly()) {
            d.saving().save();
        }
        selectAfterOpen = annotationId;
        load(source, Mode.NORMAL);
    }

    /**
     * Where file choosers open: the open article's folder, else the open folder, else the folder
     * of the most recent file; never the toolkit's "Recent" list, which hides the corpus.
     */
    public Optional<Path> workingFolder() {
        DocumentViewModel d = document();
        Path candidate = d != null ? d.sourcePath().toAbsolutePath().getParent() : corpus.folderProperty().get();
        if (candidate == null && !recent.isEmpty()) {
            Path last = Path.of(recent.get(0));
            candidate = Files.isDirectory(last) ? last : last.toAbsolutePath().getParent();
        }
        return candidate != null && Files.isDirectory(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** Goes up each time an annotation is selected at another window's request ({@link #openAnnotation}). */
    public ReadOnlyIntegerProperty shownForOthersProperty() {
        return shownForOthers.getReadOnlyProperty();
    }

    /** The corpus speakers view of the open folder (null when no folder is open). */
    public CorpusSpeakersViewModel corpusSpeakers() {
        Path folder = corpus.folderProperty().get();
        return folder == null ? null
                : new CorpusSpeakersViewModel(folder, background, fxThread, this::openAnnotation);
    }

    /** A File > Import… form, importing in the background. */
    public ImportViewModel importing() {
        return new ImportViewModel(background, fxThread);
    }

    /** Opens an article read-only, leaving its unreadable annotation file alone. */
    public void openReadOnly(Path source) {
        load(source, Mode.READ_ONLY);
    }

    /** Moves the unreadable annotation file aside to a named copy and opens the article afresh. */
    public void startAfresh(Path source) {
        load(source, Mode.AFRESH);
    }

    /** Remembers where the caret is in the current document, for the next time it opens. */
    public void rememberPosition(int charOffset) {
        DocumentViewModel d = document();
        if (d != null) {
            preferences.setLastPosition(d.sourcePath().toAbsolutePath().toString(), d.codePointOf(charOffset));
        }
    }

    /** Closes the current document (stops its autosaver) and saves the preferences. */
    public void closeDocument() {
        DocumentViewModel d = document();
        if (d != null) {
            d.saving().close();
        }
        preferences.flush();
    }

    /**
     * Exports articles or a folder into {@code outDir} in the background, with the same use case
     * the command line runs ({@code attrib export}), so that both give the same files.
     */
    public void export(String format, List<Path> inputs, Path outDir) {
        exporting.export(format, inputs, outDir, csvBom.get());
    }

    private enum Mode { NORMAL, READ_ONLY, AFRESH }

    /** An article read and its first styling built, in the background, ready to show. */
    private record Opening(DocumentFiles.Opened opened, boolean readOnly, StyledArticle styled, int caret, String summary) {
    }

    private void load(Path source, Mode mode) {
        busy.set(true);
        badFile.set(null);
        openError.set(null);
        message.set("Opening " + source.getFileName() + "…");
        int lastCodePoint = preferences.lastPosition(source.toAbsolutePath().toString());
        opening.cancel();
        double sureFrom = confidentFrom.get();
        opening = work.run(() -> read(source, mode, lastCodePoint, sureFrom), this::show, e -> {
            busy.set(false);
            if (e instanceof AnnotationFileException bad) {
                badFile.set(new BadAnnotationFile(source, bad.getMessage()));
            } else if (e instanceof SourceTextException bad) {
                fail("Cannot open " + bad.file() + ": " + bad.problem() + ".");
            } else {
                fail("Cannot open " + source + ": " + e.getMessage());
            }
        });
    }

    /** Reads the article and its annotations and styles the whole text once (grows with the document). */
    private static Opening read(Path source, Mode mode, int lastCodePoint, double confidentFrom) throws IOException, SourceTextException, AnnotationFileException {
        DocumentFiles.Opened opened;
        String note = "";
        if (mode == Mode.NORMAL) {
            opened = DocumentFiles.open(source);
        } else if (mode == Mode.READ_ONLY) {
            opened = DocumentFiles.openWithoutAnnotations(source);
        } else {
            Path aside = DocumentFiles.moveAside(AnnotationFormat.annotationFileFor(source));
            note = " The unreadable annotation file was kept as " + aside.getFileName() + ".";
            opened = DocumentFiles.open(source);
        }
        var doc = opened.document();
        String text = doc.source().text();
        StyledArticle styled = text.isEmpty() ? null
                : StyledArticle.of(DisplayText.of(text), HighlightStyler.spans(AnnotationHighlights.of(doc, null, null, confidentFrom, 0, text.length()), 0, text.length()));
        int caret = doc.source().toChar(Math.min(Math.max(0, lastCodePoint), doc.source().length()));
        return new Opening(opened, mode == Mode.READ_ONLY, styled, caret, summary(opened) + note);
    }

    /** Builds the document's view-models on the JavaFX thread and shows it. */
    private void show(Opening o) {
        closeDocument();
        DocumentViewModel vm = new DocumentViewModel(o.opened(), o.readOnly(), autosaveDelay.get(), background, fxThread);
        vm.snapToWordsProperty().set(snapToWords.get());
        vm.confidentFromProperty().set(confidentFrom.get());
        HighlightsViewModel highlights = new HighlightsViewModel(vm);
        TaggingViewModel tagging = new TaggingViewModel(vm);
        NavigationViewModel navigation = new NavigationViewModel(vm);
        SuggestViewModel suggest = new SuggestViewModel(vm, navigation);
        Loaded l = new Loaded(vm, highlights, tagging, navigation, suggest, new SpeakersViewModel(vm, highlights),
                new DetailsViewModel(vm, tagging), new FindViewModel(vm, highlights), new OrphansViewModel(vm), o.styled(), o.caret());
        busy.set(false);
        remember(vm.sourcePath());
        corpus.follow(vm);
        loaded.set(l);
        vm.messageProperty().set(o.summary());
        if (selectAfterOpen != null) {
            vm.selectById(selectAfterOpen);
            selectAfterOpen = null;
            shownForOthers.set(shownForOthers.get() + 1);
        }
        if (suggestOnOpen.get() && !vm.isReadOnly()) {
            suggest.suggest();
        }
    }

    private void remember(Path p) {
        preferences.addRecent(p.toAbsolutePath().toString());
        recent.setAll(preferences.recent());
    }

    private void fail(String text) {
        openError.set(text);
        message.set(text);
    }

    private static String summary(DocumentFiles.Opened opened) {
        int n = opened.document().size();
        String base = "Opened " + opened.source().getFileName() + (n == 0 ? "." : " with " + n + " annotation" + (n == 1 ? "" : "s") + ".");
        var r = opened.report();
        if (!r.sourceChanged()) {
            return base;
        }
        return base + " " + r.describe() + " Nothing is written until you save.";
    }
}
