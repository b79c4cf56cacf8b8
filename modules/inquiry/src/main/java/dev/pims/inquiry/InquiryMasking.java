package dev.pims.inquiry;

/**
 * How the queue shows a reply address (least exposure, policy §7B): the first letter of the local part and the domain,
 * e.g. {@code h***@example.com}; the full address only in the opened case, which is an access record.
 */
public final class InquiryMasking {

    static final String MASK = "***";

    private InquiryMasking() {}

    public static String address(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return MASK;
        }
        return address.substring(0, address.offsetByCodePoints(0, 1)) + MASK + address.substring(at);
    }
}
