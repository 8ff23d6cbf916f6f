package org.attrib.core.jsonfile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import org.attrib.core.text.Excerpt;
import org.attrib.core.text.VisibleText;

/**
 * Why a file is not JSON, or not JSON Attrib reads, in the words of someone who edits the file
 * rather than of the parser: "NaN is not a number JSON allows", not the parser's message, which
 * names its own options and classes. Where it is (line and column) is said by the caller.
 */
public final class JsonSyntax {

    /** The problem when the file stops inside its content. */
    public static final String CUT_SHORT = "the file ends in the middle of its content: it was probably cut short";
    /** The problem when the bytes are not UTF-8. */
    public static final String NOT_UTF8 = "the file is not valid UTF-8 text";
    /** The problem when something follows the JSON object. */
    public static final String TRAILING = "there is more after the end of the JSON object: the file may hold two files' content";

    private static final String DAMAGED = "not valid JSON, so the file was damaged or edited by hand: ";

    private static final Pattern QUOTED_TOKEN = Pattern.compile("^(?:Non-standard|Unrecognized) token '(.*?)'(?:: |$)");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+[^)]*\\)\\)(.*)$");
    private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");

    private JsonSyntax() {
    }

    /**
     * What is wrong, for a file that is not JSON: a whole sentence for the file as a whole (cut
     * short, not UTF-8, two files' content, a field twice), else "not valid JSON, so the file was
     * damaged or edited by hand: " and what was found ("NaN is not a number JSON allows").
     */
    public static String describe(JsonProcessingException e) {
        String message = firstLine(e.getOriginalMessage());
        if (message.contains("end-of-input")) {
            return CUT_SHORT;
        }
        if (message.contains("UTF-8") || message.contains("UTF-32") || message.contains("surrogate")) {
            return NOT_UTF8;
        }
        if (message.startsWith("Trailing token") || message.startsWith("Expected space separating root-level values")) {
            return TRAILING;
        }
        Matcher m = DUPLICATE.matcher(message);
        if (m.find()) {
            return "the field " + Excerpt.quoted(m.group(1)) + " appears twice in one object";
        }
        return DAMAGED + found(message);
    }

    /** Which read limit a file went over, with the limit: "a number has more than 24 digits". */
    public static String describeLimit(StreamConstraintsException e) {
        String message = firstLine(e.getOriginalMessage());
        Matcher m = LIMIT.matcher(message);
        String limit = m.find() ? String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(m.group(1))) : "the most Attrib reads";
        if (message.startsWith("Document nesting depth")) {
            return "the JSON is nested more than " + limit + " levels deep";
        }
        if (message.startsWith("Number value length")) {
            return "a number has more than " + limit + " digits";
        }
        if (message.startsWith("Name length")) {
            return "a field name is longer than " + limit + " characters";
        }
        if (message.startsWith("String value length")) {
            return "a text value is longer than " + limit + " characters";
        }
        if (message.startsWith("Document length")) {
            return "the file is longer than " + limit + " bytes";
        }
        return "a value is larger than Attrib reads";
    }

    /** What the parser found that JSON does not allow. */
    private static String found(String message) {
        Matcher m = QUOTED_TOKEN.matcher(message);
        if (m.find()) {
            String token = m.group(1);
            if (token.matches("[+-]?(NaN|Infinity|INF)")) {
                return token + " is not a number JSON allows";
            }
            return Excerpt.quoted(token) + " is not a JSON value: text must be in double quotes, and the only words JSON knows are true, false and null";
        }
        m = CONTROL.matcher(message);
        if (m.find()) {
            String code = m.group(1);
            return message.startsWith("Illegal unquoted character")
                    ? "a text value holds a control character (code " + code + ", such as a line break or a tab) that JSON writes as an escape (\\n, \\t)"
                    : "a control character (code " + code + ") stands between values, where only spaces and line breaks may";
        }
        m = ESCAPE.matcher(message);
        if (m.find()) {
            return "\\" + VisibleText.oneLine(m.group(1)) + " is not an escape JSON knows (\\n, \\t, \\\", \\\\, \\/, \\b, \\f, \\r or \\u and four hex digits)";
        }
        m = CLOSE_MARKER.matcher(message);
        if (m.find()) {
            String mark = m.group(1);
            return message.contains("no open")
                    ? "'" + mark + "' closes nothing that was opened"
                    : "'" + mark + "' closes " + (mark.equals("]") ? "an object, which '}' should close" : "a list, which ']' should close");
        }
        if (message.contains("Leading zeroes not allowed")) {
            return "a number starts with a zero (like 007), which JSON does not allow";
        }
        if (message.contains("to follow minus sign")) {
            return "a minus sign is not followed by a digit";
        }
        m = CHARACTER.matcher(message);
        if (m.find()) {
            return unexpected(m.group(1).charAt(0), m.group(2));
        }
        if (message.startsWith("Invalid numeric value") || message.contains("numeric value")) {
            return "a number is written in a way JSON does not allow";
        }
        return "something here is not JSON";
    }

    /** A character where JSON wants something else; {@code rest} says what the parser expected. */
    private static String unexpected(char c, String rest) {
        String shown = "'" + VisibleText.oneLine(String.valueOf(c)) + "'";
        if (c == '\'') {
            return "texts and field names must be in double quotes (\"), not single ones (')";
        }
        if ((c == '/' || c == '#') && rest.contains("comment")) {
            return "JSON files cannot hold comments";
        }
        if (rest.contains("to start field name")) {
            return c == '}' ? "a comma before '}' has nothing after it: JSON allows no comma after an object's last field"
                    : "found " + shown + " where a field name in double quotes should begin";
        }
        if (rest.contains("separate Object entries")) {
            return "a comma is missing between two fields of an object (found " + shown + ")";
        }
        if (rest.contains("separate Array entries")) {
            return "a comma is missing between two items of a list (found " + shown + ")";
        }
        if (rest.contains("colon to separate")) {
            return "a colon is missing after a field name (found " + shown + ")";
        }
        if (rest.contains("numeric value")) {
            return c == '+' ? "a number has a plus sign, which JSON does not allow" : "a number has " + shown + " in it";
        }
        if (c == ']') {
            return "found ']' where a value should be; JSON allows no comma after a list's last item";
        }
        if (c == '.') {
            return "a number must start with a digit (0.5, not .5)";
        }
        return "found " + shown + " where a value should be";
    }

    /** The parser's messages go on with a description of the input on further lines: the first says what is wrong. */
    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
