package org.attrib.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.attrib.core.batch.DocumentRef;
import org.attrib.core.batch.Problem;
import org.attrib.core.validate.AnnotationValidator;

/** {@code attrib validate PATH...}: checks annotation files against their articles. */
@Command(name = "validate",
        header = "Check annotation files against their articles.",
        mixinStandardHelpOptions = true,
        description = {
            "Checks that each annotation file is well formed, that its article is beside it and is the text it was written"
                    + " for (same SHA-256), that every annotation covers the text it recorded, and that none is left unplaced.",
            "Prints one line per problem: FILE: WHERE: REASON.",
            "Exit codes: 0 no problems, 1 problems found, 2 bad usage, 3 I/O error."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "annotation files (.annotations.json), articles (.txt) or folders, searched recursively")
    List<Path> paths;

    @Override
    public Integer call() {
        Reporter reporter = new Reporter("validate", spec.commandLine().getOut(), spec.commandLine().getErr());
        List<DocumentRef> docs = Corpus.find(paths, reporter, false);
        Progress progress = reporter.progress(docs.size());
        int annotated = 0;
        for (DocumentRef ref : docs) {
            progress.step(ref.name());
            if (ref.annotationFile().toFile().exists()) {
                annotated++;
            }
            for (Problem p : AnnotationValidator.validate(ref)) {
                reporter.finding(p);
            }
        }
        progress.clear();
        reporter.summary(docs.size() + (docs.size() == 1 ? " article" : " articles") + " checked (" + annotated + " annotated): "
                + (reporter.problems() == 0 ? "no problems" : reporter.problems() + (reporter.problems() == 1 ? " problem" : " problems")));
        return reporter.exitCode();
    }
}
