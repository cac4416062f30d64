package netc.syntax;

import netc.diag.Diagnostics;
import netc.diag.ErrorCode;
import netc.diag.SourceFile;
import netc.diag.Span;
import netc.grammar.NetLexer;
import netc.grammar.NetParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Parses a .net source into an AST, reporting syntax errors (several per file) into {@link Diagnostics}. */
public final class SourceParser {
    private SourceParser() {}

    public static FileAst parse(SourceFile source, Diagnostics diagnostics) {
        NetParser[] parser = new NetParser[1];
        AstBuilder builder = new AstBuilder(source, source.text());
        try {
            return parse(source, diagnostics, parser, builder);
        } catch (StackOverflowError e) {
            // Thousands of nested brackets or operators: the recursive descent runs out of stack. Point at where.
            diagnostics.error(ErrorCode.TOO_LARGE, builder.at() != null ? builder.at() : tokenSpan(source, new CharOffsets(source.text()),
                    parser[0].getInputStream(), parser[0].getCurrentToken()), "nested too deeply to parse");
            return new FileAst(source, java.util.List.of(), java.util.List.of());
        }
    }

    static Span tokenSpan(SourceFile source, CharOffsets offsets, TokenStream tokens, Token t) {
        if (t.getType() == Token.EOF) {
            // Not on the blank line after the last newline: right after the last token, as javac does.
            for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
                Token before = tokens.get(i);
                if (before.getChannel() == Token.DEFAULT_CHANNEL) {
                    int at = offsets.of(before.getStopIndex() + 1);
                    return new Span(source, at, at);
                }
            }
            return new Span(source, 0, 0);
        }
        int start = Math.min(offsets.of(Math.max(0, t.getStartIndex())), source.text().length());
        return new Span(source, start, offsets.of(t.getStopIndex() + 1));
    }

    private static FileAst parse(SourceFile source, Diagnostics diagnostics, NetParser[] current, AstBuilder builder) {
        // Fast path: SLL with bail-out; on failure re-parse with full LL and error recovery.
        try {
            NetParser parser = parser(source);
            current[0] = parser;
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
            parser.removeErrorListeners();
            return builder.file(parser.file());
        } catch (ParseCancellationException e) {
            // fall through to the recovering parse, which reports the errors
        }
        NetParser parser = parser(source);
        current[0] = parser;
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(new DefaultErrorStrategy());
        parser.removeErrorListeners();
        Listener listener = new Listener(source, source.text(), diagnostics);
        parser.addErrorListener(listener);
        NetParser.FileContext tree = parser.file();
        if (listener.count > 0) {
            // A tree with error nodes can be missing pieces; build what is there but trust the diagnostics.
            try {
                return builder.file(tree);
            } catch (RuntimeException e) {
                return new FileAst(source, java.util.List.of(), java.util.List.of());
            }
        }
        return builder.file(tree);
    }

    /** Parses a lone expression, e.g. the value of {@code --set k=v} or a label's {@code {expr}}. */
    public static Expr parseExpression(SourceFile source, Diagnostics diagnostics) {
        return parseExpression(source, source.text(), diagnostics);
    }

    /** Parses {@code text} as an expression whose offsets are those of {@code source} (text is source with blanks). */
    public static Expr parseExpression(SourceFile source, String text, Diagnostics diagnostics) {
        NetParser parser = parser(text, source.name());
        parser.removeErrorListeners();
        Listener listener = new Listener(source, text, diagnostics);
        parser.addErrorListener(listener);
        AstBuilder builder = new AstBuilder(source, text);
        CharOffsets offsets = new CharOffsets(text);
        try {
            NetParser.ExprContext e = parser.expr();
            if (listener.count == 0 && parser.getCurrentToken().getType() != Token.EOF) {
                Token t = parser.getCurrentToken();
                diagnostics.error(ErrorCode.SYNTAX, tokenSpan(source, offsets, parser.getInputStream(), t), "unexpected " + SyntaxMessages.found(t) + " after the expression");
                return null;
            }
            if (listener.count > 0) return null;
            return builder.expr(e);
        } catch (StackOverflowError e) {
            diagnostics.error(ErrorCode.TOO_LARGE, builder.at() != null ? builder.at() : tokenSpan(source, offsets, parser.getInputStream(), parser.getCurrentToken()),
                    "nested too deeply to parse");
            return null;
        }
    }

    private static NetParser parser(SourceFile source) { return parser(source.text(), source.name()); }

    private static NetParser parser(String text, String name) {
        NetLexer lexer = new NetLexer(CharStreams.fromString(text, name));
        lexer.removeErrorListeners();
        return new NetParser(new CommonTokenStream(lexer));
    }

    private static final class Listener extends BaseErrorListener {
        private final SourceFile source;
        private final CharOffsets offsets;
        private final Diagnostics diagnostics;
        int count;
        private int lastLine = -1;

        /** {@code parsed} is the text the parser saw (the source's, or a copy with blanks). */
        Listener(SourceFile source, String parsed, Diagnostics diagnostics) {
            this.source = source;
            this.offsets = new CharOffsets(parsed);
            this.diagnostics = diagnostics;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg, RecognitionException e) {
            Span span = offending instanceof Token t && t.getStartIndex() >= 0
                    ? tokenSpan(source, offsets, ((Parser) recognizer).getInputStream(), t) : new Span(source, 0, 0);
            // One message per line: after the first, recovery often trips over the rest of the same line.
            int at = source.line(span.start());
            if (at == lastLine) return;
            lastLine = at;
            count++;
            diagnostics.error(ErrorCode.SYNTAX, span, SyntaxMessages.rewrite(msg, (Parser) recognizer, offending instanceof Token t ? t : null, e));
        }
    }

}
