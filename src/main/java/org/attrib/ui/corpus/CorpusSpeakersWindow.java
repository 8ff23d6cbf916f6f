package org.attrib.ui.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.attrib.core.corpus.CorpusSpeaker;
import org.attrib.core.corpus.DocumentEntity;
import org.attrib.core.corpus.Statement;

/**
 * Who said what across the folder: speakers on the left (filterable), the chosen speaker's quotes
 * and claims on the right; Enter or a double-click opens the article at the span. Merge, split
 * and rename are stored for the whole folder.
 */
public final class CorpusSpeakersWindow {

    private final Stage stage = new Stage();
    private final TableView<CorpusSpeaker> speakers = new TableView<>();
    private final TableView<Statement> statements = new TableView<>();
    private final CorpusSpeakersViewModel vm;

    public CorpusSpeakersWindow(Window owner, CorpusSpeakersViewModel vm) {
        this.vm = vm;
        stage.setTitle("Who said what — " + vm.folder().getFileName() + " — Attrib");

        TextField filter = new TextField();
        filter.setId("corpus-speaker-filter");
        filter.setPromptText("Filter speakers by name");
        FilteredList<CorpusSpeaker> filtered = new FilteredList<>(vm.speakers());
        filter.textProperty().addListener((o, b, q) -> filtered.setPredicate(s -> q == null || q.isBlank()
                || s.names().stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains(q.toLowerCase(java.util.Locale.ROOT)))));
        speakers.setId("corpus-speakers-table");
        speakers.setItems(filtered);
        speakers.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        speakers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        speakers.getColumns().add(text("Speaker", CorpusSpeaker::name, 200));
        speakers.getColumns().add(text("Kind", s -> s.kind().id(), 80));
        speakers.getColumns().add(number("Articles", CorpusSpeaker::documents));
        speakers.getColumns().add(number("Mentions", CorpusSpeaker::mentions));
        speakers.getColumns().add(number("Quotes", CorpusSpeaker::quotes));
        speakers.getColumns().add(number("Claims", CorpusSpeaker::claims));
        speakers.getSelectionModel().selectedItemProperty().addListener((o, b, s) ->
                statements.setItems(s == null ? FXCollections.observableArrayList() : FXCollections.observableArrayList(s.statements())));

        statements.setId("corpus-statements-table");
        statements.setPlaceholder(new Label("Choose a speaker to see every quote and claim."));
        statements.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Statement, String> doc = new TableColumn<>("Article");
        doc.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().document()));
        doc.setPrefWidth(140);
        doc.setMaxWidth(180);
        doc.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
                setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
                setTooltip(empty || name == null ? null : new javafx.scene.control.Tooltip(name));
            }
        });
        TableColumn<Statement, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type().label()
                + (c.getValue().pending() ? " (suggested)" : "")));
        type.setPrefWidth(70);
        TableColumn<Statement, String> said = new TableColumn<>("What was said");
        said.setPrefWidth(600);
        said.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text().replaceAll("\\s+", " ")));
        statements.getColumns().add(doc);
        statements.getColumns().add(type);
        statements.getColumns().add(said);
        statements.setRowFactory(t -> {
            TableRow<Statement> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        statements.setOnKeyPressed(e -> {
            Statement s = statements.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && s != null) {
                vm.open(s);
            }
        });

        Button merge = new Button("Merge");
        merge.setId("corpus-merge");
        merge.setOnAction(e -> vm.merge(new ArrayList<>(speakers.getSelectionModel().getSelectedItems())));
        Button split = new Button("Split off…");
        split.setId("corpus-split");
        split.setOnAction(e -> split());
        Button rename = new Button("Rename…");
        rename.setId("corpus-rename");
        rename.setOnAction(e -> rename());
        Label summary = new Label();
        summary.setId("corpus-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);

        VBox left = new VBox(4, filter, speakers);
        VBox.setVgrow(speakers, Priority.ALWAYS);
        left.setPadding(new Insets(4));
        SplitPane split2 = new SplitPane(left, statements);
        split2.setDividerPositions(0.4);
        BorderPane root = new BorderPane(split2);
        root.setTop(new ToolBar(merge, split, rename));
        root.setBottom(summary);
        BorderPane.setMargin(summary, new Insets(4, 8, 4, 8));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(CorpusSpeakersWindow.class.getResource("/org/attrib/ui/attrib.css").toExternalForm());
        stage.setScene(scene);
        org.attrib.ui.widgets.SecondaryWindows.setUp(stage, owner, 1150, 700);
    }

    private static TableColumn<CorpusSpeaker, String> text(String title, Function<CorpusSpeaker, String> f, double width) {
        TableColumn<CorpusSpeaker, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<CorpusSpeaker, Integer> number(String title, java.util.function.ToIntFunction<CorpusSpeaker> f) {
        TableColumn<CorpusSpeaker, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.applyAsInt(x.getValue())));
        c.setPrefWidth(64);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private void split() {
        CorpusSpeaker row = speakers.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (row.members().size() < 2) {
            vm.split(row, null);
            return;
        }
        List<String> choices = new ArrayList<>();
        for (DocumentEntity m : row.members()) {
            choices.add(m.name() + " — " + m.ref().document());
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(stage);
        dialog.setHeaderText("Which article's " + row.name() + " is someone else?");
        dialog.showAndWait().ifPresent(choice -> vm.split(row, row.members().get(choices.indexOf(choice))));
    }

    private void rename() {
        CorpusSpeaker row = speakers.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(row.name());
        dialog.initOwner(stage);
        dialog.setHeaderText("Rename " + row.name() + " across the folder");
        dialog.showAndWait().filter(n -> !n.isBlank()).ifPresent(n -> vm.rename(row, n.strip()));
    }

    public void open() {
        stage.show();
        vm.load();
    }

    public Stage stage() {
        return stage;
    }
}
