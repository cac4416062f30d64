package netc.syntax;

import org.antlr.v4.runtime.Parser;

/** Turns ANTLR's generic messages into ones that speak the language's terms. */
final class SyntaxMessages {
    private SyntaxMessages() {}

    static String rewrite(String msg, Parser parser) {
        String m = msg
                .replace("<EOF>", "end of file")
                .replace("extraneous input", "unexpected")
                .replace("mismatched input", "unexpected")
                .replace("no viable alternative at input", "cannot parse")
                .replace("token recognition error at:", "unexpected character");
        // ANTLR lists every token the parser could take; past a few, the list hides the point.
        int expecting = m.indexOf(" expecting {");
        if (expecting >= 0) {
            String set = m.substring(expecting + " expecting {".length(), m.lastIndexOf('}'));
            String[] items = set.split(", ");
            if (items.length > 6) m = m.substring(0, expecting);
            else m = m.substring(0, expecting) + ", expected one of " + set.replace("'", "");
        } else {
            m = m.replace("expecting", "expected").replace("'", "");
        }
        return m;
    }
}
