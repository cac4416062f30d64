package netc.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every op of the language, by name. One line per op. */
public final class OpRegistry {
    private static final Map<String, OpDef> OPS = new LinkedHashMap<>();

    static {
        List<OpDef> all = new ArrayList<>(List.of(
                new Conv(), new DepthwiseConv(), new ConvTranspose(),
                Pool.max(), Pool.avg(), AdaptiveAvgPool.global(), AdaptiveAvgPool.adaptive(),
                new BatchNorm(), new Linear(), new Flatten(),
                new Concat(), Broadcast.add(), Broadcast.mul(),
                new ChannelShuffle(), new Chunk(), new Upsample(), new ZeroPad()));
        all.addAll(Elementwise.all());
        for (OpDef op : all) OPS.put(op.name(), op);
    }

    private OpRegistry() {}

    public static OpDef get(String name) { return OPS.get(name); }

    public static Map<String, OpDef> all() { return Collections.unmodifiableMap(OPS); }
}
