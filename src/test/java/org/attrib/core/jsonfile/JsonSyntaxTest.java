package org.attrib.core.jsonfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFileReader;

/**
 * A file that is not JSON is described in the words of someone editing it, at its line and
 * column: never with the parser's own names for its options, classes or methods.
 */
class JsonSyntaxTest {

    private static final Path FILE = Path.of("story.annotations.json");

    static Stream<Arguments> brokenFiles() {
        String head = "{\n  \"format\": \"attrib-annotations\",\n  \"version\": ";
        return Stream.of(
                Arguments.of(head + "NaN\n}", "line 3, column", "NaN is not a number JSON allows"),
                Arguments.of(head + "Infinity\n}", "line 3, column", "Infinity is not a number JSON allows"),
                Arguments.of(head + "-Infinity\n}", "line 3, column", "-Infinity is not a number JSON allows"),
                Arguments.of(head + "2,\n  'source': {}\n}", "line 4, column", "double quotes (\"), not single ones"),
                Arguments.of(head + "2,\n}", "line 4, column", "a comma before '}' has nothing after it"),
                Arguments.of(head + "2\n  \"source\": {}\n}", "line 4, column", "a comma is missing between two fields"),
                Arguments.of("[1 2]", "line 1, column", "a comma is missing between two items of a list"),
                Arguments.of("[1, 2,]", "line 1, column", "JSON allows no comma after a list's last item"),
                Arguments.of("{\"format\" \"x\"}", "line 1, column", "a colon is missing after a field name"),
                Arguments.of(head + "2, // a comment\n}", "line 3, column", "JSON files cannot hold comments"),
                Arguments.of(head + "007\n}", "line 3, column", "starts with a zero"),
                Arguments.of(head + "+2\n}", "line 3, column", "a number has a plus sign, which JSON does not allow"),
                Arguments.of(head + "2,\n  \"source\": ]\n}", "line 4, column", "found ']' where a value should be"),
                Arguments.of(head + ".5\n}", "line 3, column", "must start with a digit"),
                Arguments.of(head + "yes\n}", "line 3, column", "\"yes\" is not a JSON value"),
                Arguments.of("{\"format\": \"a\tb\"}", "line 1, column", "control character (code 9"),
                Arguments.of("{\"format\": \"a\\qb\"}", "line 1, column", "\\q is not an escape JSON knows"),
                Arguments.of("{\"format\": [1}", "line 1, column", "'}' closes a list, which ']' should close"),
                Arguments.of(head + "2", "", "the file ends in the middle of its content: it was probably cut short"),
                Arguments.of("{} {}", "line 1, column", "there is more after the end of the JSON object"),
                Arguments.of("{\"format\": 1, \"format\": 2}", "line 1, column", "the field \"format\" appears twice in one object"));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void aBrokenFileIsDescribedInTheAnalystsWords(String content, String where, String words) {
        AnnotationFileException e = catchThrowableOfType(AnnotationFileException.class,
                () -> AnnotationFileReader.parse(FILE, content.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(FILE.toString()).contains(where).contains(words);
        assertThat(e.getMessage()).doesNotContain("JsonReadFeature", "Feature", "`", "enable", "StreamReadConstraints",
                "code 4", "Unexpected character", "was expecting", "token '");
    }
}
