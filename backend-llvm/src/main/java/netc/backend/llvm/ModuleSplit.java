package netc.backend.llvm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one textual module into parts that LLVM compiles on separate threads (one context and target machine
 * each), to be linked into one library: O3 on a whole network is single-threaded and takes most of the build.
 *
 * <p>Part 0 keeps everything but the moved functions, which it declares. A function moves only if it is
 * {@code internal} and names no symbol but intrinsics, declared externals and constant globals (copied into every
 * part; they are private): so the kernels move, and the forward function, the thread pool and its mutable globals
 * stay. A moved function becomes {@code hidden}: visible across the parts' objects, not outside the library. The
 * parts are balanced by line count, a fair proxy of optimisation time for this generated code.
 */
final class ModuleSplit {
    private ModuleSplit() {}

    private static final Pattern DEFINE = Pattern.compile("^define internal (.*?)@([\\w.$]+)\\((.*)\\)(.*)\\{$");
    private static final Pattern SYMBOL = Pattern.compile("@([\\w.$]+)");
    private static final Pattern DECLARED = Pattern.compile("^declare [^@]*@([\\w.$]+)\\(");
    private static final Pattern CONSTANT = Pattern.compile("^@([\\w.$]+) = .*\\bconstant\\b");
    private static final Pattern GLOBAL = Pattern.compile("^@[\\w.$]+ = ");
    private static final Pattern ARG_NAME = Pattern.compile("\\s+%[\\w.$]+(?=\\s*(,|$))");

    /** A function definition: its lines, and for one that may move, the declaration part 0 keeps of it. */
    private record Function(List<String> lines, String declaration) {
        boolean movable() { return declaration != null; }
    }

    /** The parts' texts, at most {@code parts} (fewer when there is less to share); part 0 holds the entry points. */
    static List<String> split(String ir, int parts) {
        List<Object> order = new ArrayList<>(); // header lines (String) and functions, in the module's order
        Set<String> free = new HashSet<>(); // symbols any part may name: declared externals and constants
        String[] lines = ir.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("define ")) {
                List<String> body = new ArrayList<>();
                while (i < lines.length && !lines[i].equals("}")) body.add(lines[i++]);
                if (i < lines.length) body.add(lines[i]);
                order.add(body);
                continue;
            }
            order.add(lines[i]);
            Matcher d = DECLARED.matcher(lines[i]), c = CONSTANT.matcher(lines[i]);
            if (d.find()) free.add(d.group(1));
            if (c.find()) free.add(c.group(1));
        }
        List<Function> functions = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (!(order.get(i) instanceof List<?> raw)) continue;
            List<String> body = raw.stream().map(String.class::cast).toList();
            Matcher m = DEFINE.matcher(body.get(0));
            boolean movable = m.matches();
            for (int j = 1; movable && j < body.size(); j++) {
                Matcher s = SYMBOL.matcher(body.get(j));
                while (s.find()) movable &= s.group(1).startsWith("llvm.") || free.contains(s.group(1));
            }
            Function fn = new Function(body, movable
                    ? "declare hidden " + m.group(1) + "@" + m.group(2) + "(" + ARG_NAME.matcher(m.group(3)).replaceAll("") + ")" + m.group(4).stripTrailing()
                    : null);
            functions.add(fn);
            order.set(i, fn);
        }
        // Largest first into the lightest part; part 0 starts with what cannot move.
        long[] load = new long[Math.max(1, parts)];
        Map<Function, Integer> partOf = new IdentityHashMap<>();
        for (Function fn : functions) if (!fn.movable()) load[0] += fn.lines().size();
        List<Function> movable = new ArrayList<>(functions.stream().filter(Function::movable).toList());
        movable.sort(Comparator.comparingInt((Function fn) -> -fn.lines().size()));
        for (Function fn : movable) {
            int lightest = 0;
            for (int p = 1; p < load.length; p++) if (load[p] < load[lightest]) lightest = p;
            partOf.put(fn, lightest);
            load[lightest] += fn.lines().size();
        }
        List<String> out = new ArrayList<>();
        for (int p = 0; p < load.length; p++) {
            if (p > 0 && load[p] == 0) continue;
            StringBuilder sb = new StringBuilder();
            for (Object item : order) {
                if (item instanceof String line) {
                    // mutable globals belong to part 0's functions only
                    if (p == 0 || !GLOBAL.matcher(line).find() || CONSTANT.matcher(line).find()) sb.append(line).append('\n');
                    continue;
                }
                Function fn = (Function) item;
                int at = partOf.getOrDefault(fn, 0);
                if (at == p) {
                    List<String> body = fn.lines();
                    sb.append(at > 0 ? "define hidden " + body.get(0).substring("define internal ".length()) : body.get(0)).append('\n');
                    for (String line : body.subList(1, body.size())) sb.append(line).append('\n');
                } else if (p == 0) {
                    sb.append(fn.declaration()).append('\n');
                }
            }
            // split("\n", -1) kept the text's final empty line as a header line: do not add a newline for it twice
            out.add(sb.substring(0, sb.length() - 1));
        }
        return out;
    }
}
