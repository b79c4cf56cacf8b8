package dev.pims.rights;

/**
 * The signed-in member downloads everything PIMS holds about them (policy §5, §11): account, basic profile, optional
 * settings, application form, records of visits, the consent history, service-usage records, inquiries and their
 * replies, the provisions to third parties, payment methods and payments, the notices that the account would become
 * dormant, and who accessed their data (the access records naming them: time, role,
 * task, categories, outcome; never a staff member's name or an address). Each part is a JSON file and a CSV file of one
 * ZIP. For the MEMBER role only; the download is one DOWNLOAD access record naming the member and every category.
 */
public interface MyDataExport {

    MyDataArchive download();
}
