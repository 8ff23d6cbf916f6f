package org.attrib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.format.SourceFileName;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.io.SaveProblems;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.suggest.Suggester;
import org.attrib.core.suggest.SuggestionMerger;
import org.attrib.core.text.SourceTextException;

/**
 * {@code attrib suggest PATH... [--out FILE]}: adds the suggester's proposals as pending
 * annotations to each article's annotation file, leaving the analyst's annotations as they are.
 */
@Command(name = "suggest",
        description = {"Suggests quotes, speakers and claims for articles and adds them as pending annotations to each "
                + "article's X.annotations.json (created if missing). The analyst's annotations are left untouched and "
                + "nothing already annotated is suggested again. An annotation file that cannot be read is never overwritten.",
                "Exit codes: 0 all suggested, 1 some articles could not be read or were left untouched (the rest were done), "
                + "2 bad usage, 3 an annotation file could not be written."},
        mixinStandardHelpOptions = true)
final class SuggestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles (.txt) or folders of articles (searched recursively).")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the annotations to this file instead (one article only).")
    Path outFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> articles = new ArrayList<>();
        int problems = 0;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try {
                    List<Path> found = ArticleFiles.articlesUnder(p);
                    if (found.isEmpty()) {
                        err.println("attrib suggest: " + p + ": no articles (.txt files) in this folder");
                        problems++;
                    }
                    articles.addAll(found);
                } catch (IOException e) {
                    err.println("attrib suggest: " + p + ": cannot list the folder (" + Reporter.reason(e) + ")");
                    problems++;
                }
            } else if (!Files.isRegularFile(p)) {
                err.println("attrib suggest: " + p + ": no such file or folder");
                problems++;
            } else if (p.getFileName().toString().endsWith(AnnotationFormat.SUFFIX)) {
                err.println("attrib suggest: " + p + ": this is an annotation file; give the article (.txt) instead");
                problems++;
            } else {
                articles.add(p);
            }
        }
        if (outFile != null && (paths.size() != 1 || articles.size() != 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out takes exactly one article");
        }
        Suggester suggester = new Suggester();
        int failed = 0;
        Progress progress = Progress.onConsole(err, articles.size());
        for (Path article : articles) {
            progress.step(article.toString());
            try {
                DocumentFiles.Opened opened = DocumentFiles.open(article);
                if (opened.report().recordedName() != null) {
                    // Saving would write the article's own name over the one recorded: the analyst decides, not suggest.
                    progress.clear();
                    err.println("attrib suggest: " + opened.annotationFile() + ": /source/file: "
                            + SourceFileName.mismatch(opened.report().recordedName(), article.getFileName().toString(), true)
                            + " (left untouched)");
                    problems++;
                    continue;
                }
                if (opened.report().moved() > 0 || opened.report().orphaned() > 0) {
                    progress.clear();
                    err.println("attrib suggest: " + opened.annotationFile() + ": the article changed since its annotations "
                            + "were saved; open it in Attrib to check them first (left untouched)");
                    problems++;
                    continue;
                }
                SuggestionMerger.Merge merge = SuggestionMerger.merge(opened.document(), suggester.suggest(opened.document().source()));
                merge.edit().redo();
                Path target = outFile != null ? outFile : opened.annotationFile();
                DocumentFiles.save(DocumentSnapshot.of(opened.document()), target);
                progress.clear();
                out.println(target + ": " + describe(merge));
            } catch (SourceTextException | AnnotationFileException e) {
                progress.clear();
                err.println("attrib suggest: " + e.getMessage() + (e instanceof AnnotationFileException ? " (left untouched)" : ""));
                problems++;
            } catch (IOException e) {
                progress.clear();
                Path target = outFile != null ? outFile : AnnotationFormat.annotationFileFor(article);
                err.println("attrib suggest: " + target + ": cannot save the annotations: " + SaveProblems.reason(target, e)
                        + "; the file and its .bak are as they were");
                failed++;
            }
        }
        progress.clear();
        out.flush();
        return failed > 0 ? AttribCli.ERROR : problems > 0 ? AttribCli.PROBLEMS : AttribCli.OK;
    }

    private static String describe(SuggestionMerger.Merge m) {
        Map<AnnotationType, Integer> a = m.added();
        return String.format(Locale.ROOT, "%d suggestion(s) added (%d quotes, %d claims, %d speaker mentions)%s",
                m.addedTotal(), a.getOrDefault(AnnotationType.QUOTE, 0), a.getOrDefault(AnnotationType.CLAIM, 0),
                a.getOrDefault(AnnotationType.SPEAKER, 0),
                m.skipped() > 0 ? ", " + m.skipped() + " already annotated" : "");
    }
}
