package dev.pims.partners;

/**
 * How a handler sees an authority's legal basis (policy §7B: least exposure). The privacy officer types it as free text
 * (the law and article, but nothing stops a name or a case), so only its first letters are kept (none of a basis of two
 * letters or fewer, one of up to four, two of a longer one) and the rest is one fixed mask, which tells nothing of the
 * length: the rule of a handler's view of service use.
 */
public final class ProvisionMasking {

    static final String MASK = "***";

    private ProvisionMasking() {}

    /** {@code 형사소송법 제215조} → {@code 형사***}; {@code 법령} → {@code ***}. */
    public static String legalBasis(String basis) {
        if (basis == null || basis.isEmpty()) {
            return basis;
        }
        int[] letters = basis.codePoints().toArray();
        int kept = letters.length <= 2 ? 0 : letters.length <= 4 ? 1 : 2;
        return new String(letters, 0, kept) + MASK;
    }
}
