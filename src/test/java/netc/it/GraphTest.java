package netc.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import netc.cli.Main;
import netc.diag.Diagnostics;
import netc.diag.SourceFile;
import netc.model.Layer;
import netc.model.Network;
import netc.report.Dot;
import netc.sema.Stdlib;
import netc.syntax.Definition;
import netc.syntax.SourceParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code netc graph} and {@link Dot}: the DOT's structure, a golden sample, rendering, and failures that leave no file. */
class GraphTest {

    private static final String SMALL = """
            block se(squeeze: int) {
              mul { in ; gap -> fc1: conv(squeeze, 1) -> relu -> fc2: conv(in.c, 1) -> sigmoid }
            }
            block unit(c: int) {
              conv(c, 3, pad: 1, bias: false) -> bn -> relu
              se(c / 4)
            }
            network small(input: 3x32x32, classes = 10) {
              stem: conv(16, 3, stride: 2, pad: 1) -> relu
              skip = maxpool(2)
              concat { body: unit(16) ; dwconv(3, pad: 1) -> pw: conv(16, 1) }
              conv(16, 1) -> add(skip)
              output aux = gap -> flatten -> aux_fc: linear(3)
              "odd\\"name": relu
              gap -> flatten -> fc: linear(classes)
            }
            """;

    // ---- parsing the DOT back ----------------------------------------------------------------------------------

    private static final Pattern EDGE = Pattern.compile("^\\s*\"([^\"]+)\" -> \"([^\"]+)\" \\[label=\"([^\"]*)\"\\];$");
    private static final Pattern NODE = Pattern.compile("^\\s*\"([^\"]+)\" \\[label=\"((?:[^\"\\\\]|\\\\.)*)\"(.*)\\];$");
    private static final Pattern CLUSTER = Pattern.compile("^\\s*subgraph \"(cluster_[^\"]+)\" \\{$");
    private static final Pattern CLUSTER_LABEL = Pattern.compile("^\\s*graph \\[label=\"([^\"]*)\".*$");

    record Edge(String from, String to, String label) {}

    record Node(String label, String attrs, List<String> clusters) {}

    /** Nodes by id (with the labels of their enclosing clusters, outermost first) and edges of a DOT text, in order. */
    record Parsed(Map<String, Node> nodes, List<Edge> edges, Map<String, String> clusterLabels) {
        static Parsed of(String dot) {
            Map<String, Node> nodes = new LinkedHashMap<>();
            List<Edge> edges = new ArrayList<>();
            Map<String, String> labels = new LinkedHashMap<>();
            List<String> stack = new ArrayList<>();
            String pending = null;
            String[] lines = dot.split("\n");
            assertTrue(lines[0].startsWith("digraph \""), "header: " + lines[0]);
            int depth = 0;
            for (String line : lines) {
                Matcher m;
                if ((m = CLUSTER.matcher(line)).matches()) {
                    pending = m.group(1);
                    depth++;
                } else if (pending != null && (m = CLUSTER_LABEL.matcher(line)).matches()) {
                    labels.put(pending, m.group(1));
                    stack.add(m.group(1));
                    pending = null;
                } else if ((m = EDGE.matcher(line)).matches()) {
                    edges.add(new Edge(m.group(1), m.group(2), m.group(3)));
                } else if ((m = NODE.matcher(line)).matches()) {
                    assertFalse(nodes.containsKey(m.group(1)), "node declared twice: " + m.group(1));
                    nodes.put(m.group(1), new Node(m.group(2), m.group(3), List.copyOf(stack)));
                } else if (line.strip().equals("}")) {
                    if (depth > 0) {
                        depth--;
                        stack.removeLast();
                    } else {
                        depth = -1; // the end of the digraph
                    }
                }
            }
            assertEquals(-1, depth, "unbalanced braces");
            for (Edge e : edges) {
                assertTrue(nodes.containsKey(e.from()), "edge from an undeclared node: " + e);
                assertTrue(nodes.containsKey(e.to()), "edge to an undeclared node: " + e);
            }
            return new Parsed(nodes, edges, labels);
        }

        List<Edge> into(String id) { return edges.stream().filter(e -> e.to().equals(id)).toList(); }
    }

    private static Network network(Path dir, String source) throws IOException {
        Path f = dir.resolve("net.net");
        Files.writeString(f, source);
        return Reference.build(f.toString(), List.of(), null);
    }

