package netc.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LayoutTest {
    static float[] iota(int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    @Test
    void concatAndChunkByChannelCopies() {
        // concat of (2 images x 1 ch) and (2 images x 2 ch), planes of 2
        float[] a = {1, 2, 3, 4}, b = {10, 11, 12, 13, 20, 21, 22, 23};
        float[] y = new float[12];
        Layout.copyChannels(2, 2, a, 0, 1, 0, y, 0, 3, 0, 1);
        Layout.copyChannels(2, 2, b, 0, 2, 0, y, 0, 3, 1, 2);
        assertArrayEquals(new float[] {1, 2, 10, 11, 12, 13, 3, 4, 20, 21, 22, 23}, y);
        float[] chunk = new float[4]; // torch.chunk(y, 3, dim=1)[1]: channel 1 of each image
        Layout.copyChannels(2, 2, y, 0, 3, 1, chunk, 0, 1, 0, 1);
        assertArrayEquals(new float[] {10, 11, 20, 21}, chunk);
    }

    @Test
    void channelShuffleAsPyTorch() {
        // 6 channels, 2 groups: view(2,3).transpose -> order 0,3,1,4,2,5
        float[] x = iota(6), y = new float[6];
        Layout.channelShuffle(1, 6, 1, 2, x, 0, y, 0);
        assertArrayEquals(new float[] {0, 3, 1, 4, 2, 5}, y);
        float[] x2 = iota(12), y2 = new float[12]; // 2 images, 3 groups of 2, planes of 1
        Layout.channelShuffle(2, 6, 1, 3, x2, 0, y2, 0);
        assertArrayEquals(new float[] {0, 2, 4, 1, 3, 5, 6, 8, 10, 7, 9, 11}, y2);
    }

    @Test
    void zeroPadAndCrop() {
        float[] x = iota(6); // 2 x 3
        float[] y = new float[4 * 4];
        Layout.zeroPad(1, 1, 2, 3, 1, 0, 1, 1, x, 0, y, 0);
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0, 1, 2, 0, 3, 4, 5, 0, 0, 0, 0}, y);
        float[] z = new float[2];
        Layout.zeroPad(1, 1, 2, 3, -1, -1, 0, 0, x, 0, z, 0);
        assertArrayEquals(new float[] {1, 4}, z);
    }
}
