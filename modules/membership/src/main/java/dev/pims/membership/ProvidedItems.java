package dev.pims.membership;

import dev.pims.audit.AccessDetail;
import dev.pims.audit.AccessedCategories;
import dev.pims.audit.DataSubjects;
import dev.pims.shared.DataCategory;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The items of members handed to a third party (policy §3): per member provided, the value of each item, in clear.
 * The PROVIDE access record names those members, the categories of the items and, as its detail, the recipient. A
 * member without an account in the operational store (gone, or dormant) is left out.
 */
public record ProvidedItems(List<CareField> items, Map<Long, Map<CareField, String>> values, String recipient)
        implements DataSubjects, AccessedCategories, AccessDetail {

    public ProvidedItems {
        items = List.copyOf(items);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The members provided, in the order asked. */
    public List<Long> memberIds() {
        return List.copyOf(values.keySet());
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return values.keySet();
    }

    @Override
    public Set<DataCategory> accessedCategories() {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        items.forEach(item -> categories.add(item.category()));
        return categories;
    }

    @Override
    public String accessDetail() {
        return "provided to " + recipient;
    }
}
