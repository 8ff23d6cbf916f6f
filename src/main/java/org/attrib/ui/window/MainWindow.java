package org.attrib.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.attrib.core.model.AnnotationType;
import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.article.ArticleView;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.document.SaveState;
import org.attrib.ui.table.AnnotationTable;
import org.controlsfx.control.StatusBar;

/**
 * The Attrib window: menus and toolbar on top, the article in the middle, the annotation list
 * beside it, the status bar below. It holds views only; state and actions are the view-models'.
 */
public final class MainWindow {

    private final Stage stage;
    private final MainViewModel main;
    private final ArticleView article = new ArticleView();
    private final AnnotationTable table = new AnnotationTable();
    private final StatusBar statusBar = new StatusBar();
    private final Label counts = new Label();
    private final Label saveState = new Label();
    private final BorderPane root = new BorderPane();
    private boolean closeConfirmed;

    public MainWindow(Stage stage, MainViewModel main) {
        this.stage = stage;
        this.main = main;
        build();
        main.loadedProperty().addListener((obs, before, after) -> {
            if (after != null) {
                show(after);
            }
        });
        main.badFileProperty().addListener((obs, before, after) -> {
            if (after != null) {
                askAboutBadFile(after);
            }
        });
        main.openErrorProperty().addListener((obs, before, after) -> {
            if (after != null) {
                alert(Alert.AlertType.ERROR, "Cannot open the article", after);
            }
        });
    }

    private void build() {
        root.setId("main");
        root.setTop(new javafx.scene.layout.VBox(menuBar(), toolBar()));
        TabPane side = new TabPane(new Tab("Annotations", table.node()));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(article.node(), side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(split);

        statusBar.setText("Open an article with File > Open (Ctrl+O), or drop a .txt file here.");
        counts.setId("counts");
        saveState.setId("save-state");
        saveState.getStyleClass().add("save-state");
        statusBar.getRightItems().addAll(counts, new Separator(Orientation.VERTICAL), saveState);
        root.setBottom(statusBar);
        main.messageProperty().addListener((obs, b, text) -> statusBar.setText(text));

        article.setContextMenu(contextMenu());

        Scene scene = new Scene(root, 1280, 820);
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
        stage.setTitle("Attrib");
        stage.setOnCloseRequest(this::onCloseRequest);
    }

    private MenuBar menuBar() {
        MenuItem open = item("_Open…", "Shortcut+O", this::chooseAndOpen);
        MenuItem save = item("_Save", "Shortcut+S", () -> ifDocument(DocumentViewModel::save));
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("_File", null, open, save, new SeparatorMenuItem(), quit);

        MenuItem undo = item("_Undo", "Shortcut+Z", () -> ifDocument(DocumentViewModel::undo));
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", () -> ifDocument(DocumentViewModel::redo));
        MenuItem delete = item("_Delete annotation (Delete)", null, () -> ifDocument(DocumentViewModel::deleteSelected));
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), delete);

        Menu tag = new Menu("_Tag");
        for (AnnotationType t : AnnotationType.values()) {
            // Single keys are shown, not registered as accelerators: they must not fire in text fields.
            tag.getItems().add(item(t.label() + " (" + t.key() + ")", null, () -> typeKey(t, false)));
        }

