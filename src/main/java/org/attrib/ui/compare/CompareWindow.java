package org.attrib.ui.compare;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.attrib.ui.compare.CompareViewModel;
import org.attrib.ui.widgets.Buttons;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Two analysts' annotations of one article side by side: A (the open document, which becomes the
 * merged file) on the left, B (the other file) on the right, each difference boxed in both texts
 * and listed below. Take A keeps yours; Take B makes yours like theirs (undoable in the main
 * window).
 */
public final class CompareWindow {

    private final Stage stage = new Stage();
    private final StyleClassedTextArea left = area("compare-a");
    private final StyleClassedTextArea right = area("compare-b");
    private final TableView<CompareViewModel.Row> table = new TableView<>();
    private final CompareViewModel vm;
    private final List<int[]> shownRanges = new ArrayList<>();

    public CompareWindow(Window owner, CompareViewModel vm) {
        this.vm = vm;
        stage.setTitle("Compare — " + vm.aFile().getFileName() + " and " + vm.bFile().getFileName() + " — Attrib");

        Label aLabel = new Label("A (yours, the merged file): " + vm.aFile().getFileName());
        Label bLabel = new Label("B: " + vm.bFile());
        aLabel.getStyleClass().add("compare-heading");
        bLabel.getStyleClass().add("compare-heading");
        SplitPane texts = new SplitPane(
                new BorderPane(new VirtualizedScrollPane<>(left), aLabel, null, null, null),
                new BorderPane(new VirtualizedScrollPane<>(right), bLabel, null, null, null));

        table.setId("differences-table");
        table.setPlaceholder(new Label("No differences: A and B agree."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Difference", CompareViewModel.Row::kind, 120));
        table.getColumns().add(column("Type", CompareViewModel.Row::type, 70));
        table.getColumns().add(column("A", CompareViewModel.Row::aText, 260));
        table.getColumns().add(column("A's speaker", CompareViewModel.Row::aSpeaker, 120));
        table.getColumns().add(column("B", CompareViewModel.Row::bText, 260));
        table.getColumns().add(column("B's speaker", CompareViewModel.Row::bSpeaker, 120));
        table.setItems(vm.rows());
        table.getSelectionModel().selectedItemProperty().addListener((o, b, row) -> {
            if (row != null) {
                int[] r = vm.charRange(row);
                for (StyleClassedTextArea t : List.of(left, right)) {
                    t.selectRange(r[0], r[1]);
                    t.requestFollowCaret();
                }
            }
        });

        // From the keyboard: A and B on a selected difference.
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.A) {
                selected().ifPresent(vm::takeA);
            } else if (e.getCode() == javafx.scene.input.KeyCode.B) {
                selected().ifPresent(vm::takeB);
            }
        });
        Button takeA = Buttons.toolbar("Take A (A)", "take-a", null, () -> selected().ifPresent(vm::takeA));
        Button takeB = Buttons.toolbar("Take B (B)", "take-b", null, () -> selected().ifPresent(vm::takeB));
        Button takeAllB = Buttons.toolbar("Take B for all", "take-all-b", null, vm::takeAllB);
        Button saveCopy = Buttons.toolbar("Save merged copy as…", "save-merged", null, this::saveCopy);
        takeA.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        takeB.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label summary = new Label();
        summary.setId("compare-summary");
        summary.textProperty().bind(vm.summaryProperty());
        ToolBar actions = new ToolBar(takeA, takeB, takeAllB, saveCopy, summary);

        SplitPane split = new SplitPane(texts, new VBox(actions, table));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        BorderPane root = new BorderPane(split);
        root.setPadding(new Insets(0));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(CompareWindow.class.getResource("/org/attrib/ui/attrib.css").toExternalForm());
        stage.setScene(scene);
        org.attrib.ui.widgets.SecondaryWindows.setUp(stage, owner, 1200, 800);

        vm.readyProperty().addListener((o, b, ready) -> {
            if (ready) {
                show();
            }
        });
        vm.addChangeListener(this::restyle);
    }

    private static StyleClassedTextArea area(String id) {
        StyleClassedTextArea a = new StyleClassedTextArea();
        a.setId(id);
        a.getStyleClass().add("article");
        a.setEditable(false);
        a.setWrapText(true);
        a.setPadding(new Insets(8, 12, 8, 12));
        return a;
    }

    private static TableColumn<CompareViewModel.Row, String> column(String title,
            java.util.function.Function<CompareViewModel.Row, String> f, double width) {
        TableColumn<CompareViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }


    private java.util.Optional<CompareViewModel.Row> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    public void open() {
        stage.show();
        vm.load();
    }

    public Stage stage() {
        return stage;
    }

    private void show() {
        String text = org.attrib.ui.article.DisplayText.of(vm.text());
        left.replaceText(text);
        right.replaceText(text);
        if (!text.isEmpty()) {
            left.setStyleSpans(0, vm.spansA(0, text.length()));
            right.setStyleSpans(0, vm.spansB(0, text.length()));
        }
        remember();
    }

    /** Restyles only where differences were or are: the rest of both texts cannot have changed. */
    private void restyle() {
        if (left.getLength() == 0) {
            return;
        }
        List<int[]> ranges = new ArrayList<>(shownRanges);
        remember();
        ranges.addAll(shownRanges);
        for (int[] r : ranges) {
            int to = Math.min(r[1], left.getLength());
            if (r[0] < to) {
                left.setStyleSpans(r[0], vm.spansA(r[0], to));
                right.setStyleSpans(r[0], vm.spansB(r[0], to));
            }
        }
    }

    private void remember() {
        shownRanges.clear();
        for (CompareViewModel.Row row : vm.rows()) {
            shownRanges.add(vm.charRange(row));
        }
    }

    private void saveCopy() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the merged annotations as");
        chooser.setInitialFileName(vm.aFile().getFileName().toString().replace(".annotations.json", ".merged.annotations.json"));
        vm.folder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            vm.saveMergedCopy(f.toPath());
        }
    }
}
