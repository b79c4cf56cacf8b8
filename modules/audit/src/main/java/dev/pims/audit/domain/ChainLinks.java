package dev.pims.audit.domain;

import java.util.List;
import java.util.function.Predicate;

/**
 * The chain's links read back in chain order, each with its record and subjects as stored: what a verification walks.
 */
public interface ChainLinks {

    /**
     * Hands the links after {@code after} up to {@code upTo}, with their records, to the consumer in chain order, in
     * chunks of at most {@code chunk}, until it returns false.
     */
    void walk(long after, long upTo, int chunk, Predicate<List<Link>> consumer);

    /**
     * One link of the chain with the record it names, as stored, placed at the link's position; {@code fields} is null
     * when that record is not there.
     */
    record Link(long position, long recordId, String storedHash, AccessChainHashing.Fields fields) {}
}
