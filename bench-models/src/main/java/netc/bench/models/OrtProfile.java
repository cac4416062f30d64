package netc.bench.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import netc.ir.Graph;
import netc.ir.Node;

/**
 * ONNX Runtime's own per-node times: a separate session with ORT's profiler on (profiling slows it, so never the
 * timed one) runs the batch, and its Chrome-trace JSON's {@code "cat": "Node"} events ({@code NAME_kernel_time},
 * {@code dur} in microseconds) are averaged over the calls after warm-up. {@link #attribute} maps ORT's nodes to
 * netc's layers: ORT keeps one of the exporter's node names on a node it fuses (possibly with a suffix such as
 * {@code _nchwc}), and the exporter names nodes after netc's unfused IR nodes, which the optimised graph's layers
 * absorb.
 */
public final class OrtProfile {
    /** One ORT node: its name without {@code _kernel_time}, its operator, its average time per call in ms. */
    public record NodeTime(String name, String op, double ms) {}

    /** ORT's ms per netc layer (layers with no ORT node are absent), and the ORT nodes that map to no profiled layer. */
    public record Attribution(Map<String, Double> layerMs, List<NodeTime> unmapped) {
        public double mappedMs() { return layerMs.values().stream().mapToDouble(Double::doubleValue).sum(); }
        public double unmappedMs() { return unmapped.stream().mapToDouble(NodeTime::ms).sum(); }
    }

    private static final Pattern TEXT = Pattern.compile("\"(cat|name|op_name)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NUMBER = Pattern.compile("\"(dur|ts)\"\\s*:\\s*(\\d+)");

    private final List<NodeTime> nodes;
    private final int calls;

    private OrtProfile(List<NodeTime> nodes, int calls) {
        this.nodes = nodes;
        this.calls = calls;
    }

    /**
     * Opens a profiled session with {@code open} (given the profile file prefix), runs the batch {@code warmup}
     * times and then {@code calls} times, and reads the profile; the file is deleted.
     */
    public static OrtProfile run(Function<String, OrtEngine> open, float[] x, int n, int warmup, int calls) {
        try (Session s = open(open, x, n)) {
            s.run(warmup + calls);
            return s.finish(warmup);
        }
    }

