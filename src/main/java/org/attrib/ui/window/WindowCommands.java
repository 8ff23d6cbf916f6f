package org.attrib.ui.window;

import static org.attrib.ui.window.Command.Key.article;
import static org.attrib.ui.window.Command.Key.articleChar;
import static org.attrib.ui.window.Command.Key.outsideFields;
import static org.attrib.ui.window.Command.Key.window;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.WindowEvent;

import org.attrib.core.model.AnnotationType;
import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.document.DocumentViewModel;

/**
 * Every command of the main window, in menu order: the one place a command is added, so that its
 * menu item, its key and its line in the F1 list cannot disagree.
 */
final class WindowCommands {

    /** Follow the open document: what undo, redo and delete can do now. */
    final BooleanProperty canUndo = new SimpleBooleanProperty();
    final BooleanProperty canRedo = new SimpleBooleanProperty();
    final BooleanProperty hasSelection = new SimpleBooleanProperty();

    private final Menu recentMenu = new Menu("Open _Recent");
    private final MainWindow w;
    private final MainViewModel main;
    private final Commands commands = new Commands();

    private WindowCommands(MainWindow w, MainViewModel main) {
        this.w = w;
        this.main = main;
    }

    static WindowCommands declare(MainWindow w, MainViewModel main) {
        WindowCommands c = new WindowCommands(w, main);
        c.file();
        c.edit();
        c.tag();
        c.suggest();
        c.view();
        c.help();
        return c;
    }

    Commands commands() {
        return commands;
    }

    /**
     * The menu bar; Undo and Redo say what they would undo and redo, and the recent files follow
     * the preferences.
     */
    MenuBar menuBar() {
        main.recent().addListener((ListChangeListener<String>) c -> fillRecent());
        fillRecent();
        MenuBar bar = commands.menuBar();
        MenuItem undo = item(bar, "undo");
        MenuItem redo = item(bar, "redo");
        main.loadedProperty().addListener((obs, b, loaded) -> {
            DocumentViewModel d = loaded.document();
            canUndo.bind(d.history().canUndoProperty());
            canRedo.bind(d.history().canRedoProperty());
            hasSelection.bind(d.selectedProperty().isNotNull());
            undo.textProperty().bind(Bindings.when(d.history().canUndoProperty())
                    .then(Bindings.concat("Undo: ", d.history().undoDescriptionProperty())).otherwise("Undo"));
            redo.textProperty().bind(Bindings.when(d.history().canRedoProperty())
                    .then(Bindings.concat("Redo: ", d.history().redoDescriptionProperty())).otherwise("Redo"));
        });
        return bar;
    }

