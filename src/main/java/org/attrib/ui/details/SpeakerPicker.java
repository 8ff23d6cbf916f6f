package org.attrib.ui.details;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Popup;

import org.attrib.core.model.Entity;
import org.attrib.core.model.SpeakerNames;

/**
 * The speaker picker of the details pane: a search field over the document's speakers with a
 * list of matches below it, and "Create speaker …" for a name that is not there yet.
 *
 * <p>Only a gesture of the analyst picks: Enter on a highlighted row or a click on one. Nothing
 * the program does to the picker (its speakers replaced after a rename or merge, the shown
 * speaker changed with the selection, an undo) can pick, because picking is not a reaction to a
 * value changing: there is no value to change, only {@link #show(Entity)} and
 * {@link #setSpeakers(List)}, which draw and never call back.
 */
public final class SpeakerPicker {

    /** What a row of the list offers. */
    public sealed interface Choice permits Existing, Create, NoSpeaker {
        String label();
    }

    /** Attribute to a speaker of the document. */
    public record Existing(Entity entity) implements Choice {
        @Override
        public String label() {
            return entity.name();
        }
    }

    /** Create a speaker of this name and attribute to it. */
    public record Create(String name) implements Choice {
        @Override
        public String label() {
            return "Create speaker \u201c" + name + "\u201d";
        }
    }

    /** Remove the attribution. */
    public record NoSpeaker() implements Choice {
        @Override
        public String label() {
            return "No speaker (remove the attribution)";
        }
    }

    private final TextField field = new TextField();
    private final ListView<Choice> list = new ListView<>();
    private final Popup popup = new Popup();
    private List<Entity> speakers = List.of();
    private Entity shown;
    private Consumer<Choice> onPick = c -> { };
    private Runnable onCancel = () -> { };

    public SpeakerPicker() {
        field.setId("speaker-picker");
        field.setPromptText("Attribute to… (type to search)");
        field.setTooltip(new Tooltip("The speaker this quote or claim is attributed to: type to search, "
                + "Up/Down to choose, Enter to attribute, Escape to leave (Ctrl+4 comes here)"));
        list.setId("speaker-choices");
        list.setFocusTraversable(false);
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Choice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.label());
                getStyleClass().removeAll("picker-create", "picker-none");
                if (c instanceof Create) {
                    getStyleClass().add("picker-create");
                } else if (c instanceof NoSpeaker) {
                    getStyleClass().add("picker-none");
                }
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() instanceof Node n) {
                Choice c = choiceAt(n);
                if (c != null) {
                    pick(c);
                }
            }
        });
        // A popup's content is the root of its own scene: it needs Modena's .root for its colours.
        javafx.scene.layout.StackPane content = new javafx.scene.layout.StackPane(list);
        content.getStyleClass().add("root");
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setAutoFix(true);

        field.textProperty().addListener((o, b, text) -> {
            if (field.isFocused()) {
                refilter();
                showList();
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                refilter();
                showList();
                field.selectAll();
            } else {
                popup.hide();
                field.setText(shown == null ? "" : shown.name());
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** The choice of the row a click landed on, or null (a click beside the rows). */
    private static Choice choiceAt(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at instanceof ListCell<?> cell) {
                return cell.isEmpty() || !(cell.getItem() instanceof Choice c) ? null : c;
            }
        }
        return null;
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN, UP -> {
                showList();
                int size = list.getItems().size();
                if (size > 0) {
                    int at = list.getSelectionModel().getSelectedIndex();
                    int next = e.getCode() == KeyCode.DOWN ? Math.min(size - 1, at + 1) : Math.max(0, at - 1);
                    list.getSelectionModel().select(next);
                    list.scrollTo(next);
                }
            }
            case ENTER -> {
                Choice c = list.getSelectionModel().getSelectedItem();
                if (c != null) {
                    pick(c);
                }
            }
            case ESCAPE -> {
                popup.hide();
                field.setText(shown == null ? "" : shown.name());
                onCancel.run();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void pick(Choice c) {
        popup.hide();
        onPick.accept(c);
    }

    /** The field, for layout and focus (Ctrl+4). */
    public TextField node() {
        return field;
    }

    /** The list of matches, shown below the field while it has the focus. */
    public ListView<Choice> choices() {
        return list;
    }

    public boolean isListShowing() {
        return popup.isShowing();
    }

    /** Called with the analyst's pick (Enter or a click); never called for anything else. */
    public void setOnPick(Consumer<Choice> onPick) {
        this.onPick = onPick;
    }

    /** Called when the analyst leaves with Escape. */
    public void setOnCancel(Runnable onCancel) {
        this.onCancel = onCancel;
    }

    /** Shows the speaker of the selected annotation; the analyst's search, if any, is left alone. */
    public void show(Entity speaker) {
        shown = speaker;
        if (!field.isFocused()) {
            field.setText(speaker == null ? "" : speaker.name());
        } else {
            refilter();
        }
    }

    /** The speakers to choose from (a copy is kept: the document's list changes under edits). */
    public void setSpeakers(List<? extends Entity> now) {
        speakers = List.copyOf(now);
        if (field.isFocused()) {
            refilter();
        }
    }

    private void showList() {
        if (popup.isShowing() || field.getScene() == null || field.getScene().getWindow() == null || field.isDisabled()) {
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        list.setPrefWidth(Math.max(220, b.getWidth()));
        popup.show(field, b.getMinX(), b.getMaxY());
    }

    /** What the list offers for what is typed: matching speakers, then creating one, then none. */
    private void refilter() {
        String query = field.getText() == null ? "" : field.getText().strip();
        boolean searching = !query.isEmpty() && (shown == null || !query.equals(shown.name()));
        List<Choice> choices = new ArrayList<>(matches(speakers, searching ? query : ""));
        if (searching) {
            String key = SpeakerNames.normalise(query);
            boolean exact = speakers.stream().anyMatch(s -> SpeakerNames.normalise(s.name()).equals(key));
            if (!exact && !SpeakerNames.displayName(query).isEmpty()) {
                choices.add(new Create(SpeakerNames.displayName(query)));
            }
        } else if (shown != null) {
            choices.add(new NoSpeaker());
        }
        Choice before = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(choices);
        int select = -1;
        if (!searching && shown != null) {
            select = choices.indexOf(new Existing(shown));
        } else if (before != null && choices.contains(before)) {
            select = choices.indexOf(before);
        } else if (!choices.isEmpty() && choices.get(0) instanceof Existing) {
            // Enter takes the best match; with no match nothing is highlighted, so Enter does nothing.
            select = 0;
        }
        if (select >= 0) {
            list.getSelectionModel().select(select);
            list.scrollTo(select);
        } else {
            list.getSelectionModel().clearSelection();
        }
    }

    /** Speakers whose name holds every word of the query (case and accents ignored), in the given order. */
    static List<Existing> matches(List<Entity> speakers, String query) {
        String[] words = SpeakerNames.normalise(query).split(" ");
        List<Existing> out = new ArrayList<>();
        for (Entity s : speakers) {
            String name = SpeakerNames.normalise(s.name());
            boolean all = true;
            for (String w : words) {
                if (!w.isEmpty() && !name.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                out.add(new Existing(s));
            }
        }
        return out;
    }
}
