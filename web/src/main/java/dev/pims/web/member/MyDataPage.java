package dev.pims.web.member;

import dev.pims.rights.MyDataArchive;
import dev.pims.rights.MyDataExport;
import dev.pims.web.FileDownload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * {@code /my/data}: the member downloads everything PIMS holds about them as one ZIP (policy §5, §11); the download is
 * a DOWNLOAD access record naming the member.
 */
@Named
@RequestScoped
public class MyDataPage {

    @Inject
    private MyDataExport export;

    public void download() throws IOException {
        MyDataArchive archive = export.download();
        FileDownload.send(archive.fileName(), MyDataArchive.CONTENT_TYPE, archive.content());
    }
}
