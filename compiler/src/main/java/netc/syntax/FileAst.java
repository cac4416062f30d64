package netc.syntax;

import java.util.List;
import netc.diag.SourceFile;
import netc.diag.Span;

/** A parsed .net file. */
public record FileAst(SourceFile source, List<Import> imports, List<Definition> definitions) {

    /** {@code import "path.net"} (relative to the file) or {@code import resnet} (a stdlib module). */
    public record Import(String target, boolean stdlib, Span span) {}
}
