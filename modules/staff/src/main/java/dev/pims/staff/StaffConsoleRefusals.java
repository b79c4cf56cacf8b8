package dev.pims.staff;

/**
 * Records a request to the staff console refused because of its client address (the allow-list of the staff
 * console), in a transaction of its own, beside the staff login attempts.
 */
public interface StaffConsoleRefusals {

    void refusedAddress(String clientAddress, String requestPath);
}
