package org.attrib.core.compare;

/**
 * True positives, false positives and false negatives of a span comparison, with the scores
 * they give. Counts add up across documents (micro-averaging). A score whose denominator is zero
 * is undefined and returned as {@link Double#NaN}.
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public Counts plus(Counts o) {
        return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    /** How many spans the reference (gold) has. */
    public int reference() {
        return truePositives + falseNegatives;
    }

    /** How many spans the compared side (prediction) has. */
    public int compared() {
        return truePositives + falsePositives;
    }

    public double precision() {
        return ratio(truePositives, compared());
    }

    public double recall() {
        return ratio(truePositives, reference());
    }

    /** Harmonic mean of precision and recall: 2tp / (2tp + fp + fn). */
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    static double ratio(int num, int den) {
        return den == 0 ? Double.NaN : (double) num / den;
    }
}
