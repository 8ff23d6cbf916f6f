package org.attrib.ui.speakers;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.HashSet;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.ui.widgets.Buttons;
import org.attrib.ui.speakers.SpeakersViewModel;
import org.attrib.ui.speakers.SpeakersViewModel.SpeakerRow;

/**
 * The Speakers panel: who is mentioned, quoted and claimed how often, with a bar chart of quotes
 * and claims per speaker so that the analyst sees who dominates the article. Selecting speakers
 * highlights what belongs to them; merge, rename, kind, split and delete work from the keyboard
 * (Ctrl+M, F2, K, Delete) as well as from the buttons.
 *
 * <p>The table keeps its rows where they are while the analyst works on them: a row whose counts
 * change is updated in place and a new speaker is added at the end, so that nothing moves under
 * the keyboard; a click on a column heading sorts. The selection follows the speakers (by id)
 * through merges, renames, splits and kind changes.
 */
public final class SpeakersPanel {

    private static final int CHART_SPEAKERS = 10;

    private final TableView<SpeakerRow> table = new TableView<>();
    private final ObservableList<SpeakerRow> rows = FXCollections.observableArrayList();
    private final StackedBarChart<Number, String> chart;
    private final MenuButton kind = new MenuButton("Kind");
    private final BorderPane root = new BorderPane();
    private final ListChangeListener<SpeakerRow> modelRowsChanged = this::follow;
    private SpeakersViewModel vm;

