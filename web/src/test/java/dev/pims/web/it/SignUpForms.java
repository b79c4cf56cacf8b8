package dev.pims.web.it;

import dev.pims.membership.SignUpForm;
import java.util.UUID;

/** A sign-up that passes every check, with an address no other test uses: for tests that need a member in a hurry. */
final class SignUpForms {

    private SignUpForms() {}

    static SignUpForm valid(String purpose) {
        SignUpForm form = new SignUpForm();
        form.setEmail(purpose + "-" + UUID.randomUUID() + "@example.com");
        form.setPassword("correct-horse-42");
        form.getDetails().setName("Test Member");
        form.getDetails().setMobilePhone("010-1111-2222");
        form.setAcceptsTermsOfUse(true);
        form.setAcceptsCollection(true);
        form.setFourteenOrOlder(true);
        return form;
    }
}
