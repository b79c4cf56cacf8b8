package dev.pims.web.member;

import dev.pims.membership.Industry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The choices of the application form's industry list. */
@Named
@ApplicationScoped
public class Industries {

    public List<Industry> getAll() {
        return List.of(Industry.values());
    }
}
