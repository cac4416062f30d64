package netc.runtime.io;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Images as network input, the ImageNet way: scale the shorter side to size * 256 / 224, crop the centre
 * size x size, RGB in [0, 1], normalise by ImageNet's mean and standard deviation, CHW float32.
 */
public final class Images {
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private Images() {}

    /** One sample of {@code channels x size x size} (channels 3, or 1 for grey-scale networks). */
    public static float[] imagenet(Path path, int channels, int height, int width) {
        BufferedImage img;
        try {
            img = ImageIO.read(path.toFile());
        } catch (IOException e) {
            throw new WeightsException("cannot read image " + path + ": " + e.getMessage(), e);
        }
        if (img == null) throw new WeightsException(path + ": not an image this JDK can read (PNG, JPEG, GIF, BMP are)");
        double scale = Math.max(height, width) * 256.0 / 224.0 / Math.min(img.getWidth(), img.getHeight());
        int sw = Math.max(width, (int) Math.round(img.getWidth() * scale));
        int sh = Math.max(height, (int) Math.round(img.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(img, 0, 0, sw, sh, null);
        g.dispose();
        int x0 = (sw - width) / 2, y0 = (sh - height) / 2;
        float[] out = new float[channels * height * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = scaled.getRGB(x0 + x, y0 + y);
                float r = ((rgb >> 16) & 0xff) / 255f, gr = ((rgb >> 8) & 0xff) / 255f, b = (rgb & 0xff) / 255f;
                if (channels == 1) {
                    out[y * width + x] = (0.299f * r + 0.587f * gr + 0.114f * b - 0.5f) / 0.5f;
                } else {
                    float[] px = {r, gr, b};
                    for (int c = 0; c < 3; c++) out[(c * height + y) * width + x] = (px[c] - MEAN[c]) / STD[c];
                }
            }
        }
        return out;
    }
}
