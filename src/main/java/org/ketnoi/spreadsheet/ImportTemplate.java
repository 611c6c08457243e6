package org.ketnoi.spreadsheet;

import java.util.Arrays;
import java.util.List;
import org.ketnoi.i18n.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The empty .xlsx an agency fills in: one column per field, headers in the reader's language, so an
 * upload of it maps every column by itself.
 */
@Component
public class ImportTemplate {

    private final ImportService imports;
    private final MessageSource messages;

    ImportTemplate(ImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** The template's file name in that language. */
    public String fileName(Language language) {
        return messages.getMessage("import.template.file-name", null, language.locale());
    }

    public byte[] xlsx(Language language) {
        List<String> headers = Arrays.stream(ImportField.values())
                .map(field -> imports.label(field, language))
                .toList();
        String sheet = messages.getMessage("import.template.sheet", null, language.locale());
        return Workbooks.write(sheet, headers, List.of());
    }
}
