package org.attrib.testsupport;

import java.nio.file.Path;

import org.attrib.core.io.DocumentFiles;
import org.attrib.core.text.SourceTextLoader;

/**
 * Run in a separate JVM (as an unprivileged user, see {@link Unprivileged}): loads a source
 * text or opens an article with its annotations and prints one line, {@code OK} or the
 * exception's class and message.
 */
public final class LoadProbe {

    private LoadProbe() {
    }

    public static void main(String[] args) {
        Path path = Path.of(args[1]);
        try {
            if (args[0].equals("source")) {
                SourceTextLoader.load(path);
            } else {
                DocumentFiles.open(path);
            }
            System.out.println("OK");
        } catch (Exception e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
