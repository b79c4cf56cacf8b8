package dev.pims.web.member;

import dev.pims.partners.MyProvisions;
import dev.pims.partners.ProvisionView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /my/provisions}: which partner or authority received which of the member's items when (policy §3, §5); a
 * provision to an authority only where the law allows telling. The read is a VIEW access record of PROVISION.
 */
@Named
@ViewScoped
public class MyProvisionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyProvisions provisions;

    private List<ProvisionView> mine;

    @PostConstruct
    void load() {
        mine = provisions.viewMine();
    }

    public List<ProvisionView> getMine() {
        return mine;
    }
}
