package org.attrib.cli;

import java.io.PrintWriter;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attrib.core.compare.Attribution;
import org.attrib.core.compare.BandCounts;
import org.attrib.core.compare.Category;
import org.attrib.core.compare.Comparison;
import org.attrib.core.compare.ConfidenceBand;
import org.attrib.core.compare.ConfidencePrecision;
import org.attrib.core.compare.Counts;
import org.attrib.core.compare.KappaCounts;
import org.attrib.core.model.AnnotationType;

/** Prints a comparison as a table or as JSON, for {@code eval} and {@code agree}. */
final class ScoreReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScoreReport() {
    }

    /** Precision, recall and F1 per category, exact and overlapping, with counts. */
    static void spanTable(PrintWriter out, Comparison c, String goldLabel, String predLabel) {
        out.printf(Locale.ROOT, "%-16s %-22s %-22s %6s %6s%n", "", "exact span", "overlapping span", "", "");
        out.printf(Locale.ROOT, "%-16s %6s %6s %6s   %6s %6s %6s   %6s %6s%n", "type", "P", "R", "F1", "P", "R", "F1",
                goldLabel, predLabel);
        for (Category cat : Category.values()) {
            Counts e = c.exact().get(cat);
            Counts o = c.overlap().get(cat);
            out.printf(Locale.ROOT, "%-16s %6s %6s %6s   %6s %6s %6s   %6d %6d%n", cat.label(),
                    f(e.precision()), f(e.recall()), f(e.f1()), f(o.precision()), f(o.recall()), f(o.f1()),
                    o.reference(), o.compared());
        }
    }

    static void attributionLines(PrintWriter out, Comparison c) {
        for (Category cat : Category.values()) {
            if (!cat.isAttributable()) {
                continue;
            }
            Attribution a = c.attribution().get(cat);
            out.printf(Locale.ROOT, "  %-15s %d of %d found (%s); %d of all %d gold (%s)%n", cat.label(),
                    a.right(), a.goldAttributedMatched(), f(a.accuracy()), a.right(), a.goldAttributed(), f(a.share()));
        }
    }

    static void kappaLines(PrintWriter out, Comparison c) {
        out.printf(Locale.ROOT, "%-16s %6s %6s %8s%n", "type", "kappa", "agree", "tokens");
        for (AnnotationType t : AnnotationType.values()) {
            KappaCounts k = c.kappa().get(t);
            out.printf(Locale.ROOT, "%-16s %6s %6s %8d%n", t.id(), f(k.kappa()), f(k.observed()), k.total());
        }
    }

    /** One line per confidence band that has predictions. */
    static void confidenceLines(PrintWriter out, ConfidencePrecision p) {
        out.printf(Locale.ROOT, "  %-15s %6s %6s %6s %6s%n", "confidence", "pred", "exact", "overlap", "right");
        for (ConfidenceBand band : ConfidenceBand.values()) {
            BandCounts b = p.bands().get(band);
            if (b.predicted() > 0) {
                out.printf(Locale.ROOT, "  %-15s %6d %6s %6s %6s%n", band.label(), b.predicted(), f(b.exactPrecision()),
                        f(b.overlapPrecision()), f(b.rightPrecision()));
            }
        }
    }

    /** Every band, with its counts and precisions. */
    static void confidenceJson(ObjectNode node, ConfidencePrecision p) {
        for (ConfidenceBand band : ConfidenceBand.values()) {
            BandCounts b = p.bands().get(band);
            ObjectNode n = node.putObject(band.key());
            n.put("predicted", b.predicted());
            n.put("exact", b.exact());
            n.put("overlap", b.overlap());
            n.put("right", b.right());
            number(n, "exactPrecision", b.exactPrecision());
            number(n, "overlapPrecision", b.overlapPrecision());
            number(n, "rightPrecision", b.rightPrecision());
        }
    }

    static ObjectNode json(Comparison c) {
        ObjectNode root = JSON.createObjectNode();
        root.put("documents", c.documents());
        ObjectNode spans = root.putObject("spans");
        for (Category cat : Category.values()) {
            ObjectNode n = spans.putObject(cat.key());
            counts(n.putObject("exact"), c.exact().get(cat));
            counts(n.putObject("overlap"), c.overlap().get(cat));
        }
        ObjectNode attribution = root.putObject("attribution");
        for (Category cat : Category.values()) {
            if (cat.isAttributable()) {
                Attribution a = c.attribution().get(cat);
                ObjectNode n = attribution.putObject(cat.key());
                n.put("right", a.right());
                n.put("goldAttributedMatched", a.goldAttributedMatched());
                n.put("goldAttributed", a.goldAttributed());
                n.put("eitherAttributedMatched", a.eitherAttributedMatched());
                number(n, "accuracy", a.accuracy());
                number(n, "share", a.share());
                number(n, "agreement", a.agreement());
            }
        }
        ObjectNode kappa = root.putObject("kappa");
        for (AnnotationType t : AnnotationType.values()) {
            KappaCounts k = c.kappa().get(t);
            ObjectNode n = kappa.putObject(t.id());
            number(n, "kappa", k.kappa());
            number(n, "observed", k.observed());
            n.put("both", k.both());
            n.put("onlyA", k.onlyA());
            n.put("onlyB", k.onlyB());
            n.put("neither", k.neither());
        }
        return root;
    }

    static String toJson(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("writing JSON to a string cannot fail", e);
        }
    }

    private static void counts(ObjectNode n, Counts c) {
        n.put("tp", c.truePositives());
        n.put("fp", c.falsePositives());
        n.put("fn", c.falseNegatives());
        number(n, "precision", c.precision());
        number(n, "recall", c.recall());
        number(n, "f1", c.f1());
    }

    /** Undefined scores (nothing to divide by) are written as null. */
    private static void number(ObjectNode n, String field, double v) {
        if (Double.isNaN(v)) {
            n.putNull(field);
        } else {
            n.put(field, Math.round(v * 10000) / 10000.0);
        }
    }

    /** Three decimals, or "-" when undefined. */
    static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
