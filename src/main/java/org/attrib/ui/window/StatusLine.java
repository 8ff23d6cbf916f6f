package org.attrib.ui.window;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import org.attrib.core.model.AnnotationType;
import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.document.SaveState;
import org.controlsfx.control.StatusBar;

/**
 * The status bar. Each part has its own place that it keeps whatever the window's width: the
 * legend and the counts never shrink, the save state is as wide as its longest wording so that it
 * never reads "Sa…", and the message takes what is left, cut with an ellipsis when long, its
 * whole text in the tooltip. On a window too narrow for all of it the legend goes first.
 */
final class StatusLine {

    /** What the message keeps, at the least, beside the legend; below it the legend goes. */
    private static final double MESSAGE_MIN = 160;

    private final StatusBar bar = new StatusBar();
    private final Node legend = legend();
    private final Separator legendSeparator = new Separator(Orientation.VERTICAL);
    private final Label counts = new Label();
    private final Label pending = new Label();
    private final Label saveState = new Label();
    private final Button resolve = new Button();
    private final Tooltip tip = new Tooltip();
    private final MainViewModel main;

    StatusLine(MainViewModel main) {
        this.main = main;
        bar.setId("status-bar");
        counts.setId("counts");
        pending.setId("pending-count");
        saveState.setId("save-state");
        saveState.getStyleClass().add("save-state");
        for (Region r : new Region[] {counts, pending, (Region) legend}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        saveState.setMinWidth(Region.USE_PREF_SIZE);
        saveState.fontProperty().addListener((o, b, f) -> saveState.setPrefWidth(widestSaveState()));
        saveState.setPrefWidth(widestSaveState());
        bar.getLeftItems().addAll(legend, legendSeparator);
        resolve.setId("save-resolve");
        resolve.setFocusTraversable(false);
        resolve.setMinWidth(Region.USE_PREF_SIZE);
        resolve.setVisible(false);
        resolve.managedProperty().bind(resolve.visibleProperty());
        bar.getRightItems().addAll(pending, counts, new Separator(Orientation.VERTICAL), saveState, resolve);
        bar.setTooltip(tip);
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        bar.textProperty().addListener((o, b, text) -> tip.setText(text == null || text.isEmpty() ? null : text));
        // The legend shows only when everything else keeps its width beside it, measured in the
        // fonts the bar is drawn with (which differ from machine to machine).
        javafx.beans.binding.BooleanBinding room = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> bar.getWidth() >= ((Region) legend).prefWidth(-1) + fixedRightWidth() + MESSAGE_MIN,
                bar.widthProperty(), counts.widthProperty(), pending.widthProperty(), saveState.widthProperty(),
                resolve.widthProperty(), resolve.visibleProperty(), ((Region) legend).widthProperty());
        for (Node n : new Node[] {legend, legendSeparator}) {
            n.visibleProperty().bind(room);
            n.managedProperty().bind(n.visibleProperty());
        }
        setMessage("Open an article with File > Open (Ctrl+O), a folder with Ctrl+Shift+O, or drop a .txt file here.");
        main.messageProperty().addListener((obs, b, text) -> setMessage(text));
        main.busyProperty().addListener((obs, b, busy) -> bar.setProgress(busy ? -1 : 0));
        main.loadedProperty().addListener((obs, b, loaded) -> loaded.suggest().runningProperty().addListener(
                (o, was, running) -> bar.setProgress(running ? -1 : 0)));
    }

    /** What the right-hand parts take, whatever they say now: they never shrink. */
    private double fixedRightWidth() {
        double w = counts.prefWidth(-1) + pending.prefWidth(-1) + saveState.prefWidth(-1) + 40;
        return resolve.isVisible() ? w + resolve.prefWidth(-1) : w;
    }

    /** The width of the longest thing the save state can say, in the label's font (known once styled). */
    private double widestSaveState() {
        double widest = 0;
        for (SaveState s : SaveState.values()) {
            Text t = new Text(s.label() + " · Done");
            t.setFont(saveState.getFont());
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + saveState.snappedLeftInset() + saveState.snappedRightInset() + 12;
    }

    Node node() {
        return bar;
    }

    /** What the button beside a failed save or a changed file does. */
    void setOnResolve(Runnable action) {
        resolve.setOnAction(e -> action.run());
    }

    Label saveState() {
        return saveState;
    }

    private void setMessage(String text) {
        bar.setText(text);
    }

    /** Follows a newly opened document. */
    void show(DocumentViewModel d) {
        setMessage(d.messageProperty().get());
        d.messageProperty().addListener((obs, b, text) -> {
            if (main.document() == d) {
                setMessage(text);
            }
        });
        counts.textProperty().bind(Bindings.format("Quotes %d · Claims %d · Speakers %d",
                d.countProperty(AnnotationType.QUOTE), d.countProperty(AnnotationType.CLAIM),
                d.countProperty(AnnotationType.SPEAKER)));
        pending.textProperty().bind(Bindings.createStringBinding(() -> d.pendingCountProperty().get() == 0 ? ""
                : d.pendingCountProperty().get() + " suggested · ", d.pendingCountProperty()));
        saveState.textProperty().bind(Bindings.createStringBinding(
                () -> d.saving().saveStateProperty().get().label() + (d.doneProperty().get() ? " · Done" : ""),
                d.saving().saveStateProperty(), d.doneProperty()));
        d.saving().saveStateProperty().addListener((obs, b, a) -> {
            if (main.document() == d) {
                styleSaveState(a);
            }
        });
        styleSaveState(d.saving().saveStateProperty().get());
    }

    private void styleSaveState(SaveState s) {
        resolve.setVisible(s == SaveState.FAILED || s == SaveState.CONFLICT);
        resolve.setText(s == SaveState.CONFLICT ? "Resolve…" : "Details…");
        resolve.setTooltip(new Tooltip(s == SaveState.CONFLICT
                ? "The file was changed by someone else: merge, keep yours, reload theirs or save a copy"
                : "Why the save failed, and saving a copy elsewhere"));
        saveState.getStyleClass().removeIf(c -> c.startsWith("save-state-"));
        saveState.getStyleClass().add("save-state-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** Swatches drawn with the same colours as the highlights they explain. */
    private static Node legend() {
        HBox legend = new HBox(8);
        legend.setId("legend");
        legend.getStyleClass().add("legend");
        for (AnnotationType t : AnnotationType.values()) {
            Label swatch = new Label(t.label());
            swatch.getStyleClass().addAll("legend-swatch", "legend-" + t.id());
            swatch.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(swatch);
        }
        String[][] more = {{"Suggested", "legend-pending"}, {"Unsure", "legend-unsure"}, {"Attributed via", "legend-linked"}, {"Selected", "legend-selected"}};
        for (String[] m : more) {
            Label swatch = new Label(m[0]);
            swatch.getStyleClass().addAll("legend-swatch", m[1]);
            swatch.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(swatch);
        }
        return legend;
    }
}