    /** A profiled session on one batch, run in blocks (e.g. between blocks of the profiled netc model's calls). */
    public static Session open(Function<String, OrtEngine> open, float[] x, int n) {
        try {
            Path dir = Files.createTempDirectory("netc-ort-profile");
            try {
                OrtEngine engine = open.apply(dir.resolve("ort").toString());
                engine.input(x, n);
                return new Session(engine, dir);
            } catch (RuntimeException e) {
                deleteAll(dir);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a directory for ONNX Runtime's profile: " + e.getMessage(), e);
        }
    }

    /** See {@link #open}; {@link #close} ends the session and deletes the profile. */
    public static final class Session implements AutoCloseable {
        private final OrtEngine engine;
        private final Path dir;
        private int runs;
        private boolean closed;

        private Session(OrtEngine engine, Path dir) {
            this.engine = engine;
            this.dir = dir;
        }

        public void run(int calls) {
            for (int i = 0; i < calls; i++) engine.run();
            runs += calls;
        }

        /** Ends profiling and reads it: the calls after the first {@code warmup}. */
        public OrtProfile finish(int warmup) {
            try {
                Path file = engine.endProfiling();
                return new OrtProfile(parse(Files.readString(file), warmup), runs - warmup);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read ONNX Runtime's profile: " + e.getMessage(), e);
            }
        }

        @Override public void close() {
            if (closed) return;
            closed = true;
            try {
                engine.close();
            } finally {
                deleteAll(dir);
            }
        }
    }

    public List<NodeTime> nodes() { return nodes; }

    public int calls() { return calls; }

    /** The total of the nodes' times per call, ms. */
    public double totalMs() { return nodes.stream().mapToDouble(NodeTime::ms).sum(); }

    /**
     * Per-node ms per call from a profile: the Node events after the first {@code skipRuns} runs ({@code model_run}
     * events), summed per node name and divided by the remaining runs; nodes in the order they first ran.
     */
    public static List<NodeTime> parse(String json, int skipRuns) {
        List<long[]> runs = new ArrayList<>(); // ts, dur
        record Event(String name, String op, long ts, long dur) {}
        List<Event> events = new ArrayList<>();
        for (String obj : topLevelObjects(json)) {
            Map<String, String> f = new HashMap<>();
            Matcher m = TEXT.matcher(obj);
            while (m.find()) f.putIfAbsent(m.group(1), m.group(2));
            m = NUMBER.matcher(obj);
            while (m.find()) f.putIfAbsent(m.group(1), m.group(2));
            if (!f.containsKey("ts") || !f.containsKey("dur") || !f.containsKey("name")) continue;
            long ts = Long.parseLong(f.get("ts")), dur = Long.parseLong(f.get("dur"));
            if ("Session".equals(f.get("cat")) && f.get("name").equals("model_run")) runs.add(new long[] {ts, dur});
            if ("Node".equals(f.get("cat")) && f.get("name").endsWith("_kernel_time")) {
                String name = f.get("name");
                events.add(new Event(name.substring(0, name.length() - "_kernel_time".length()), f.getOrDefault("op_name", "?"), ts, dur));
            }
        }
        runs.sort((a, b) -> Long.compare(a[0], b[0]));
        if (runs.size() <= skipRuns) throw new IllegalStateException("ONNX Runtime's profile holds " + runs.size() + " runs, expected more than " + skipRuns);
        long from = runs.get(skipRuns)[0];
        int counted = runs.size() - skipRuns;
        Map<String, NodeTime> sums = new LinkedHashMap<>();
        events.stream().filter(e -> e.ts() >= from).sorted((a, b) -> Long.compare(a.ts(), b.ts())).forEach(e ->
                sums.merge(e.name(), new NodeTime(e.name(), e.op(), e.dur() / 1e3 / counted), (a, b) -> new NodeTime(a.name(), a.op(), a.ms() + b.ms())));
        return List.copyOf(sums.values());
    }

    /** The objects of the trace's top-level array (the events), as text; braces inside strings do not count. */
    private static List<String> topLevelObjects(String json) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = -1;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                if (depth++ == 0) start = i;
            } else if (c == '}' && --depth == 0) {
                out.add(json.substring(start, i + 1));
            }
        }
        return out;
    }

    /**
     * The netc layer each of the unfused IR's nodes ended up in: the optimised node that writes its output tensor
     * (fusion passes keep tensor ids: a fused node writes the last absorbed node's output), else the layer of the
     * first consumer that has one (a conv absorbed with its batch norm and activation). By node name.
     */
    public static Map<String, String> layerOf(Graph lowered, Graph optimised) {
        Map<Integer, String> producer = new HashMap<>();
        for (Node n : optimised.nodes()) producer.put(n.output(), n.name());
        Map<Integer, List<Node>> consumers = new HashMap<>();
        for (Node n : lowered.nodes()) for (int in : n.inputs()) consumers.computeIfAbsent(in, k -> new ArrayList<>()).add(n);
        Map<Integer, String> tensorLayer = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (int i = lowered.nodes().size() - 1; i >= 0; i--) {
            Node n = lowered.nodes().get(i);
            String layer = producer.get(n.output());
            for (Node c : consumers.getOrDefault(n.output(), List.of())) {
                if (layer != null) break;
                layer = tensorLayer.get(c.output());
            }
            if (layer == null) continue;
            tensorLayer.put(n.output(), layer);
            byName.putIfAbsent(n.name(), layer);
        }
        return byName;
    }

    /**
     * ORT's time per profiled layer: an ORT node's name is looked up as is, then without ORT's {@code _nchwc} suffix,
     * then without the exporter's {@code _2}-style uniqueness suffix or {@code /part} of a helper node. Nodes that
     * match no layer in {@code layers} (ORT's layout reorders, views that netc does not time) are returned apart.
     */
    public Attribution attribute(Map<String, String> layerOf, Collection<String> layers) {
        Map<String, Double> byLayer = new LinkedHashMap<>();
        List<NodeTime> unmapped = new ArrayList<>();
        for (NodeTime t : nodes) {
            String layer = resolve(t.name(), layerOf);
            if (layer != null && layers.contains(layer)) byLayer.merge(layer, t.ms(), Double::sum);
            else unmapped.add(t);
        }
        return new Attribution(byLayer, unmapped);
    }

    public static String resolve(String ortName, Map<String, String> layerOf) {
        String name = ortName;
        for (int step = 0; step < 4; step++) {
            if (layerOf.containsKey(name)) return layerOf.get(name);
            String shorter = switch (step) {
                case 0 -> name.endsWith("_nchwc") ? name.substring(0, name.length() - "_nchwc".length()) : name;
                case 1 -> name.replaceFirst("_\\d+$", "");
                default -> name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
            };
            name = shorter;
        }
        return layerOf.get(name);
    }

    private static void deleteAll(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
