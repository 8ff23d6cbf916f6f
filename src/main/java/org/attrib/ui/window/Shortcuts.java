package org.attrib.ui.window;

/** The keyboard shortcuts, as the help dialog lists them. */
final class Shortcuts {

    static final String TEXT = String.join("\n",
            "Moving and selecting (in the article)",
            "  Arrows, Home, End            move the caret",
            "  Ctrl+Left / Ctrl+Right       move by word",
            "  Ctrl+Home / Ctrl+End         start / end of the article",
            "  Shift + any of the above     extend the selection",
            "  Double-click                 select a word",
            "",
            "Tagging",
            "  Q / C / S                    tag the selection as quote / claim / speaker",
            "                               (grown to whole words; with no selection,",
            "                               retype the selected annotation)",
            "  Shift+Q / Shift+C / Shift+S  tag the exact characters selected",
            "  Click in an annotation       select it (the innermost one)",
            "  Delete                       delete the selected annotation",
            "  Escape                       clear the annotation selection",
            "",
            "Files and history",
            "  Ctrl+O                       open an article",
            "  Ctrl+S                       save the annotations",
            "  Ctrl+Z                       undo",
            "  Ctrl+Shift+Z, Ctrl+Y         redo",
            "  Ctrl+Q                       quit",
            "  F1                           this list");

    private Shortcuts() {
    }
}
