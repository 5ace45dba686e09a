package dev.allocbudget.core.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader that remembers the line of every value, so that a hand-edited file can be blamed
 * line by line, and that refuses duplicate keys (which common parsers silently resolve to the last one). The engine
 * has no dependencies, so it carries its own.
 */
public final class JsonReader {
    private final String text;
    private final String source;
    private int pos;
    private int line = 1;

    private JsonReader(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** A value and the line it starts on. {@code value} is a map, list, String, BigDecimal, Boolean or null. */
    public record Node(Object value, int line) {
        /** The member {@code key} of an object, or {@code null} when absent or when this is not an object. */
        public Node get(String key) {
            return value instanceof Map<?, ?> m ? (Node) m.get(key) : null;
        }

        public Node at(int index) {
            return list().get(index);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Node> map() {
            return value instanceof Map<?, ?> ? (Map<String, Node>) value : Map.of();
        }

        @SuppressWarnings("unchecked")
        public List<Node> list() {
            return value instanceof List<?> ? (List<Node>) value : List.of();
        }

        public boolean isNull() {
            return value == null;
        }

        /** The string, or {@code null} when this is not a string. */
        public String asString() {
            return value instanceof String s ? s : null;
        }

        /** The number, or {@code null} when this is not a number. */
        public BigDecimal asNumber() {
            return value instanceof BigDecimal n ? n : null;
        }
    }

    /** Thrown for text that is not JSON, or has a key twice in one object; the message names source and line. */
    public static final class SyntaxError extends Exception {
        private final int line;
        private final String problem;

        SyntaxError(String source, int line, String problem) {
            super(source + ":" + line + ": " + problem);
            this.line = line;
            this.problem = problem;
        }

        public int line() {
            return line;
        }

        /** What is wrong, without the source and line. */
        public String problem() {
            return problem;
        }
    }

    public static Node parse(String text, String source) throws SyntaxError {
        JsonReader reader = new JsonReader(text, source);
        reader.skipSpace();
        Node root = reader.value();
        reader.skipSpace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected text after the end of the document");
        }
        return root;
    }

    private Node value() throws SyntaxError {
        if (pos >= text.length()) {
            throw error("unexpected end of the file");
        }
        int at = line;
        char c = text.charAt(pos);
        switch (c) {
            case '{': return new Node(object(), at);
            case '[': return new Node(array(), at);
            case '"': return new Node(string(), at);
            case 't': word("true"); return new Node(Boolean.TRUE, at);
            case 'f': word("false"); return new Node(Boolean.FALSE, at);
            case 'n': word("null"); return new Node(null, at);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return new Node(number(), at);
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Map<String, Node> object() throws SyntaxError {
        Map<String, Node> members = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return members;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error(pos >= text.length() ? "unexpected end of the file" : "expected a quoted key");
            }
            int keyLine = line;
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            Node value = value();
            Node first = members.putIfAbsent(key, value);
            if (first != null) {
                throw new SyntaxError(source, keyLine, "duplicate key \"" + key + "\" (first at line " + first.line()
                        + ")");
            }
            if (!separator('}')) {
                return Collections.unmodifiableMap(members);
            }
        }
    }

    private List<Node> array() throws SyntaxError {
        List<Node> items = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return items;
        }
        while (true) {
            skipSpace();
            items.add(value());
            if (!separator(']')) {
                return Collections.unmodifiableList(items);
            }
        }
    }

    /**
     * After a member or item: consumes a comma (true: another follows) or the closing bracket (false). A missing
     * comma is blamed on the line the value ended on, where it belongs, not on the line the next value starts.
     */
    private boolean separator(char close) throws SyntaxError {
        int valueEndLine = line;
        skipSpace();
        char c = peek();
        if (c == ',') {
            pos++;
            return true;
        }
        if (c == close) {
            pos++;
            return false;
        }
        if (pos >= text.length()) {
            throw error("unexpected end of the file; expected '" + close + "'");
        }
        if (lineText().matches("(<{7}|={7}|>{7}).*")) {
            throw error(MERGE_CONFLICT);
        }
        throw new SyntaxError(source, valueEndLine, "expected ',' or '" + close + "' after the value on this line"
                + " (a missing comma?)");
    }

    private String string() throws SyntaxError {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw error("a string is not closed");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\n' || c < 0x20) {
                throw error("a string is not closed on its line");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = pos < text.length() ? text.charAt(pos++) : '?';
            switch (e) {
                case '"': case '\\': case '/': out.append(e); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'u':
                    if (pos + 4 > text.length()) {
                        throw error("incomplete \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape");
                    }
                    pos += 4;
                    break;
                default: throw error("bad escape \\" + e);
            }
        }
    }

    private BigDecimal number() throws SyntaxError {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String literal = text.substring(start, pos);
        if (!literal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw error("'" + literal + "' is not a JSON number");
        }
        return new BigDecimal(literal);
    }

    private void word(String word) throws SyntaxError {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected text; expected a value");
        }
        pos += word.length();
    }

    private void expect(char c) throws SyntaxError {
        if (peek() != c) {
            throw error(pos >= text.length() ? "unexpected end of the file; expected '" + c + "'"
                    : "expected '" + c + "' but found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private static final String MERGE_CONFLICT = "an unresolved merge conflict (a line starting with <<<<<<<,"
            + " ======= or >>>>>>>)";

    private SyntaxError error(String message) {
        return new SyntaxError(source, line, lineText().matches("(<{7}|={7}|>{7}).*") ? MERGE_CONFLICT : message);
    }

    /** The text of the line the reader is on. */
    private String lineText() {
        int start = text.lastIndexOf('\n', Math.min(pos, text.length()) - 1) + 1;
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }
}
