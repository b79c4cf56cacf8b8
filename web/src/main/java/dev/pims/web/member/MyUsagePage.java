package dev.pims.web.member;

import dev.pims.usage.MyUsage;
import dev.pims.usage.UsagePage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /my/usage}: the member's own service-usage records, newest first, {@value MyUsage#PAGE_SIZE} a page; each page
 * read is a VIEW access record.
 */
@Named
@ViewScoped
public class MyUsagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyUsage usage;

    private UsagePage current;

    @PostConstruct
    void load() {
        current = usage.viewMyUsage(0);
    }

    public void older() {
        if (current.hasNext()) {
            current = usage.viewMyUsage(current.page() + 1);
        }
    }

    public void newer() {
        if (current.hasPrevious()) {
            current = usage.viewMyUsage(current.page() - 1);
        }
    }

    public UsagePage getCurrent() {
        return current;
    }
}
