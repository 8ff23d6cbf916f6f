package org.attrib.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attrib.testsupport.Gens.checking;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.AnnotationFileWriter;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentBinder;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.text.SourceTextLoader;
import org.attrib.testsupport.Coverage;
import org.attrib.testsupport.SampleArticle;
import org.attrib.testsupport.TempFolder;

/**
 * Thousands of damaged annotation files fed to the loader: byte flips, truncations, inserted and
 * repeated bytes, fields deleted, duplicated or of another type, huge numbers, deep nesting,
 * changed hashes (so that re-anchoring runs on nonsense). Every outcome is a loaded document or
 * an {@link AnnotationFileException}, never another exception, nothing in the folder is
 * written, and the outcome is what reading the file whole and then binding it gives (opening
 * binds while the parser reads).
 */
class AnnotationFileFuzzTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    static Path folder;
    static Path source;
    static Path file;
    static byte[] good;

    @BeforeAll
    static void writeAGoodFile() throws Exception {
        source = SampleArticle.withAnnotations(folder);
        file = AnnotationFormat.annotationFileFor(source);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
        good = Files.readAllBytes(file);
    }

    @Test
    void damagedFilesLoadOrAreRefusedAndNothingIsWritten() {
        Coverage outcomes = new Coverage("outcome");
        qt().withExamples(3000).forAll(longs().all())
                .checkAssert(checking(seed -> damagedFilesLoadOrAreRefusedAndNothingIsWritten(seed, outcomes)));
        System.out.println(outcomes);
        outcomes.assertMoreThan("refused", 30);
        outcomes.assertMoreThan("loaded", 4);
        outcomes.assertMoreThan("loaded, re-anchored", 2);
    }

    private void damagedFilesLoadOrAreRefusedAndNothingIsWritten(long seed, Coverage outcomes) throws Exception {
        Random r = new Random(seed);
        byte[] bytes = good;
        if (r.nextInt(3) == 0) {
            // Another source hash: the loader re-anchors whatever the damaged annotations say.
            ObjectNode root = (ObjectNode) JSON.readTree(good);
            ((ObjectNode) root.get("source")).put("sha256", "ab".repeat(32));
            bytes = write(root);
        }
        int mutations = 1 + r.nextInt(3);
        boolean plausible = r.nextBoolean();
        for (int i = 0; i < mutations; i++) {
            bytes = plausible ? mutatePlausibly(bytes, r) : r.nextInt(3) == 0 ? mutateBytes(bytes, r) : mutateTree(bytes, r);
        }
        Files.write(file, bytes);
        Map<String, String> before = TempFolder.fingerprint(folder);

        String outcome;
        String readInTurn = readInTurn();
        try {
            DocumentFiles.Opened opened = DocumentFiles.open(source);
            assertThat(describe(opened.document(), opened.report()))
                    .as("binding while the file is read gives what reading, then binding gives").isEqualTo(readInTurn);
            // What loaded also saves to a file that reads back.
            AnnotationFileReader.parse(file, AnnotationFileWriter.toBytes(DocumentSnapshot.of(opened.document())));
            outcome = opened.report().sourceChanged() ? "loaded, re-anchored" : "loaded";
        } catch (AnnotationFileException e) {
            assertThat(e.getMessage()).startsWith(file.toString());
            assertThat("refused: " + e.getMessage()).isEqualTo(readInTurn);
            outcome = "refused";
        }
        assertThat(TempFolder.fingerprint(folder)).isEqualTo(before);
        outcomes.collect(outcome);
    }

    /** The outcome of reading the file whole, then binding it: what {@link DocumentFiles#open} must match. */
    static String readInTurn() throws Exception {
        try {
            DocumentBinder.Bound b = DocumentBinder.bind(file, AnnotationFileReader.read(file), SourceTextLoader.load(source));
            return describe(b.document(), b.report());
        } catch (AnnotationFileException e) {
            return "refused: " + e.getMessage();
        }
    }

    /** A document as its file would be written, with the binding's report (placements in id order). */
    static String describe(AnnotatedDocument doc, DocumentBinder.Report report) {
        return new String(AnnotationFileWriter.toBytes(DocumentSnapshot.of(doc)), StandardCharsets.UTF_8) + "\n" + report.sourceChanged()
                + " " + report.kept() + " " + report.moved() + " " + report.fuzzy() + " " + report.orphaned() + " "
                + new TreeMap<>(report.placements());
    }

    // ---- byte-level damage

    static byte[] mutateBytes(byte[] in, Random r) {
        if (in.length == 0) {
            return new byte[] {(byte) r.nextInt(256)};
        }
        int at = r.nextInt(in.length);
        switch (r.nextInt(5)) {
            case 0 -> {
                byte[] out = in.clone();
                for (int i = 0; i < 1 + r.nextInt(4); i++) {
                    out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return out;
            }
            case 1 -> {
                return Arrays.copyOf(in, at);
            }
            case 2 -> {
                byte[] noise = new byte[1 + r.nextInt(8)];
                byte[] pool = {0, (byte) 0xFF, (byte) 0xC3, '"', '{', '}', '[', ']', ',', ':', '\\', '\n', '9', '-'};
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = pool[r.nextInt(pool.length)];
                }
                return splice(in, at, at, noise);
            }
            case 3 -> {
                return splice(in, at, Math.min(in.length, at + 1 + r.nextInt(40)), new byte[0]);
            }
            default -> {
                int to = Math.min(in.length, at + 1 + r.nextInt(200));
                return splice(in, to, to, Arrays.copyOfRange(in, at, to));
            }
        }
    }

    static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        byte[] out = new byte[in.length - (to - from) + insert.length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(in, to, out, from + insert.length, in.length - to);
        return out;
    }

    // ---- structural damage

    static byte[] mutateTree(byte[] in, Random r) throws Exception {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (Exception e) {
            return mutateBytes(in, r);
        }
        if (root == null || !root.isContainerNode()) {
            return mutateBytes(in, r);
        }
        if (r.nextInt(8) == 0) {
            return duplicateALine(write(root), r);
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(r.nextInt(containers.size()));
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(r.nextInt(names.size()));
            switch (r.nextInt(4)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name, strange(o.get(name), r));
                case 2 -> o.set(names.get(r.nextInt(names.size())), o.get(name).deepCopy());
                default -> o.set(r.nextBoolean() ? "extra" : name + "x", strange(NODES.nullNode(), r));
            }
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            int i = r.nextInt(a.size());
            switch (r.nextInt(3)) {
                case 0 -> a.remove(i);
                case 1 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, strange(a.get(i), r));
            }
        }
        return write(root);
    }

    /**
     * Damage that keeps the file's shape, so that more of it gets past the structural checks to
     * binding and re-anchoring: offsets moved, texts and contexts changed, optional fields dropped.
     */
    static byte[] mutatePlausibly(byte[] in, Random r) throws Exception {
        JsonNode root = JSON.readTree(in);
        JsonNode list = root.get("annotations");
        if (!(list instanceof ArrayNode a) || a.isEmpty() || !(a.get(r.nextInt(a.size())) instanceof ObjectNode o)) {
            return mutateTree(in, r);
        }
        String[] optional = {"prefix", "suffix", "note", "via", "speaker", "form", "checkWorthy", "pending"};
        switch (r.nextInt(5)) {
            case 0 -> o.put("start", Math.max(0, o.path("start").asInt() + r.nextInt(11) - 5));
            case 1 -> o.put("end", Math.max(0, o.path("end").asInt() + r.nextInt(11) - 5));
            case 2 -> {
                String t = o.path("text").asText();
                int at = t.isEmpty() ? 0 : r.nextInt(t.length());
                o.put("text", t.substring(0, at) + "xyz".substring(r.nextInt(3)) + t.substring(Math.min(t.length(), at + r.nextInt(3))));
            }
            case 3 -> o.put(r.nextBoolean() ? "prefix" : "suffix", "\uD83C\uDDF2\uD83C\uDDFD " + r.nextInt());
            default -> o.remove(optional[r.nextInt(optional.length)]);
        }
        return write(root);
    }

    /** A value that is wrong in some way: another type, a huge or negative number, deep nesting, odd text. */
    static JsonNode strange(JsonNode was, Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(r.nextBoolean());
            case 2 -> NODES.numberNode(new java.math.BigInteger("9".repeat(1 + r.nextInt(40))));
            case 3 -> NODES.numberNode(r.nextBoolean() ? 1e300 : -1);
            case 4 -> NODES.numberNode(r.nextInt(8000) - 10);
            case 5 -> NODES.textNode(was != null && was.isTextual() && !was.asText().isEmpty()
                    ? was.asText().substring(0, r.nextInt(was.asText().length())) : "");
            case 6 -> NODES.textNode("\u0000\uD83D\uDE00" + "x".repeat(r.nextInt(3) == 0 ? 100_000 : 3) + "\"\\");
            case 7 -> NODES.textNode(DEEP + (r.nextInt(2) == 0 ? 5 : 30 + r.nextInt(5000)) + "@@");
            case 8 -> NODES.textNode(r.nextBoolean() ? "quote" : "0".repeat(64));
            case 9 -> NODES.objectNode();
            case 10 -> NODES.arrayNode();
            default -> NODES.numberNode(was != null && was.isInt() ? was.asInt() + r.nextInt(21) - 10 : Integer.MAX_VALUE);
        };
    }

    static final String DEEP = "@@DEEP";

    /** Writes a tree, with each deep-nesting marker replaced by that many nested arrays (beyond what Jackson writes). */
    static byte[] write(JsonNode root) throws Exception {
        String s = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + DEEP + "(\\d+)@@\"").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int depth = Integer.parseInt(m.group(1));
            m.appendReplacement(out, "[".repeat(depth) + "]".repeat(depth));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    /** A line repeated, which for {@code "field": value,} lines makes a duplicate field. */
    static byte[] duplicateALine(byte[] in, Random r) {
        String s = new String(in, StandardCharsets.UTF_8);
        String[] lines = s.split("\n", -1);
        int i = r.nextInt(lines.length);
        List<String> out = new ArrayList<>(Arrays.asList(lines));
        out.add(i, lines[i]);
        return String.join("\n", out).getBytes(StandardCharsets.UTF_8);
    }
}
