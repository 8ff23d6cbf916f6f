package org.attrib.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.attrib.core.model.AnnotationType;
import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.article.ArticleView;
import org.attrib.ui.corpus.CorpusSpeakersWindow;
import org.attrib.ui.corpus.DocumentsPanel;
import org.attrib.ui.details.DetailsPane;
import org.attrib.ui.widgets.Buttons;
import org.attrib.ui.widgets.PulseHook;
import org.attrib.ui.widgets.SecondaryWindows;
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
    private final ComboBox<DocumentViewModel.NavigationFilter> navigation = new ComboBox<>();
    private final TabPane side = new TabPane();
    private final Tab annotationsTab = new Tab("Annotations");
    private final Tab speakersTab = new Tab("Speakers");
    private final Tab orphansTab = new Tab("Orphans");
    private final SplitPane center = new SplitPane();
    private final SplitPane right = new SplitPane();
    /** The window's bounds when last neither maximised nor minimised: what is remembered. */
    private double[] normalBounds;
    private final BorderPane root = new BorderPane();
    private final WindowDialogs dialogs;
    private final SaveFlow saveFlow;
    private final Menu recentMenu = new Menu("Open _Recent");
    private boolean closeConfirmed;
    private CorpusSpeakersWindow corpusWindow;
    private final PulseHook afterReveal;

    public MainWindow(Stage stage, MainViewModel main) {
        this.stage = stage;
        this.main = main;
        this.dialogs = new WindowDialogs(stage);
        this.saveFlow = new SaveFlow(stage, main, dialogs);
        this.status = new StatusLine(main);
        this.afterReveal = new PulseHook(article.area(), PulseHook.When.AFTER_LAYOUT,
                this::keepSecondaryWindowsOffTheSelection);
        main.shownForOthersProperty().addListener((o, b, n) -> afterReveal.request());
        this.documents = new DocumentsPanel(this::openAfterAsking);
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
        root.setTop(new VBox(menuBar(), toolBar()));

        annotationsTab.setContent(table.node());
        speakersTab.setContent(speakers.node());
        orphansTab.setContent(orphans.node());
        side.getTabs().addAll(annotationsTab, speakersTab, orphansTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        center.setId("center-split");
        right.setId("side-split");
        right.getItems().addAll(side, details.node());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(dividers("right", 0.68));
        side.setMinWidth(260);
        side.setMinHeight(160);
        BorderPane articlePane = new BorderPane(article.node());
        articlePane.setTop(find.node());
        center.getItems().addAll(articlePane, right);
        center.setDividerPositions(dividers("center.2", 0.62));
        articlePane.setMinWidth(320);
        SplitPane.setResizableWithParent(right, false);
        root.setCenter(center);

        root.setBottom(status.node());
        status.setOnResolve(saveFlow::resolve);

        article.setContextMenu(contextMenu());
        details.setAfterPick(article::focus);
        // Remembered for the next time this article opens (registered once: the area outlives documents).
        article.area().caretPositionProperty().addListener((obs, b, caret) -> main.rememberPosition(caret));

        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/attrib/ui/attrib.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                openAfterAsking(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        stage.setScene(scene);
        // The article has the keyboard from the start: left to the scene, the first field in the
        // window (the speaker picker) would, and the first keys would go there.
        article.focus();
        stage.setTitle("Attrib");
        stage.setOnCloseRequest(this::onCloseRequest);
        placeOn(Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                Screen.getPrimary().getVisualBounds());
        for (var p : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            p.addListener((o, b, v) -> rememberNormalBounds());
        }
        stage.setOnHiding(e -> saveWindow());
        // Again once shown at its size: set before, the positions are of the scene's first
        // size, and the panes that keep their width on a resize move them.
        stage.setOnShown(e -> Platform.runLater(this::restoreDividers));
        stage.focusedProperty().addListener((o, b, focused) -> {
            if (focused) {
                ifDocument(d -> d.checkDisk(() -> Platform.runLater(() -> dialogs.askAboutChangedFile(d, saveFlow::saveCopy))));
            }
        });
    }

    private void showDocuments(boolean show) {
        Node panel = documents.node();
        if (show && !center.getItems().contains(panel)) {
            center.getItems().add(0, panel);
            center.setDividerPositions(dividers("center.3", 0.18, 0.68));
            ((javafx.scene.layout.Region) panel).setMinWidth(160);
        } else if (!show) {
            center.getItems().remove(panel);
        }
    }

    /**
     * Sizes and places the window for these screens (their visible areas): where the analyst
     * left it, if it is still on one of them, else to fit {@code primary}; never larger than the
     * screen, never smaller than the panels need. The window tests call it with a laptop's screen.
     */
    public void placeOn(List<Rectangle2D> screens, Rectangle2D primary) {
        double[] saved = main.savedWindowBounds();
        Rectangle2D r = WindowPlacement.place(saved == null ? null
                : new Rectangle2D(saved[0], saved[1], saved[2], saved[3]), screens, primary);
        double[] min = WindowPlacement.minimumSize(primary);
        stage.setMinWidth(min[0]);
        stage.setMinHeight(min[1]);
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
        if (main.savedWindowMaximized()) {
            stage.setMaximized(true);
        }
    }

    private void rememberNormalBounds() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normalBounds = new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        }
    }

    /** Saved divider positions of a split pane, or the defaults when none are saved (or they do not fit). */
    private double[] dividers(String split, double... defaults) {
        double[] saved = main.savedDividers(split);
        if (saved == null || saved.length != defaults.length) {
            return defaults;
        }
        for (double d : saved) {
            if (d <= 0.02 || d >= 0.98) {
                return defaults;
            }
        }
        return saved;
    }

    private void restoreDividers() {
        right.setDividerPositions(dividers("right", 0.68));
        if (center.getItems().size() == 3) {
            center.setDividerPositions(dividers("center.3", 0.18, 0.68));
        } else {
            center.setDividerPositions(dividers("center.2", 0.62));
        }
    }

    private void saveWindow() {
        Map<String, double[]> splits = new HashMap<>();
        splits.put("center." + center.getItems().size(), center.getDividerPositions());
        splits.put("right", right.getDividerPositions());
        main.saveWindow(normalBounds, stage.isMaximized(), splits);
    }

    private MenuBar menuBar() {
        MenuItem open = item("_Open…", "Shortcut+O", this::chooseAndOpen);
        MenuItem openFolder = item("Open _Folder…", "Shortcut+Shift+O", this::chooseAndOpenFolder);
        main.recent().addListener((ListChangeListener<String>) c -> fillRecent());
        fillRecent();
        MenuItem save = item("_Save", "Shortcut+S", saveFlow::save);
        MenuItem saveCopy = item("Save a _copy as…", "Shortcut+Shift+S", saveFlow::saveCopy);
        MenuItem done = item("Mark _done / in progress", "Shortcut+D", () -> ifDocument(DocumentViewModel::toggleDone));
        MenuItem nextDoc = item("_Next document", "Shortcut+Page_Down", () -> neighbour(true));
        MenuItem prevDoc = item("_Previous document", "Shortcut+Page_Up", () -> neighbour(false));
        Menu export = new Menu("_Export");
        for (String format : List.of("csv", "jsonl", "w3c", "brat")) {
            MenuItem doc = new MenuItem("This article as " + format + "…");
            doc.setOnAction(e -> export(format, ExportScope.ARTICLE));
            MenuItem selected = new MenuItem("The selected articles as " + format + "…");
            selected.setOnAction(e -> export(format, ExportScope.SELECTED));
            selected.disableProperty().bind(main.corpus().folderProperty().isNull());
            MenuItem folder = new MenuItem("The whole folder as " + format + "…");
            folder.setOnAction(e -> export(format, ExportScope.FOLDER));
            folder.disableProperty().bind(main.corpus().folderProperty().isNull());
            export.getItems().addAll(doc, selected, folder, new SeparatorMenuItem());
        }
        CheckMenuItem bom = new CheckMenuItem("CSV with a byte order mark (for Excel)");
        bom.selectedProperty().bindBidirectional(main.csvBomProperty());
        export.getItems().add(bom);
        MenuItem compare = item("_Compare with another analyst's file…", null, this::chooseAndCompare);
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("_File", null, open, openFolder, recentMenu, new SeparatorMenuItem(), save, saveCopy, done,
                new SeparatorMenuItem(), nextDoc, prevDoc, new SeparatorMenuItem(), export, compare, new SeparatorMenuItem(), quit);

        MenuItem undo = item("_Undo", "Shortcut+Z", () -> ifDocument(DocumentViewModel::undo));
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", () -> ifDocument(DocumentViewModel::redo));
        MenuItem delete = item("_Delete annotation (Delete)", null, () -> ifDocument(DocumentViewModel::deleteSelected));
        MenuItem findItem = item("_Find…", "Shortcut+F", find::open);
        CheckMenuItem snap = new CheckMenuItem("Snap selections to whole words");
        snap.selectedProperty().bindBidirectional(main.snapToWordsProperty());
        Menu autosave = new Menu("Autosave");
        ToggleGroup delays = new ToggleGroup();
        for (int seconds : new int[] {0, 2, 5, 30}) {
            RadioMenuItem r = new RadioMenuItem(seconds == 0 ? "Off" : "After " + seconds + " s");
            r.setToggleGroup(delays);
            r.setSelected(main.autosaveDelayProperty().get().getSeconds() == seconds
                    || seconds == 2 && main.autosaveDelayProperty().get().toMillis() == 2000);
            r.setOnAction(e -> main.autosaveDelayProperty().set(Duration.ofSeconds(seconds)));
            autosave.getItems().add(r);
        }
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), delete, findItem, new SeparatorMenuItem(),
                snap, autosave);

        Menu tag = new Menu("_Tag");
        for (AnnotationType t : AnnotationType.values()) {
            // Single keys are shown, not registered as accelerators: they must not fire in text fields.
            tag.getItems().add(item(t.label() + " (" + t.key() + ")", null, () -> typeKey(t, false)));
        }
        tag.getItems().addAll(new SeparatorMenuItem(),
                item("_Attribute to nearest speaker (A)", null, () -> ifDocument(DocumentViewModel::attributeToNearest)),
                item("Attribute to… (Ctrl+4)", null, this::focusSpeakerPicker),
                item("Split mention off its speaker", null, () -> ifLoaded(l -> l.speakers().splitSelectedMention())),
                new SeparatorMenuItem(),
                item("Grow end by a word (Alt+Shift+Right)", null, () -> ifDocument(d -> d.resizeSelected(true, true))),
                item("Shrink end by a word (Alt+Shift+Left)", null, () -> ifDocument(d -> d.resizeSelected(true, false))),
                item("Grow start by a word (Alt+Shift+Up)", null, () -> ifDocument(d -> d.resizeSelected(false, true))),
                item("Shrink start by a word (Alt+Shift+Down)", null, () -> ifDocument(d -> d.resizeSelected(false, false))));

        CheckMenuItem onOpen = new CheckMenuItem("Suggest when an article opens");
        onOpen.selectedProperty().bindBidirectional(main.suggestOnOpenProperty());
        Menu acceptAll = new Menu("Accept all");
        Menu rejectAll = new Menu("Reject all");
        acceptAll.getItems().add(item("Suggestions", null, () -> ifDocument(d -> d.settleAllSuggestions(null, true))));
        rejectAll.getItems().add(item("Suggestions", null, () -> ifDocument(d -> d.settleAllSuggestions(null, false))));
        for (AnnotationType t : AnnotationType.values()) {
            acceptAll.getItems().add(item(t.label() + " suggestions", null, () -> ifDocument(d -> d.settleAllSuggestions(t, true))));
            rejectAll.getItems().add(item(t.label() + " suggestions", null, () -> ifDocument(d -> d.settleAllSuggestions(t, false))));
        }
        Menu suggest = new Menu("_Suggest", null,
                item("_Suggest quotes, speakers and claims", "F5", () -> ifLoaded(l -> l.suggest().suggest())),
                item("Accept the suggestion here (Enter)", null, () -> ifDocument(d -> d.acceptSuggestion(article.caret()))),
                item("Reject the suggestion here (Backspace)", null, () -> ifDocument(d -> d.rejectSuggestion(article.caret()))),
                item("Next suggestion (Ctrl+Tab)", null, () -> ifDocument(d -> d.nextSuggestion(true))),
                acceptAll, rejectAll, new SeparatorMenuItem(), onOpen);

        CheckMenuItem labels = new CheckMenuItem("Speaker labels beside quotes and claims");
        labels.setId("view-speaker-labels");
        labels.selectedProperty().bindBidirectional(main.speakerLabelsProperty());
        article.setSpeakerLabels(main.speakerLabelsProperty().get());
        main.speakerLabelsProperty().addListener((o, b, on) -> article.setSpeakerLabels(on));
        Menu view = new Menu("_View", null, labels, new SeparatorMenuItem(),
                item("Article", "Shortcut+1", article::focus),
                item("Annotations", "Shortcut+2", () -> showTab(annotationsTab, table.node())),
                item("Speakers", "Shortcut+3", () -> showTab(speakersTab, speakers.table())),
                item("Details: speaker picker", "Shortcut+4", this::focusSpeakerPicker),
                item("Documents", "Shortcut+5", () -> documents.table().requestFocus()),
                item("Orphans", "Shortcut+6", () -> showTab(orphansTab, orphans.table())),
                new SeparatorMenuItem(),
                item("_Who said what across the folder", "Shortcut+7", this::openCorpusSpeakers));

        MenuItem keys = item("_Keyboard shortcuts", "F1", this::showShortcuts);
        Menu help = new Menu("_Help", null, keys);
        MenuBar bar = new MenuBar(file, edit, tag, suggest, view, help);
        bar.setId("menu-bar");
        main.loadedProperty().addListener((obs, b, loaded) -> {
            DocumentViewModel d = loaded.document();
            undo.disableProperty().bind(d.canUndoProperty().not());
            redo.disableProperty().bind(d.canRedoProperty().not());
            undo.textProperty().bind(Bindings.when(d.canUndoProperty())
                    .then(Bindings.concat("_Undo: ", d.undoDescriptionProperty())).otherwise("_Undo"));
            redo.textProperty().bind(Bindings.when(d.canRedoProperty())
                    .then(Bindings.concat("_Redo: ", d.redoDescriptionProperty())).otherwise("_Redo"));
            delete.disableProperty().bind(d.selectedProperty().isNull());
        });
        return bar;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (String p : main.recent()) {
            MenuItem mi = new MenuItem(p);
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> openAfterAsking(Paths.get(p)));
            recentMenu.getItems().add(mi);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        bar.setId("tool-bar");
        for (AnnotationType t : AnnotationType.values()) {
            Button b = Buttons.toolbar(t.label() + " (" + t.key() + ")", "tag-" + t.id(),
                    "Tag the selection as a " + t.id() + " (" + t.key() + "; Shift+" + t.key() + " keeps the exact characters)",
                    () -> typeKey(t, false));
            b.getStyleClass().add("tag-button");
            bar.getItems().add(b);
        }
        bar.getItems().addAll(
                Buttons.toolbar("Attribute (A)", "attribute", "Attribute the selected quote or claim to the nearest speaker; again for the next",
                        () -> ifDocument(DocumentViewModel::attributeToNearest)),
                Buttons.toolbar("Delete", "delete-annotation", "Delete the selected annotation (Delete)",
                        () -> ifDocument(DocumentViewModel::deleteSelected)),
                new Separator(Orientation.VERTICAL),
                Buttons.toolbar("Suggest (F5)", "suggest", "Propose quotes, speakers and claims to accept (Enter) or reject (Backspace)",
                        () -> ifLoaded(l -> l.suggest().suggest())),
                new Separator(Orientation.VERTICAL),
                new Label("Step through:"), navigation);
        navigation.setId("navigation-filter");
        navigation.setFocusTraversable(false);
        navigation.setTooltip(new Tooltip("What Tab / Shift+Tab (or N / P) step through"));
        navigation.setOnShowing(e -> ifDocument(d -> {
            var keep = navigation.getValue();
            navigation.getItems().setAll(d.navigationFilters());
            navigation.setValue(keep);
        }));
        return bar;
    }


    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (AnnotationType t : AnnotationType.values()) {
            MenuItem mi = new MenuItem("Tag as " + t.id() + " (" + t.key() + ")");
            mi.setId("context-tag-" + t.id());
            mi.setOnAction(e -> typeKey(t, false));
            menu.getItems().add(mi);
        }
        MenuItem attribute = new MenuItem("Attribute to nearest speaker (A)");
        attribute.setOnAction(e -> ifDocument(DocumentViewModel::attributeToNearest));
        MenuItem accept = new MenuItem("Accept suggestion (Enter)");
        accept.setOnAction(e -> ifDocument(d -> d.acceptSuggestion(article.caret())));
        MenuItem reject = new MenuItem("Reject suggestion (Backspace)");
        reject.setOnAction(e -> ifDocument(d -> d.rejectSuggestion(article.caret())));
        MenuItem delete = new MenuItem("Delete annotation (Delete)");
        delete.setOnAction(e -> ifDocument(DocumentViewModel::deleteSelected));
        menu.getItems().addAll(new SeparatorMenuItem(), attribute, accept, reject, delete);
        return menu;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem mi = new MenuItem(text);
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    private void showTab(Tab tab, Node focus) {
        side.getSelectionModel().select(tab);
        focus.requestFocus();
    }

    private void focusSpeakerPicker() {
        details.speakerPicker().node().requestFocus();
    }

    // ---- keys

    /**
     * The keyboard. Single keys act on the article when focus is in the article (letters) or
     * anywhere but a text field; shortcuts with modifiers work everywhere. Handled here, before
     * the focused control, so that the text area's own bindings (its undo, for one) never shadow
     * Attrib's.
     */
    private void onKey(KeyEvent e) {
        Node focus = stage.getScene().getFocusOwner();
        boolean inTextField = focus instanceof TextInputControl;
        boolean inArticle = focus == article.area();
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && !e.isAltDown()) {
            if (handleShortcut(e, code, inTextField)) {
                e.consume();
            }
            return;
        }
        if (e.isAltDown() && e.isShiftDown() && inArticle) {
            switch (code) {
                case RIGHT -> ifDocument(d -> d.resizeSelected(true, true));
                case LEFT -> ifDocument(d -> d.resizeSelected(true, false));
                case UP -> ifDocument(d -> d.resizeSelected(false, true));
                case DOWN -> ifDocument(d -> d.resizeSelected(false, false));
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        if (code == KeyCode.F1 || code == KeyCode.F5) {
            if (code == KeyCode.F1) {
                showShortcuts();
            } else {
                ifLoaded(l -> l.suggest().suggest());
            }
            e.consume();
            return;
        }
        if (inTextField || e.isAltDown() || !inArticle && code != KeyCode.ESCAPE) {
            return;
        }
        switch (code) {
            case Q -> typeKey(AnnotationType.QUOTE, e.isShiftDown());
            case C -> typeKey(AnnotationType.CLAIM, e.isShiftDown());
            case S -> typeKey(AnnotationType.SPEAKER, e.isShiftDown());
            case A -> ifDocument(DocumentViewModel::attributeToNearest);
            case K -> ifLoaded(l -> l.speakers().cycleKindOfSelection());
            case DELETE -> ifDocument(DocumentViewModel::deleteSelected);
            case ENTER -> ifDocument(d -> d.acceptSuggestion(article.caret()));
            case BACK_SPACE -> ifDocument(d -> d.rejectSuggestion(article.caret()));
            case TAB -> ifDocument(d -> d.navigate(!e.isShiftDown()));
            case N -> ifDocument(d -> d.navigate(true));
            case P -> ifDocument(d -> d.navigate(false));
            case F3 -> find.step(!e.isShiftDown());
            case SLASH -> {
                if (e.isShiftDown()) {
                    showShortcuts();
                } else {
                    return;
                }
            }
            case ESCAPE -> ifDocument(d -> d.select(null));
            default -> {
                if ("?".equals(e.getText())) {
                    showShortcuts();
                } else {
                    return;
                }
            }
        }
        e.consume();
    }

    private boolean handleShortcut(KeyEvent e, KeyCode code, boolean inTextField) {
        boolean shift = e.isShiftDown();
        switch (code) {
            case S -> {
                if (shift) {
                    saveFlow.saveCopy();
                } else {
                    saveFlow.save();
                }
            }
            case O -> {
                if (shift) {
                    chooseAndOpenFolder();
                } else {
                    chooseAndOpen();
                }
            }
            case Q -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            case F -> find.open();
            case D -> ifDocument(DocumentViewModel::toggleDone);
            case PAGE_DOWN -> neighbour(true);
            case PAGE_UP -> neighbour(false);
            case TAB -> ifDocument(d -> d.nextSuggestion(!shift));
            case DIGIT1 -> article.focus();
            case DIGIT2 -> showTab(annotationsTab, table.node());
            case DIGIT3 -> showTab(speakersTab, speakers.table());
            case DIGIT4 -> focusSpeakerPicker();
            case DIGIT5 -> documents.table().requestFocus();
            case DIGIT6 -> showTab(orphansTab, orphans.table());
            case DIGIT7 -> openCorpusSpeakers();
            case Z -> {
                if (inTextField) {
                    return false;
                }
                ifDocument(shift ? DocumentViewModel::redo : DocumentViewModel::undo);
            }
            case Y -> {
                if (inTextField) {
                    return false;
                }
                ifDocument(DocumentViewModel::redo);
            }
            case M -> ifLoaded(l -> speakers.merge());
            default -> {
                return false;
            }
        }
        return true;
    }

    private void typeKey(AnnotationType type, boolean exact) {
        ifDocument(d -> {
            int[] sel = article.selection();
            d.typeKey(type, sel[0], sel[1], exact);
        });
        article.focus();
    }

    private void ifDocument(Consumer<DocumentViewModel> action) {
        DocumentViewModel d = main.document();
        if (d == null) {
            main.messageProperty().set("Open an article first: File > Open (Ctrl+O).");
            return;
        }
        action.accept(d);
    }

    private void ifLoaded(Consumer<MainViewModel.Loaded> action) {
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
        article.show(d, loaded.styled(), loaded.caret());
        table.show(d);
        speakers.show(loaded.speakers());
        details.show(loaded.details(), loaded.speakers().entities());
        orphans.show(loaded.orphans());
        find.show(loaded.find(), loaded.speakers());
        navigation.getItems().setAll(d.navigationFilters());
        navigation.valueProperty().unbind();
        navigation.setValue(DocumentViewModel.NavigationFilter.ALL);
        d.navigationFilterProperty().bind(Bindings.createObjectBinding(
                () -> navigation.getValue() == null ? DocumentViewModel.NavigationFilter.ALL : navigation.getValue(),
                navigation.valueProperty()));
        orphansTab.textProperty().bind(Bindings.size(loaded.orphans().orphans()).asString("Orphans (%d)"));
        stage.titleProperty().bind(d.titleProperty());
        status.show(d);
        // A failed save or a changed file shows in the status bar, with a button: a dialog popping
        // up by itself would take the keys the analyst is typing. A merge or reload that found
        // their file unreadable asks again at once, since the analyst is waiting on it.
        d.theirsUnreadableProperty().addListener((obs, b, problem) -> {
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

    private void neighbour(boolean next) {
        main.corpus().neighbour(next).ifPresentOrElse(this::openAfterAsking,
                () -> main.messageProperty().set(main.corpus().folderProperty().get() == null
                        ? "Open a folder (Ctrl+Shift+O) to move from article to article."
                        : next ? "This is the folder's last article." : "This is the folder's first article."));
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an article");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Text files", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        chooser.setInitialDirectory(workingFolder());
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            openAfterAsking(f.toPath());
        }
    }

    private void chooseAndOpenFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        File here = workingFolder();
        chooser.setInitialDirectory(here == null || here.getParentFile() == null ? here : here.getParentFile());
        File f = chooser.showDialog(stage);
        if (f != null) {
            openAfterAsking(f.toPath());
        }
    }

    /**
     * Where file choosers open: the open article's folder, else the open folder, else the folder
     * of the most recent file; never the toolkit's "Recent" list, which hides the corpus.
     */
    private File workingFolder() {
        return main.workingFolder().map(Path::toFile).orElse(null);
    }

    /** What File > Export writes: the open article, the articles selected in the document list, or the whole folder. */
    public enum ExportScope { ARTICLE, SELECTED, FOLDER }

    private void export(String format, ExportScope scope) {
        if (exportInputs(scope).isEmpty()) {
            export(format, scope, null);
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export as " + format + " into…");
        chooser.setInitialDirectory(workingFolder());
        File out = chooser.showDialog(stage);
        if (out != null) {
            export(format, scope, out.toPath());
        }
    }

    private List<Path> exportInputs(ExportScope scope) {
        DocumentViewModel d = main.document();
        return switch (scope) {
            case ARTICLE -> d == null ? List.of() : List.of(d.sourcePath());
            case SELECTED -> documents.table().getSelectionModel().getSelectedItems().stream()
                    .map(org.attrib.core.corpus.DocumentSummary::source).toList();
            case FOLDER -> main.corpus().folderProperty().get() == null ? List.of() : List.of(main.corpus().folderProperty().get());
        };
    }

    /**
     * What the File > Export items do once the analyst has chosen the folder {@code outDir}: saves
     * the open article and exports the scope's articles into it in the background.
     */
    public void export(String format, ExportScope scope, Path outDir) {
        List<Path> inputs = exportInputs(scope);
        if (inputs.isEmpty()) {
            main.messageProperty().set(scope == ExportScope.SELECTED ? "Select articles in the document list first (Ctrl+5, "
                    + "Shift or Ctrl with the arrows)." : "Open an article or a folder first.");
            return;
        }
        ifDocument(DocumentViewModel::save);
        main.export(format, inputs, outDir);
    }

    /**
     * Opens the corpus speakers view of the open folder; when it is open already (Ctrl+7 again),
     * brings it to the front instead of opening another.
     */
    public CorpusSpeakersWindow openCorpusSpeakers() {
        if (corpusWindow != null && corpusWindow.stage().isShowing()) {
            corpusWindow.stage().toFront();
            corpusWindow.stage().requestFocus();
            return corpusWindow;
        }
        var vm = main.corpusSpeakers();
        if (vm == null) {
            main.messageProperty().set("Open a folder first (Ctrl+Shift+O): this view gathers its speakers across articles.");
            return null;
        }
        corpusWindow = new CorpusSpeakersWindow(stage, vm);
        corpusWindow.open();
        return corpusWindow;
    }

    /** Moves the windows beside this one off the annotation they just had selected, once it is laid out. */
    private void keepSecondaryWindowsOffTheSelection() {
        DocumentViewModel d = main.document();
        if (d == null || d.getSelected() == null) {
            return;
        }
        int[] r = d.charRange(d.getSelected());
        article.area().getCharacterBoundsOnScreen(r[0], Math.max(r[0] + 1, Math.min(r[1], r[0] + 200))).ifPresent(span -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof Stage s && s != stage && s.getOwner() == stage && s.isShowing()) {
                    SecondaryWindows.stepAside(s, span);
                }
            }
        });
    }

    private void chooseAndCompare() {
        DocumentViewModel d = main.document();
        if (d == null) {
            main.messageProperty().set("Open an article first; then compare its annotations with a colleague's file.");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Compare with another analyst's annotation file of " + d.sourcePath().getFileName());
        chooser.setInitialDirectory(workingFolder());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Annotation files", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            compare(f.toPath());
        }
    }

    /** Opens the compare view of the open document and another analyst's file of the same article. */
    public org.attrib.ui.compare.CompareWindow compare(Path other) {
        var window = new org.attrib.ui.compare.CompareWindow(stage, new org.attrib.ui.document.CompareViewModel(main.document(), other));
        window.open();
        return window;
    }

    /**
     * Opens another article or folder. Unsaved changes are saved first (autosave would save them
     * anyway; moving through a folder saves as it goes); when they cannot be saved (the file
     * changed on disk, the last save failed), the analyst is asked first, and nothing is lost.
     */
    public void openAfterAsking(Path path) {
        DocumentViewModel d = main.document();
        if (d != null && d.dirtyProperty().get() && !d.isReadOnly()) {
            boolean stuck = d.changedOnDiskProperty().get() || d.saveStateProperty().get() == SaveState.FAILED;
            if (stuck) {
                if (saveFlow.beforeLeaving(d, () -> main.open(path)) == SaveFlow.Leave.NOW) {
                    main.open(path);
                }
                return;
            }
            d.save();
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

    private void showShortcuts() {
        dialogs.shortcuts();
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
