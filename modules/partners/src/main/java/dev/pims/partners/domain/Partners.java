package dev.pims.partners.domain;

import java.util.List;
import java.util.Optional;

/** The registry of partners. */
public interface Partners {

    /** The new partner has its id when this returns. */
    void add(Partner partner);

    Optional<Partner> byId(long id);

    Optional<Partner> byName(String name);

    /** By name. */
    List<Partner> all();

    /** By name. */
    List<Partner> active();
}
