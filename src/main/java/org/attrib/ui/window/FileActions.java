package org.attrib.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.compare.CompareViewModel;
import org.attrib.ui.compare.CompareWindow;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.importing.ImportWindow;

/**
 * The window's commands that start with a file chooser: open an article or a folder, import,
 * export, compare with a colleague's file. Every chooser opens in the article's folder.
 */
final class FileActions {

    private final Stage stage;
    private final MainViewModel main;
    private final MainWindow window;

    FileActions(Stage stage, MainViewModel main, MainWindow window) {
        this.stage = stage;
        this.main = main;
        this.window = window;
    }

    /** A file or folder dropped on the window opens, as File > Open would (saving first). */
    void acceptDrops(Scene scene) {
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
                window.openAfterAsking(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an article");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Text files", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        chooser.setInitialDirectory(workingFolder());
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            window.openAfterAsking(f.toPath());
        }
    }

    void chooseAndOpenFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        File here = workingFolder();
        chooser.setInitialDirectory(here == null || here.getParentFile() == null ? here : here.getParentFile());
        File f = chooser.showDialog(stage);
        if (f != null) {
            window.openAfterAsking(f.toPath());
        }
    }

    /**
     * Where file choosers open: the open article's folder, else the open folder, else the folder
     * of the most recent file; never the toolkit's "Recent" list, which hides the corpus.
     */
    private File workingFolder() {
        return main.workingFolder().map(Path::toFile).orElse(null);
    }

    void export(String format, MainWindow.ExportScope scope) {
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

    private List<Path> exportInputs(MainWindow.ExportScope scope) {
        DocumentViewModel d = main.document();
        return switch (scope) {
            case ARTICLE -> d == null ? List.of() : List.of(d.sourcePath());
            case SELECTED -> window.documentsTable().getSelectionModel().getSelectedItems().stream()
                    .map(org.attrib.core.corpus.DocumentSummary::source).toList();
            case FOLDER -> main.corpus().folderProperty().get() == null ? List.of() : List.of(main.corpus().folderProperty().get());
        };
    }

    /**
     * What the File > Export items do once the analyst has chosen the folder {@code outDir}: saves
     * the open article and exports the scope's articles into it in the background.
     */
    void export(String format, MainWindow.ExportScope scope, Path outDir) {
        List<Path> inputs = exportInputs(scope);
        if (inputs.isEmpty()) {
            main.messageProperty().set(scope == MainWindow.ExportScope.SELECTED ? "Select articles in the document list first (Ctrl+5, "
                    + "Shift or Ctrl with the arrows)." : "Open an article or a folder first.");
            return;
        }
        window.ifDocument(d -> d.saving().save());
        main.export(format, inputs, outDir);
    }

    void chooseAndCompare() {
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
    CompareWindow compare(Path other) {
        var window = new CompareWindow(stage, new CompareViewModel(main.document(), other));
        window.open();
        return window;
    }

    /** File > Import…: brat or W3C files imported into a folder, which can then be opened. */
    ImportWindow chooseAndImport() {
        File here = workingFolder();
        ImportWindow form = new ImportWindow(stage, main.importing(), here == null ? null : here.toPath(), window::openAfterAsking);
        form.open();
        return form;
    }
}
