package org.attrib.ui.window;

import java.util.List;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

import org.attrib.core.model.AnnotationType;
import org.attrib.ui.article.NavigationViewModel;

/** The toolbar and the article's context menu, made of the window's commands. */
final class WindowBars {

    private WindowBars() {
    }

    static ToolBar toolBar(Commands commands, ComboBox<NavigationViewModel.NavigationFilter> navigation, MainWindow w) {
        ToolBar bar = new ToolBar();
        bar.setId("tool-bar");
        for (AnnotationType t : AnnotationType.values()) {
            Button b = commands.button("tag-" + t.id(), t.label() + " (" + t.key() + ")",
                    "Tag the selection as a " + t.id() + " (Shift+" + t.key() + " keeps the exact characters)");
            b.getStyleClass().add("tag-button");
            bar.getItems().add(b);
        }
        bar.getItems().addAll(
                commands.button("attribute", "Attribute (A)", "Attribute the selected quote or claim to the nearest speaker; again for the next"),
                commands.button("delete", "Delete", "Delete the selected annotation"),
                new Separator(Orientation.VERTICAL),
                commands.button("suggest", "Suggest (F5)", "Propose quotes, speakers and claims to accept (Enter) or reject (Backspace)"),
                new Separator(Orientation.VERTICAL),
                new Label("Step through:"), navigation);
        navigation.setId("navigation-filter");
        navigation.setFocusTraversable(false);
        navigation.setTooltip(new Tooltip("What Tab / Shift+Tab (or N / P) step through"));
        navigation.setOnShowing(e -> w.ifLoaded(l -> {
            var keep = navigation.getValue();
            navigation.getItems().setAll(l.navigation().navigationFilters());
            navigation.setValue(keep);
        }));
        return bar;
    }

    static ContextMenu contextMenu(Commands commands) {
        ContextMenu menu = new ContextMenu();
        for (String id : List.of("tag-quote", "tag-claim", "tag-speaker", "", "attribute", "cycle-kind", "", "accept", "reject",
                "", "delete")) {
            if (id.isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            } else {
                MenuItem item = commands.menuItem(commands.byId(id).orElseThrow());
                item.setId("context-" + id);
                menu.getItems().add(item);
            }
        }
        return menu;
    }
}