    /** The menu bar's item of a command. */
    private static MenuItem item(MenuBar bar, String commandId) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> ("command-" + commandId).equals(i.getId())).findFirst().orElseThrow();
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (String p : main.recent()) {
            MenuItem mi = new MenuItem(p);
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> w.openAfterAsking(Paths.get(p)));
            recentMenu.getItems().add(mi);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void add(String id, String menu, int group, String label, List<Command.Key> keys, Runnable run) {
        commands.add(new Command(id, menu, group, label, keys, null, run));
    }

    private void file() {
        add("open", "File", 0, "Open…", List.of(window("Shortcut+O")), w.files()::chooseAndOpen);
        add("open-folder", "File", 0, "Open folder…", List.of(window("Shortcut+Shift+O")), w.files()::chooseAndOpenFolder);
        commands.addExtra("File", 0, recentMenu);
        add("save", "File", 1, "Save", List.of(window("Shortcut+S")), w.saveFlow()::save);
        add("save-copy", "File", 1, "Save a copy as…", List.of(window("Shortcut+Shift+S")), w.saveFlow()::saveCopy);
        add("done", "File", 1, "Mark done / in progress", List.of(window("Shortcut+D")),
                () -> w.ifDocument(DocumentViewModel::toggleDone));
        add("next-document", "File", 2, "Next document", List.of(window("Shortcut+PAGE_DOWN")), () -> w.neighbour(true));
        add("previous-document", "File", 2, "Previous document", List.of(window("Shortcut+PAGE_UP")), () -> w.neighbour(false));
        add("import", "File", 3, "Import brat or W3C files…", List.of(), w.files()::chooseAndImport);
        commands.addExtra("File", 3, exportMenu());
        add("compare", "File", 3, "Compare with another analyst's file…", List.of(), w.files()::chooseAndCompare);
        add("quit", "File", 4, "Quit", List.of(window("Shortcut+Q")),
                () -> w.stage().fireEvent(new WindowEvent(w.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private Menu exportMenu() {
        Menu export = new Menu("_Export");
        for (String format : List.of("csv", "jsonl", "w3c", "brat")) {
            MenuItem doc = new MenuItem("This article as " + format + "…");
            doc.setOnAction(e -> w.files().export(format, MainWindow.ExportScope.ARTICLE));
            MenuItem selected = new MenuItem("The selected articles as " + format + "…");
            selected.setOnAction(e -> w.files().export(format, MainWindow.ExportScope.SELECTED));
            selected.disableProperty().bind(main.corpus().folderProperty().isNull());
            MenuItem folder = new MenuItem("The whole folder as " + format + "…");
            folder.setOnAction(e -> w.files().export(format, MainWindow.ExportScope.FOLDER));
            folder.disableProperty().bind(main.corpus().folderProperty().isNull());
            export.getItems().addAll(doc, selected, folder, new SeparatorMenuItem());
        }
        CheckMenuItem bom = new CheckMenuItem("CSV with a byte order mark (for Excel)");
        bom.selectedProperty().bindBidirectional(main.csvBomProperty());
        export.getItems().add(bom);
        return export;
    }

    private void edit() {
        commands.add(new Command("undo", "Edit", 0, "Undo", List.of(outsideFields("Shortcut+Z")), canUndo,
                () -> w.ifDocument(d -> d.history().undo())));
        commands.add(new Command("redo", "Edit", 0, "Redo", List.of(outsideFields("Shortcut+Shift+Z"), outsideFields("Shortcut+Y")),
                canRedo, () -> w.ifDocument(d -> d.history().redo())));
        add("delete", "Edit", 1, "Delete the selected annotation", List.of(article("DELETE")),
                () -> w.ifLoaded(l -> l.tagging().deleteSelected()));
        add("clear-selection", "Edit", 1, "Clear the annotation selection", List.of(outsideFields("ESCAPE")),
                () -> w.ifDocument(d -> d.select(null)));
        add("find", "Edit", 1, "Find…", List.of(window("Shortcut+F")), w.find()::open);
        add("find-next", "Edit", 1, "Next match", List.of(article("F3")), () -> w.find().step(true));
        add("find-previous", "Edit", 1, "Previous match", List.of(article("Shift+F3")), () -> w.find().step(false));
        CheckMenuItem snap = new CheckMenuItem("Snap selections to whole words");
        snap.selectedProperty().bindBidirectional(main.snapToWordsProperty());
        commands.addExtra("Edit", 2, snap);
        Menu autosave = new Menu("Autosave");
        ToggleGroup delays = new ToggleGroup();
        for (int seconds : new int[] {0, 2, 5, 30}) {
            RadioMenuItem r = new RadioMenuItem(seconds == 0 ? "Off" : "After " + seconds + " s");
            r.setToggleGroup(delays);
            r.setSelected(main.autosaveDelayProperty().get().toMillis() == seconds * 1000L);
            r.setOnAction(e -> main.autosaveDelayProperty().set(Duration.ofSeconds(seconds)));
            autosave.getItems().add(r);
        }
        commands.addExtra("Edit", 2, autosave);
    }

    private void tag() {
        for (AnnotationType t : AnnotationType.values()) {
            String key = String.valueOf(t.key());
            add("tag-" + t.id(), "Tag", 0, "Tag the selection as a " + t.id() + ", grown to whole words", List.of(article(key)),
                    () -> w.typeKey(t, false));
            add("tag-" + t.id() + "-exact", "Tag", 0, "Tag exactly the characters selected as a " + t.id(),
                    List.of(article("Shift+" + key)), () -> w.typeKey(t, true));
        }
        add("attribute", "Tag", 1, "Attribute to the nearest speaker; again for the next", List.of(article("A")),
                () -> w.ifLoaded(l -> l.tagging().attributeToNearest()));
        add("speaker-picker", "Tag", 1, "Attribute to… (the speaker picker)", List.of(window("Shortcut+DIGIT4")), w::focusSpeakerPicker);
        add("cycle-kind", "Tag", 1, "Next kind of the selected mention's speaker", List.of(article("K")),
                () -> w.ifLoaded(l -> l.speakers().cycleKindOfSelection()));
        add("split-mention", "Tag", 1, "Split the mention off its speaker", List.of(),
                () -> w.ifLoaded(l -> l.speakers().splitSelectedMention()));
        add("merge-speakers", "Tag", 1, "Merge the speakers selected in the Speakers panel", List.of(window("Shortcut+M")),
                () -> w.ifLoaded(l -> w.speakers().merge()));
        add("grow-end", "Tag", 2, "Grow the end by a word", List.of(article("Alt+Shift+RIGHT")),
                () -> w.ifLoaded(l -> l.tagging().resizeSelected(true, true)));
        add("shrink-end", "Tag", 2, "Shrink the end by a word", List.of(article("Alt+Shift+LEFT")),
                () -> w.ifLoaded(l -> l.tagging().resizeSelected(true, false)));
        add("grow-start", "Tag", 2, "Grow the start by a word", List.of(article("Alt+Shift+UP")),
                () -> w.ifLoaded(l -> l.tagging().resizeSelected(false, true)));
        add("shrink-start", "Tag", 2, "Shrink the start by a word", List.of(article("Alt+Shift+DOWN")),
                () -> w.ifLoaded(l -> l.tagging().resizeSelected(false, false)));
        add("next-annotation", "Tag", 3, "Next annotation of the Step through filter", List.of(article("TAB"), article("N")),
                () -> w.ifLoaded(l -> l.navigation().navigate(true)));
        add("previous-annotation", "Tag", 3, "Previous annotation of the Step through filter",
                List.of(article("Shift+TAB"), article("P")), () -> w.ifLoaded(l -> l.navigation().navigate(false)));
    }

    private void suggest() {
        add("suggest", "Suggest", 0, "Suggest quotes, speakers and claims", List.of(window("F5")),
                () -> w.ifLoaded(l -> l.suggest().suggest()));
        add("accept", "Suggest", 0, "Accept the suggestion here and go on to the next", List.of(article("ENTER")),
                () -> w.ifLoaded(l -> l.suggest().acceptSuggestion(w.article().caret())));
        add("reject", "Suggest", 0, "Reject the suggestion here and go on to the next", List.of(article("BACK_SPACE")),
                () -> w.ifLoaded(l -> l.suggest().rejectSuggestion(w.article().caret())));
        add("next-suggestion", "Suggest", 0, "Next suggestion", List.of(window("Shortcut+TAB")),
                () -> w.ifLoaded(l -> l.navigation().nextSuggestion(true)));
        add("previous-suggestion", "Suggest", 0, "Previous suggestion", List.of(window("Shortcut+Shift+TAB")),
                () -> w.ifLoaded(l -> l.navigation().nextSuggestion(false)));
        add("accept-sure", "Suggest", 1, "Accept the sure suggestions (the unsure stay)", List.of(),
                () -> w.ifLoaded(l -> l.suggest().acceptSure()));
        add("accept-all", "Suggest", 1, "Accept all suggestions", List.of(),
                () -> w.ifLoaded(l -> l.suggest().settleAllSuggestions(null, true)));
        add("reject-all", "Suggest", 1, "Reject all suggestions", List.of(),
                () -> w.ifLoaded(l -> l.suggest().settleAllSuggestions(null, false)));
        for (AnnotationType t : AnnotationType.values()) {
            add("accept-all-" + t.id(), "Suggest", 2, "Accept all " + t.id() + " suggestions", List.of(),
                    () -> w.ifLoaded(l -> l.suggest().settleAllSuggestions(t, true)));
            add("reject-all-" + t.id(), "Suggest", 2, "Reject all " + t.id() + " suggestions", List.of(),
                    () -> w.ifLoaded(l -> l.suggest().settleAllSuggestions(t, false)));
        }
        commands.addExtra("Suggest", 3, sureFrom());
        CheckMenuItem onOpen = new CheckMenuItem("Suggest when an article opens");
        onOpen.selectedProperty().bindBidirectional(main.suggestOnOpenProperty());
        commands.addExtra("Suggest", 3, onOpen);
    }

    /** Suggest > Sure from: the confidence from which a suggestion counts as sure (drawn plain, accepted by Accept the sure). */
    private Menu sureFrom() {
        Menu menu = new Menu("Sure from");
        menu.setId("suggest-sure-from");
        ToggleGroup group = new ToggleGroup();
        for (double from : new double[] {0.9, 0.8, 0.7, 0.5}) {
            RadioMenuItem item = new RadioMenuItem("Certainty " + from + " or more");
            item.setToggleGroup(group);
            item.setSelected(Math.abs(main.confidentFromProperty().get() - from) < 1e-9);
            item.setOnAction(e -> main.confidentFromProperty().set(from));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void view() {
        CheckMenuItem labels = new CheckMenuItem("Speaker labels beside quotes and claims");
        labels.setId("view-speaker-labels");
        labels.selectedProperty().bindBidirectional(main.speakerLabelsProperty());
        commands.addExtra("View", 0, labels);
        add("focus-article", "View", 1, "Article", List.of(window("Shortcut+DIGIT1")), () -> w.article().focus());
        add("focus-annotations", "View", 1, "Annotations", List.of(window("Shortcut+DIGIT2")), w::showAnnotations);
        add("focus-speakers", "View", 1, "Speakers", List.of(window("Shortcut+DIGIT3")), w::showSpeakers);
        add("focus-documents", "View", 1, "Documents", List.of(window("Shortcut+DIGIT5")), w::showDocuments);
        add("focus-orphans", "View", 1, "Orphans", List.of(window("Shortcut+DIGIT6")), w::showOrphans);
        add("corpus-speakers", "View", 2, "Who said what across the folder", List.of(window("Shortcut+DIGIT7")), w::openCorpusSpeakers);
    }

    private void help() {
        add("shortcuts", "Help", 0, "Keyboard shortcuts", List.of(window("F1"), articleChar("?")), w::showShortcuts);
    }
}
