package dev.pims.audit;

import java.util.Collection;

/** A result of a {@link PersonalDataAccess} method that names the members whose data it carries. */
public interface DataSubjects {

    Collection<Long> dataSubjectIds();
}
