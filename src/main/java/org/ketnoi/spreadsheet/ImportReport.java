package org.ketnoi.spreadsheet;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.LocalizedText;

/**
 * What an import did, or would do (a preview, or a commit refused because of errors: then nothing was
 * stored).
 *
 * @param committed whether the changes were stored
 * @param companies one outcome per company of the file, in file order
 * @param errors every problem found, by row; a commit stores nothing unless this is empty
 */
public record ImportReport(boolean committed, List<CompanyOutcome> companies, List<RowError> errors) {

    public ImportReport {
        companies = List.copyOf(companies);
        errors = List.copyOf(errors);
    }

    /** What happens to a company's profile. */
    public enum CompanyAction {
        /** A new company, kept by the event's organisers until a representative claims it. */
        CREATED,
        UPDATED,
        UNCHANGED,
        /** The company exists and is managed by its own members (or other organisers): profile untouched. */
        KEPT
    }

    /** What happens to its participation in the event. */
    public enum EnrolAction {
        ENROLLED,
        ALREADY_REGISTERED
    }

    /**
     * @param row the company's first row
     * @param key its tax code, else its contact e-mail
     * @param companyId the stored company; null for companies a preview would create
     */
    public record CompanyOutcome(
            int row,
            String key,
            LocalizedText name,
            @Nullable Long companyId,
            CompanyAction action,
            EnrolAction enrol,
            int listingsCreated,
            int listingsUpdated) {}

    public long count(CompanyAction action) {
        return companies.stream().filter(c -> c.action() == action).count();
    }

    public long enrolled() {
        return companies.stream().filter(c -> c.enrol() == EnrolAction.ENROLLED).count();
    }

    public int listingsCreated() {
        return companies.stream().mapToInt(CompanyOutcome::listingsCreated).sum();
    }

    public int listingsUpdated() {
        return companies.stream().mapToInt(CompanyOutcome::listingsUpdated).sum();
    }

    /** The errors of one row, for showing them next to it. */
    public List<RowError> errorsOf(int row) {
        return errors.stream().filter(e -> e.row() == row).toList();
    }
}