    private static String id(Network n, String layerName) {
        for (Layer l : n.layers()) if (l.name().equals(layerName)) return "L" + l.id();
        throw new AssertionError("no layer " + layerName + " in " + n.layers().stream().map(Layer::name).toList());
    }

    /** Every layer, the input and every output is a node; every producer-consumer pair is an edge with the shape. */
    private static Parsed checkStructure(Network n) {
        String dot = Dot.of(n);
        Parsed p = Parsed.of(dot);
        assertEquals(n.layers().size() + 1 + n.outputs().size(), p.nodes().size(), "one node per layer, input, output");
        List<Edge> expected = new ArrayList<>();
        for (Layer l : n.layers()) {
            for (int from : l.inputs()) {
                expected.add(new Edge(from == Network.INPUT ? "input" : "L" + from, "L" + l.id(),
                        (from == Network.INPUT ? n.input() : n.layers().get(from).output()).toString()));
            }
        }
        n.outputs().forEach((name, from) -> expected.add(new Edge(from == Network.INPUT ? "input" : "L" + from, "out:" + name,
                (from == Network.INPUT ? n.input() : n.layers().get(from).output()).toString())));
        assertEquals(expected, p.edges());
        for (Layer l : n.layers()) {
            List<String> want = l.blocks().stream().map(b -> b.path() + " : " + b.block()).toList();
            assertEquals(want, p.nodes().get("L" + l.id()).clusters(), "clusters around " + l.name());
        }
        assertEquals(dot, Dot.of(n), "deterministic");
        return p;
    }

    // ---- DOT structure -----------------------------------------------------------------------------------------

    @Test
    void smallNetworkHasClustersEdgesAndShapes(@TempDir Path dir) throws IOException {
        Network n = network(dir, SMALL);
        Parsed p = checkStructure(n);

        // nested block instances: the SE inside the unit inside the concat's first branch
        assertEquals(List.of("body : unit", "body.3 : se"), p.nodes().get(id(n, "body.3.fc1")).clusters());
        assertEquals(List.of("body : unit"), p.nodes().get(id(n, "body.0")).clusters());
        assertEquals(List.of(), p.nodes().get(id(n, "pw")).clusters());
        assertEquals(List.of("body : unit", "body.3 : se"), List.copyOf(p.clusterLabels().values()));

        // the input and the first layer
        assertEquals(List.of(new Edge("input", id(n, "stem"), "3x32x32")), p.into(id(n, "stem")));
        assertTrue(p.nodes().get("input").label().contains("3x32x32"));

        // the branch: concat of the unit's SE product and the pointwise conv, each 16x8x8
        String concat = id(n, "concat");
        assertEquals(List.of(new Edge(id(n, "body.3.mul"), concat, "16x8x8"), new Edge(id(n, "pw"), concat, "16x8x8")), p.into(concat));
        assertTrue(p.nodes().get(concat).attrs().contains("shape=diamond"), "concat stands out");
        // the SE's product joins the block input (skipping the squeeze path) with the gate
        String mul = id(n, "body.3.mul");
        assertEquals(List.of(id(n, "body.2"), id(n, "body.3.4")), p.into(mul).stream().map(Edge::from).toList());
        assertTrue(p.nodes().get(mul).attrs().contains("shape=ellipse"));
        // the residual add takes the named tensor skip (the maxpool) as its second input
        String add = id(n, "add");
        assertEquals(List.of("16x8x8", "16x8x8"), p.into(add).stream().map(Edge::label).toList());
        assertEquals(id(n, "2"), p.into(add).get(1).from());

        // outputs: out and the auxiliary head
        assertEquals(List.of(new Edge(id(n, "fc"), "out:out", "10")), p.into("out:out"));
        assertEquals(List.of(new Edge(id(n, "aux_fc"), "out:aux", "3")), p.into("out:aux"));

        // labels: name relative to the block, op with key arguments, parameter count; quotes escaped
        assertEquals("stem\\nconv 3x3, 16, /2, pad 1\\n448 params", p.nodes().get(id(n, "stem")).label());
        assertEquals("fc1\\nconv 1x1, 4\\n68 params", p.nodes().get(id(n, "body.3.fc1")).label());
        assertEquals("maxpool 2x2, /2", p.nodes().get(id(n, "2")).label());
        assertEquals("odd\\\"name\\nrelu", p.nodes().get(id(n, "odd\"name")).label());
    }

