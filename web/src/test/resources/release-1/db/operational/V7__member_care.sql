-- Member care by handlers (policy §7B): the indexes that let a search over a million members read only the rows of
-- one page. (The handlers' data categories, STAFF_CATEGORY, came with V6.)

-- A phone number is searched by its digits, however it was typed: 010-2345-6789 and 01023456789 are one number.
ALTER TABLE BASIC_PROFILE ADD COLUMN MOBILE_DIGITS VARCHAR(20);
-- Derby has no REPLACE: each statement takes out the first hyphen left; the format allows two at most.
UPDATE BASIC_PROFILE SET MOBILE_DIGITS = CASE WHEN LOCATE('-', MOBILE_PHONE) = 0 THEN MOBILE_PHONE
    ELSE SUBSTR(MOBILE_PHONE, 1, LOCATE('-', MOBILE_PHONE) - 1) || SUBSTR(MOBILE_PHONE, LOCATE('-', MOBILE_PHONE) + 1)
    END;
UPDATE BASIC_PROFILE SET MOBILE_DIGITS = CASE WHEN LOCATE('-', MOBILE_DIGITS) = 0 THEN MOBILE_DIGITS
    ELSE SUBSTR(MOBILE_DIGITS, 1, LOCATE('-', MOBILE_DIGITS) - 1) || SUBSTR(MOBILE_DIGITS, LOCATE('-', MOBILE_DIGITS) + 1)
    END;
ALTER TABLE BASIC_PROFILE ALTER COLUMN MOBILE_DIGITS NOT NULL;

-- Prefix searches (LIKE 'x%') ordered by the searched column: each reads one index range, in order, and stops
-- after one page. E-mail prefixes use the index of MEMBER_ACCOUNT_EMAIL_UNIQUE.
CREATE INDEX BASIC_PROFILE_NAME ON BASIC_PROFILE (NAME, MEMBER_ID);
CREATE INDEX BASIC_PROFILE_MOBILE_DIGITS ON BASIC_PROFILE (MOBILE_DIGITS, MEMBER_ID);
