package org.ketnoi.taxonomy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the reference data once at start-up and logs what it cost, since it delays every start. */
@Configuration(proxyBeanMethods = false)
class TaxonomyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyConfiguration.class);

    @Bean
    HsNomenclature hsNomenclature() {
        long start = System.nanoTime();
        HsNomenclature nomenclature = HsNomenclatureLoader.load();
        log.info(
                "Loaded HS nomenclature in {} ms: {} chapters, {} headings, {} subheadings, {} national lines",
                (System.nanoTime() - start) / 1_000_000,
                nomenclature.count(HsLevel.CHAPTER),
                nomenclature.count(HsLevel.HEADING),
                nomenclature.count(HsLevel.SUBHEADING),
                nomenclature.count(HsLevel.NATIONAL));
        return nomenclature;
    }

    @Bean
    Geography geography() {
        long start = System.nanoTime();
        Geography geography = GeographyLoader.load();
        log.info("Loaded provinces in {} ms", (System.nanoTime() - start) / 1_000_000);
        return geography;
    }

    @Bean
    SectorCatalog sectorCatalog() {
        return SectorCatalog.load();
    }
}
