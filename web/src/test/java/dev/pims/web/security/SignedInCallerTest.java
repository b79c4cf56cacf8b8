package dev.pims.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The login a session keeps reaches another node of the cluster whole: name and groups (payara/Payara#6342). */
class SignedInCallerTest {

    @Test
    void aLoginReadBackOnAnotherNodeHasItsNameAndEveryGroup() throws Exception {
        Set<String> groups = new HashSet<>(Set.of("HANDLER", "SCOPE_ACCOUNT", "SCOPE_PAYMENT"));
        SignedInCaller login = new SignedInCaller("staff:handler", groups);
        groups.add("PRIVACY_OFFICER");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(login);
        }
        SignedInCaller readBack;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            readBack = (SignedInCaller) in.readObject();
        }

        assertThat(readBack).isEqualTo(login);
        assertThat(readBack.groups())
                .as("the groups of the login, not changed by the set they were taken from")
                .containsExactlyInAnyOrder("HANDLER", "SCOPE_ACCOUNT", "SCOPE_PAYMENT");
        assertThat(readBack.principal().getName()).isEqualTo("staff:handler");
    }
}
