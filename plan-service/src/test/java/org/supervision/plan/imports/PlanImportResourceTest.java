package org.supervision.plan.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The import endpoint on real PostgreSQL, scored on the three sample plans from its real answers
 * (each answer is also written to target/plan-imports-endpoint/ for tools/score-import.py).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class PlanImportResourceTest {

    private static final String IMPORTS = "/api/v1/plans/imports";
    private static final String SMALL_PLAN = """
            某市2024年优化营商环境工作要点
            某政办发〔2024〕9号
            一、重点任务
            1.推进企业开办便利化。2024年6月底前企业开办时间压缩至1个工作日以内。（牵头单位：市行政审批局；配合单位：市公安局、人社局，各县区人民政府）
            2.优化纳税服务。持续推进。（牵头单位：市税务局；配合单位：市新成立办公室）
            """;

    @Test
    void theThreeSamplePlansScoreAtLeast098FromTheEndpointsAnswer() throws IOException {
        for (String name : List.of("qinzhou-2024-implementation-plan", "hechi-2024-work-points", "maoming-2023-2025-action-plan")) {
            String answer = given().auth().oauth2(TestTokens.supervisor())
                    .contentType("text/plain; charset=UTF-8").body(SamplePlanScoreTest.resource(name + ".txt"))
                    .queryParam("dryRun", true)
                    .when().post(IMPORTS)
                    .then().statusCode(200).header("Server-Timing", matchesPattern("parse;dur=[0-9.]+"))
                    .body("plan.id", nullValue())
                    .extract().asString();
            Path out = Path.of("target", "plan-imports-endpoint", name + ".json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, answer);
            JsonNode gold = PlanJson.MAPPER.readTree(SamplePlanScoreTest.resource(name + ".json"));
            ImportScorer.Score score = ImportScorer.score(gold, PlanJson.MAPPER.readTree(answer));
            assertTrue(score.measureF1() >= 0.98, name + " measure F1 " + score.summary());
            assertTrue(score.unitF1() >= 0.98, name + " unit F1 " + score.summary());
        }
    }

    @Test
    void theMaomingWebCopyIsWarnedForItsGarbledHeadingsMarkupAndMissingUnits() {
        given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8")
                .body(resource("maoming-2023-2025-action-plan.txt")).queryParam("dryRun", true)
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("warnings.findAll { it.code == 'GARBLED_HEADING' }.line", org.hamcrest.Matchers.contains(21, 43, 53, 63, 75, 83, 95))
                .body("warnings.code", hasItem("MARKUP_REMOVED"))
                .body("warnings.code", hasItem("NO_UNITS"))
                .body("measures", hasSize(57));
    }

    @Test
    void theQinzhouHeaderAndUnitsResolveAgainstTheSeededDirectory() {
        given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8")
                .body(resource("qinzhou-2024-implementation-plan.txt")).queryParam("dryRun", true)
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("plan.docNumber", equalTo("钦政办〔2024〕2号"))
                .body("plan.year", equalTo(2024))
                .body("measures", hasSize(21))
                .body("measures[0].number", equalTo("1"))
                .body("measures[0].path", hasSize(2))
                .body("measures[0].leadUnits[0].unitId", notNullValue())
                // nothing in a dry run has an id
                .body("measures.id", everyItem(nullValue()));
    }

    @Test
    void aDryRunStoresNothingAndAnImportStoresADraft() {
        String marker = "试点" + UUID.randomUUID().toString().substring(0, 8);
        String text = SMALL_PLAN.replace("某市", "某市" + marker);
        given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8").body(text)
                .queryParam("dryRun", true).when().post(IMPORTS).then().statusCode(200);
        given().auth().oauth2(TestTokens.supervisor()).queryParam("q", marker).when().get("/api/v1/plans")
                .then().statusCode(200).body("$", hasSize(0)).header("X-Total-Count", "0");

        ExtractableResponse<Response> created = given().auth().oauth2(TestTokens.supervisor())
                .contentType("text/plain; charset=UTF-8").body(text)
                .when().post(IMPORTS)
                .then().statusCode(201).header("Location", containsString("/api/v1/plans/")).header("ETag", notNullValue())
                .body("plan.status", equalTo("DRAFT"))
                .body("plan.title", containsString(marker))
                .body("plan.docNumber", equalTo("某政办发〔2024〕9号"))
                .body("measures[0].title", equalTo("推进企业开办便利化"))
                .body("measures[0].deadline", equalTo("2024-06-30"))
                .body("measures[0].targets[0].comparator", equalTo("<="))
                .body("measures[0].leadUnits[0].name", equalTo("市行政审批局"))
                .body("measures[0].cooperatingUnits.name", hasItem("市人社局"))
                .body("measures[0].cooperatingUnits.find { it.mention == '人社局' }.unitId", equalTo("c1f99fb7-8714-53c9-9d9b-ed899dccc43a"))
                .body("measures[0].cooperatingUnits.mention", hasItem("人社局"))
                .body("measures[0].cooperatingUnits.find { it.name == '各县区人民政府' }.groupId", notNullValue())
                .body("measures[1].deadline", nullValue())
                .body("warnings.findAll { it.code == 'UNKNOWN_UNIT' }.measureNumber", hasItem("2"))
                .extract();
        String location = created.header("Location");
        given().auth().oauth2(TestTokens.leader()).when().get(location)
                .then().statusCode(200).body("plan.status", equalTo("DRAFT")).body("measures", hasSize(2))
                .header("ETag", equalTo(created.header("ETag")));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("q", marker).queryParam("status", "DRAFT")
                .when().get("/api/v1/plans")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].measureCount", equalTo(2));
        // a draft is the supervision office's work in progress
        given().auth().oauth2(TestTokens.unitOfficer("QZ-SPJ")).when().get(location).then().statusCode(404);
        given().auth().oauth2(TestTokens.unitOfficer("QZ-SPJ")).queryParam("q", marker).when().get("/api/v1/plans")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aTextFileAndAGbkCsvAndADocxAndAnXlsxUploadAllImport() throws IOException {
        given().auth().oauth2(TestTokens.integration()).multiPart("file", "计划.txt", SMALL_PLAN.getBytes(StandardCharsets.UTF_8), "text/plain")
                .queryParam("dryRun", true).when().post(IMPORTS)
                .then().log().ifValidationFails().statusCode(200).body("measures", hasSize(2)).body("plan.sourceFormat", equalTo("txt"));

        String csv = "完成时限,序号,重点任务,配合单位,牵头单位\n"
                + "2024年9月底前,1,\"推行\"\"一件事\"\"集成办理，实现高频事项全程网办。\",市公安局、市人社局,市行政审批局\n"
                + "2024年12月底前,2,建立涉企政策兑现平台。,\"市财政局,市工信局\",市发展改革委\n";
        given().auth().oauth2(TestTokens.supervisor())
                .multiPart("file", "tasks.csv", csv.getBytes(Charset.forName("GBK")), "text/csv")
                .queryParam("dryRun", true).when().post(IMPORTS)
                .then().statusCode(200)
                .body("plan.sourceFormat", equalTo("csv"))
                .body("measures", hasSize(2))
                .body("measures[0].leadUnits[0].name", equalTo("市行政审批局"))
                .body("measures[0].cooperatingUnits.name", hasItem("市公安局"))
                .body("measures[0].deadline", equalTo("2024-09-30"))
                .body("measures[1].leadUnits[0].name", equalTo("市发展改革委"))
                .body("warnings.code", hasItem("ENCODING_GUESSED"));

        given().auth().oauth2(TestTokens.supervisor())
                .multiPart("file", "方案.docx", docx(), "application/octet-stream")
                .queryParam("dryRun", true).when().post(IMPORTS)
                .then().statusCode(200)
                .body("plan.sourceFormat", equalTo("docx"))
                .body("plan.title", equalTo("某市2024年优化营商环境工作要点"))
                .body("measures[0].title", equalTo("推进企业开办便利化"))
                .body("measures[0].leadUnits[0].name", equalTo("市行政审批局"));

        given().auth().oauth2(TestTokens.supervisor())
                .multiPart("file", "分工.xlsx", xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("dryRun", true).when().post(IMPORTS)
                .then().statusCode(200)
                .body("plan.sourceFormat", equalTo("xlsx"))
                .body("measures", hasSize(2))
                .body("measures[1].leadUnits[0].name", equalTo("市市场监管局"))
                .body("measures[1].cooperatingUnits", hasSize(0))
                .body("measures[1].deadline", equalTo("2024-12-31"));
    }

    @Test
    void whatIsNotAPlanDocumentGetsAProblemOrWarningsNeverA500() {
        given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8").body(new byte[0])
                .when().post(IMPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body")).body("errors[0].rule", equalTo("not-empty"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        given().auth().oauth2(TestTokens.supervisor()).multiPart("file", "scan.png", png, "image/png")
                .when().post(IMPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("errors[0].rule", equalTo("document-format"));
        given().auth().oauth2(TestTokens.supervisor()).multiPart("file", "broken.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3},
                        "application/octet-stream")
                .when().post(IMPORTS)
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].rule", equalTo("document-format"));
        given().auth().oauth2(TestTokens.supervisor()).multiPart("other", "x.txt", "x".getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORTS)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("file"));

        byte[] noise = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        given().auth().oauth2(TestTokens.supervisor()).multiPart("file", "noise.txt", noise, "text/plain")
                .queryParam("dryRun", true).when().post(IMPORTS)
                .then().statusCode(200).body("measures", hasSize(0)).body("warnings.code", hasItem("NOT_A_PLAN"));
        given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8")
                .body("今天天气很好，我们去公园散步。")
                .queryParam("dryRun", true).when().post(IMPORTS)
                .then().statusCode(200).body("measures", hasSize(0)).body("warnings.size()", greaterThan(0));
        assertEquals(413, oversized(13 * 1024 * 1024));
    }

    /**
     * The form reader fails before the import runs; each body it cannot take apart is the client's
     * mistake, answered with the body and the rule it broke (they were 500s, some not even problems).
     */
    @Test
    void aMultipartBodyThatCannotBeTakenApartIsA400Or413NamingTheRuleAndStoresNothing() {
        String marker = "残缺" + UUID.randomUUID().toString().substring(0, 8);
        String file = filePart("file", SMALL_PLAN.replace("某市", "某市" + marker));
        String form = "multipart/form-data; boundary=B";
        refused(form, file, 400, "body", "multipart"); // no closing boundary: cut off
        refused(form, "", 400, "body", "multipart");
        refused("multipart/form-data; boundary=C", file + "--B--\r\n", 400, "body", "multipart");
        refused(form, "--B\r\nnot a header line\r\n\r\nx\r\n" + file + "--B--\r\n", 400, "body", "multipart");
        refused("multipart/form-data; boundary=B; charset=no-such-charset", textPart("note", "x") + file + "--B--\r\n",
                400, "body", "charset");
        refused(form, "--B\r\nContent-Disposition: form-data; name=\"note\"\r\nContent-Type: text/plain; charset=no-such-charset"
                + "\r\n\r\nx\r\n" + file + "--B--\r\n", 400, "body", "charset");
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i <= 1000; i++) {
            parts.append(textPart("f" + i, "x"));
        }
        refused(form, parts + file + "--B--\r\n", 413, "body", "max-parts");
        refused(form, textPart("note", "长".repeat(1000)) + file + "--B--\r\n", 413, "body", "max-size");
        // the form is read, but holds no file named 'file'
        refused("multipart/form-data", file + "--B--\r\n", 400, "body", "boundary");
        refused(form, file.replace("name=\"file\"; ", "") + "--B--\r\n", 400, "file", "required");
        refused(form, "--B\r\n\r\nhello\r\n--B--\r\n", 400, "file", "required");

        // the same parts, well formed, import; none of the refused ones stored anything
        given().auth().oauth2(TestTokens.supervisor()).contentType(form).body(utf8(file + "--B--\r\n"))
                .queryParam("dryRun", true).when().post(IMPORTS).then().statusCode(200).body("measures", hasSize(2));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("q", marker).when().get("/api/v1/plans")
                .then().statusCode(200).body("$", hasSize(0));
    }

    private static void refused(String contentType, String body, int status, String field, String rule) {
        given().auth().oauth2(TestTokens.supervisor()).contentType(contentType).body(utf8(body))
                .when().post(IMPORTS)
                .then().log().ifValidationFails().statusCode(status).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)).body("errors[0].rule", equalTo(rule));
    }

    /** A part of a multipart body with boundary B, written by hand as a client might get it wrong. */
    static String filePart(String name, String content) {
        return "--B\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"plan.txt\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + content + "\r\n";
    }

    static String textPart(String name, String value) {
        return "--B\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A .docx or .xlsx whose one part unpacks to 400 MiB of spaces (the upload is 400 KB) is a zip
     * bomb; one whose parts together unpack to far more than any plan is too large. Both are refused
     * before Apache POI opens them, which unpacks every part into memory: a dozen parts of 60 MB
     * each in a 6 MB upload ran the service out of memory (a 500).
     */
    @Test
    void aZipBombOrADocumentThatUnpacksTooLargeIsA422NamingTheFileAndStoresNothing() throws IOException {
        String marker = "炸弹" + UUID.randomUUID().toString().substring(0, 8);
        byte[] plan = docx(SMALL_PLAN.replace("某市", "某市" + marker));
        byte[] bomb = padded(plan, "word/document.xml", 400, 0);
        assertTrue(bomb.length < 1024 * 1024, "the bomb itself is small: " + bomb.length);
        unreadable("计划.docx", bomb, "zip-bomb");
        unreadable("分工.xlsx", padded(xlsx(), "xl/worksheets/sheet1.xml", 400, 0), "zip-bomb");
        // 30 MiB parts that pack about 45 times, as real parts might: each alone passes, together too much
        byte[] heavy = withParts(plan, 3, 30);
        unreadable("计划.docx", heavy, "document-too-large");
        given().auth().oauth2(TestTokens.supervisor()).queryParam("q", marker).when().get("/api/v1/plans")
                .then().statusCode(200).body("$", hasSize(0));

        // a part under the limits reads as before
        given().auth().oauth2(TestTokens.supervisor()).multiPart("file", "计划.docx", withParts(plan, 1, 8), "application/octet-stream")
                .queryParam("dryRun", true).when().post(IMPORTS)
                .then().statusCode(200).body("measures", hasSize(2));
    }

    private static void unreadable(String fileName, byte[] content, String rule) {
        given().auth().oauth2(TestTokens.supervisor()).multiPart("file", fileName, content, "application/octet-stream")
                .when().post(IMPORTS)
                .then().log().ifValidationFails().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("errors[0].rule", equalTo(rule));
    }

    /** {@code document} with {@code mib} MiB appended to its part {@code part}: spaces, and a letter every {@code every} bytes. */
    private static byte[] padded(byte[] document, String part, int mib, int every) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(document)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
                if (entry.getName().equals(part)) {
                    pad(zip, mib, every);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** {@code document} with {@code parts} more parts of {@code mib} MiB each, which nothing in it refers to. */
    private static byte[] withParts(byte[] document, int parts, int mib) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(document)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            for (int i = 0; i < parts; i++) {
                zip.putNextEntry(new ZipEntry("word/media/extra" + i + ".xml"));
                pad(zip, mib, 100);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void pad(ZipOutputStream zip, int mib, int every) throws IOException {
        Random random = new Random(mib);
        byte[] chunk = new byte[1024 * 1024];
        for (int i = 0; i < mib; i++) {
            Arrays.fill(chunk, (byte) ' ');
            for (int k = 0; every > 0 && k < chunk.length / every; k++) {
                chunk[random.nextInt(chunk.length)] = (byte) ('a' + random.nextInt(26));
            }
            zip.write(chunk);
        }
    }

    /**
     * A document is no typed field to refuse: half a surrogate pair in it (an xlsx cell's _xD800_)
     * reads on as U+FFFD with a warning, where it was stored as '?' without one. Whole pairs are kept.
     */
    @Test
    void halfASurrogatePairInADocumentIsReplacedWithAWarningAndWholePairsAreKept() throws IOException {
        byte[] book = replacedIn(xlsx(), "xl/sharedStrings.xml", "“一窗受理”", "“一窗_xD800_受理”𠀀");
        given().auth().oauth2(TestTokens.supervisor()).multiPart("file", "分工.xlsx", book, "application/octet-stream")
                .when().post(IMPORTS)
                .then().log().ifValidationFails().statusCode(201)
                .body("warnings.code", hasItem("LONE_SURROGATE_REPLACED"))
                .body("measures[0].title", containsString("“一窗\uFFFD受理”𠀀"));
    }

    /** {@code document} with {@code from} replaced by {@code to} in its part {@code part}, as another program might write it. */
    private static byte[] replacedIn(byte[] document, String part, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(document)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    assertTrue(xml.contains(from), part + " holds " + from);
                    content = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A NUL (a broken conversion) is left out with a warning; a heading too long for a section is cut to 300 characters. */
    @Test
    void aNulCharacterAndAnEndlessHeadingDoNotStopAnImport() {
        String heading = "一、" + "持续优化营商环境".repeat(50); // 402 characters without a full stop
        String plan = SMALL_PLAN.replace("一、重点任务", heading).replace("企业开办便利化", "企业开办\u0000便利化");
        given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8").body(plan)
                .when().post(IMPORTS)
                .then().statusCode(201)
                .body("warnings.code", hasItem("NUL_LEFT_OUT"))
                .body("measures[0].title", containsString("推进企业开办便利化"))
                .body("measures[0].path[0].length()", equalTo(300));
    }

    @Test
    void onlySupervisorsAdminsAndIntegrationsImport() {
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).contentType("text/plain; charset=UTF-8").body(SMALL_PLAN)
                .when().post(IMPORTS).then().statusCode(403);
        given().auth().oauth2(TestTokens.leader()).contentType("text/plain; charset=UTF-8").body(SMALL_PLAN)
                .when().post(IMPORTS).then().statusCode(403);
        given().contentType("text/plain; charset=UTF-8").body(SMALL_PLAN).when().post(IMPORTS).then().statusCode(401);
        given().auth().oauth2(TestTokens.supervisor()).contentType("application/pdf").body(new byte[] {'%', 'P', 'D', 'F'})
                .when().post(IMPORTS).then().statusCode(415).contentType("application/problem+json");
    }

    /**
     * Posts a body over the limit announcing it with Expect: 100-continue, as a well-behaved client
     * does: the service refuses before the body is sent (a client that sends anyway sees the
     * connection closed after the 413).
     */
    private static int oversized(int bytes) {
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + IMPORTS))
                    .header("Authorization", "Bearer " + TestTokens.supervisor())
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .expectContinue(true).version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[bytes])).build();
            return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String resource(String name) {
        try {
            return SamplePlanScoreTest.resource(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] docx() throws IOException {
        return docx(SMALL_PLAN);
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.strip().split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            XWPFTable table = doc.createTable(1, 1);
            table.getRow(0).getCell(0).setText("附表");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Columns in an unusual order, named the way offices name them. */
    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("任务分工");
            String[][] rows = {
                    {"序号", "工作任务", "责任单位", "协办单位", "完成时间"},
                    {"1", "推行不动产登记“一窗受理”。", "市自然资源局", "市税务局、市住建局", "2024年6月底前"},
                    {"2", "开展涉企违规收费专项整治。", "市市场监管局", "", "2024年12月底前"},
            };
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

}
