package dev.pims.shared;

/**
 * How a handler sees free text that could name a person (policy §7B: least exposure), such as a search term or an
 * authority's legal basis typed by the privacy officer: only its first letters are kept (none of a text of two letters
 * or fewer, one of up to four, two of a longer one) and the rest is one fixed mask, which tells nothing of the length.
 */
public final class FreeTextMasking {

    static final String MASK = "***";

    private FreeTextMasking() {}

    /** {@code 서울 맛집 추천} → {@code 서울***}; {@code item} → {@code i***}; {@code ab} → {@code ***}. */
    public static String firstLetters(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        int[] letters = text.codePoints().toArray();
        int kept = letters.length <= 2 ? 0 : letters.length <= 4 ? 1 : 2;
        return new String(letters, 0, kept) + MASK;
    }
}
