package netc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import netc.backend.onnx.ExportException;
import netc.backend.onnx.OnnxExporter;
import netc.backend.onnx.proto.Onnx.ModelProto;
import netc.diag.Diagnostic;
import netc.diag.DiagnosticPrinter;
import netc.diag.ErrorCode;
import netc.diag.Severity;
import netc.ir.Lowering;
import netc.model.Network;
import netc.runtime.io.WeightSource;
import netc.runtime.io.WeightsException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Write the network as an ONNX model: the architecture as written (before netc's fusions), standard ONNX operators,",
        "the weights as initialisers under their dotted names, every value's shape annotated (batch: the symbolic dimension N).",
        "The input is named 'input', the outputs by the network's output names ('out', ...)."})
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Inputs inputs;

    @Option(names = "--onnx", required = true, paramLabel = "OUT.onnx", description = "the ONNX file to write")
    Path onnx;

    @ArgGroup(exclusive = true)
    WeightsOption weights;

    @Option(names = "--opset", paramLabel = "V", description = "ONNX opset version, " + OnnxExporter.MIN_OPSET + " to "
            + OnnxExporter.MAX_OPSET + " (default: " + OnnxExporter.DEFAULT_OPSET + ")")
    int opset = OnnxExporter.DEFAULT_OPSET;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (opset < OnnxExporter.MIN_OPSET || opset > OnnxExporter.MAX_OPSET) {
            throw new ParameterException(spec.commandLine(), "--opset " + opset + " is not supported: netc writes ONNX opsets "
                    + OnnxExporter.MIN_OPSET + " to " + OnnxExporter.MAX_OPSET);
        }
        Network net = inputs.build(err);
        if (net == null) return Main.DIAGNOSTICS;
        ModelProto model;
        String from;
        try {
            WeightSource w = WeightsOption.open(weights, Lowering.lower(net).parameters(), 1);
            from = WeightsOption.file(weights) != null ? "weights " + WeightsOption.file(weights)
                    : "random weights (seed " + (WeightsOption.seed(weights) != null ? WeightsOption.seed(weights) : 1) + ")";
            model = OnnxExporter.export(net, w, opset);
        } catch (WeightsException e) {
            err.println("netc: error: " + e.getMessage());
            err.flush();
            return Main.DIAGNOSTICS;
        } catch (ExportException e) {
            err.print(DiagnosticPrinter.format(new Diagnostic(Severity.ERROR, ErrorCode.EXPORT, e.span(), e.getMessage(), List.of())));
            err.flush();
            return Main.DIAGNOSTICS;
        }
        try {
            write(model, onnx);
        } catch (IOException e) {
            err.println("netc: error: cannot write " + onnx + ": " + Inputs.reason(e));
            err.flush();
            return Main.DIAGNOSTICS;
        }
        var g = model.getGraph();
        out.printf(Locale.ROOT, "wrote %s: %s, opset %d, %d nodes, %d initialisers, %s (%.1f MiB)%n", onnx, net.name(), opset,
                g.getNodeCount(), g.getInitializerCount(), from, model.getSerializedSize() / 1048576.0);
        out.flush();
        return Main.OK;
    }

    /** Writes beside the target and renames, so that a failure leaves no half-written file. */
    static void write(ModelProto model, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".netc-", ".onnx.tmp");
        try {
            try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
                OnnxExporter.write(model, o);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