    public SpeakersPanel() {
        table.setId("speakers-table");
        table.setItems(rows);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No speakers yet.\nSelect a name and press S."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SpeakerRow, String> name = new TableColumn<>("Speaker");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(170);
        name.setMinWidth(90);
        TableColumn<SpeakerRow, String> kindColumn = new TableColumn<>("Kind");
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().entity().kind().id()));
        kindColumn.setPrefWidth(90);
        kindColumn.setMinWidth(60);
        table.getColumns().add(name);
        table.getColumns().add(kindColumn);
        table.getColumns().add(count("Mentions", SpeakerRow::mentions));
        table.getColumns().add(count("Quotes", SpeakerRow::quotes));
        table.getColumns().add(count("Claims", SpeakerRow::claims));
        table.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SpeakerRow>) c -> selectionChanged());

        NumberAxis x = new NumberAxis();
        x.setLabel("quotes and claims");
        x.setMinorTickVisible(false);
        x.setTickUnit(1);
        CategoryAxis y = new CategoryAxis();
        y.setTickLabelFont(javafx.scene.text.Font.font(10));
        x.setTickLabelFont(javafx.scene.text.Font.font(10));
        // Stacked: one bar per speaker (quotes, then claims), so that every name has room for its label.
        chart = new StackedBarChart<>(x, y);
        chart.setId("speakers-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setCategoryGap(4);
        chart.setMinHeight(140);
        chart.setTitle("Who dominates the article");

        kind.setId("speaker-kind");
        kind.setTooltip(new Tooltip("Kind of the selected speakers (K cycles through the kinds)"));
        kind.setFocusTraversable(false);
        for (EntityKind k : EntityKind.values()) {
            MenuItem item = new MenuItem(k.id());
            item.setOnAction(e -> {
                if (vm != null) {
                    selectedEntities().forEach(s -> vm.setKind(s, k));
                }
            });
            kind.getItems().add(item);
        }
        ToolBar actions = new ToolBar(
                Buttons.toolbar("Merge", "merge-speakers", "Merge the selected speakers into one (Ctrl+M)", this::merge),
                Buttons.toolbar("Rename…", "rename-speaker", "Rename the selected speaker (F2)", this::rename),
                kind,
                Buttons.toolbar("Split off", "split-mention", "Split the selected mention in the text off into a speaker of its own",
                        () -> vm.splitSelectedMention()),
                Buttons.toolbar("Delete", "delete-speaker", "Delete the selected speaker and its mentions (Delete)", this::delete));

        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        root.setTop(actions);
        root.setCenter(split);
        root.setPadding(new Insets(0));
        root.setMinWidth(220);
    }

    private static TableColumn<SpeakerRow, Integer> count(String title, java.util.function.ToIntFunction<SpeakerRow> f) {
        TableColumn<SpeakerRow, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.applyAsInt(x.getValue())));
        c.setPrefWidth(62);
        c.setMinWidth(44);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    public Node node() {
        return root;
    }

    public TableView<SpeakerRow> table() {
        return table;
    }

    public void show(SpeakersViewModel model) {
        if (vm != null) {
            vm.rows().removeListener(modelRowsChanged);
        }
        this.vm = model;
        table.getSortOrder().clear();
        List<SpeakerRow> start = new ArrayList<>(model.rows());
        start.sort(SpeakersViewModel.BY_WEIGHT);
        rows.setAll(start);
        table.getSelectionModel().clearSelection();
        model.rows().addListener(modelRowsChanged);
        updateChart();
    }

    /** Takes the view-model's changes into the shown rows without moving any (see the class comment). */
    private void follow(ListChangeListener.Change<? extends SpeakerRow> c) {
        Set<String> selected = new HashSet<>();
        selectedEntities().forEach(e -> selected.add(e.id()));
        Set<String> present = new HashSet<>();
        for (SpeakerRow r : c.getList()) {
            present.add(r.entity().id());
        }
        rows.removeIf(r -> !present.contains(r.entity().id()));
        for (SpeakerRow r : c.getList()) {
            int at = indexOf(r.entity().id());
            if (at < 0) {
                rows.add(r);
            } else if (!rows.get(at).equals(r)) {
                rows.set(at, r);
            }
        }
        reselect(selected);
        updateChart();
    }

    private int indexOf(String entityId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).entity().id().equals(entityId)) {
                return i;
            }
        }
        return -1;
    }

    /** Selects the rows of these speakers (those still there), keeping the focused row in view. */
    private void reselect(Set<String> entityIds) {
        List<Integer> indices = new ArrayList<>();
        for (String id : entityIds) {
            int at = indexOf(id);
            if (at >= 0) {
                indices.add(at);
            }
        }
        List<Integer> now = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        indices.sort(null);
        now.sort(null);
        if (indices.equals(now)) {
            updateKind();
            return;
        }
        table.getSelectionModel().clearSelection();
        for (int i : indices) {
            table.getSelectionModel().select(i);
        }
        if (!indices.isEmpty()) {
            table.getFocusModel().focus(indices.get(0));
        }
        updateKind();
    }

    /** Rebuilds the chart: a handful of bars, so rebuilding is cheaper than patching. */
    private void updateChart() {
        List<SpeakerRow> top = new ArrayList<>(vm.rows());
        top.sort(SpeakersViewModel.BY_WEIGHT);
        top = top.subList(0, Math.min(CHART_SPEAKERS, top.size()));
        XYChart.Series<Number, String> quotes = new XYChart.Series<>();
        quotes.setName("Quotes");
        XYChart.Series<Number, String> claims = new XYChart.Series<>();
        claims.setName("Claims");
        List<String> names = new ArrayList<>();
        for (int i = top.size() - 1; i >= 0; i--) {
            SpeakerRow r = top.get(i);
            String label = uniqueLabel(r.name(), names);
            names.add(label);
            quotes.getData().add(new XYChart.Data<>(r.quotes(), label));
            claims.getData().add(new XYChart.Data<>(r.claims(), label));
        }
        ((CategoryAxis) chart.getYAxis()).getCategories().setAll(names);
        chart.getData().setAll(List.of(quotes, claims));
    }

    private static String uniqueLabel(String name, List<String> taken) {
        String label = name.length() > 28 ? name.substring(0, 27) + "…" : name;
        String unique = label;
        for (int i = 2; taken.contains(unique); i++) {
            unique = label + " (" + i + ")";
        }
        return unique;
    }

    private void selectionChanged() {
        if (vm == null) {
            return;
        }
        List<Entity> selected = selectedEntities();
        vm.focus(selected.size() == 1 ? selected.get(0) : null);
        updateKind();
    }

    private void updateKind() {
        List<Entity> selected = selectedEntities();
        kind.setDisable(selected.isEmpty());
        Set<EntityKind> kinds = new HashSet<>();
        selected.forEach(e -> kinds.add(e.kind()));
        kind.setText(kinds.size() == 1 ? "Kind: " + kinds.iterator().next().id() : "Kind");
    }

    private List<Entity> selectedEntities() {
        List<Entity> out = new ArrayList<>();
        for (SpeakerRow r : table.getSelectionModel().getSelectedItems()) {
            if (r != null) {
                out.add(r.entity());
            }
        }
        return out;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.M && e.isShortcutDown()) {
            merge();
        } else if (e.getCode() == KeyCode.F2) {
            rename();
        } else if (e.getCode() == KeyCode.K && !e.isShortcutDown() && !e.isAltDown()) {
            if (vm != null) {
                vm.cycleKind(selectedEntities());
            }
        } else if (e.getCode() == KeyCode.DELETE) {
            delete();
        } else {
            return;
        }
        e.consume();
    }

    /** Merges the selected speakers (Ctrl+M); the row of the one kept stays selected. */
    public void merge() {
        if (vm != null) {
            vm.merge(selectedEntities()).ifPresent(kept -> reselect(Set.of(kept.id())));
        }
    }

    private void rename() {
        List<Entity> selected = selectedEntities();
        if (vm == null || selected.size() != 1) {
            return;
        }
        Entity e = selected.get(0);
        TextInputDialog dialog = new TextInputDialog(e.name());
        dialog.setTitle("Rename speaker");
        dialog.setHeaderText("Rename " + e.name());
        dialog.setContentText("Name:");
        dialog.getDialogPane().setId("rename-dialog");
        if (table.getScene() != null) {
            dialog.initOwner(table.getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(name -> vm.rename(e, name));
    }

    private void delete() {
        if (vm != null) {
            selectedEntities().forEach(vm::delete);
        }
    }
}
