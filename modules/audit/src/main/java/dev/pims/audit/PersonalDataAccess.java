package dev.pims.audit;

import dev.pims.shared.DataCategory;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that reads or writes personal data. Every call, whether it succeeds, is denied or
 * fails, leaves one access record naming the actor, the time, the client IP, the data subjects, the task and
 * the categories touched. The data subjects are taken from the parameters marked {@link DataSubject}, from a
 * result that implements {@link DataSubjects}, or else, for a signed-in member, the member themselves.
 * <p>
 * The road also checks the caller's role ({@link #roles()}), rather than the EJB container's {@code @RolesAllowed},
 * because the container refuses a call before any interceptor sees it, and a refused attempt must be recorded too.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PersonalDataAccess {

    @Nonbinding
    AccessTask task() default AccessTask.VIEW;

    @Nonbinding
    DataCategory[] categories() default {};

    /** The roles of which the caller must hold one; none means anybody, e.g. a visitor signing up. */
    @Nonbinding
    String[] roles() default {};
}
