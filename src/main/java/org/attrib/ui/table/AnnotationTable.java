package org.attrib.ui.table;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.ui.document.DocumentViewModel;

/**
 * The side panel's list of annotations: type, an excerpt of the text, position; sortable by any
 * column. Its selection and the view-model's selected annotation follow each other.
 */
public final class AnnotationTable {

    private final TableView<Annotation> table = new TableView<>();
    private final TableColumn<Annotation, String> type = new TableColumn<>("Type");
    private final TableColumn<Annotation, String> excerpt = new TableColumn<>("Text");
    private final TableColumn<Annotation, String> speaker = new TableColumn<>("Speaker");
    private final TableColumn<Annotation, Integer> start = new TableColumn<>("Start");
    private final TableColumn<Annotation, Integer> end = new TableColumn<>("End");
    /** What the table shows: the document's annotations, a frame behind (see {@link AfterNextFrame}). */
    private final javafx.collections.ObservableList<Annotation> rows = javafx.collections.FXCollections.observableArrayList();
    private final ListMirror<Annotation> mirror = new ListMirror<>(rows);
    private final AfterNextFrame afterFrame = new AfterNextFrame(table);
    private DocumentViewModel vm;
    private boolean syncing;
    private boolean mousePressed;

    public AnnotationTable() {
        table.setId("annotation-table");
        table.setPlaceholder(new Label("No annotations yet.\nSelect text and press Q, C or S."));
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Start and End can be hidden from the column menu on a narrow screen.
        table.setTableMenuButtonVisible(true);

        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type().label()));
        type.setCellFactory(col -> new TypeCell());
        // Wide enough for its longest word, "Speaker", in bold: never "Spea…".
        type.setPrefWidth(82);
        type.setMinWidth(82);
        excerpt.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm == null ? "" : flatten(vm.textOf(c.getValue()))));
        excerpt.setPrefWidth(200);
        excerpt.setMinWidth(80);
        speaker.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm == null ? ""
                : vm.speakerOf(c.getValue()).map(Entity::name).orElse("")));
        speaker.setPrefWidth(110);
        speaker.setMinWidth(70);
        start.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().start()));
        start.setPrefWidth(52);
        start.setMinWidth(48);
        end.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().end()));
        end.setPrefWidth(52);
        end.setMinWidth(48);
        table.getColumns().add(type);
        table.getColumns().add(excerpt);
        table.getColumns().add(speaker);
        table.getColumns().add(start);
        table.getColumns().add(end);

        // A click selects its row while the button is down, sometimes before the table has the focus.
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> mousePressed = true);
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> mousePressed = false);
        // Only the analyst's own choice of a row selects in the article: a row selection that
        // moves because rows were removed (a suggestion rejected in the article) is not one.
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (!syncing && vm != null && after != null && (table.isFocused() || mousePressed)) {
                syncing = true;
                try {
                    vm.select(after);
                } finally {
                    syncing = false;
                }
            }
        });
    }

    public TableView<Annotation> node() {
        return table;
    }

    public void show(DocumentViewModel model) {
        this.vm = model;
        var annotations = model.annotations();
        mirror.follow(annotations);
        annotations.addListener((javafx.collections.ListChangeListener<Annotation>) c -> {
            if (vm == model) {
                afterFrame.run(mirror::catchUp);
            }
        });
        SortedList<Annotation> sorted = new SortedList<>(rows, Annotation.DOCUMENT_ORDER);
        sorted.comparatorProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> table.getComparator() == null ? Annotation.DOCUMENT_ORDER : table.getComparator(),
                table.comparatorProperty()));
        table.setItems(sorted);
        model.entityVersionProperty().addListener((obs, b, a) -> table.refresh());
        // After the article's frame, like the rows (and after them): an edit's highlight is on
        // screen before the table's work starts.
        model.selectedProperty().addListener((obs, before, after) -> {
            if (vm == model) {
                afterFrame.run(() -> {
                    if (vm == model && model.getSelected() == after) {
                        showSelected(after);
                    }
                });
            }
        });
    }

    private void showSelected(Annotation a) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (a == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            // By index, and scrolling only when the row is off screen: selecting by item and
            // scrolling on every edit cost a frame's worth of time on a 50,000-row table.
            int row = rowOf(a);
            if (row >= 0) {
                table.getSelectionModel().clearAndSelect(row);
                if (!isOnScreen(row)) {
                    table.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** The row of {@code a}: a binary search while the table is in document order, else a scan. */
    private int rowOf(Annotation a) {
        var items = table.getItems();
        if (table.getComparator() == null) {
            int i = java.util.Collections.binarySearch(items, a, Annotation.DOCUMENT_ORDER);
            if (i >= 0 && items.get(i) == a) {
                return i;
            }
        }
        return items.indexOf(a);
    }

    private boolean isOnScreen(int row) {
        if (!(table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)) {
            return false;
        }
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        return first != null && last != null && row > first.getIndex() && row < last.getIndex();
    }

    private static String flatten(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "…";
    }

    /** Shows the type with the colour swatch of its highlight. */
    private final class TypeCell extends TableCell<Annotation, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("type-cell-"));
            if (empty || item == null || getTableRow() == null || getTableRow().getItem() == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            Annotation a = getTableRow().getItem();
            // A suggestion says so by its look (italic, dashed, like in the article) and its
            // tooltip, not by words that would not fit the column.
            setText(item);
            getStyleClass().add("type-cell-" + a.type().id());
            if (a.pending()) {
                getStyleClass().add("type-cell-pending");
                setTooltip(new Tooltip("Suggested " + a.type().id() + (vm == null ? "" : vm.certainty(a))
                        + ". Enter accepts it, Backspace rejects it."));
            } else {
                setTooltip(null);
            }
        }
    }
}
