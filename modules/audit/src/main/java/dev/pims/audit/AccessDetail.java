package dev.pims.audit;

/**
 * A result of a {@link PersonalDataAccess} method that says what exactly it touched, e.g. the names of the fields a
 * correction changed, never their values. The access record keeps it.
 */
public interface AccessDetail {

    String accessDetail();
}
