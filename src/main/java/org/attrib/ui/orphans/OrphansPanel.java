package org.attrib.ui.orphans;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

import org.attrib.core.model.StoredAnnotation;
import org.attrib.ui.article.ArticleView;
import org.attrib.ui.orphans.OrphansViewModel;

/**
 * Annotations that could not be placed after the article's text changed, each with the text it
 * covered and the text around it; the analyst selects where it belongs in the article and
 * places it there, or deletes it. They are never dropped silently.
 */
public final class OrphansPanel {

    private final TableView<StoredAnnotation> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final ArticleView article;
    private OrphansViewModel vm;

    public OrphansPanel(ArticleView article) {
        this.article = article;
        table.setId("orphans-table");
        table.setPlaceholder(new Label("No orphans: every annotation has its place in the text."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<StoredAnnotation, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().annotation().type().label()));
        type.setPrefWidth(70);
        TableColumn<StoredAnnotation, String> text = new TableColumn<>("Text it covered");
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text().replaceAll("\\s+", " ")));
        text.setPrefWidth(220);
        TableColumn<StoredAnnotation, String> speaker = new TableColumn<>("Speaker");
        speaker.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm == null ? "" : vm.speakerName(c.getValue())));
        TableColumn<StoredAnnotation, String> context = new TableColumn<>("Context");
        context.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                (c.getValue().prefix() + "[…]" + c.getValue().suffix()).replaceAll("\\s+", " ")));
        table.getColumns().add(type);
        table.getColumns().add(text);
        table.getColumns().add(speaker);
        table.getColumns().add(context);
        Button place = new Button("Place on selection");
        place.setId("place-orphan");
        place.setTooltip(new Tooltip("Select where it belongs in the article, then press this"));
        place.setOnAction(e -> {
            StoredAnnotation o = table.getSelectionModel().getSelectedItem();
            if (o != null && vm != null) {
                int[] sel = article.selection();
                vm.placeOnSelection(o, sel[0], sel[1]);
            }
        });
        Button delete = new Button("Delete");
        delete.setId("delete-orphan");
        delete.setOnAction(e -> {
            StoredAnnotation o = table.getSelectionModel().getSelectedItem();
            if (o != null && vm != null) {
                vm.delete(o);
            }
        });
        place.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        root.setTop(new ToolBar(place, delete));
        root.setCenter(table);
    }

    public Node node() {
        return root;
    }

    public TableView<StoredAnnotation> table() {
        return table;
    }

    public void show(OrphansViewModel model) {
        this.vm = model;
        table.setItems(model.orphans());
    }
}
