package org.attrib.core.model;

import java.util.Optional;

/** How a quote renders the speaker's words. */
public enum QuoteForm {
    /** The speaker's words verbatim, in quotation marks. */
    DIRECT("direct"),
    /** Paraphrased speech without quotation marks. */
    INDIRECT("indirect"),
    /** A fragment of the speaker's words quoted inside the reporter's sentence. */
    PARTIAL("partial"),
    /** Paraphrase and verbatim words mixed. */
    MIXED("mixed");

    private final String id;

    QuoteForm(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<QuoteForm> fromId(String id) {
        for (QuoteForm f : values()) {
            if (f.id.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
