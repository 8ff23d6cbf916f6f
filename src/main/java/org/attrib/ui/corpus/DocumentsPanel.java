package org.attrib.ui.corpus;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.css.PseudoClass;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.attrib.core.corpus.DocumentSummary;
import org.attrib.core.model.DocumentStatus;

/**
 * The document list of an open folder: every article with its counts and status, and a progress
 * bar of how much of the folder is done. A click (or Enter) opens an article; Ctrl or Shift with
 * a click only selects, for exporting several. Long names are cut in the middle, where scraped
 * names differ least, with the whole name in a tooltip; the open article's row stays marked
 * whatever happens to the selection.
 */
public final class DocumentsPanel {

    private final TableView<DocumentSummary> table = new TableView<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressLabel = new Label();
    private final BorderPane root = new BorderPane();
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private Path current;

    public DocumentsPanel(Consumer<Path> open) {
        table.setId("documents-table");
        table.setPlaceholder(new Label("Open a folder (Ctrl+Shift+O) to list its articles."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        TableColumn<DocumentSummary, String> status = new TableColumn<>("");
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(symbol(c.getValue())));
        status.setPrefWidth(28);
        status.setMaxWidth(34);
        TableColumn<DocumentSummary, String> name = new TableColumn<>("Article");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setCellFactory(c -> new NameCell());
        name.setPrefWidth(220);
        table.getColumns().add(status);
        table.getColumns().add(name);
        table.getColumns().add(count("Q", DocumentSummary::quotes));
        table.getColumns().add(count("C", DocumentSummary::claims));
        table.getColumns().add(count("S", DocumentSummary::speakers));
        table.setRowFactory(t -> {
            TableRow<DocumentSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(DocumentSummary d, boolean empty) {
                    super.updateItem(d, empty);
                    pseudoClassStateChanged(CURRENT, !empty && d != null && d.source().equals(current));
                }
            };
            row.setOnMouseClicked(e -> {
                boolean selecting = e.isShortcutDown() || e.isShiftDown();
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !selecting && row.getItem() != null
                        && !row.getItem().source().equals(current)) {
                    open.accept(row.getItem().source());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            DocumentSummary d = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && d != null) {
                open.accept(d.source());
                e.consume();
            }
        });
        progress.setId("corpus-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox top = new HBox(6, progress, progressLabel);
        top.setPadding(new Insets(4));
        root.setTop(top);
        root.setCenter(table);
    }

    private static String symbol(DocumentSummary d) {
        if (!d.problem().isEmpty()) {
            return "⚠";
        }
        return switch (d.status()) {
            case DONE -> "✔";
            case IN_PROGRESS -> "✎";
            case NOT_STARTED -> "·";
        };
    }

    private static TableColumn<DocumentSummary, Integer> count(String title, java.util.function.ToIntFunction<DocumentSummary> f) {
        TableColumn<DocumentSummary, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.applyAsInt(x.getValue())));
        c.setPrefWidth(36);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    public Node node() {
        return root;
    }

    public TableView<DocumentSummary> table() {
        return table;
    }

    public void show(CorpusViewModel vm) {
        table.setItems(vm.documents());
        progress.progressProperty().bind(vm.doneFractionProperty());
        progressLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            long done = vm.documents().stream().filter(d -> d.status() == DocumentStatus.DONE).count();
            return done + " of " + vm.documents().size() + " done" + (vm.loadingProperty().get() ? " (listing…)" : "");
        }, vm.documents(), vm.loadingProperty()));
        vm.currentProperty().addListener((o, b, now) -> {
            current = now;
            table.refresh();
            selectCurrent(true);
        });
        // A row replaced (its status or counts changed, Ctrl+D) loses its selection: give it back.
        vm.documents().addListener((javafx.collections.ListChangeListener<DocumentSummary>) c -> {
            if (table.getSelectionModel().getSelectedItems().size() <= 1) {
                selectCurrent(false);
            }
        });
    }

    private void selectCurrent(boolean scroll) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).source().equals(current)) {
                table.getSelectionModel().clearAndSelect(i);
                if (scroll) {
                    table.scrollTo(i);
                }
                return;
            }
        }
    }

    /** An article's name, cut in the middle when long, whole in its tooltip. */
    private static final class NameCell extends TableCell<DocumentSummary, String> {
        private final Tooltip tip = new Tooltip();

        NameCell() {
            setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(empty ? null : name);
            tip.setText(name);
            setTooltip(empty || name == null ? null : tip);
        }
    }
}
