package dev.pims.deidentification.internal;

import dev.pims.deidentification.domain.DatasetRow;
import dev.pims.deidentification.domain.DatasetRow.QuasiIdentifiers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * k-anonymity over the quasi-identifiers (policy §3D): a class of rows sharing job family, industry and period is kept
 * only when at least k DISTINCT members (pseudonyms) are in it, so that a member with many uses does not make a class
 * look larger than the people in it; the rows of a smaller class are suppressed.
 */
final class KAnonymity {

    private KAnonymity() {}

    /**
     * @param kReached the fewest distinct members in a class kept; 0 when no class is kept
     * @param membersSuppressed the members none of whose rows is kept
     */
    record Outcome(List<DatasetRow> kept, int rowsSuppressed, int kReached, int membersKept, int membersSuppressed) {}

    static Outcome suppress(List<DatasetRow> rows, int k) {
        Map<QuasiIdentifiers, Set<String>> membersByClass = new HashMap<>();
        for (DatasetRow row : rows) {
            membersByClass
                    .computeIfAbsent(row.quasiIdentifiers(), unused -> new HashSet<>())
                    .add(row.pseudonym());
        }
        List<DatasetRow> kept = rows.stream()
                .filter(row -> membersByClass.get(row.quasiIdentifiers()).size() >= k)
                .toList();
        int kReached = membersByClass.values().stream()
                .mapToInt(Set::size)
                .filter(size -> size >= k)
                .min()
                .orElse(0);
        Set<String> allMembers = new HashSet<>();
        rows.forEach(row -> allMembers.add(row.pseudonym()));
        Set<String> keptMembers = new HashSet<>();
        kept.forEach(row -> keptMembers.add(row.pseudonym()));
        return new Outcome(
                kept, rows.size() - kept.size(), kReached, keptMembers.size(), allMembers.size() - keptMembers.size());
    }
}