    @Test
    void nestedBlocksOfResnetAreClusters() {
        Network n = Reference.build("stdlib:resnet18", List.of(), null);
        Parsed p = checkStructure(n);
        assertEquals(8, p.clusterLabels().size());
        assertEquals("layer1.0 : basic", p.clusterLabels().values().iterator().next());
        assertEquals(List.of("layer2.0 : basic"), p.nodes().get(id(n, "layer2.0.downsample.0")).clusters());
        assertTrue(p.nodes().get(id(n, "layer2.0.downsample.0")).label().startsWith("downsample.0\\nconv 1x1, 128, /2\\n"));
    }

    @Test
    void groupedConvShowsGroups() {
        Network n = Reference.build("stdlib:resnext50_32x4d", List.of(), null);
        assertTrue(Parsed.of(Dot.of(n)).nodes().get(id(n, "layer1.0.conv2")).label().contains("conv 3x3, 128, pad 1, groups 32"));
    }

    @Test
    void opsShowTheirKeyArguments(@TempDir Path dir) throws IOException {
        Network n = network(dir, """
                network ops(input: 8x16x16) {
                  zeropad([0, 1, 0, 1]) -> dwconv(3, stride: 2, mult: 2) -> convT(8, 4, stride: 2, pad: 1, groups: 2)
                  -> avgpool(3, stride: [2, 1], pad: 1, ceil: true) -> conv(8, 3, pad: "same", dilation: 2) -> shuffle(2)
                  -> chunk(2, 1) -> upsample(scale: 2.0, mode: "bilinear") -> upsample(size: [5, 7]) -> leaky_relu(0.2)
                  -> lrn(3) -> adaptive_avgpool([2, 3]) -> flatten -> dropout(0.25) -> linear(4)
                }
                """);
        List<String> ops = new ArrayList<>();
        Parsed p = checkStructure(n);
        for (Layer l : n.layers()) {
            String label = p.nodes().get("L" + l.id()).label();
            ops.add(label.substring(label.indexOf(l.op())).replaceAll("\\\\n[\\d,]+ params$", ""));
        }
        assertEquals(List.of("zeropad [0,1,0,1]", "dwconv 3x3, x2, /2", "convT 4x4, 8, /2, pad 1, groups 2",
                "avgpool 3x3, /2x1, pad 1, ceil", "conv 3x3, 8, pad 2, dilation 2", "shuffle, groups 2", "chunk 1 of 2",
                "upsample x2, bilinear", "upsample 5x7, nearest", "leaky_relu 0.2", "lrn 3", "adaptive_avgpool 2x3",
                "flatten", "dropout 0.25", "linear 4"), ops);
    }

    // ---- golden ------------------------------------------------------------------------------------------------

    @Test
    void ninSampleMatchesGolden() throws IOException {
        Path repo = Path.of(System.getProperty("netc.repo", "../.."));
        Network n = Reference.build(repo.resolve("samples/seeds/seed003_nin.net").toString(), List.of(), null);
        Golden.check("nin.dot", Dot.of(n));
    }

    // ---- the command -------------------------------------------------------------------------------------------

    private static Run run(String... args) {
        return Run.netc(args);
    }

