/**
 * Reference data every other module classifies with: the HS 2022 nomenclature in Vietnamese, Chinese
 * and English with Vietnam's and China's national 8-digit lines, the provinces of both countries,
 * default sectors and the certifications that matter in Vietnam–China trade. Everything is loaded once
 * from {@code classpath:taxonomy/**} at start-up and never changes while the application runs, so it
 * lives in memory rather than in the database. Public API: {@link org.ketnoi.taxonomy.HsNomenclature},
 * {@link org.ketnoi.taxonomy.Geography}, {@link org.ketnoi.taxonomy.SectorCatalog},
 * {@link org.ketnoi.taxonomy.Certification}, and {@link org.ketnoi.taxonomy.TextAnalyzers} (the HS
 * suggester's per-language text analysis, for other modules' indexes).
 */
@NullMarked
package org.ketnoi.taxonomy;

import org.jspecify.annotations.NullMarked;
