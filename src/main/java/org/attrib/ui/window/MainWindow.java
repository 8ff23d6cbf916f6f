package org.attrib.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.attrib.ui.article.NavigationViewModel;
import org.attrib.core.corpus.DocumentSummary;
import org.attrib.core.model.AnnotationType;
import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.article.ArticleView;
import org.attrib.ui.compare.CompareWindow;
import org.attrib.ui.corpus.CorpusSpeakersWindow;
import org.attrib.ui.corpus.DocumentsPanel;
import org.attrib.ui.details.DetailsPane;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.document.SaveState;
import org.attrib.ui.find.FindBar;
import org.attrib.ui.orphans.OrphansPanel;
import org.attrib.ui.speakers.SpeakersPanel;
import org.attrib.ui.table.AnnotationTable;

/**
 * The Attrib window: menus and toolbar on top; the folder's documents on the left (when a folder
 * is open); the article in the middle with its find bar; annotations, speakers and orphans on the
 * right above the selected annotation's details; the status bar below. It holds views only;
 * state and actions belong to the view-models.
 */
public final class MainWindow {

    private final Stage stage;
    private final MainViewModel main;
    private final ArticleView article = new ArticleView();
    private final AnnotationTable table = new AnnotationTable();
    private final SpeakersPanel speakers = new SpeakersPanel();
    private final DetailsPane details = new DetailsPane();
    private final OrphansPanel orphans = new OrphansPanel(article);
    private final FindBar find = new FindBar(article);
    private final DocumentsPanel documents;
    private final StatusLine status;
    private final ComboBox<NavigationViewModel.NavigationFilter> navigation = new ComboBox<>();
    private final TabPane side = new TabPane();
    private final Tab annotationsTab = new Tab("Annotations");
    private final Tab speakersTab = new Tab("Speakers");
    private final Tab orphansTab = new Tab("Orphans");
    private final SplitPane center = new SplitPane();
    private final SplitPane right = new SplitPane();
    private final BorderPane root = new BorderPane();
    private final WindowDialogs dialogs;
    private final SaveFlow saveFlow;
    private final WindowGeometry geometry;
    private final FileActions files;
    private final WindowCommands windowCommands;
    private final Commands commands;
    private boolean closeConfirmed;
    private final OwnedWindows owned;

    public MainWindow(Stage stage, MainViewModel main) {
        this.stage = stage;
        this.main = main;
        this.dialogs = new WindowDialogs(stage);
        this.saveFlow = new SaveFlow(stage, main, dialogs);
        this.geometry = new WindowGeometry(stage, main, center, right);
        this.files = new FileActions(stage, main, this);
        this.documents = new DocumentsPanel(this::openAfterAsking);
        this.windowCommands = WindowCommands.declare(this, main);
        this.commands = windowCommands.commands();
        this.status = new StatusLine(main);
        this.owned = new OwnedWindows(stage, main, article);
        build();
        main.loadedProperty().addListener((obs, before, after) -> {
            if (after != null) {
                show(after);
            }
        });
        main.badFileProperty().addListener((obs, before, bad) -> {
            if (bad != null) {
                dialogs.askAboutBadFile(bad, main);
            }
        });
        main.openErrorProperty().addListener((obs, before, error) -> {
            if (error != null) {
                dialogs.error("Cannot open the article", error);
            }
        });
        documents.show(main.corpus());
        main.corpus().folderProperty().addListener((o, b, folder) -> showDocuments(folder != null));
    }

    // ---- layout

