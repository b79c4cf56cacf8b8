package dev.pims.audit.domain;

import dev.pims.audit.records.AccessRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;

/**
 * The hash chain over the access log (safety-measures standard Art. 8: protection against forgery and alteration).
 * Each record's hash is SHA-256 over the previous record's hash and the record's canonical form: every field that
 * says what happened (id, chain position, time, actor, role, client IP, task, categories, operation, outcome, reason,
 * detail) and its data subjects in ascending order. Each field is written as its length, a colon and its text, so
 * that no two different records share a canonical form ("ab"+"c" and "a"+"bc" differ); a missing value is "-".
 * <p>
 * Anybody can recompute the chain from the stored rows, which is the point: the writer, the verifier and the
 * benchmark's loader all use this one class.
 */
public final class AccessChainHashing {

    /** The "previous hash" of the first record of a chain that no checkpoint precedes. */
    public static final String GENESIS = "0".repeat(64);

    private AccessChainHashing() {}

    /** The values one record is hashed over, exactly as stored. */
    public record Fields(
            long id,
            long position,
            LocalDateTime occurredAt,
            String actorId,
            String actorRole,
            String clientIp,
            String task,
            String categories,
            String operation,
            String outcome,
            String reason,
            String detail,
            long[] sortedSubjects) {

        /** The values of a record the road wrote, as the row with this id holds them; its position is given when sealed. */
        public static Fields of(AccessRecord record, long id) {
            return new Fields(
                    id,
                    0,
                    record.occurredAt(),
                    record.actorId(),
                    record.actorRole().name(),
                    record.clientIp(),
                    record.task().name(),
                    record.categories(),
                    record.operation(),
                    record.outcome().name(),
                    record.reason(),
                    record.detail(),
                    sorted(record.subjectIds()));
        }

        /** The same record at a place in the chain. */
        public Fields at(long chainPosition) {
            return new Fields(
                    id,
                    chainPosition,
                    occurredAt,
                    actorId,
                    actorRole,
                    clientIp,
                    task,
                    categories,
                    operation,
                    outcome,
                    reason,
                    detail,
                    sortedSubjects);
        }

        /** The same record with these subjects, ascending. */
        public Fields withSubjects(long[] ascending) {
            return new Fields(
                    id,
                    position,
                    occurredAt,
                    actorId,
                    actorRole,
                    clientIp,
                    task,
                    categories,
                    operation,
                    outcome,
                    reason,
                    detail,
                    ascending);
        }
    }

    public static String canonicalForm(Fields record) {
        StringBuilder text = new StringBuilder(256);
        field(text, Long.toString(record.id()));
        field(text, Long.toString(record.position()));
        field(text, record.occurredAt().toString());
        field(text, record.actorId());
        field(text, record.actorRole());
        field(text, record.clientIp());
        field(text, record.task());
        field(text, record.categories());
        field(text, record.operation());
        field(text, record.outcome());
        field(text, record.reason());
        field(text, record.detail());
        text.append(record.sortedSubjects().length).append('[');
        for (long subject : record.sortedSubjects()) {
            text.append(subject).append(',');
        }
        return text.append(']').toString();
    }

    /** SHA-256, in lower-case hex, of the previous hash, a line break and the record's canonical form. */
    public static String hash(String previousHash, Fields record) {
        MessageDigest sha256 = sha256();
        sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        sha256.update((byte) '\n');
        sha256.update(canonicalForm(record).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    public static long[] sorted(Collection<Long> subjects) {
        long[] ids = subjects.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(ids);
        return ids;
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-|");
        } else {
            text.append(value.length()).append(':').append(value).append('|');
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
