package netc.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import netc.backend.java.JavaBackend;
import netc.model.Network;
import netc.passes.Pipeline;
import netc.runtime.Model;
import netc.runtime.io.Npy;
import netc.runtime.io.SafeTensors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated Java against PyTorch: each case (random weights with perturbed BN statistics, a random batch of 2,
 * PyTorch's output) is written by src/test/python/torch_cases.py during the build into target/torch-cases.
 * The network must agree within 1e-4 of the output's scale, with every pass on and with every pass off.
 */
class JavaBackendTorchTest {
    static final Path CASES = Path.of(System.getProperty("netc.torchCases", "target/torch-cases"));

    static Stream<Arguments> cases() throws Exception {
        List<String> models = List.of(System.getProperty("netc.torchModels",
                "nin_d2l,lenet,unet,se_resnet50,xception,ghostnet,resnet18,mobilenet_v2,squeezenet1_1,googlenet,densenet121,mobilenet_v3_small,shufflenet_v2_x1_0,mnasnet0_5,"
                        + "efficientnet_b0,vgg11_bn,alexnet,resnext50_32x4d,inception_v3,resnet50").split(","));
        // passes: "default", "none", or "separable" (the default ones and the opt-in fuse_separable, for nets with
        // depthwise convs)
        Set<String> depthwise = Set.of("xception", "ghostnet", "mobilenet_v2", "mobilenet_v3_small", "shufflenet_v2_x1_0",
                "mnasnet0_5", "efficientnet_b0");
        return models.stream().flatMap(m -> Stream.concat(Stream.of(Arguments.of(m, "default"), Arguments.of(m, "none")),
                depthwise.contains(m) ? Stream.of(Arguments.of(m, "separable")) : Stream.empty()));
    }

    @ParameterizedTest(name = "{0} passes={1}")
    @MethodSource("cases")
    void matchesPyTorch(String model, String passes) throws Exception {
        Path dir = CASES.resolve(model);
        assertTrue(Files.exists(dir.resolve("output.npy")), "no PyTorch case in " + dir + ": the build runs src/test/python/torch_cases.py");
        Npy.Array x = Npy.read(dir.resolve("input.npy"));
        // The case's input size is the network's (unet runs at 128x128 to keep the test quick).
        String input = java.util.Arrays.stream(java.util.Arrays.copyOfRange(x.shape(), 1, x.shape().length))
                .mapToObj(Long::toString).collect(java.util.stream.Collectors.joining("x"));
        Network net = Reference.build("stdlib:" + model, List.of(), input);
        Set<String> off = new java.util.HashSet<>(Set.of(System.getProperty("netc.disable", "none").split(",")));
        if (passes.equals("none")) off.addAll(Pipeline.names());
        if (passes.equals("separable")) off.add(Pipeline.on("fuse_separable"));
        var generated = JavaBackend.generate(net, off, "netc.generated", null);
        Model m = (Model) JavaBackend.instantiate(generated, SafeTensors.open(dir.resolve("weights.safetensors")));
        Npy.Array expected = Npy.read(dir.resolve("output.npy"));
        int n = (int) x.shape()[0];
        float[] y = m.forward(x.data(), n);
        // Later calls must give exactly the first call's result: the arena is reused and kernels run on two threads,
        // so a race or a plan that overwrites a live tensor shows here, and so would kernels whose results change once
        // the JIT has compiled them.
        for (int rep = 0; rep < 2; rep++) assertArrayEquals(y, m.forward(x.data(), n), "call " + (rep + 2) + " differs from the first");
        Outputs.assertWithinScale(expected.data(), y, model + ", netc vs torch");
    }
}
