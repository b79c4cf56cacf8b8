package dev.pims.membership;

import dev.pims.audit.AccessedCategories;
import dev.pims.audit.DataSubjects;
import dev.pims.shared.DataCategory;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A member as a handler sees them in member care: the fields of the categories the handler may see, masked where
 * the field is masked, in the order of {@link CareField}. Categories outside the handler's scope are absent.
 */
public record CaredMember(long memberId, String status, LocalDateTime joinedAt, Map<CareField, String> fields)
        implements DataSubjects, AccessedCategories, Serializable {

    public CaredMember {
        fields = Collections.unmodifiableMap(new EnumMap<>(fields));
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
    }

    /**
     * What the access record names: the categories of the fields shown, and the account, whose status and date of
     * joining every handler sees.
     */
    @Override
    public Set<DataCategory> accessedCategories() {
        Set<DataCategory> shown = EnumSet.of(DataCategory.ACCOUNT);
        fields.keySet().forEach(field -> shown.add(field.category()));
        return shown;
    }

    /** The categories shown, in the order of {@link DataCategory}. */
    public List<DataCategory> categories() {
        return fields.keySet().stream()
                .map(CareField::category)
                .distinct()
                .sorted()
                .toList();
    }

    /** The fields shown of one category. */
    public List<CareField> fieldsOf(DataCategory category) {
        return fields.keySet().stream()
                .filter(field -> field.category() == category)
                .toList();
    }
}
