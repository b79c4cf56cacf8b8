package dev.pims.audit.internal;

import dev.pims.audit.domain.AccessChainHashing;
import dev.pims.audit.domain.ChainCheckpoints;
import dev.pims.audit.domain.ChainLinks;
import dev.pims.audit.domain.ChainSealing;
import dev.pims.audit.domain.ChainVerifications;
import dev.pims.audit.domain.SealedIds;
import dev.pims.audit.domain.UnsealedRecords;
import dev.pims.audit.records.ChainOutcome;
import dev.pims.audit.records.ChainVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

/**
 * Walks the access-record chain from the latest checkpoint (or its start) to the head as it was when the walk began,
 * recomputes every hash, and names the first broken link: a record whose hash does not match (altered, or inserted
 * with a made-up hash), a missing position (deleted), a head that no record reaches (the newest records deleted), or
 * a record with no place in the chain (inserted behind PIMS's back). It seals what was handed over first, so that
 * the walk covers every record committed before it began; records appended during the walk are left for the next one. Every result is saved in {@code ACCESS_CHAIN_VERIFICATION}.
 */
@ApplicationScoped
public class ChainVerifier {

    private static final Logger LOG = Logger.getLogger(ChainVerifier.class.getName());
    private static final int CHUNK = 20_000;

    /**
     * A record younger than this when the verification starts may still be on its way to the sealer (its transaction
     * committing); an older one without a link was not written by PIMS.
     */
    private static final Duration SEALING_GRACE = Duration.ofMinutes(1);

    @Inject
    private ChainSealing sealing;

    @Inject
    private ChainCheckpoints checkpoints;

    @Inject
    private ChainLinks links;

    @Inject
    private UnsealedRecords unsealed;

    @Inject
    private ChainVerifications verifications;

    @Inject
    private ChainSealer sealer;

    @Inject
    private Clock clock;

    /** A link that broke: where, which record, and what is wrong. */
    private record Break(Long position, Long recordId, String problem) {}

    /**
     * Verifies the chain and saves the result.
     *
     * @param requestedBy who asked (a staff principal, or the job's name)
     * @param progress    told the number of records checked so far, now and then, and first the total
     */
    public ChainVerification verify(String requestedBy, LongConsumer total, LongConsumer progress) {
        LocalDateTime startedAt = now();
        sealer.sealHandedOver();
        ChainSealing.Head head = sealing.head();
        ChainCheckpoints.Checkpoint checkpoint = checkpoints.latest();
        total.accept(Math.max(0, head.lastPosition() - checkpoint.position()));

        long[] expected = {checkpoint.position() + 1};
        String[] previous = {checkpoint.hash()};
        Break[] broken = {null};
        SealedIds sealed = new SealedIds(head.legacyMaxId());
        links.walk(checkpoint.position(), head.lastPosition(), CHUNK, chunk -> {
            for (ChainLinks.Link link : chunk) {
                broken[0] = problemWith(link, expected[0], previous[0]);
                if (broken[0] != null) {
                    return false;
                }
                sealed.add(link.recordId());
                previous[0] = link.storedHash();
                expected[0]++;
            }
            progress.accept(expected[0] - 1 - checkpoint.position());
            return true;
        });
        Break found = broken[0];
        if (found == null && expected[0] <= head.lastPosition()) {
            found = new Break(
                    expected[0],
                    null,
                    "The records from position " + expected[0] + " to the head at " + head.lastPosition()
                            + " are missing (deleted).");
        }
        if (found == null && !previous[0].equals(head.lastHash())) {
            found = new Break(head.lastPosition(), null, "The last record's hash differs from the chain head's.");
        }
        if (found == null) {
            Optional<Long> inserted = unsealed.firstInserted(sealed, startedAt.minus(SEALING_GRACE));
            if (inserted.isPresent()) {
                found = new Break(
                        null,
                        inserted.get(),
                        "Record " + inserted.get() + " has no place in the chain: inserted behind PIMS's back.");
            }
        }
        long checked = expected[0] - 1 - checkpoint.position();
        ChainVerification result = new ChainVerification(
                0,
                startedAt,
                now(),
                requestedBy,
                checkpoint.position() + 1,
                head.lastPosition(),
                checked,
                found == null ? ChainOutcome.INTACT : ChainOutcome.BROKEN,
                found == null ? null : found.position(),
                found == null ? null : found.recordId(),
                found == null ? null : found.problem(),
                head.lastHash());
        verifications.save(result);
        if (found != null) {
            Break problem = found;
            LOG.severe(() -> "The access-record chain is broken: " + problem.problem());
        } else {
            LOG.info(() -> "Access-record chain intact: " + checked + " records up to position " + head.lastPosition()
                    + ", head hash " + head.lastHash());
        }
        progress.accept(checked);
        return result;
    }

    /** What is wrong with the link expected next, if anything. */
    private static Break problemWith(ChainLinks.Link link, long expectedPosition, String previousHash) {
        if (link.position() != expectedPosition) {
            return new Break(
                    expectedPosition,
                    null,
                    "The record at position " + expectedPosition
                            + " is missing (deleted): the next record, id " + link.recordId() + ", is at position "
                            + link.position() + ".");
        }
        if (link.fields() == null) {
            return new Break(
                    link.position(),
                    link.recordId(),
                    "The record at position " + link.position() + " is missing (deleted): its link names record "
                            + link.recordId() + ", which is not there.");
        }
        if (!AccessChainHashing.hash(previousHash, link.fields()).equals(link.storedHash())) {
            return new Break(
                    link.position(),
                    link.recordId(),
                    "Record " + link.recordId() + " at position " + link.position()
                            + " does not match its hash: altered, or inserted with a made-up hash.");
        }
        return null;
    }

    /** The results of the latest verifications, newest first. */
    public List<ChainVerification> latest(int max) {
        return verifications.latest(max);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
