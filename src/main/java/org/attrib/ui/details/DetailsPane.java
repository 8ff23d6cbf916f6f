package org.attrib.ui.details;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import org.attrib.core.model.Entity;
import org.attrib.core.model.QuoteForm;
import org.attrib.ui.document.DetailsViewModel;
import org.controlsfx.control.SearchableComboBox;

/**
 * The details of the selected annotation: its speaker (a searchable picker of the document's
 * speakers), its form for a quote, whether a claim is check-worthy, and a free-text note. Every
 * change is an undoable edit made by the view-model.
 */
public final class DetailsPane {

    private final GridPane grid = new GridPane();
    private final Label heading = new Label();
    private final Label excerpt = new Label();
    private final SearchableComboBox<Entity> speaker = new SearchableComboBox<>();
    private final ChoiceBox<QuoteForm> form = new ChoiceBox<>();
    private final CheckBox checkWorthy = new CheckBox("Check-worthy");
    private final TextArea note = new TextArea();
    private DetailsViewModel vm;
    private boolean syncing;

    public DetailsPane() {
        grid.setId("details");
        grid.getStyleClass().add("details");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        heading.getStyleClass().add("details-heading");
        excerpt.getStyleClass().add("details-excerpt");
        excerpt.setWrapText(true);
        speaker.setId("speaker-picker");
        speaker.setPromptText("Attribute to… (type to search)");
        speaker.setMaxWidth(Double.MAX_VALUE);
        speaker.setTooltip(new Tooltip("The speaker this quote or claim is attributed to (Ctrl+4 to come here)"));
        speaker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Entity e) {
                return e == null ? "" : e.name();
            }

            @Override
            public Entity fromString(String s) {
                return null;
            }
        });
        speaker.valueProperty().addListener((o, b, e) -> {
            if (!syncing && vm != null && e != null) {
                vm.chooseSpeaker(e);
            }
        });
        form.setId("quote-form");
        form.getItems().add(null);
        form.getItems().addAll(QuoteForm.values());
        form.setConverter(new StringConverter<>() {
            @Override
            public String toString(QuoteForm f) {
                return f == null ? "(not set)" : f.id();
            }

            @Override
            public QuoteForm fromString(String s) {
                return QuoteForm.fromId(s).orElse(null);
            }
        });
        form.valueProperty().addListener((o, b, f) -> {
            if (!syncing && vm != null) {
                vm.chooseForm(f);
            }
        });
        checkWorthy.setId("check-worthy");
        checkWorthy.setAllowIndeterminate(true);
        checkWorthy.selectedProperty().addListener((o, b, v) -> commitCheckWorthy());
        checkWorthy.indeterminateProperty().addListener((o, b, v) -> commitCheckWorthy());
        note.setId("note");
        note.setPromptText("Note (saved when you leave the field, or Ctrl+Enter)");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.focusedProperty().addListener((o, b, focused) -> {
            if (!focused) {
                commitNote();
            }
        });
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                commitNote();
                e.consume();
            }
        });

        grid.add(heading, 0, 0, 2, 1);
        grid.add(excerpt, 0, 1, 2, 1);
        grid.add(new Label("Speaker"), 0, 2);
        grid.add(speaker, 1, 2);
        grid.add(new Label("Form"), 0, 3);
        grid.add(form, 1, 3);
        grid.add(checkWorthy, 1, 4);
        grid.add(new Label("Note"), 0, 5);
        grid.add(note, 1, 5);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new javafx.scene.layout.ColumnConstraints());
        GridPane.setHgrow(speaker, Priority.ALWAYS);
        GridPane.setHgrow(note, Priority.ALWAYS);
    }

    public Node node() {
        return grid;
    }

    /** The speaker picker, for the keyboard shortcut that focuses it. */
    public SearchableComboBox<Entity> speakerPicker() {
        return speaker;
    }

    public void show(DetailsViewModel model, ObservableList<Entity> speakers) {
        this.vm = model;
        speaker.setItems(speakers);
        heading.textProperty().bind(model.headingProperty());
        excerpt.textProperty().bind(model.excerptProperty());
        speaker.disableProperty().bind(model.attributableProperty().not());
        form.disableProperty().bind(model.quoteProperty().not());
        checkWorthy.disableProperty().bind(model.claimProperty().not());
        note.disableProperty().bind(model.emptyProperty());
        model.speakerProperty().addListener((o, b, e) -> sync(model));
        model.formProperty().addListener((o, b, f) -> sync(model));
        model.checkWorthyProperty().addListener((o, b, c) -> sync(model));
        model.noteProperty().addListener((o, b, n) -> sync(model));
        model.headingProperty().addListener((o, b, h) -> sync(model));
        sync(model);
    }

    private void sync(DetailsViewModel model) {
        if (vm != model) {
            return;
        }
        syncing = true;
        try {
            speaker.setValue(model.speakerProperty().get());
            form.setValue(model.formProperty().get());
            Boolean cw = model.checkWorthyProperty().get();
            checkWorthy.setIndeterminate(cw == null);
            checkWorthy.setSelected(Boolean.TRUE.equals(cw));
            note.setText(model.noteProperty().get());
        } finally {
            syncing = false;
        }
    }

    private void commitCheckWorthy() {
        if (!syncing && vm != null) {
            vm.chooseCheckWorthy(checkWorthy.isIndeterminate() ? null : checkWorthy.isSelected());
        }
    }

    private void commitNote() {
        if (!syncing && vm != null) {
            vm.commitNote(note.getText());
        }
    }
}
