package dev.pims.deidentification.internal;

import dev.pims.deidentification.CompanyIndustry;
import dev.pims.membership.Industry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mapping that generalises a company to its industry (policy §3D), read from {@code company-industries.txt} beside
 * this class: one {@code company = INDUSTRY} a line. A company is looked up by its name without its legal form
 * (주식회사, (주), Inc., Co., Ltd.), case, spaces or punctuation, so "(주)서울스타일" matches the line "서울스타일" and
 * "SEOUL STYLE Inc." the line "Seoul Style"; a company not in it, or none, is OTHER. Its Korean and English names are
 * lines of their own.
 */
final class CompanyIndustries {

    private static final String RESOURCE = "company-industries.txt";
    private static final List<String> LEGAL_FORMS =
            List.of("주식회사", "(주)", "㈜", "co., ltd.", "co.,ltd.", "co. ltd.", "ltd.", "inc.", "corp.", "corporation");

    private final List<CompanyIndustry> lines;
    private final Map<String, Industry> byName = new HashMap<>();

    CompanyIndustries(List<CompanyIndustry> lines) {
        this.lines = List.copyOf(lines);
        lines.forEach(line -> byName.put(normalised(line.company()), line.industry()));
    }

    /** The mapping as shipped with PIMS. */
    static CompanyIndustries shipped() {
        try (InputStream in = CompanyIndustries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + CompanyIndustries.class.getName());
            }
            List<CompanyIndustry> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int separator = text.lastIndexOf('=');
                lines.add(new CompanyIndustry(
                        text.substring(0, separator).strip(),
                        Industry.valueOf(text.substring(separator + 1).strip())));
            }
            return new CompanyIndustries(lines);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    Industry of(String company) {
        return company == null ? Industry.OTHER : byName.getOrDefault(normalised(company), Industry.OTHER);
    }

    List<CompanyIndustry> lines() {
        return lines;
    }

    static String normalised(String company) {
        String lower = company.toLowerCase(Locale.ROOT);
        for (String form : LEGAL_FORMS) {
            lower = lower.replace(form, " ");
        }
        return lower.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
