package org.attrib.core.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The IRIs a Web Annotation export gives things: an article is the base IRI followed by its name
 * ({@code urn:attrib:world/story.txt}, or {@code https://example.org/corpus/world/story.txt}
 * with another base); its annotations, speaker entities and annotation collection are fragments
 * of it ({@code #annotation-a1}, {@code #entity-e1}, {@code #annotations}).
 */
public final class W3cIris {

    public static final String DEFAULT_BASE = "urn:attrib:";

    private static final String ANNOTATION = "#annotation-";
    private static final String ENTITY = "#entity-";
    private static final String COLLECTION = "#annotations";
    private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S*");

    private final String base;

    /** @throws IllegalArgumentException when the base is not an absolute IRI without spaces or a fragment */
    public W3cIris(String base) {
        Objects.requireNonNull(base, "base");
        if (!ABSOLUTE.matcher(base).matches() || base.contains("#")) {
            throw new IllegalArgumentException("the base IRI \"" + base
                    + "\" must be absolute (start with a scheme such as urn: or https:), without spaces or a '#'");
        }
        this.base = base;
    }

    public static W3cIris standard() {
        return new W3cIris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /** The article's IRI: the base followed by its name, percent-encoded (folders kept as '/'). */
    public String source(String name) {
        StringBuilder out = new StringBuilder(base);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '/' || isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    public String annotation(String sourceIri, String id) {
        return sourceIri + ANNOTATION + id;
    }

    public String entity(String sourceIri, String id) {
        return sourceIri + ENTITY + id;
    }

    public String collection(String sourceIri) {
        return sourceIri + COLLECTION;
    }

    public String page(String sourceIri) {
        return sourceIri + COLLECTION + "-page-1";
    }

    /** The annotation id in an annotation IRI of this article, if it is one. */
    public Optional<String> annotationId(String sourceIri, String iri) {
        return fragment(sourceIri + ANNOTATION, iri);
    }

    /** The entity id in an entity IRI of this article, if it is one. */
    public Optional<String> entityId(String sourceIri, String iri) {
        return fragment(sourceIri + ENTITY, iri);
    }

    /** The article name an IRI made by {@link #source} stands for, if it starts with this base. */
    public Optional<String> name(String sourceIri) {
        if (!sourceIri.startsWith(base) || sourceIri.length() == base.length()) {
            return Optional.empty();
        }
        String encoded = sourceIri.substring(base.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); ) {
            int c = encoded.codePointAt(i);
            if (c == '%') {
                int hi = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int lo = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                bytes.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }

    private static Optional<String> fragment(String prefix, String iri) {
        if (iri == null || !iri.startsWith(prefix) || iri.length() == prefix.length()) {
            return Optional.empty();
        }
        return Optional.of(iri.substring(prefix.length()));
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
