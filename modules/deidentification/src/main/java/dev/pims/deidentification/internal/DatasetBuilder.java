package dev.pims.deidentification.internal;

import dev.pims.deidentification.JobFamily;
import dev.pims.deidentification.TimeGranularity;
import dev.pims.deidentification.domain.DatasetRow;
import dev.pims.membership.MemberWork;
import dev.pims.usage.PeriodUses;
import java.util.List;

/**
 * Makes a dataset's rows from the uses and the members' work (policy §3D), with nothing but plain logic: each member
 * becomes their keyed pseudonym, the job title its family, the company its industry, the time its period; the member
 * id, the title, the company, the exact time and the use's detail are left behind. Then k-anonymity suppresses the
 * classes of fewer than k members.
 */
final class DatasetBuilder {

    private final CompanyIndustries industries;

    DatasetBuilder(CompanyIndustries industries) {
        this.industries = industries;
    }

    KAnonymity.Outcome build(PeriodUses uses, MemberWork work, byte[] key, TimeGranularity granularity, int k) {
        Pseudonyms pseudonyms = new Pseudonyms(key);
        List<DatasetRow> rows = uses.uses().stream()
                .map(use -> {
                    MemberWork.Work of = work.of(use.memberId());
                    return new DatasetRow(
                            pseudonyms.of(use.memberId()),
                            JobFamily.of(of.jobTitle()),
                            industries.of(of.company()),
                            granularity.periodOf(use.occurredAt().toLocalDate()),
                            use.kind());
                })
                .toList();
        return KAnonymity.suppress(rows, k);
    }
}
