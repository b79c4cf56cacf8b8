package dev.pims.deidentification;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The family a job title is generalised to in a de-identified dataset (policy §3D): a title names few people, its family
 * many. A title falls in the first family, in this order, one of whose keywords it holds (an English keyword as a whole
 * word, a Korean one anywhere); so "Marketing Manager" is MARKETING, and a manager of no named function MANAGEMENT. A
 * title that holds none, or none at all, is OTHER.
 */
public enum JobFamily {
    ENGINEERING(
            List.of("engineer", "engineering", "developer", "programmer", "software", "devops", "data scientist"),
            List.of("개발", "엔지니어", "프로그래머", "데이터 과학")),
    DESIGN(List.of("designer", "design", "ux", "ui"), List.of("디자인", "디자이너")),
    SALES(List.of("sales", "account executive", "business development", "salesperson"), List.of("영업", "세일즈")),
    MARKETING(List.of("marketing", "marketer", "brand", "growth"), List.of("마케팅", "마케터", "홍보", "브랜드")),
    MANAGEMENT(
            List.of(
                    "manager",
                    "director",
                    "head",
                    "chief",
                    "ceo",
                    "cto",
                    "cfo",
                    "coo",
                    "president",
                    "vp",
                    "executive",
                    "lead"),
            List.of("대표", "이사", "팀장", "부장", "실장", "본부장", "임원", "관리자", "매니저")),
    OTHER(List.of(), List.of());

    private final List<String> englishKeywords;
    private final List<String> koreanKeywords;

    JobFamily(List<String> englishKeywords, List<String> koreanKeywords) {
        this.englishKeywords = englishKeywords;
        this.koreanKeywords = koreanKeywords;
    }

    /** The words that put a title in this family, English then Korean, as the privacy officer's page lists them. */
    public List<String> keywords() {
        return Stream.concat(englishKeywords.stream(), koreanKeywords.stream()).toList();
    }

    public static JobFamily of(String jobTitle) {
        if (jobTitle == null || jobTitle.isBlank()) {
            return OTHER;
        }
        String lower = jobTitle.toLowerCase(Locale.ROOT);
        // Words between spaces, so that "ux" is found in "UX lead" and not in "luxury".
        String words = " " + lower.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        for (JobFamily family : values()) {
            if (family.englishKeywords.stream().anyMatch(keyword -> words.contains(" " + keyword + " "))
                    || family.koreanKeywords.stream().anyMatch(lower::contains)) {
                return family;
            }
        }
        return OTHER;
    }
}
