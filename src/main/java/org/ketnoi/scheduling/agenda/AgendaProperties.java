package org.ketnoi.scheduling.agenda;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The agenda module's knobs (see docs/agendas.md).
 *
 * @param pdfFonts TrueType fonts (.ttf) or collections (.ttc) for printed agendas, used for every
 *     character the bundled DejaVu Sans (Latin with Vietnamese) lacks, in this order. The default is
 *     WenQuanYi Zen Hei as Debian's fonts-wqy-zenhei installs it, for Chinese.
 */
@Validated
@ConfigurationProperties("ketnoi.agenda")
public record AgendaProperties(
        @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") @NotNull
        List<Path> pdfFonts) {

    public AgendaProperties {
        pdfFonts = List.copyOf(pdfFonts);
    }
}
