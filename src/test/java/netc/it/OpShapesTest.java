package netc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import netc.diag.Diagnostic;
import netc.diag.DiagnosticPrinter;
import netc.diag.Diagnostics;
import netc.diag.ErrorCode;
import netc.diag.SourceFile;
import netc.model.Layer;
import netc.model.Network;
import netc.sema.Frontend;
import netc.sema.ModuleLoader;
import netc.sema.StaticChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shape rules of single ops against PyTorch (reference/op_shapes.json, written by
 * src/test/python/op_shapes_reference.py): each configuration becomes a one-op network; netc must give PyTorch's
 * output shape, parameter count and MACs, or report an error diagnostic (never throw) where PyTorch raised.
 */
class OpShapesTest {
    /** Diagnostics that would mean this test rendered the configuration wrongly, not that the op rejected it. */
    private static final Set<ErrorCode> RENDERING = Set.of(ErrorCode.SYNTAX, ErrorCode.UNKNOWN_OP, ErrorCode.UNKNOWN_ARGUMENT,
            ErrorCode.MISSING_ARGUMENT, ErrorCode.TOO_MANY_ARGUMENTS, ErrorCode.TYPE_MISMATCH, ErrorCode.MISPLACED);

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        JsonNode all = Reference.json("op_shapes.json").get("cases");
        for (int i = 0; i < all.size(); i++) {
            JsonNode c = all.get(i);
            out.add(Arguments.of(i, describe(c), c));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void matchesPyTorch(int index, String description, JsonNode c) {
        String source = source(c);
        Diagnostics d = new Diagnostics();
        Network n;
        try {
            var program = new ModuleLoader(d).loadSource(new SourceFile("case" + index + ".net", source), null);
            if (!d.hasErrors()) StaticChecks.run(program, d);
            n = Frontend.build(new Frontend.Loaded(program, null), null, List.of(), null, d);
        } catch (RuntimeException e) {
            throw new AssertionError("netc threw instead of reporting a diagnostic for\n" + source, e);
        }
        String printed = d.all().stream().map(DiagnosticPrinter::format).collect(Collectors.joining());
        for (Diagnostic x : d.all()) {
            assertFalse(RENDERING.contains(x.code()), "the test rendered the case wrongly:\n" + source + "\n" + printed);
        }
        String stricter = netcStricter(c);
        if (c.has("error") || stricter != null) {
            assertNull(n, "PyTorch rejects this (" + (stricter != null ? stricter : c.get("error").asText()) + ") but netc built\n" + source);
            assertTrue(d.hasErrors(), "no error diagnostic for\n" + source);
            return;
        }
        assertNotNull(n, "PyTorch gives " + c.get("output") + " but netc reports\n" + printed + "for\n" + source);
        Layer last = n.layers().get(n.layers().size() - 1);
        assertEquals(c.get("op").asText(), last.op(), source);
        assertEquals(c.get("output").toString(), Arrays.toString(last.output().dims()).replace(" ", ""), "output shape of\n" + source);
        assertEquals(c.get("params").asLong(), last.params(), "parameters of\n" + source);
        assertEquals(c.get("macs").asLong(), last.macs(), "MACs of\n" + source);
    }

    /**
     * Configurations PyTorch accepts and netc rejects on purpose, with the reason; the test then expects an error.
     * torch.chunk of channels that do not divide returns slices of unequal size (and may return fewer than asked);
     * netc's chunk takes one of n equal slices.
     */
    static String netcStricter(JsonNode c) {
        if (c.get("op").asText().equals("chunk") && c.get("input").get(0).asLong() % c.get("args").get("chunks").asLong() != 0) {
            return "netc: chunk needs channels divisible by chunks";
        }
        return null;
    }

    @Test
    void referenceCoversEveryOpAndBothOutcomes() {
        Map<String, long[]> counts = new java.util.TreeMap<>();
        for (JsonNode c : Reference.json("op_shapes.json").get("cases")) {
            counts.computeIfAbsent(c.get("op").asText(), k -> new long[2])[c.has("error") ? 1 : 0]++;
        }
        for (String op : List.of("conv", "dwconv", "convT", "maxpool", "avgpool", "adaptive_avgpool", "gap", "upsample",
                "zeropad", "linear", "shuffle", "chunk", "concat", "add", "mul")) {
            assertTrue(counts.containsKey(op) && counts.get(op)[0] > 0, "no accepted case of " + op);
        }
        for (String op : List.of("conv", "convT", "maxpool", "avgpool", "upsample", "shuffle", "chunk", "concat")) {
            assertTrue(counts.get(op)[1] > 0, "no rejected case of " + op);
        }
    }

    // ---- rendering a case as a .net network -------------------------------------------------------------------

    static String source(JsonNode c) {
        JsonNode in = c.get("input");
        String input = in.size() == 3 ? "input: " + in.get(0) + "x" + in.get(1) + "x" + in.get(2) : "input = [" + in.get(0) + "]";
        String op = c.get("op").asText();
        String body;
        if (c.has("inputs")) {
            List<String> branches = new ArrayList<>(List.of("in"));
            for (JsonNode s : c.get("inputs")) branches.add(producer(in, s));
            body = op + " { " + String.join(" ; ", branches) + " }";
        } else {
            body = call(op, c.get("args"));
        }
        return "network t(" + input + ") {\n  " + body + "\n}\n";
    }

    /** A chain from the network input to a tensor of the given shape. */
    private static String producer(JsonNode input, JsonNode shape) {
        if (shape.size() == 1) return (input.size() == 3 ? "flatten -> " : "") + "linear(" + shape.get(0) + ")";
        if (input.size() != 3) throw new IllegalArgumentException("no chain from a flat input to a map " + shape);
        return "adaptive_avgpool([" + shape.get(1) + ", " + shape.get(2) + "]) -> conv(" + shape.get(0) + ", 1)";
    }

    private static String call(String op, JsonNode args) {
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = args.fields(); it.hasNext(); ) {
            var e = it.next();
            parts.add(e.getKey() + ": " + value(e.getValue()));
        }
        return parts.isEmpty() ? op : op + "(" + String.join(", ", parts) + ")";
    }

    private static String value(JsonNode v) {
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(x -> items.add(value(x)));
            return "[" + String.join(", ", items) + "]";
        }
        if (v.isTextual()) return "\"" + v.asText() + "\"";
        if (v.isDouble()) {
            String s = Double.toString(v.asDouble());
            return s.contains(".") || s.contains("E") ? s : s + ".0";
        }
        return v.asText();
    }

    private static String describe(JsonNode c) {
        String shapes = c.get("input").toString() + (c.has("inputs") ? " with " + c.get("inputs") : "");
        String args = c.has("inputs") ? c.get("op").asText() : call(c.get("op").asText(), c.get("args"));
        return args + " on " + shapes + (c.has("error") ? " (PyTorch rejects)" : "");
    }
}
