package netc.syntax;

/**
 * ANTLR's character streams count code points; Java strings, and so {@link netc.diag.Span}, count UTF-16 units.
 * Maps a token index to the string offset; the identity unless the text has characters beyond the BMP (emoji).
 */
final class CharOffsets {
    private final int[] offsets; // offsets[codePoint] = char offset; null when the two agree

    CharOffsets(String text) {
        int count = text.codePointCount(0, text.length());
        if (count == text.length()) {
            offsets = null;
            return;
        }
        offsets = new int[count + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) offsets[cp++] = i;
        offsets[cp] = text.length();
    }

    int of(int index) {
        if (offsets == null) return index;
        return offsets[Math.max(0, Math.min(index, offsets.length - 1))];
    }
}
