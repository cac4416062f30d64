package digits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import netc.runtime.Model;
import netc.runtime.io.Npy;
import netc.runtime.io.SafeTensors;

/**
 * Classifies the held-out digits with the class the netc plugin generated from lenet.net and the weights
 * train.py saved, and compares with PyTorch's predictions on the same digits. Exits with 1 if they differ.
 */
public final class Main {
    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "data");
        Model model = new Lenet(SafeTensors.open(data.resolve("weights.safetensors")));
        Npy.Array images = Npy.read(data.resolve("test_images.npy"));
        float[] labels = Npy.read(data.resolve("test_labels.npy")).data();
        float[] torchPredictions = Npy.read(data.resolve("torch_predictions.npy")).data();
        String[] torch = Files.readString(data.resolve("torch_accuracy.txt")).strip().split(" ");

        int n = (int) images.shape()[0];
        int classes = model.outputShapes().get("out")[0];
        float[] scores = model.forward(images.data(), n);  // n rows of 10 class scores
        int correct = 0, agree = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (scores[i * classes + c] > scores[i * classes + best]) best = c;
            }
            if (best == (int) labels[i]) correct++;
            if (best == (int) torchPredictions[i]) agree++;
        }
        System.out.printf("netc:    accuracy %.4f (%d/%d held-out digits)%n", correct / (double) n, correct, n);
        System.out.printf("PyTorch: accuracy %.4f (%s/%s)%n", Double.parseDouble(torch[0]), torch[1], torch[2]);
        System.out.printf("predictions agree on %d/%d digits%n", agree, n);
        if (correct != Integer.parseInt(torch[1]) || agree != n) {
            System.out.println("MISMATCH: netc and PyTorch disagree");
            System.exit(1);
        }
    }
}
