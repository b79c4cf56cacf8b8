package dev.pims.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that holds members' personal data of these categories (policy §2A(1)): an entity, or a row a
 * repository reads. Every service that touches such a type reaches it only through methods on the audited road
 * ({@code @PersonalDataAccess}); the architecture test holds every module to that.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PersonalData {

    /** The categories of the data the type holds. */
    DataCategory[] value();
}
