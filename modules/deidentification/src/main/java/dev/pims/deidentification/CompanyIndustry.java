package dev.pims.deidentification;

import dev.pims.membership.Industry;

/** One line of the mapping that generalises a company to its industry, as the privacy officer's page shows it. */
public record CompanyIndustry(String company, Industry industry) {}
