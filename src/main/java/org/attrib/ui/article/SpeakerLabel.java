package org.attrib.ui.article;

/**
 * What the article shows beside an attributed quote or claim: its speaker's name, at the line
 * where the span ends.
 *
 * @param endChar the UTF-16 offset just after the span
 * @param name the speaker's name
 * @param colour which of the speaker colours (0 to {@link #COLOURS} - 1); one per speaker
 * @param pending the attribution is a suggestion not accepted yet
 * @param selected the quote or claim is the selected annotation
 */
public record SpeakerLabel(int endChar, String name, int colour, boolean pending, boolean selected) {

    /** How many speaker colours the style sheet defines (.speaker-label-0 …). */
    public static final int COLOURS = 8;
}