    private void build() {
        root.setId("main");
        root.setTop(new VBox(windowCommands.menuBar(), WindowBars.toolBar(commands, navigation, this)));
        article.setSpeakerLabels(main.speakerLabelsProperty().get());
        main.speakerLabelsProperty().addListener((o, b, on) -> article.setSpeakerLabels(on));

        annotationsTab.setContent(table.node());
        speakersTab.setContent(speakers.node());
        orphansTab.setContent(orphans.node());
        side.getTabs().addAll(annotationsTab, speakersTab, orphansTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        center.setId("center-split");
        right.setId("side-split");
        right.getItems().addAll(side, details.node());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(geometry.dividers("right", 0.68));
        side.setMinWidth(260);
        side.setMinHeight(160);
        BorderPane articlePane = new BorderPane(article.node());
        articlePane.setTop(find.node());
        center.getItems().addAll(articlePane, right);
        center.setDividerPositions(geometry.dividers("center.2", 0.62));
        articlePane.setMinWidth(320);
        SplitPane.setResizableWithParent(right, false);
        root.setCenter(center);

        root.setBottom(status.node());
        status.setOnResolve(saveFlow::resolve);

        article.setContextMenu(WindowBars.contextMenu(commands));
        details.setAfterPick(article::focus);
        // Remembered for the next time this article opens (registered once: the area outlives documents).
        article.area().caretPositionProperty().addListener((obs, b, caret) -> main.rememberPosition(caret));

        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/attrib/ui/attrib.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        files.acceptDrops(scene);
        stage.setScene(scene);
        // The article has the keyboard from the start: left to the scene, the first field in the
        // window (the speaker picker) would, and the first keys would go there.
        article.focus();
        stage.setTitle("Attrib");
        stage.setOnCloseRequest(this::onCloseRequest);
        geometry.placeOn(Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                Screen.getPrimary().getVisualBounds());
        for (var p : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            p.addListener((o, b, v) -> geometry.rememberNormalBounds());
        }
        stage.setOnHiding(e -> geometry.save());
        // Again once shown at its size: set before, the positions are of the scene's first
        // size, and the panes that keep their width on a resize move them.
        stage.setOnShown(e -> Platform.runLater(geometry::restoreDividers));
        stage.focusedProperty().addListener((o, b, focused) -> {
            if (focused) {
                ifDocument(d -> d.saving().checkDisk(() -> Platform.runLater(() -> dialogs.askAboutChangedFile(d, saveFlow::saveCopy))));
            }
        });
    }

    private void showDocuments(boolean show) {
        Node panel = documents.node();
        if (show && !center.getItems().contains(panel)) {
            center.getItems().add(0, panel);
            center.setDividerPositions(geometry.dividers("center.3", 0.18, 0.68));
            ((javafx.scene.layout.Region) panel).setMinWidth(160);
        } else if (!show) {
            center.getItems().remove(panel);
        }
    }

    void showTab(Tab tab, Node focus) {
        side.getSelectionModel().select(tab);
        focus.requestFocus();
    }

    void focusSpeakerPicker() {
        details.speakerPicker().node().requestFocus();
    }

    // ---- keys

    /**
     * The keyboard: the commands' keys (see {@link WindowCommands}), looked at before the focused
     * control, so that the text area's own bindings (its undo, for one) never shadow Attrib's.
     */
    private void onKey(KeyEvent e) {
        if (commands.dispatch(e, stage.getScene().getFocusOwner(), article.area())) {
            e.consume();
        }
    }

    void typeKey(AnnotationType type, boolean exact) {
        ifLoaded(l -> {
            int[] sel = article.selection();
            l.tagging().typeKey(type, sel[0], sel[1], exact);
        });
        article.focus();
    }

    void ifDocument(Consumer<DocumentViewModel> action) {
        DocumentViewModel d = main.document();
        if (d == null) {
            main.messageProperty().set("Open an article first: File > Open (Ctrl+O).");
            return;
        }
        action.accept(d);
    }

    void ifLoaded(Consumer<MainViewModel.Loaded> action) {
        MainViewModel.Loaded l = main.current();
        if (l == null) {
            main.messageProperty().set("Open an article first: File > Open (Ctrl+O).");
            return;
        }
        action.accept(l);
    }

    // ---- documents

    private void show(MainViewModel.Loaded loaded) {
        DocumentViewModel d = loaded.document();
        article.show(d, loaded.highlights(), loaded.styled(), loaded.caret());
        table.show(d);
        speakers.show(loaded.speakers());
        details.show(loaded.details(), loaded.speakers().entities());
        orphans.show(loaded.orphans());
        find.show(loaded.find(), loaded.speakers());
        navigation.getItems().setAll(loaded.navigation().navigationFilters());
        navigation.valueProperty().unbind();
        navigation.setValue(NavigationViewModel.NavigationFilter.ALL);
        loaded.navigation().navigationFilterProperty().bind(Bindings.createObjectBinding(
                () -> navigation.getValue() == null ? NavigationViewModel.NavigationFilter.ALL : navigation.getValue(),
                navigation.valueProperty()));
        orphansTab.textProperty().bind(Bindings.size(loaded.orphans().orphans()).asString("Orphans (%d)"));
        stage.titleProperty().bind(d.history().titleProperty());
        status.show(d);
        // A failed save or a changed file shows in the status bar, with a button: a dialog popping
        // up by itself would take the keys the analyst is typing. A merge or reload that found
        // their file unreadable asks again at once, since the analyst is waiting on it.
        d.saving().theirsUnreadableProperty().addListener((obs, b, problem) -> {
            if (!problem.isEmpty() && main.document() == d) {
                Platform.runLater(() -> dialogs.askAboutChangedFile(d, saveFlow::saveCopy));
            }
        });
        // The article takes the keyboard, unless the analyst is typing elsewhere meanwhile (the find
        // bar, the picker): now, not later, so that no key typed after this goes astray.
        Node owner = stage.getScene().getFocusOwner();
        if (!(owner instanceof TextInputControl) || owner == article.area()) {
            article.focus();
        }
    }

    void neighbour(boolean next) {
        main.corpus().neighbour(next).ifPresentOrElse(this::openAfterAsking,
                () -> main.messageProperty().set(main.corpus().folderProperty().get() == null
                        ? "Open a folder (Ctrl+Shift+O) to move from article to article."
                        : next ? "This is the folder's last article." : "This is the folder's first article."));
    }

    /** Opens the corpus speakers view of the open folder, or brings it to the front (Ctrl+7). */
    public CorpusSpeakersWindow openCorpusSpeakers() {
        return owned.openCorpusSpeakers();
    }

    /**
     * Sizes and places the window for these screens (their visible areas): see
     * {@link WindowGeometry}. The window tests call it with a laptop's screen.
     */
    public void placeOn(List<Rectangle2D> screens, Rectangle2D primary) {
        geometry.placeOn(screens, primary);
    }

    /** What File > Export writes: the open article, the articles selected in the document list, or the whole folder. */
    public enum ExportScope { ARTICLE, SELECTED, FOLDER }

    /** What File > Export does once the analyst has chosen the folder {@code outDir} (see {@link FileActions}). */
    public void export(String format, ExportScope scope, Path outDir) {
        files.export(format, scope, outDir);
    }

    /** Opens the compare view of the open document and another analyst's file of the same article. */
    public CompareWindow compare(Path other) {
        return files.compare(other);
    }

    FileActions files() {
        return files;
    }

    TableView<DocumentSummary> documentsTable() {
        return documents.table();
    }

    /**
     * Opens another article or folder. Unsaved changes are saved first (autosave would save them
     * anyway; moving through a folder saves as it goes); when they cannot be saved (the file
     * changed on disk, the last save failed), the analyst is asked first, and nothing is lost.
     */
    public void openAfterAsking(Path path) {
        DocumentViewModel d = main.document();
        if (d != null && d.history().dirtyProperty().get() && !d.isReadOnly()) {
            boolean stuck = d.saving().changedOnDiskProperty().get() || d.saving().saveStateProperty().get() == SaveState.FAILED;
            if (stuck) {
                if (saveFlow.beforeLeaving(d, () -> main.open(path)) == SaveFlow.Leave.NOW) {
                    main.open(path);
                }
                return;
            }
            d.saving().save();
        }
        main.open(path);
    }

    private void onCloseRequest(WindowEvent e) {
        DocumentViewModel d = main.document();
        if (closeConfirmed) {
            main.closeDocument();
            return;
        }
        e.consume();
        if (saveFlow.beforeLeaving(d, this::closeNow) == SaveFlow.Leave.NOW) {
            closeNow();
        }
    }

    private void closeNow() {
        closeConfirmed = true;
        main.closeDocument();
        stage.close();
    }

    void showShortcuts() {
        dialogs.shortcuts(commands.shortcutList());
    }

    void showAnnotations() {
        showTab(annotationsTab, table.node());
    }

    void showSpeakers() {
        showTab(speakersTab, speakers.table());
    }

    void showDocuments() {
        documents.table().requestFocus();
    }

    void showOrphans() {
        showTab(orphansTab, orphans.table());
    }

    SaveFlow saveFlow() {
        return saveFlow;
    }

    /** The F1 list, as the dialog shows it. */
    public String shortcutList() {
        return commands.shortcutList();
    }

    /** The commands of the window, as the menus, keys and F1 list show them (for tests). */
    public List<Command> commands() {
        return commands.all();
    }

    public Stage stage() {
        return stage;
    }

    public ArticleView article() {
        return article;
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    public SpeakersPanel speakers() {
        return speakers;
    }

    public DetailsPane details() {
        return details;
    }

    /** The status bar's save state, for tests of its width. */
    public Label saveStateLabel() {
        return status.saveState();
    }

    public FindBar find() {
        return find;
    }
}
