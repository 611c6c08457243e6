package org.ketnoi.search;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Every test context gets a fresh index directory under {@code ${java.io.tmpdir}/ketnoi-search-test}
 * (application-test.properties); this removes it when the context closes, after the index itself
 * is closed: the search index bean is made to depend on the remover, so it is destroyed first.
 */
@Component
class SearchIndexCleanup implements BeanFactoryPostProcessor {

    private static final String REMOVER = "searchIndexDirectoryRemover";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        if (!beans.containsBeanDefinition("searchIndex") || !beans.containsBeanDefinition(REMOVER)) {
            return;
        }
        BeanDefinition index = beans.getBeanDefinition("searchIndex");
        String[] before = index.getDependsOn() == null ? new String[0] : index.getDependsOn();
        index.setDependsOn(
                Stream.concat(Arrays.stream(before), Stream.of(REMOVER)).toArray(String[]::new));
    }

    /** Deletes the test index directory at shutdown; refuses anything outside the tests' own folder. */
    @Component(REMOVER)
    static class SearchIndexDirectoryRemover implements DisposableBean {

        private final Path directory;

        SearchIndexDirectoryRemover(SearchProperties properties) {
            this.directory = properties.indexDir().toAbsolutePath().normalize();
        }

        @Override
        public void destroy() throws IOException {
            Path tests = Path.of(System.getProperty("java.io.tmpdir"), "ketnoi-search-test")
                    .toAbsolutePath()
                    .normalize();
            if (!directory.startsWith(tests) || directory.equals(tests) || !Files.exists(directory)) {
                return;
            }
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }
}
