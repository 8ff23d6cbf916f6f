package org.attrib.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import org.attrib.core.format.AnnotationFileContent;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.AnnotationFileWriter;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.AnnotationStream;
import org.attrib.core.format.DocumentBinder;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.jsonfile.BytePipe;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Entity;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextException;
import org.attrib.core.text.SourceTextLoader;

/** Opens a source text with its annotation file, and saves the annotations back beside it. */
public final class DocumentFiles {

    /**
     * A document read from disk.
     *
     * @param source the article's path
     * @param annotationFile where its annotations are saved
     * @param document the annotated document
     * @param report what binding the annotations to the text did (re-anchoring, orphans)
     * @param stamp the annotation file as read, to notice later changes by others
     */
    public record Opened(Path source, Path annotationFile, AnnotatedDocument document, DocumentBinder.Report report,
            FileStamp stamp) {
    }

    /** Temporary files older than this are what a killed write left behind. */
    static final java.time.Duration STALE_TEMPORARIES = java.time.Duration.ofHours(1);

    private DocumentFiles() {
    }

    /** Opens an article and, if it has one, its annotation file. */
    public static Opened open(Path source) throws SourceTextException, AnnotationFileException {
        Path annotationFile = AnnotationFormat.annotationFileFor(source);
        if (!Files.exists(annotationFile)) {
            return new Opened(source, annotationFile, new AnnotatedDocument(SourceTextLoader.load(source)),
                    DocumentBinder.Report.UNCHANGED, FileStamp.ABSENT);
        }
        // The annotation file is read and parsed on a side thread while this one decodes the
        // article, stamps the file's bytes and then places the annotations on the text as the
        // parser hands them over: at 5 MB the open takes about the parse's time, not the sum.
        StreamedRead read = new StreamedRead(annotationFile);
        SourceText text;
        try {
            text = SourceTextLoader.load(source);
        } catch (SourceTextException | RuntimeException | Error e) {
            read.cancel();
            throw e;
        }
        // A problem with the text is reported before one with the annotation file, as when read one after the other.
        return read.bindTo(source, text);
    }

    /**
     * Reads an annotation file and binds it to {@code text}, already loaded, placing the
     * annotations as the parser hands them over: what opening adds to reading the text.
     */
    public static Opened openAnnotations(Path source, SourceText text) throws AnnotationFileException {
        return new StreamedRead(AnnotationFormat.annotationFileFor(source)).bindTo(source, text);
    }

    /** An annotation file being read and parsed on side threads, its annotations handed over in batches as they are read. */
    private static final class StreamedRead {

        /** Marks the end of what the parser hands over. */
        private static final Consumer<DocumentBinder.Early> END_OF_FILE = early -> { };

        private final Path annotationFile;
        /** The file's bytes, published by the side thread as soon as it has them, for the stamp. */
        private final CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        private final BlockingQueue<Consumer<DocumentBinder.Early>> handed = new LinkedBlockingQueue<>();
        private final Future<AnnotationFileContent> content;

        StreamedRead(Path annotationFile) {
            this.annotationFile = annotationFile;
            AnnotationStream stream = new AnnotationStream() {
                @Override
                public void begin(String sourceSha256, List<Entity> entities, int expectedAnnotations) {
                    handed.add(early -> early.begin(sourceSha256, entities, expectedAnnotations));
                }

                @Override
                public void annotations(List<StoredAnnotation> batch) {
                    handed.add(early -> early.take(batch));
                }
            };
            content = SideThreads.start(() -> {
                try {
                    byte[] read = readAnnotationBytes(annotationFile);
                    bytes.complete(read);
                    return AnnotationFileReader.parse(annotationFile, read, stream);
                } catch (AnnotationFileException | RuntimeException | Error e) {
                    bytes.completeExceptionally(e); // nothing when the bytes were read
                    throw e;
                } finally {
                    handed.add(END_OF_FILE);
                }
            });
        }

        void cancel() {
            content.cancel(true);
        }

