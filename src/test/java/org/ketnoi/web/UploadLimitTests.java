package org.ketnoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Uploads over the multipart limit (11 MB) against the real embedded Tomcat: MockMvc does not parse
 * multipart bodies like Tomcat, so only a real server shows what a browser gets. Not tagged "db": the
 * request is answered before any database work, so the PostgreSQL suite gains nothing from it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLimitTests {

    private static final String BOUNDARY = "ketnoi-test-boundary";
    private static final int TWELVE_MB = 12 * 1024 * 1024;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void importUpload_over11Mb_getsTheTranslatedErrorPageWith413() throws Exception {
        HttpResponse<String> response = post("/manage/events/1/import", "participants.xlsx", "text/html", "zh-CN");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("<h1>文件过大</h1>")
                .contains("上传的文件超过了平台接受的大小")
                .doesNotContain("HTTP Status");
    }

    @Test
    void logoUpload_over11Mb_getsTheErrorPageInTheDefaultLanguage() throws Exception {
        HttpResponse<String> response = post("/companies/1/logo", "logo.png", "text/html", null);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("<h1>Tệp quá lớn</h1>").doesNotContain("HTTP Status");
    }

    @Test
    void apiImport_over11Mb_getsProblemJsonWith413() throws Exception {
        HttpResponse<String> response = post("/api/v1/events/1/imports", "participants.xlsx", "application/json", "en");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(response.body())
                .contains("\"status\":413")
                .contains("\"title\":\"Content too large\"")
                .contains("\"detail\":\"The uploaded file is larger than the platform accepts."
                        + " Please choose a smaller file.\"");
    }

    private HttpResponse<String> post(String path, String fileName, String accept, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(fileName)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] body(String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        byte[] content = new byte[TWELVE_MB];
        Arrays.fill(content, (byte) 'x');
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
