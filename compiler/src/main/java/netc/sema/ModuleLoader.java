package netc.sema;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import netc.diag.Diagnostic;
import netc.diag.Diagnostics;
import netc.diag.ErrorCode;
import netc.diag.Severity;
import netc.diag.SourceFile;
import netc.diag.Span;
import netc.syntax.Definition;
import netc.syntax.FileAst;
import netc.syntax.SourceParser;

/** Reads a root file and everything it imports, once each; reports missing imports and duplicate definitions. */
public final class ModuleLoader {
    private final Diagnostics diagnostics;
    private final Function<String, String> library;
    private final boolean withLibrary;
    private final Map<String, FileAst> loaded = new LinkedHashMap<>();

    public ModuleLoader(Diagnostics diagnostics) { this(diagnostics, null); }

    /**
     * {@code library} gives the source of a module imported by short name that the stdlib does not have (null if
     * it has none either): how a build tool makes {@code NAME.net} files of its class path importable.
     */
    public ModuleLoader(Diagnostics diagnostics, Function<String, String> library) {
        this.diagnostics = diagnostics;
        this.library = library == null ? name -> null : library;
        this.withLibrary = library != null;
    }

    /**
     * Every file read so far, with its text, keyed by identity: an absolute path, {@code stdlib:NAME} or
     * {@code lib:NAME}. A build tool hashes these to know when a network must be generated again.
     */
    public Map<String, String> sources() {
        Map<String, String> out = new LinkedHashMap<>();
        loaded.forEach((k, ast) -> out.put(k, ast.source().text()));
        return out;
    }

    /** Loads a file from disk; a problem reading it becomes a diagnostic. */
    public Program loadFile(Path path) {
        String text = readFile(path, path, null);
        if (text != null) load(new SourceFile(path.toString(), text), path.toAbsolutePath().normalize().toString(), path.toAbsolutePath().getParent(), null);
        return finish();
    }

    /** Loads in-memory source (tests, tools), resolving relative imports against {@code dir} (may be null). */
    public Program loadSource(SourceFile source, Path dir) {
        load(source, "mem:" + source.name(), dir, null);
        return finish();
    }

    /** Loads one stdlib module, or all of them when {@code module} is null. */
    public Program loadStdlib(String module) {
        for (String m : module == null ? Stdlib.modules() : List.of(module)) loadStdlibModule(m, null);
        return finish();
    }

    private Program finish() {
        List<FileAst> files = new ArrayList<>(loaded.values());
        checkDuplicates(files);
        return new Program(files);
    }

    private void load(SourceFile source, String key, Path dir, Span importedAt) {
        if (loaded.containsKey(key)) return;
        FileAst ast = SourceParser.parse(source, diagnostics);
        loaded.put(key, ast);
        for (FileAst.Import imp : ast.imports()) {
            if (imp.stdlib()) {
                loadStdlibModule(imp.target(), imp.span());
            } else if (dir == null) {
                // a stdlib module importing by path: stay inside the stdlib
                String module = imp.target().replaceFirst("\\.net$", "");
                loadStdlibModule(module, imp.span());
            } else {
                Path p = dir.resolve(imp.target()).normalize();
                // Shown relative to the importing file as the user named it, as the root file is.
                Path shown = Path.of(source.name()).resolveSibling(imp.target()).normalize();
                String text = readFile(p, shown, imp.span());
                if (text != null) load(new SourceFile(shown.toString(), text), p.toAbsolutePath().toString(), p.getParent(), imp.span());
            }
        }
    }

    private void loadStdlibModule(String module, Span at) {
        String key = "stdlib:" + module;
        if (loaded.containsKey(key)) return;
        String text = Stdlib.source(module);
        if (text == null && at != null && !loaded.containsKey("lib:" + module) && library.apply(module) instanceof String lib) {
            load(new SourceFile("classpath/" + module + ".net", lib), "lib:" + module, null, at);
            return;
        }
        if (text == null) {
            List<String> modules = Stdlib.modules();
            String msg = modules.isEmpty() ? "no standard library module '" + module + "' (the stdlib is not on the class path)"
                    : "no standard library module '" + module + "'" + (withLibrary ? " nor " + module + ".net on the class path" : "")
                    + Suggest.hint(module, modules);
            report(at, ErrorCode.IMPORT_NOT_FOUND, msg);
            return;
        }
        load(new SourceFile(Stdlib.displayName(module), text), key, null, at);
    }

    private String readFile(Path p, Path shown, Span importedAt) {
        if (!Files.isRegularFile(p)) {
            report(importedAt, importedAt == null ? ErrorCode.FILE_UNREADABLE : ErrorCode.IMPORT_NOT_FOUND,
                    (Files.isDirectory(p) ? "is a directory, not a .net file: " : "file not found: ") + shown);
            return null;
        }
        try {
            String text = Files.readString(p);
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark some editors write
        } catch (MalformedInputException e) {
            report(importedAt, ErrorCode.FILE_UNREADABLE, "file is not UTF-8 text: " + shown);
        } catch (IOException e) {
            report(importedAt, ErrorCode.FILE_UNREADABLE, "cannot read " + shown + ": " + e.getMessage());
        }
        return null;
    }

    private void report(Span at, ErrorCode code, String msg) {
        diagnostics.add(new Diagnostic(Severity.ERROR, code, at == null ? Span.synthetic("netc") : at, msg, List.of()));
    }

    private void checkDuplicates(List<FileAst> files) {
        Map<String, Definition> seen = new HashMap<>();
        // Imported files first: a clash between a file and what it imports is reported in the importing file.
        for (FileAst f : files.reversed()) {
            for (Definition d : f.definitions()) {
                Definition prev = seen.putIfAbsent(d.name(), d);
                if (prev != null) {
                    diagnostics.add(new Diagnostic(Severity.ERROR, ErrorCode.DUPLICATE_DEFINITION, d.nameSpan(),
                            "'" + d.name() + "' is already defined", List.of(new Diagnostic.Note(prev.nameSpan(), "first defined here"))));
                } else if (netc.ops.OpRegistry.get(d.name()) != null) {
                    diagnostics.error(ErrorCode.DUPLICATE_DEFINITION, d.nameSpan(), "'" + d.name() + "' is a built-in op; choose another name");
                }
            }
        }
    }
}
