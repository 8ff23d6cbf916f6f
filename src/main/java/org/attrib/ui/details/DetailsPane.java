package org.attrib.ui.details;

import java.util.Objects;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.attrib.core.model.Entity;
import org.attrib.core.model.QuoteForm;
import org.attrib.ui.details.DetailsViewModel;

/**
 * The details of the selected annotation: its speaker (a searchable picker of the document's
 * speakers), its form for a quote, whether a claim is check-worthy, and a free-text note.
 *
 * <p>Every control writes to the document only from a gesture of the analyst: a pick in the
 * picker, an item of the form menu, a click on the check box, leaving the note field. None of
 * them listens to its own value, so that the program redrawing a control (the selection moved,
 * a speaker was renamed, an undo) can never be taken for the analyst's choice. Each command
 * names the annotation it was shown for; the view-model ignores it if that is no longer the
 * selected one.
 */
public final class DetailsPane {

    private static final String NOT_SET = "(not set)";

    private final GridPane grid = new GridPane();
    private final Label heading = new Label();
    private final Label excerpt = new Label();
    private final SpeakerPicker speaker = new SpeakerPicker();
    private final MenuButton form = new MenuButton(NOT_SET);
    private final CheckBox checkWorthy = new CheckBox("Check-worthy");
    private final TextArea note = new TextArea();
    private DetailsViewModel vm;
    private ObservableList<Entity> speakers;
    private final ListChangeListener<Entity> speakersChanged = c -> speaker.setSpeakers(c.getList());
    /** The annotation the note field shows, and its note as shown: a difference is the analyst's typing. */
    private String noteFor;
    private String noteShown = "";
    private Runnable afterPick = () -> { };

    public DetailsPane() {
        grid.setId("details");
        grid.getStyleClass().add("details");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.setMinWidth(220);
        heading.getStyleClass().add("details-heading");
        heading.setWrapText(true);
        excerpt.getStyleClass().add("details-excerpt");
        excerpt.setWrapText(true);
        speaker.node().setMaxWidth(Double.MAX_VALUE);
        speaker.setOnPick(this::picked);
        speaker.setOnCancel(() -> afterPick.run());

        form.setId("quote-form");
        form.setTooltip(new Tooltip("How the quote is given: direct, indirect, partial or mixed"));
        form.getItems().add(formItem(null));
        for (QuoteForm f : QuoteForm.values()) {
            form.getItems().add(formItem(f));
        }

        checkWorthy.setId("check-worthy");
        checkWorthy.setAllowIndeterminate(true);
        checkWorthy.setTooltip(new Tooltip("Whether the claim is worth fact-checking (a dash: not decided)"));
        // onAction fires on a click or Space only, never when the box is set to show another claim.
        checkWorthy.setOnAction(e -> {
            if (vm != null) {
                vm.chooseCheckWorthy(vm.annotationIdProperty().get(),
                        checkWorthy.isIndeterminate() ? null : checkWorthy.isSelected());
            }
        });

        note.setId("note");
        note.setPromptText("Note (saved when you leave the field, or Ctrl+Enter)");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        // Leaving the field keeps the note; later, not inside the focus change: the field also loses
        // the focus when it is disabled because the selection went, in the middle of another edit.
        note.focusedProperty().addListener((o, b, focused) -> {
            if (!focused) {
                keepTypedNote(noteFor);
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
        grid.add(speaker.node(), 1, 2);
        grid.add(new Label("Form"), 0, 3);
        grid.add(form, 1, 3);
        grid.add(checkWorthy, 1, 4);
        grid.add(new Label("Note"), 0, 5);
        grid.add(note, 1, 5);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        GridPane.setHgrow(speaker.node(), Priority.ALWAYS);
        GridPane.setHgrow(note, Priority.ALWAYS);
    }

    private MenuItem formItem(QuoteForm f) {
        MenuItem item = new MenuItem(f == null ? NOT_SET : f.id());
        item.setOnAction(e -> {
            if (vm != null) {
                vm.chooseForm(vm.annotationIdProperty().get(), f);
            }
        });
        return item;
    }

    private void picked(SpeakerPicker.Choice choice) {
        if (vm == null) {
            return;
        }
        String id = vm.annotationIdProperty().get();
        if (choice instanceof SpeakerPicker.Existing e) {
            vm.chooseSpeaker(id, e.entity());
        } else if (choice instanceof SpeakerPicker.Create c) {
            vm.createSpeaker(id, c.name());
        } else {
            vm.chooseSpeaker(id, null);
        }
        speaker.show(vm.speakerProperty().get());
        afterPick.run();
    }

    public Node node() {
        return grid;
    }

    /** The speaker picker, for the keyboard shortcut that focuses it. */
    public SpeakerPicker speakerPicker() {
        return speaker;
    }

    /** What to do once the analyst picked a speaker or left the picker (give the article back the keyboard). */
    public void setAfterPick(Runnable afterPick) {
        this.afterPick = afterPick;
    }

    public void show(DetailsViewModel model, ObservableList<Entity> speakerList) {
        keepTypedNote(noteFor);
        if (speakers != null) {
            speakers.removeListener(speakersChanged);
        }
        this.vm = model;
        this.speakers = speakerList;
        speakerList.addListener(speakersChanged);
        speaker.setSpeakers(speakerList);
        heading.textProperty().bind(model.headingProperty());
        excerpt.textProperty().bind(model.excerptProperty());
        speaker.node().disableProperty().bind(model.attributableProperty().not());
        form.disableProperty().bind(model.quoteProperty().not());
        checkWorthy.disableProperty().bind(model.claimProperty().not());
        note.disableProperty().bind(model.emptyProperty());
        model.speakerProperty().addListener((o, b, e) -> redraw(model));
        model.formProperty().addListener((o, b, f) -> redraw(model));
        model.checkWorthyProperty().addListener((o, b, c) -> redraw(model));
        model.noteProperty().addListener((o, b, n) -> redraw(model));
        model.annotationIdProperty().addListener((o, before, after) -> {
            if (vm == model) {
                keepTypedNote(before);
                redraw(model);
            }
        });
        redraw(model);
    }

    /** Draws the shown annotation's details into the controls; writes nothing. */
    private void redraw(DetailsViewModel model) {
        if (vm != model) {
            return;
        }
        speaker.show(model.speakerProperty().get());
        QuoteForm f = model.formProperty().get();
        form.setText(f == null ? NOT_SET : f.id());
        Boolean cw = model.checkWorthyProperty().get();
        checkWorthy.setIndeterminate(cw == null);
        checkWorthy.setSelected(Boolean.TRUE.equals(cw));
        String id = model.annotationIdProperty().get();
        if (!note.isFocused() || !Objects.equals(id, noteFor) || Objects.equals(note.getText(), noteShown)) {
            noteFor = id;
            noteShown = model.noteProperty().get();
            note.setText(noteShown);
        }
    }

    /**
     * Keeps what the analyst typed into the note field for the annotation it was typed for, after
     * the change under way: the field was left, or the selection moved while the analyst was
     * typing (Ctrl+Tab from the field, say).
     */
    private void keepTypedNote(String typedFor) {
        String typed = note.getText();
        if (vm != null && typedFor != null && typedFor.equals(noteFor) && !Objects.equals(typed, noteShown)) {
            DetailsViewModel model = vm;
            noteShown = typed;
            Platform.runLater(() -> model.commitNote(typedFor, typed));
        }
    }

    private void commitNote() {
        if (vm != null && noteFor != null && !Objects.equals(note.getText(), noteShown)) {
            noteShown = note.getText();
            vm.commitNote(noteFor, noteShown);
        }
    }
}