        /** Stamps the file's bytes, binds the annotations as they come, and checks the result against the content read. */
        Opened bindTo(Path source, SourceText text) throws AnnotationFileException {
            FileStamp stamp = FileStamp.of(SideThreads.join(bytes, AnnotationFileException.class));
            DocumentBinder.Early early = new DocumentBinder.Early(annotationFile, text);
            try {
                for (Consumer<DocumentBinder.Early> next = handed.take(); next != END_OF_FILE; next = handed.take()) {
                    next.accept(early);
                }
            } catch (InterruptedException e) {
                cancel();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + annotationFile, e);
            }
            DocumentBinder.Bound bound = early.finish(SideThreads.join(content, AnnotationFileException.class));
            return new Opened(source, annotationFile, bound.document(), bound.report(), stamp);
        }
    }

    /**
     * Opens an article without reading its annotation file (which could not be read): the
     * analyst sees the text, and the bad file stays as it is.
     */
    public static Opened openWithoutAnnotations(Path source) throws SourceTextException, IOException {
        SourceText text = SourceTextLoader.load(source);
        Path annotationFile = AnnotationFormat.annotationFileFor(source);
        return new Opened(source, annotationFile, new AnnotatedDocument(text), DocumentBinder.Report.UNCHANGED,
                FileStamp.read(annotationFile));
    }

    /**
     * Their version of the annotation file, for a merge: bound to this document's source text
     * (re-anchored if it was written for another version of it), with the stamp of what was read.
     */
    public record Theirs(DocumentSnapshot snapshot, FileStamp stamp, DocumentBinder.Report report) {
    }

    /** Reads their version of the annotation file against the source text open here. */
    public static Theirs readTheirs(Path annotationFile, SourceText source) throws AnnotationFileException {
        byte[] bytes = AnnotationFileReader.readBytes(annotationFile);
        AnnotationFileContent content = AnnotationFileReader.parse(annotationFile, bytes);
        DocumentBinder.Bound bound = DocumentBinder.bind(annotationFile, content, source);
        return new Theirs(DocumentSnapshot.of(bound.document()), FileStamp.of(bytes), bound.report());
    }

    /** Reads an annotation file that must be parsed against a document already open (merge, reload). */
    public static AnnotationFileContent readContent(Path annotationFile) throws AnnotationFileException {
        return AnnotationFileReader.parse(annotationFile, readAnnotationBytes(annotationFile));
    }

    private static byte[] readAnnotationBytes(Path annotationFile) throws AnnotationFileException {
        return AnnotationFileReader.readBytes(annotationFile);
    }

    /**
     * Moves an annotation file that could not be read aside, to a clearly named copy beside it
     * ({@code story.annotations.json.unreadable-20261130-101500}), so that the analyst can start
     * afresh without losing it. Returns the copy's path.
     */
    public static Path moveAside(Path badFile) throws IOException {
        return Files.move(badFile, besideWithTime(badFile, "unreadable"));
    }

    /**
     * Saves a snapshot atomically, keeping the previous file as {@code .bak}. Returns the stamp
     * of what was written. The bytes are checked to read back as a valid annotation file before
     * anything is replaced, so a bug can never leave the analyst a file Attrib cannot open.
     */
    public static FileStamp save(DocumentSnapshot snapshot, Path annotationFile) throws IOException {
        // Clutter of killed writes is cleared beside the serialising (listing a folder of 3,000
        // articles takes about 4 ms); only temporaries an hour old are touched, never this save's.
        Future<Integer> cleared = SideThreads.start(() -> AtomicFiles.removeStaleTemporaries(annotationFile, STALE_TEMPORARIES));
        // The bytes are read back as they are serialised, on a side thread: the check costs about
        // as much as the serialising, and would otherwise follow it.
        int sizeHint = AnnotationFileWriter.sizeHint(snapshot);
        BytePipe pipe = new BytePipe();
        Future<Boolean> readsBack = SideThreads.start(() -> AnnotationFileReader.readsBackFast(pipe.source(), sizeHint));
        try {
            AnnotationFileWriter.write(snapshot, pipe.sink());
        } finally {
            pipe.close();
        }
        byte[] bytes = pipe.toByteArray();
        // Stamped beside the write, which mostly waits for the disk.
        Future<FileStamp> stamp = SideThreads.start(() -> FileStamp.of(bytes));
        // The check must pass before anything is replaced. When the fast reader did not take the
        // bytes, the full reader decides, and says what is wrong.
        AtomicFiles.write(annotationFile, bytes, true, () -> {
            if (SideThreads.join(readsBack, IOException.class)) {
                return;
            }
            try {
                AnnotationFileReader.parse(annotationFile, bytes);
            } catch (AnnotationFileException e) {
                throw new IOException("internal error, nothing was written: the annotations would not read back ("
                        + e.getMessage() + ")", e);
            }
        });
        SideThreads.join(cleared, IOException.class);
        return SideThreads.join(stamp, IOException.class);
    }

    /**
     * Saves, unless the file on disk is no longer the one this document last read or wrote
     * ({@code expected}): then nothing is written and {@link ChangedOnDiskException} says so.
     * (Another program writing in the instant between the check and the write is not caught.)
     */
    public static FileStamp saveIfUnchanged(DocumentSnapshot snapshot, Path annotationFile, FileStamp expected)
            throws IOException, ChangedOnDiskException {
        FileStamp now = FileStamp.read(annotationFile);
        if (!now.equals(expected)) {
            throw new ChangedOnDiskException(annotationFile, expected, now);
        }
        return save(snapshot, annotationFile);
    }

    /** Whether the annotation file differs from what this document last read or wrote: check when the window regains focus. */
    public static boolean changedOnDisk(Path annotationFile, FileStamp known) throws IOException {
        return !FileStamp.read(annotationFile).equals(known);
    }

    /**
     * What "keep mine" did: where their version was copied, and the stamp of the file now
     * holding mine.
     *
     * @param theirsCopy the copy of their version, or null when there was no file
     * @param written the stamp of what was written
     */
    public record KeptMine(Path theirsCopy, FileStamp written) {
    }

    /**
     * "Keep mine": copies the annotation file as it is now (theirs) to a clearly named file
     * beside it ({@code story.annotations.json.theirs-20261130-101500}), then saves mine over it.
     */
    public static KeptMine keepMine(DocumentSnapshot mine, Path annotationFile) throws IOException {
        Path copy = null;
        byte[] theirs = null;
        try {
            theirs = Files.readAllBytes(annotationFile);
        } catch (java.nio.file.NoSuchFileException e) {
            // Deleted on disk: nothing of theirs to keep.
        }
        if (theirs != null) {
            copy = besideWithTime(annotationFile, "theirs");
            AtomicFiles.write(copy, theirs);
        }
        return new KeptMine(copy, save(mine, annotationFile));
    }

    /** {@code file + "." + what + "-" + yyyyMMdd-HHmmss}, with a counter when that exists already. */
    static Path besideWithTime(Path file, String what) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + "." + what + "-" + stamp);
        for (int i = 2; Files.exists(aside); i++) {
            aside = file.resolveSibling(file.getFileName() + "." + what + "-" + stamp + "-" + i);
        }
        return aside;
    }
}
