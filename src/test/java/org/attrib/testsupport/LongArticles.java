package org.attrib.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attrib.core.text.SourceTextException;
import org.attrib.core.text.SourceTextLoader;

/**
 * Long articles made of the sample corpus's text, repeated: on one line (every line break a
 * space, as some scrapes and exports give them) or in its paragraphs, to compare what a long
 * line costs with what the same text costs in paragraphs. Each is cut at the size asked for,
 * in the middle of a word, as a download cut short is: its last line ends without a full stop.
 */
public final class LongArticles {

    private static final Path SAMPLES = Path.of(System.getProperty("attrib.sample.dir", "annotations"));

    private LongArticles() {
    }

    /** The sample articles, one after the other, repeated to {@code chars} chars, on one line. */
    public static String oneLine(int chars) {
        return repeated(corpus().replace('\n', ' ').replaceAll(" {2,}", " "), " ", chars);
    }

    /** The same, in its paragraphs. */
    public static String inParagraphs(int chars) {
        return repeated(corpus(), "\n\n", chars);
    }

    private static String repeated(String piece, String between, int chars) {
        StringBuilder s = new StringBuilder(chars + piece.length());
        while (s.length() < chars) {
            s.append(piece.strip()).append(between);
        }
        int end = chars;
        while (!Character.isLetter(s.charAt(end - 1)) || Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String corpus() {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            for (Path p : articles) {
                s.append(SourceTextLoader.load(p).text().strip()).append("\n\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SourceTextException e) {
            throw new IllegalStateException(e);
        }
        return s.toString();
    }
}
