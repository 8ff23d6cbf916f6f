package org.attrib.core.compare;

/** A range of the confidence a suggestion carries, for telling how precision varies with it. */
public enum ConfidenceBand {
    HIGH("high", ">= 0.8"),
    MEDIUM("medium", "0.5 to 0.8"),
    LOW("low", "< 0.5"),
    /** Predictions without a confidence: an analyst's annotations, or another tool's. */
    NONE("none", "no confidence");

    private final String key;
    private final String label;

    ConfidenceBand(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** A stable key for JSON output. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static ConfidenceBand of(Double confidence) {
        if (confidence == null) {
            return NONE;
        }
        return confidence >= 0.8 ? HIGH : confidence >= 0.5 ? MEDIUM : LOW;
    }
}
