package org.attrib.ui.find;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

import org.attrib.core.model.Entity;
import org.attrib.ui.article.ArticleView;
import org.attrib.ui.find.FindViewModel;
import org.attrib.ui.speakers.SpeakersViewModel;

/**
 * The find bar above the article (Ctrl+F): matches are highlighted as the analyst types; Enter
 * and Shift+Enter step through them; "Tag all as speaker" tags every match as a mention of a
 * speaker (the one the query names, or one chosen from the menu); Escape closes the bar.
 */
public final class FindBar {

    private final HBox bar = new HBox(6);
    private final TextField field = new TextField();
    private final Label summary = new Label();
    private final MenuButton tagAll = new MenuButton("Tag all as speaker");
    private final ArticleView article;
    private FindViewModel vm;
    private SpeakersViewModel speakers;

    public FindBar(ArticleView article) {
        this.article = article;
        bar.setId("find-bar");
        bar.getStyleClass().add("find-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        field.setId("find-field");
        field.setPromptText("Find in the article");
        field.setPrefColumnCount(14);
        javafx.scene.layout.HBox.setHgrow(field, javafx.scene.layout.Priority.SOMETIMES);
        summary.setId("find-summary");
        tagAll.setId("tag-all-matches");
        tagAll.setTooltip(new Tooltip("Tag every match as a mention of a speaker"));
        tagAll.setOnShowing(e -> fillTagMenu());
        Button next = new Button("Next");
        next.setOnAction(e -> step(true));
        Button previous = new Button("Previous");
        previous.setOnAction(e -> step(false));
        Button close = new Button("✕");
        close.setTooltip(new Tooltip("Close (Escape)"));
        close.setOnAction(e -> hide());
        Label label = new Label("Find:");
        bar.getChildren().addAll(label, field, previous, next, summary, tagAll, close);
        for (javafx.scene.Node n : List.of(label, previous, next, summary, tagAll, close)) {
            ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        bar.setVisible(false);
        bar.setManaged(false);
    }

    public Node node() {
        return bar;
    }

    public TextField field() {
        return field;
    }

    public void show(FindViewModel model, SpeakersViewModel speakerModel) {
        if (vm != null) {
            field.textProperty().unbindBidirectional(vm.queryProperty());
        }
        this.vm = model;
        this.speakers = speakerModel;
        field.textProperty().bindBidirectional(model.queryProperty());
        summary.textProperty().bind(model.summaryProperty());
    }

    /** Opens the bar (Ctrl+F), with the article's selection as the query if there is one. */
    public void open() {
        String selected = article.area().getSelectedText();
        if (!selected.isBlank() && selected.length() < 200 && !selected.contains("\n")) {
            field.setText(selected.strip());
        }
        bar.setVisible(true);
        bar.setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    public void hide() {
        if (vm != null) {
            vm.clear();
        }
        bar.setVisible(false);
        bar.setManaged(false);
        article.focus();
    }

    /** Steps to the next (or previous) match after the caret. */
    public void step(boolean forward) {
        if (vm == null) {
            return;
        }
        int[] m = vm.step(article.caret(), forward);
        if (m != null) {
            article.showRange(m[0], m[1]);
        }
    }

    private void fillTagMenu() {
        tagAll.getItems().clear();
        if (vm == null) {
            return;
        }
        String q = vm.queryProperty().get().strip();
        MenuItem named = new MenuItem("A speaker named \"" + q + "\"");
        named.setId("tag-all-named");
        named.setOnAction(e -> vm.tagAllAsSpeaker(null));
        named.setDisable(q.isEmpty());
        tagAll.getItems().addAll(named, new SeparatorMenuItem());
        for (Entity s : speakers.entities()) {
            MenuItem mi = new MenuItem(s.name());
            mi.setOnAction(e -> vm.tagAllAsSpeaker(s));
            tagAll.getItems().add(mi);
        }
    }
}
