package org.attrib.core.compare;

/**
 * How well two sides agree on who said what, over the quotes (or claims) they both found.
 *
 * @param right matched pairs attributed, on both sides, to the same (aligned) speaker
 * @param goldAttributedMatched matched pairs whose reference side is attributed
 * @param goldAttributed reference spans that are attributed, matched or not
 * @param eitherAttributedMatched matched pairs attributed on at least one side
 */
public record Attribution(int right, int goldAttributedMatched, int goldAttributed, int eitherAttributedMatched) {

    public static final Attribution ZERO = new Attribution(0, 0, 0, 0);

    public Attribution plus(Attribution o) {
        return new Attribution(right + o.right, goldAttributedMatched + o.goldAttributedMatched,
                goldAttributed + o.goldAttributed, eitherAttributedMatched + o.eitherAttributedMatched);
    }

    /** Of the reference's attributed spans that were found, the share given the right speaker. */
    public double accuracy() {
        return Counts.ratio(right, goldAttributedMatched);
    }

    /** Of all the reference's attributed spans, the share found and given the right speaker. */
    public double share() {
        return Counts.ratio(right, goldAttributed);
    }

    /** Of the matched pairs attributed by either side, the share both attribute to the same speaker. */
    public double agreement() {
        return Counts.ratio(right, eitherAttributedMatched);
    }
}
