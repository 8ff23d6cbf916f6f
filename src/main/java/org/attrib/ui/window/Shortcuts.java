package org.attrib.ui.window;

/**
 * What the F1 list says besides the commands (which {@link Commands#shortcutList} writes from
 * their declarations): how to move and select, and the keys of the panels' own controls.
 */
final class Shortcuts {

    static final String MOVING = String.join("\n",
            "Moving and selecting (in the article)",
            "  Arrows, Home, End             move the caret",
            "  Ctrl+Left / Ctrl+Right        move by word",
            "  Ctrl+Home / Ctrl+End          start / end of the article",
            "  Shift + any of the above      extend the selection",
            "  Double-click                  select a word",
            "  Click in an annotation        select it (the innermost one)",
            "",
            "Single keys (Q, C, S, A, K, N, P, Delete, Backspace, Enter, Tab) act while the article has",
            "the keyboard (Ctrl+1); typed into a field, they are text.");

    static final String PANELS = String.join("\n",
            "In the panels",
            "  Speakers list                 Ctrl+M merge the selected, F2 rename, K next kind, Delete delete",
            "  Speaker picker (Ctrl+4)       type to search, Up / Down to choose, Enter to attribute",
            "                                (\"Create speaker\" for a new name), Escape back to the article",
            "  Find bar (Ctrl+F)             Enter / Shift+Enter next / previous match, Escape closes it",
            "  Windows beside this one       Escape closes them (Ctrl+7 again brings one forward)");

    private Shortcuts() {
    }
}
