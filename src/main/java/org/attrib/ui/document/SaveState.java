package org.attrib.ui.document;

/** What the status bar says about the annotation file. */
public enum SaveState {
    SAVED("Saved"),
    UNSAVED("Unsaved changes"),
    SAVING("Saving…"),
    FAILED("Save failed"),
    CONFLICT("Changed on disk"),
    READ_ONLY("Read-only");

    private final String label;

    SaveState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