    private static boolean dotInstalled() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(x -> x.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesDot(@TempDir Path dir) throws IOException {
        Path net = dir.resolve("small.net");
        Files.writeString(net, SMALL);
        Path out = dir.resolve("small.dot");
        Run r = run("graph", net.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + out + System.lineSeparator(), r.out());
        assertEquals("", r.err());
        assertEquals(Dot.of(Reference.build(net.toString(), List.of(), null)), Files.readString(out));
        assertEquals(List.of("small.dot", "small.net"), files(dir), "no temporary file left");
    }

    @Test
    void rendersSvgAndPng(@TempDir Path dir) throws IOException {
        assertTrue(dotInstalled(), "Graphviz's dot is not installed: install graphviz (.ci/run does)");
        Path svg = dir.resolve("r.svg");
        Run r = run("graph", "stdlib:resnet18", "-o", svg.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, Math.min(80, text.length())));
        assertTrue(text.contains("<svg") && text.contains("layer4.1 : basic"), "svg with the clusters");
        Path png = dir.resolve("r.PNG");
        r = run("graph", "stdlib:resnet18", "-o", png.toString());
        assertEquals(0, r.code(), r.err());
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head);
        assertEquals(List.of("r.PNG", "r.svg"), files(dir));
    }

    @Test
    void largeNetworkRendersInReasonableTime(@TempDir Path dir) {
        assertTrue(dotInstalled(), "Graphviz's dot is not installed: install graphviz (.ci/run does)");
        Path svg = dir.resolve("r152.svg");
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> run("graph", "stdlib:resnet152", "-o", svg.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(svg));
    }

    @Test
    void unknownExtensionIsUsageError(@TempDir Path dir) throws IOException {
        for (String name : List.of("net.jpg", "net")) {
            Run r = run("graph", "stdlib:resnet18", "-o", dir.resolve(name).toString());
            assertEquals(Main.USAGE, r.code(), r.err());
            assertTrue(r.err().contains(".svg, .png or .dot"), r.err());
            assertEquals("", r.out());
        }
        assertEquals(List.of(), files(dir));
    }

    @Test
    void badInputGivesDiagnosticsAndNoFile(@TempDir Path dir) throws IOException {
        Path net = dir.resolve("bad.net");
        Files.writeString(net, "network bad(input: 3x8x8) {\n  conv(4, 3) -> add(nothing)\n}\n");
        Run r = run("graph", net.toString(), "-o", dir.resolve("bad.svg").toString());
        assertEquals(Main.DIAGNOSTICS, r.code(), r.err());
        assertTrue(r.err().contains("bad.net:2:"), r.err());
        assertEquals("", r.out());
        assertEquals(List.of("bad.net"), files(dir));
    }

    @Test
    void badOutputPlacesAreUsageErrors(@TempDir Path dir) throws IOException {
        Run r = run("graph", "stdlib:resnet18", "-o", dir.resolve("missing/net.dot").toString());
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("does not exist"), r.err());
        Files.createDirectory(dir.resolve("d.svg"));
        r = run("graph", "stdlib:resnet18", "-o", dir.resolve("d.svg").toString());
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("is a directory"), r.err());
        assertEquals(List.of("d.svg"), files(dir));
    }

    @Test
    void missingGraphvizIsAClearError(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("net.svg");
        Run r = withDot(dir.resolve("no-such-dot").toString(), () -> run("graph", "stdlib:resnet18", "-o", svg.toString()));
        assertEquals(Main.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("Install Graphviz") && r.err().contains("-o " + dir.resolve("net.dot")), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out());
        assertEquals(List.of(), files(dir));
    }

    @Test
    void failingDotLeavesTheOldFileAndNoTemporary(@TempDir Path dir) throws IOException {
        assertTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "the fake dot script needs a POSIX file system");
        // a "dot" that writes half a file to its -o argument, then fails
        Path fake = dir.resolve("fake-dot");
        Files.writeString(fake, "#!/bin/sh\necho '<svg half' > \"$3\"\necho 'Error: out of memory' >&2\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        Path svg = dir.resolve("net.svg");
        Files.writeString(svg, "old picture");
        Run r = withDot(fake.toString(), () -> run("graph", "stdlib:resnet18", "-o", svg.toString()));
        assertEquals(Main.INTERNAL, r.code(), r.err());
        assertTrue(r.err().contains("dot failed (exit 1)") && r.err().contains("out of memory"), r.err());
        assertEquals("old picture", Files.readString(svg, StandardCharsets.UTF_8));
        assertEquals(List.of("fake-dot", "net.svg"), files(dir));
    }

    private static Run withDot(String dot, java.util.function.Supplier<Run> body) {
        String old = System.getProperty("netc.dot");
        System.setProperty("netc.dot", dot);
        try {
            return body.get();
        } finally {
            if (old == null) System.clearProperty("netc.dot"); else System.setProperty("netc.dot", old);
        }
    }

    // ---- every stdlib network ----------------------------------------------------------------------------------

    /** Names of the networks the standard library defines now (modules still being written define none). */
    static Stream<String> stdlibNetworks() {
        List<String> names = new ArrayList<>();
        for (String module : Stdlib.modules()) {
            Diagnostics d = new Diagnostics();
            var ast = SourceParser.parse(new SourceFile(Stdlib.displayName(module), Stdlib.source(module)), d);
            for (Definition def : ast.definitions()) if (!(def instanceof Definition.Block)) names.add(def.name());
        }
        assertFalse(names.isEmpty(), "no stdlib networks found");
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stdlibNetworks")
    void everyStdlibNetworkHasAGraph(String name) {
        Network n = Reference.build("stdlib:" + name, List.of(), null);
        Parsed p = checkStructure(n);
        Map<String, Integer> perCluster = new HashMap<>();
        for (Node node : p.nodes().values()) for (String c : node.clusters()) perCluster.merge(c, 1, Integer::sum);
        assertEquals(perCluster.keySet(), new java.util.HashSet<>(p.clusterLabels().values()), "no empty cluster");
    }
}
