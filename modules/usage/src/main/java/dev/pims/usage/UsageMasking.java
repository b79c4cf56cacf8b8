package dev.pims.usage;

/**
 * How a handler sees a use's detail (policy §7B: least exposure). Search terms can name a person, so only the first
 * letters are kept (none of a detail of two letters or fewer, one of up to four, two of a longer one) and the rest is
 * one fixed mask, which tells nothing of the length.
 */
public final class UsageMasking {

    static final String MASK = "***";

    private UsageMasking() {}

    /** {@code 서울 맛집 추천} → {@code 서울***}; {@code item} → {@code i***}; {@code ab} → {@code ***}. */
    public static String detail(String detail) {
        if (detail == null || detail.isEmpty()) {
            return detail;
        }
        int[] letters = detail.codePoints().toArray();
        int kept = letters.length <= 2 ? 0 : letters.length <= 4 ? 1 : 2;
        return new String(letters, 0, kept) + MASK;
    }
}
