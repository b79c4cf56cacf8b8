package dev.pims.accesslog;

import dev.pims.audit.AccessDetail;

/**
 * The CSV file of a filtered view of the access log, downloaded for a reason. Its access record (task DOWNLOAD) names
 * the filter and the number of records as its detail.
 */
public record AccessLogExport(String csv, int records, String filter) implements AccessDetail {

    @Override
    public String accessDetail() {
        return records + " access records; filter: " + filter;
    }
}
