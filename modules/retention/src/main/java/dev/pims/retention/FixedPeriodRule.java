package dev.pims.retention;

import dev.pims.store.StoreSchema.Store;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * What every rule of PIMS is: records in tables of one store, kept a fixed period, described under the rule's name in
 * its module's retention bundle ({@link RuleText#fromBundle}). A module's rule extends it with a no-argument
 * constructor that names all of these, and adds the count and the audited destruction of its records.
 */
public abstract class FixedPeriodRule implements RetentionRule {

    private final String name;
    private final Period period;
    private final Store store;
    private final List<String> tables;
    private final String bundle;

    /**
     * @param bundle the base name of the module's retention bundle, e.g. {@code dev.pims.membership.retention}
     */
    protected FixedPeriodRule(String name, Period period, Store store, List<String> tables, String bundle) {
        this.name = name;
        this.period = period;
        this.store = store;
        this.tables = List.copyOf(tables);
        this.bundle = bundle;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Period period() {
        return period;
    }

    @Override
    public Store store() {
        return store;
    }

    @Override
    public List<String> tables() {
        return tables;
    }

    @Override
    public RuleText text(Locale locale) {
        return RuleText.fromBundle(getClass(), bundle, name, locale);
    }
}
