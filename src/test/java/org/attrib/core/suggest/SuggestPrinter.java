package org.attrib.core.suggest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextLoader;

/** Prints the suggestions for articles, for looking at the detector's output by eye (not a test). */
public final class SuggestPrinter {

    private SuggestPrinter() {
    }

    /** Prints each sentence's tokens and frames for one sentence-containing text fragment. */
    static void frames(String file) throws Exception {
        String text = SourceTextLoader.load(Path.of(file)).text();
        Lexicon lex = Lexicon.english();
        java.util.List<Paragraph> ps = Paragraph.of(text);
        java.util.List<QuotedSpan> qs = QuoteScanner.scan(text, ps);
        for (Paragraph p : ps) {
            java.util.List<QuotedSpan> in = qs.stream().filter(q -> q.paragraph() == p.index()).toList();
            int qi = qs.indexOf(in.isEmpty() ? null : in.get(0));
            for (Sentence s : Sentence.split(text, p, in, lex)) {
                java.util.List<Token> t = Tokenizer.tokens(text, s.start(), s.end(), qs, Math.max(0, qi), lex);
                PhraseFinder pf = new PhraseFinder(t, text, lex);
                FrameFinder ff = new FrameFinder(t, pf, lex);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < t.size(); i++) {
                    sb.append(i).append(':').append(t.get(i).isQuote() ? "Q" : t.get(i).text()).append(' ');
                }
                System.out.println("S " + sb);
                Phrase subj = ff.sentenceSubject();
                System.out.println("   subject=" + (subj == null ? "-" : subj.kind() + " " + subj.text(text))
                        + " phrases=" + pf.all().stream().map(x -> x.kind() + ":" + x.text(text) + "/" + x.entityKind()).toList());
                for (Frame f : ff.find()) {
                    System.out.println("   F verb=" + t.get(f.verb()).text() + " speaker=" + (f.speaker() == null ? "-" : f.speaker().kind() + ":" + f.speaker().text(text))
                            + " from=" + f.from() + " to=" + f.to() + " content=" + f.contentFrom() + ".." + f.contentTo());
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            if (a.startsWith("--frames=")) {
                frames(a.substring(9));
                continue;
            }
            SourceText s = SourceTextLoader.load(Path.of(a));
            Suggestions sug = new Suggester().suggest(s);
            Map<String, String> names = new HashMap<>();
            for (Entity e : sug.entities()) {
                names.put(e.id(), e.name() + "/" + e.kind().id());
            }
            System.out.println("== " + a);
            for (Annotation x : sug.annotations()) {
                String who = x.entityId() != null ? names.get(x.entityId()) : x.speakerId() != null ? names.get(x.speakerId()) : "-";
                System.out.printf("%-7s %5d %5d %-8s %-30s %s via=%s%n", x.type().id(), x.start(), x.end(),
                        x.form() == null ? "" : x.form().id(), who, s.slice(x.start(), x.end()).replace('\n', ' '),
                        x.viaId() == null ? "-" : "y");
            }
        }
    }
}
