package netc.syntax;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import netc.grammar.NetLexer;
import netc.grammar.NetParser;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's generic messages into ones that speak the language's terms: what was found ({@code name 'relu'},
 * {@code ')'}, {@code end of file}) and what could come there ({@code a name}, {@code an expression}).
 */
final class SyntaxMessages {
    private SyntaxMessages() {}

    static String rewrite(String msg, Parser parser, Token offending, RecognitionException e) {
        if (offending == null) return msg;
        if (offending.getType() == NetLexer.BAD_CHAR) {
            if (offending.getText().equals("\"")) return "unterminated string: a string ends with '\"' on the same line";
            return "unexpected character " + (offending.getText().equals("'") ? "\"'\" (strings are written in double quotes)" : "'" + offending.getText() + "'");
        }
        // An exception raised at an earlier state (a loop's sync) knows what that state wanted, not what is due now.
        IntervalSet set = e != null && e.getOffendingState() == parser.getState() && e.getExpectedTokens() != null
                ? e.getExpectedTokens() : parser.getExpectedTokens();
        // After "no viable alternative" ANTLR knows only what could start the construct, not what was due next.
        if (e instanceof NoViableAltException nv && nv.getStartToken().getTokenIndex() != offending.getTokenIndex()) set = null;
        String wanted = expected(set, parser);
        var ctx = parser.getContext();
        if (offending.getText().equals(",") && wanted.equals("')'")) wanted = "an argument or ')'"; // f(a,,b): the trailing comma took the first
        else if (!msg.startsWith("missing ") && (wanted.isEmpty() || wanted.equals("')'"))) {
            // ANTLR leaves the argument loop before it reports, so it forgets the comma: the likeliest thing missing.
            boolean args = ctx instanceof NetParser.CallAtomContext || ctx instanceof NetParser.CallExprContext || ctx instanceof NetParser.NetworkAliasContext;
            boolean params = ctx instanceof NetParser.BlockDefContext || ctx instanceof NetParser.NetworkDefContext;
            Token before = parser.getInputStream().LT(-1), name = parser.getInputStream().LT(-2);
            boolean afterName = before != null && before.getType() == NetLexer.IDENT && (name == null || !name.getText().equals(":"));
            if (params && afterName) wanted = "':', '=', ',' or ')'";
            else if (args || params) wanted = "',' or ')'";
        }
        Token previous = offending.getTokenIndex() > 0 ? onChannel(parser, offending.getTokenIndex() - 1, -1) : null;
        if (ctx instanceof NetParser.ParamContext && previous != null && previous.getText().equals(":")) {
            wanted = "a type (int, float, bool, string, list, op, shape, tensor or any) or an input shape like 3x224x224";
        }
        if (offending.getType() == Token.EOF && wanted.isEmpty()) return "unexpected end of file" + unfinished(parser);
        if (msg.startsWith("missing ")) return "missing " + (wanted.isEmpty() ? msg.substring(8, msg.lastIndexOf(" at ")) : wanted) + " before " + found(offending);
        return "unexpected " + found(offending) + (wanted.isEmpty() ? "" : ", expected " + wanted);
    }

    /** ": 'network resnet' is not finished", naming the definition the file ends in, if it has got a name yet. */
    private static String unfinished(Parser parser) {
        for (ParserRuleContext c = parser.getContext(); c != null; c = c.getParent()) {
            if (c instanceof NetParser.DefinitionContext d) {
                Token keyword = d.getStart();
                Token name = onChannel(parser, keyword.getTokenIndex() + 1, 1);
                return name != null && name.getType() == NetLexer.IDENT ? ": '" + keyword.getText() + " " + name.getText() + "' is not finished" : "";
            }
        }
        return "";
    }

    /** The first token on the default channel from {@code index} on, going in {@code direction} (1 or -1). */
    private static Token onChannel(Parser parser, int index, int direction) {
        for (int i = index; i >= 0 && i < parser.getInputStream().size(); i += direction) {
            Token t = parser.getInputStream().get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) return t;
        }
        return null;
    }

    /** The offending token as a reader names it. */
    static String found(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "end of file";
            case NetLexer.IDENT -> "name '" + t.getText() + "'";
            case NetLexer.INT, NetLexer.FLOAT -> "number " + t.getText();
            case NetLexer.SHAPE -> "shape " + t.getText();
            case NetLexer.STRING -> "string " + t.getText();
            default -> "'" + t.getText() + "'";
        };
    }

    /** What the parser could take, in words; "an expression" or nothing when the list is long. */
    private static String expected(IntervalSet set, Parser parser) {
        if (set == null || set.isNil()) return "";
        Set<String> items = new LinkedHashSet<>();
        for (int type : set.toList()) {
            items.add(switch (type) {
                case Token.EOF -> "end of file";
                case NetLexer.IDENT -> "a name";
                case NetLexer.INT, NetLexer.FLOAT -> "a number";
                case NetLexer.STRING -> "a string";
                case NetLexer.SHAPE -> "a shape";
                default -> parser.getVocabulary().getLiteralName(type) != null ? parser.getVocabulary().getLiteralName(type)
                        : parser.getVocabulary().getDisplayName(type);
            });
        }
        if (items.contains("'('") && items.contains("'not'") && items.contains("a number")) return "an expression";
        boolean layer = items.contains("'{'") && items.contains("'in'") && items.contains("a name") && !items.contains("'('");
        if (layer && items.contains("'}'")) return "a statement or '}'";
        if (layer) return "a layer (an op or block name, '{' or 'in')";
        if (items.size() > 5) return "";
        List<String> list = List.copyOf(items);
        if (list.size() == 1) return list.get(0);
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }
}
