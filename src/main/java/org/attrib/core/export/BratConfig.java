package org.attrib.core.export;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;

/**
 * The brat configuration written with an export: {@code annotation.conf} declares the labels,
 * the attribution relation and the attributes (brat reads it from the document's folder or the
 * nearest folder above); {@code visual.conf} gives them Attrib's colours.
 */
final class BratConfig {

    private BratConfig() {
    }

    static String annotationConf(boolean inception) {
        String forms = Arrays.stream(QuoteForm.values()).map(QuoteForm::id).collect(Collectors.joining("|"));
        String kinds = Arrays.stream(EntityKind.values()).map(EntityKind::id).collect(Collectors.joining("|"));
        StringBuilder s = new StringBuilder();
        s.append("# Written by Attrib: quotes, claims and their speakers.\n");
        s.append("[entities]\n");
        s.append(BratTerms.QUOTE).append('\n');
        s.append(BratTerms.CLAIM).append('\n');
        s.append(BratTerms.SPEAKER).append('\n');
        s.append("\n[relations]\n");
        s.append(BratTerms.ATTRIBUTED_TO).append('\t').append(BratTerms.ARG1).append(':').append(BratTerms.QUOTE)
                .append('|').append(BratTerms.CLAIM).append(", ").append(BratTerms.ARG2).append(':').append(BratTerms.SPEAKER).append('\n');
        s.append("\n[events]\n");
        s.append("\n[attributes]\n");
        s.append(BratTerms.FORM).append("\tArg:").append(BratTerms.QUOTE).append(", Value:").append(forms).append('\n');
        s.append(BratTerms.CHECK_WORTHY).append("\tArg:").append(BratTerms.CLAIM).append(", Value:")
                .append(BratTerms.YES).append('|').append(BratTerms.NO).append('\n');
        s.append(BratTerms.PENDING).append("\tArg:<ENTITY>\n");
        s.append(BratTerms.KIND).append("\tArg:").append(BratTerms.SPEAKER).append(", Value:").append(kinds).append('\n');
        if (inception) {
            // Entity ids differ in every corpus, so brat cannot list them; INCEpTION does not read this file.
            s.append("# ").append(BratTerms.ENTITY).append(" (entity id) is written on every span that has a speaker entity.\n");
        }
        return s.toString();
    }

    static String visualConf() {
        return """
                # Written by Attrib: its colours (quotes blue, claims amber, speakers purple).
                [labels]
                Quote | Quote | Q
                Claim | Claim | C
                Speaker | Speaker | S
                AttributedTo | attributed to | to

                [drawing]
                Quote\tbgColor:#cfe4ff
                Claim\tbgColor:#ffd89b
                Speaker\tbgColor:#e1bee7, fgColor:#4a148c
                AttributedTo\tcolor:#2e7d32, arrowHead:triangle-5
                Form\tglyph:D|I|P|M
                CheckWorthy\tglyph:!|-
                Pending\tglyph:?
                Kind\tglyph:P|O|X
                """;
    }
}
