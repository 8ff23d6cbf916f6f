package org.attrib.core.compare;

/**
 * The predictions of one confidence band and how many of them were right.
 *
 * @param predicted predictions in the band
 * @param exact those matching a reference span exactly
 * @param overlap those matching a reference span by overlap
 * @param right those matching by overlap with the right speaker: the reference's speaker for a quote
 *     or claim, the reference mention's entity for a speaker mention
 */
public record BandCounts(int predicted, int exact, int overlap, int right) {

    public static final BandCounts ZERO = new BandCounts(0, 0, 0, 0);

    public BandCounts plus(BandCounts o) {
        return new BandCounts(predicted + o.predicted, exact + o.exact, overlap + o.overlap, right + o.right);
    }

    public double exactPrecision() {
        return Counts.ratio(exact, predicted);
    }

    public double overlapPrecision() {
        return Counts.ratio(overlap, predicted);
    }

    public double rightPrecision() {
        return Counts.ratio(right, predicted);
    }
}