        MenuItem keys = item("_Keyboard shortcuts", "F1", this::showShortcuts);
        Menu help = new Menu("_Help", null, keys);
        MenuBar bar = new MenuBar(file, edit, tag, help);
        bar.setId("menu-bar");
        main.loadedProperty().addListener((obs, b, loaded) -> {
            DocumentViewModel d = loaded.document();
            undo.disableProperty().bind(d.canUndoProperty().not());
            redo.disableProperty().bind(d.canRedoProperty().not());
            delete.disableProperty().bind(d.selectedProperty().isNull());
        });
        return bar;
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        bar.setId("tool-bar");
        for (AnnotationType t : AnnotationType.values()) {
            Button b = new Button(t.label() + " (" + t.key() + ")");
            b.setId("tag-" + t.id());
            b.getStyleClass().add("tag-button");
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip("Tag the selection as a " + t.id() + " (" + t.key() + "; Shift+" + t.key()
                    + " keeps the exact characters)"));
            b.setOnAction(e -> typeKey(t, false));
            bar.getItems().add(b);
        }
        Button delete = new Button("Delete");
        delete.setId("delete-annotation");
        delete.setFocusTraversable(false);
        delete.setOnAction(e -> ifDocument(DocumentViewModel::deleteSelected));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        bar.getItems().addAll(delete, new Separator(Orientation.VERTICAL), grow, legend());
        return bar;
    }

    /** Swatches drawn with the same style classes as the highlights they explain. */
    private Node legend() {
        HBox legend = new HBox(10);
        legend.setId("legend");
        legend.getStyleClass().add("legend");
        legend.getChildren().add(new Label("Legend:"));
        for (AnnotationType t : AnnotationType.values()) {
            Label swatch = new Label(t.label());
            swatch.getStyleClass().addAll("legend-swatch", "legend-" + t.id());
            legend.getChildren().add(swatch);
        }
        Label selected = new Label("Selected");
        selected.getStyleClass().addAll("legend-swatch", "legend-selected");
        legend.getChildren().add(selected);
        return legend;
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (AnnotationType t : AnnotationType.values()) {
            MenuItem mi = new MenuItem("Tag as " + t.id() + " (" + t.key() + ")");
            mi.setId("context-tag-" + t.id());
            mi.setOnAction(e -> typeKey(t, false));
            menu.getItems().add(mi);
        }
        MenuItem delete = new MenuItem("Delete annotation (Delete)");
        delete.setOnAction(e -> ifDocument(DocumentViewModel::deleteSelected));
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
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

    // ---- keys

    /**
     * The keyboard: single keys act on the article when focus is not in a text field; the
     * shortcuts with modifiers work everywhere. Handled here, before the focused control, so that
     * the text area's own bindings (its undo, for one) never shadow Attrib's.
     */
    private void onKey(KeyEvent e) {
        boolean inTextField = stage.getScene().getFocusOwner() instanceof TextInputControl;
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && !e.isAltDown()) {
            if (code == KeyCode.S && !e.isShiftDown()) {
                ifDocument(DocumentViewModel::save);
            } else if (code == KeyCode.O && !e.isShiftDown()) {
                chooseAndOpen();
            } else if (code == KeyCode.Q && !e.isShiftDown()) {
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            } else if (!inTextField && code == KeyCode.Z) {
                ifDocument(e.isShiftDown() ? DocumentViewModel::redo : DocumentViewModel::undo);
            } else if (!inTextField && code == KeyCode.Y && !e.isShiftDown()) {
                ifDocument(DocumentViewModel::redo);
            } else {
                return;
            }
            e.consume();
            return;
        }
        if (inTextField || e.isAltDown() || e.isShortcutDown()) {
            if (code == KeyCode.F1) {
                showShortcuts();
                e.consume();
            }
            return;
        }
        switch (code) {
            case Q -> typeKey(AnnotationType.QUOTE, e.isShiftDown());
            case C -> typeKey(AnnotationType.CLAIM, e.isShiftDown());
            case S -> typeKey(AnnotationType.SPEAKER, e.isShiftDown());
            case DELETE -> ifDocument(DocumentViewModel::deleteSelected);
            case F1 -> showShortcuts();
            case ESCAPE -> ifDocument(d -> d.select(null));
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void typeKey(AnnotationType type, boolean exact) {
        ifDocument(d -> {
            int[] sel = article.selection();
            d.typeKey(type, sel[0], sel[1], exact);
        });
        article.focus();
    }

    private void ifDocument(java.util.function.Consumer<DocumentViewModel> action) {
        DocumentViewModel d = main.document();
        if (d == null) {
            main.messageProperty().set("Open an article first: File > Open (Ctrl+O).");
            return;
        }
        action.accept(d);
    }

    // ---- documents

    private void show(MainViewModel.Loaded loaded) {
        DocumentViewModel d = loaded.document();
        article.show(d, loaded.spans());
        table.show(d);
        stage.titleProperty().bind(d.titleProperty());
        statusBar.setText(d.messageProperty().get());
        d.messageProperty().addListener((obs, b, text) -> statusBar.setText(text));
        counts.textProperty().bind(Bindings.format("Quotes %d · Claims %d · Speakers %d",
                d.countProperty(AnnotationType.QUOTE), d.countProperty(AnnotationType.CLAIM),
                d.countProperty(AnnotationType.SPEAKER)));
        saveState.textProperty().bind(Bindings.createStringBinding(() -> d.saveStateProperty().get().label(),
                d.saveStateProperty()));
        d.saveStateProperty().addListener((obs, b, a) -> styleSaveState(a));
        styleSaveState(d.saveStateProperty().get());
        Platform.runLater(article::focus);
    }

    private void styleSaveState(SaveState s) {
        saveState.getStyleClass().removeIf(c -> c.startsWith("save-state-"));
        saveState.getStyleClass().add("save-state-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an article");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Text files", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        DocumentViewModel d = main.document();
        if (d != null && d.sourcePath().toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(d.sourcePath().toAbsolutePath().getParent().toFile());
        }
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            openAfterAsking(f.toPath());
        }
    }

    /** Opens another article, first asking what to do with unsaved changes. */
    public void openAfterAsking(Path path) {
        DocumentViewModel d = main.document();
        if (d == null || !d.dirtyProperty().get()) {
            main.open(path);
            return;
        }
        askToSave(d).ifPresent(choice -> {
            if (choice == ButtonBar.ButtonData.YES) {
                d.saveStateProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends SaveState> o, SaveState b, SaveState a) {
                        if (a == SaveState.SAVED) {
                            o.removeListener(this);
                            main.open(path);
                        } else if (a == SaveState.FAILED) {
                            o.removeListener(this);
                        }
                    }
                });
                d.save();
            } else if (choice == ButtonBar.ButtonData.NO) {
                main.open(path);
            }
        });
    }

    private void onCloseRequest(WindowEvent e) {
        DocumentViewModel d = main.document();
        if (closeConfirmed || d == null || !d.dirtyProperty().get()) {
            return;
        }
        e.consume();
        askToSave(d).ifPresent(choice -> {
            if (choice == ButtonBar.ButtonData.YES) {
                d.saveStateProperty().addListener((obs, b, a) -> {
                    if (a == SaveState.SAVED) {
                        closeNow();
                    }
                });
                d.save();
            } else if (choice == ButtonBar.ButtonData.NO) {
                closeNow();
            }
        });
    }

    private void closeNow() {
        closeConfirmed = true;
        stage.close();
    }

    /** YES: save, NO: discard, empty: cancel. */
    private Optional<ButtonBar.ButtonData> askToSave(DocumentViewModel d) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your annotations of " + d.sourcePath().getFileName() + " have unsaved changes.", save, discard, cancel);
        alert.setHeaderText("Save your changes?");
        alert.initOwner(stage);
        alert.getDialogPane().setId("unsaved-dialog");
        return alert.showAndWait().map(ButtonType::getButtonData).filter(b -> b != ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private void askAboutBadFile(MainViewModel.BadAnnotationFile bad) {
        ButtonType readOnly = new ButtonType("Open read-only", ButtonBar.ButtonData.OK_DONE);
        ButtonType afresh = new ButtonType("Start afresh", ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", readOnly, afresh, cancel);
        alert.setHeaderText("The annotations of " + bad.source().getFileName() + " cannot be read");
        alert.setContentText(bad.problem() + "\n\nThe file is left as it is. Open the article read-only to see "
                + "the text, or start afresh: the unreadable file is then kept beside it under a name ending in "
                + "\".unreadable-<date>\".");
        alert.getDialogPane().setId("bad-file-dialog");
        alert.initOwner(stage);
        alert.setResizable(true);
        alert.showAndWait().ifPresent(choice -> {
            if (choice == readOnly) {
                main.openReadOnly(bad.source());
            } else if (choice == afresh) {
                main.startAfresh(bad.source());
            }
        });
    }

    private void showShortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setId("shortcuts-dialog");
        a.setContentText(Shortcuts.TEXT);
        a.setResizable(true);
        a.show();
    }

    private void alert(Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        a.initOwner(stage);
        a.setHeaderText(header);
        a.show();
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
}
