package dev.pims.membership;

import dev.pims.audit.DataSubjects;
import dev.pims.shared.DataCategory;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A member as a handler sees them in member care: the fields of the categories the handler may see, masked where
 * the field is masked, in the order of {@link CareField}. Categories outside the handler's scope are absent.
 */
public record CaredMember(long memberId, String status, LocalDateTime joinedAt, Map<CareField, String> fields)
        implements DataSubjects, Serializable {

    public CaredMember {
        fields = Collections.unmodifiableMap(new EnumMap<>(fields));
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return List.of(memberId);
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
