package org.attrib.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import org.attrib.core.format.AnnotationFileContent;
import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.AnnotationFileWriter;
import org.attrib.core.format.DocumentBinder;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Saving and loading an annotation file, beside writing and parsing the same JSON with
 * Jackson's tree model.
 *
 * <ul>
 * <li>{@code saveAttrib}: what a save does ({@link DocumentFiles#save}): snapshot of the document,
 * streaming write, the bytes parsed back and checked before anything is replaced, atomic
 * replace keeping a {@code .bak}, fsync.
 * <li>{@code saveFloor}: the file's JSON tree written with Jackson (pretty-printed) to a file.
 * <li>{@code serialiseAttrib} / {@code serialiseFloor}: the same, in memory only.
 * <li>{@code loadAttrib}: reading the annotation file, checking it, stamping its bytes, and
 * binding it onto the article's text (loaded beforehand) as the parser hands the annotations
 * over ({@link DocumentFiles#openAnnotations}): what opening adds to reading the text.
 * <li>{@code parseAttrib}: the reading, parsing and checking alone, without binding.
 * <li>{@code loadFloor}: reading the same file and parsing it into a Jackson tree.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FileBenchmarks {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        PRETTY = MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    @Param({"100kb", "1mb", "5mb"})
    public String article;

    private Path annotationFile;
    private SourceText text;
    private AnnotatedDocument document;
    private JsonNode tree;
    private Path out;
    private Path floorOut;
    private Path sourceFile;

    @Setup(Level.Trial)
    public void open() throws Exception {
        Article a = Article.of(article);
        Path dir = BenchFiles.dir();
        annotationFile = a.annotationFile(dir);
        sourceFile = a.source(dir);
        text = SourceTextLoader.load(a.source(dir));
        document = DocumentFiles.open(a.source(dir)).document();
        tree = MAPPER.readTree(Files.readAllBytes(annotationFile));
        Path tmp = Files.createDirectories(dir.resolve("jmh-out"));
        out = tmp.resolve("article-" + article + ".annotations.json");
        floorOut = tmp.resolve("article-" + article + ".floor.json");
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        Files.deleteIfExists(out);
        Files.deleteIfExists(out.resolveSibling(out.getFileName() + ".bak"));
        Files.deleteIfExists(floorOut);
    }

    @Benchmark
    public Object saveAttrib() throws IOException {
        return DocumentFiles.save(DocumentSnapshot.of(document), out);
    }

    @Benchmark
    public Object saveFloor() throws IOException {
        return Files.write(floorOut, PRETTY.writeValueAsBytes(tree));
    }

    /**
     * The floor with the durability every save of Attrib has: a temporary file forced to disk,
     * moved over the file in one step, the folder forced. What remains beyond it is the check
     * that the bytes read back.
     */
    @Benchmark
    public Object saveFloorDurable() throws IOException {
        byte[] bytes = PRETTY.writeValueAsBytes(tree);
        Path temp = floorOut.resolveSibling(floorOut.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        Files.move(temp, floorOut, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel folder = FileChannel.open(floorOut.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        }
        return bytes;
    }

    @Benchmark
    public byte[] serialiseAttrib() {
        return AnnotationFileWriter.toBytes(DocumentSnapshot.of(document));
    }

    @Benchmark
    public byte[] serialiseFloor() throws IOException {
        return PRETTY.writeValueAsBytes(tree);
    }

    @Benchmark
    public Object loadAttrib() throws Exception {
        return DocumentFiles.openAnnotations(sourceFile, text);
    }

    @Benchmark
    public Object parseAttrib() throws Exception {
        return AnnotationFileReader.read(annotationFile);
    }

    @Benchmark
    public JsonNode loadFloor() throws IOException {
        return MAPPER.readTree(Files.readAllBytes(annotationFile));
    }
}
