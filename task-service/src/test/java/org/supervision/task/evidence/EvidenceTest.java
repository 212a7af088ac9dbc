package org.supervision.task.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supervision.task.testing.PublishedPlan.FGW;
import static org.supervision.task.testing.PublishedPlan.SCJG;
import static org.supervision.task.testing.PublishedPlan.SPJ;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.PublishedPlan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Evidence files through the API with real tokens: who adds, who reads, what is accepted, what comes back. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class EvidenceTest {

    /** File names and notes in UTF-8, as browsers send them (RestAssured's strict mode would send '?'). */
    private static final RestAssuredConfig UTF8_FORMS = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Test
    void theUnitAttachesAFileAndReadsItBackByteForByteWithItsChineseName() throws Exception {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(FGW, "1");
        String fgw = TestTokens.unitOfficer(FGW);
        String name = "整改报告（第一批）.pdf";

        ExtractableResponse<Response> added = upload(fgw, id, name, PDF, "会议纪要及整改台账")
                .then().statusCode(201).header("Location", containsString("/api/v1/assignments/" + id + "/evidence/"))
                .body("fileName", equalTo(name)).body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length)).body("sha256", equalTo(sha256(PDF)))
                .body("note", equalTo("会议纪要及整改台账")).body("uploadedBy", equalTo("officer-qz-fgw"))
                .body("assignmentId", equalTo(id)).extract();
        String fileId = added.path("id");

        Response download = given().auth().oauth2(fgw).when().get(evidence(id) + "/" + fileId);
        download.then().statusCode(200).contentType("application/pdf")
                .header("ETag", equalTo("\"" + sha256(PDF) + "\"")).header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Disposition", equalTo("attachment; filename=\"_________.pdf\"; filename*=UTF-8''"
                        + "%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A%EF%BC%88%E7%AC%AC%E4%B8%80%E6%89%B9%EF%BC%89.pdf"));
        assertArrayEquals(PDF, download.asByteArray());
        // a client that has the file already is told so
        given().auth().oauth2(fgw).header("If-None-Match", "\"" + sha256(PDF) + "\"").when().get(evidence(id) + "/" + fileId)
                .then().statusCode(304).header("ETag", equalTo("\"" + sha256(PDF) + "\""));

        // the same bytes again, under another name: the first record, not a copy
        upload(fgw, id, "再次上传.pdf", PDF, null).then().statusCode(200).body("id", equalTo(fileId)).body("fileName", equalTo(name));
        String pngId = upload(fgw, id, "现场照片.PNG", PNG, null).then().statusCode(201).body("mediaType", equalTo("image/png"))
                .body("note", nullValue()).extract().path("id");
        given().auth().oauth2(fgw).when().get(evidence(id)).then().statusCode(200)
                .body("id", contains(fileId, pngId)).body("[0].content", nullValue());
        given().auth().oauth2(fgw).when().get("/api/v1/assignments/" + id + "/audit").then().statusCode(200)
                .body("findAll { it.action == 'EVIDENCE_ADDED' }.reason", contains(name, "现场照片.PNG"));
        // the same content on another assignment is that assignment's own evidence
        upload(fgw, plan.assignmentOf(FGW, "2"), name, PDF, null).then().statusCode(201);
    }

    @Test
    void theUnitItsLeadUnitTheOfficeAndLeadersReadOthersFindNothing() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String coop = plan.assignmentOf(SCJG, "1");
        String fileId = upload(TestTokens.unitOfficer(SCJG), coop, "配合材料.txt", "配合单位的材料".getBytes(StandardCharsets.UTF_8), null)
                .then().statusCode(201).extract().path("id");
        String file = evidence(coop) + "/" + fileId;

        // FGW leads measure 1 and consolidates: it reads its cooperating units' evidence
        for (String token : List.of(TestTokens.unitOfficer(SCJG), TestTokens.unitOfficer(FGW), TestTokens.supervisor(),
                TestTokens.leader())) {
            given().auth().oauth2(token).when().get(evidence(coop)).then().statusCode(200).body("id", contains(fileId));
            given().auth().oauth2(token).when().get(file).then().statusCode(200)
                    .contentType("text/plain; charset=UTF-8").body(equalTo("配合单位的材料"));
        }
        // another cooperating unit, or an integration, finds nothing there
        for (String token : List.of(TestTokens.unitOfficer(SPJ), TestTokens.unitOfficer("QZ-NOBODY"), TestTokens.integration())) {
            given().auth().oauth2(token).when().get(evidence(coop)).then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(token).when().get(file).then().statusCode(404);
        }
        for (String token : List.of(TestTokens.unitOfficer(SPJ), TestTokens.unitOfficer("QZ-NOBODY"))) {
            upload(token, coop, "x.txt", "x".getBytes(StandardCharsets.UTF_8), null).then().statusCode(404);
        }
        // leading measure 1 is no key to FGW's... nor SCJG's key to FGW's measure-2 work, which it does not lead
        String fgwFile = upload(TestTokens.unitOfficer(FGW), plan.assignmentOf(FGW, "2"), "牵头单位材料.txt",
                "牵头".getBytes(StandardCharsets.UTF_8), null).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.unitOfficer(SCJG)).when().get(evidence(plan.assignmentOf(FGW, "2")) + "/" + fgwFile)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.unitOfficer(SCJG)).when().get(evidence(plan.assignmentOf(FGW, "1")))
                .then().statusCode(404);
        // a file id under another assignment's path, or one that does not exist
        given().auth().oauth2(TestTokens.supervisor()).when().get(evidence(plan.assignmentOf(FGW, "2")) + "/" + fileId)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.supervisor()).when().get(evidence(coop) + "/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
        // only the unit adds evidence
        for (String token : List.of(TestTokens.supervisor(), TestTokens.leader(), TestTokens.integration())) {
            upload(token, coop, "x.txt", "x".getBytes(StandardCharsets.UTF_8), null).then().statusCode(403);
        }
        upload(TestTokens.unitOfficer(FGW), coop, "x.txt", "x".getBytes(StandardCharsets.UTF_8), null).then().statusCode(404);
        given().auth().oauth2(TestTokens.supervisor()).when().get(evidence(coop)).then().body("$", hasSize(1));
    }

    @Test
    void onlyAcceptedTypesWhoseContentMatchesTheirNameAreTaken() throws IOException {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(FGW, "1");
        String fgw = TestTokens.unitOfficer(FGW);

        upload(fgw, id, "setup.exe", EXE, null).then().statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        upload(fgw, id, "整改报告.pdf", EXE, null).then().statusCode(415);
        upload(fgw, id, "report.docx", PDF, null).then().statusCode(415);
        upload(fgw, id, "archive.zip", zip("readme.txt"), null).then().statusCode(201).body("mediaType", equalTo("application/zip"));
        upload(fgw, id, "报告.docx", zip("[Content_Types].xml", "word/document.xml"), null).then().statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        upload(fgw, id, "台账.xlsx", zip("[Content_Types].xml", "word/document.xml"), null).then().statusCode(415);
        upload(fgw, id, "台账.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"), null).then().statusCode(201);
        upload(fgw, id, "旧版台账.xls", ole2(), null).then().statusCode(201).body("mediaType", equalTo("application/vnd.ms-excel"));
        upload(fgw, id, "照片.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'}, null)
                .then().statusCode(201).body("mediaType", equalTo("image/jpeg"));
        upload(fgw, id, "说明.txt", "政府文件常用GB18030编码".getBytes(Charset.forName("GB18030")), null).then().statusCode(201)
                .body("mediaType", equalTo("text/plain; charset=GB18030"));
        upload(fgw, id, "binary.txt", EXE, null).then().statusCode(415);
        upload(fgw, id, "no-extension", PDF, null).then().statusCode(415);
        // HTML is taken as text and sent back as text, never as a page the browser would run
        String html = "<html><script>alert(document.cookie)</script></html>";
        String htmlId = upload(fgw, id, "page.txt", html.getBytes(StandardCharsets.UTF_8), null).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(fgw).when().get(evidence(id) + "/" + htmlId).then().statusCode(200)
                .contentType("text/plain; charset=UTF-8").header("X-Content-Type-Options", "nosniff").body(equalTo(html));

        upload(fgw, id, "empty.pdf", new byte[0], null).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].rule", equalTo("not-empty"));
        given().auth().oauth2(fgw).config(UTF8_FORMS).multiPart("note", "只有说明").when().post(evidence(id))
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedAndNothingIsStored() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(FGW, "1");
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'a');
        upload(TestTokens.unitOfficer(FGW), id, "large.txt", large, null).then().statusCode(413)
                .contentType("application/problem+json").body("errors[0].rule", equalTo("max-size"));
        byte[] fits = Arrays.copyOf(large, large.length - 1);
        upload(TestTokens.unitOfficer(FGW), id, "fits.txt", fits, null).then().statusCode(201).body("sizeBytes", equalTo(fits.length));
        Response download = given().auth().oauth2(TestTokens.supervisor()).when().get(evidence(id)).then().statusCode(200)
                .body("fileName", contains("fits.txt")).extract().response();
        assertArrayEquals(fits, given().auth().oauth2(TestTokens.supervisor())
                .when().get(evidence(id) + "/" + download.path("[0].id")).then().statusCode(200).extract().asByteArray());
    }

    @Test
    void closedWorkTakesNoMoreEvidenceButKeepsWhatItHas() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(FGW, "2");
        String fgw = TestTokens.unitOfficer(FGW);
        upload(fgw, id, "before.pdf", PDF, null).then().statusCode(201);
        given().auth().oauth2(TestTokens.supervisor()).contentType("application/json").header("If-Match", PublishedPlan.etagOf(id))
                .body("{\"reason\": \"并入第1项\"}").when().post("/api/v1/assignments/" + id + "/cancel").then().statusCode(200);
        upload(fgw, id, "after.png", PNG, null).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(fgw).when().get(evidence(id)).then().statusCode(200).body("fileName", contains("before.pdf"));
    }

    @Test
    void namesAndNotesWithSqlHtmlAndControlCharactersComeBackAsSent() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(FGW, "1");
        String fgw = TestTokens.unitOfficer(FGW);
        String name = "'; drop table evidence_file; --<b>x</b>.txt";
        String note = "<script>alert('x')</script>\u0007\u001b[31m' OR 1=1; --\t说明";
        String fileId = upload(fgw, id, name, "内容".getBytes(StandardCharsets.UTF_8), note)
                .then().statusCode(201).body("fileName", equalTo(name)).body("note", equalTo(note)).extract().path("id");
        given().auth().oauth2(fgw).when().get(evidence(id)).then().statusCode(200)
                .body("[0].fileName", equalTo(name)).body("[0].note", equalTo(note));
        given().auth().oauth2(fgw).when().get(evidence(id) + "/" + fileId).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"'; drop table evidence_file; --<b>x<_b>.txt\"; "
                        + "filename*=UTF-8''%27%3B%20drop%20table%20evidence_file%3B%20--%3Cb%3Ex%3C%2Fb%3E.txt"));
        given().auth().oauth2(fgw).when().get("/api/v1/assignments/" + id + "/audit").then()
                .body("find { it.action == 'EVIDENCE_ADDED' }.reason", equalTo(name));
    }

    /**
     * The form reader fails before the upload runs; each body it cannot take apart is the client's
     * mistake, answered with the body and the rule it broke (they were 500s, some not even problems).
     */
    @Test
    void aMultipartBodyThatCannotBeTakenApartIsA400Or413NamingTheRuleAndStoresNothing() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(FGW, "1");
        String fgw = TestTokens.unitOfficer(FGW);
        String file = "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"整改报告.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + new String(PDF, StandardCharsets.US_ASCII) + "\r\n";
        String form = "multipart/form-data; boundary=B";
        refused(fgw, id, form, file, 400, "body", "multipart"); // no closing boundary: cut off
        refused(fgw, id, form, "", 400, "body", "multipart");
        refused(fgw, id, "multipart/form-data; boundary=C", file + "--B--\r\n", 400, "body", "multipart");
        refused(fgw, id, form, "--B\r\nnot a header line\r\n\r\nx\r\n" + file + "--B--\r\n", 400, "body", "multipart");
        refused(fgw, id, "multipart/form-data; boundary=B; charset=no-such-charset", notePart("说明") + file + "--B--\r\n",
                400, "body", "charset");
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i <= 1000; i++) {
            parts.append(notePart("x"));
        }
        refused(fgw, id, form, parts + file + "--B--\r\n", 413, "body", "max-parts");
        refused(fgw, id, form, notePart("长".repeat(1000)) + file + "--B--\r\n", 413, "body", "max-size");
        // the form is read, but holds no file named 'file'
        refused(fgw, id, "multipart/form-data", file + "--B--\r\n", 400, "body", "boundary");
        refused(fgw, id, form, file.replace("name=\"file\"; ", "") + "--B--\r\n", 400, "file", "required");
        refused(fgw, id, form, "--B\r\n\r\nhello\r\n--B--\r\n", 400, "file", "required");

        given().auth().oauth2(fgw).when().get(evidence(id)).then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(fgw).contentType(form).body((notePart("说明") + file + "--B--\r\n").getBytes(StandardCharsets.UTF_8))
                .when().post(evidence(id)).then().statusCode(201).body("fileName", equalTo("整改报告.pdf")).body("note", equalTo("说明"));
    }

    private static void refused(String token, String assignmentId, String contentType, String body, int status, String field,
                                String rule) {
        given().auth().oauth2(token).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(evidence(assignmentId))
                .then().log().ifValidationFails().statusCode(status).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)).body("errors[0].rule", equalTo(rule));
    }

    private static String notePart(String note) {
        return "--B\r\nContent-Disposition: form-data; name=\"note\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + note + "\r\n";
    }

    /**
     * Evidence is stored and sent back as it came; recognising a .docx reads the zip's central
     * directory only. A part that unpacks to 400 MiB (the upload is 400 KB) is never unpacked here:
     * it is taken at its own size, quickly, and comes back byte for byte.
     */
    @Test
    void aZipBombIsRecognisedWithoutUnpackingItAndStoredAsSent() throws IOException {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(FGW, "1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 400; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        String fileId = upload(TestTokens.unitOfficer(FGW), id, "炸弹.docx", bomb, null).then().statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body("sizeBytes", equalTo(bomb.length)).extract().path("id");
        assertArrayEquals(bomb, given().auth().oauth2(TestTokens.supervisor()).when().get(evidence(id) + "/" + fileId)
                .then().statusCode(200).extract().asByteArray());
    }

    private static RequestSpecification form(String token) {
        return given().auth().oauth2(token).config(UTF8_FORMS);
    }

    private static Response upload(String token, String assignmentId, String fileName, byte[] content, String note) {
        RequestSpecification request = form(token).multiPart(new MultiPartSpecBuilder(content).controlName("file")
                .fileName(fileName).mimeType("application/octet-stream").build());
        if (note != null) {
            request = request.multiPart(new MultiPartSpecBuilder(note).controlName("note").charset(StandardCharsets.UTF_8).build());
        }
        return request.when().post(evidence(assignmentId));
    }

    private static String evidence(String assignmentId) {
        return "/api/v1/assignments/" + assignmentId + "/evidence";
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("<x>" + entry + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] ole2() {
        byte[] ole = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        assertEquals(512, ole.length);
        return ole;
    }
}
