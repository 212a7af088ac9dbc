package org.supervision.plan.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The formats offices send, through the endpoint: the answer names the format and where each
 * measure came from, the original file is kept with the draft and downloadable by whoever may read
 * the plan, and a file that cannot be read is a 422 problem naming why, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class PlanFormatsImportTest {

    private static final String IMPORTS = "/api/v1/plans/imports";
    private static final String HECHI = "hechi-2024-work-points";

    @Test
    void aPdfImportSaysItsFormatAndPagesAndKeepsTheOriginalForDownload() throws IOException {
        String text = SamplePlanScoreTest.resource(HECHI + ".txt");
        byte[] pdf = PlanFiles.pdf(text, "河池市人民政府办公室");
        String id = given().auth().oauth2(TestTokens.supervisor()).multiPart("file", "hechi plan.pdf", pdf, "application/pdf")
                .when().post(IMPORTS)
                .then().log().ifValidationFails().statusCode(201)
                .body("plan.sourceFormat", equalTo("pdf"))
                .body("plan.sourceName", equalTo("hechi plan"))
                .body("plan.title", equalTo("河池市2024年优化营商环境工作要点"))
                .body("measures", hasSize(23))
                .body("measures[0].sourceLocation", equalTo("page 1"))
                .body("measures[22].sourceLocation", matchesPattern("page \\d+"))
                .body("plan.source", notNullValue())
                .extract().path("plan.id");

        byte[] kept = given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/plans/" + id + "/source")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", matchesPattern("attachment; filename=\".*\\.pdf\"; filename\\*=UTF-8''.*"))
                .extract().asByteArray();
        assertArrayEquals(pdf, kept);
        // a draft's source is the office's work in progress, as the draft is
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).when().get("/api/v1/plans/" + id + "/source")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/plans/" + id + "/source").then().statusCode(401);
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/plans/" + java.util.UUID.randomUUID() + "/source")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNumberedDocxAndATaskTableSheetImportWithTheirLocations() throws IOException {
        String text = SamplePlanScoreTest.resource(HECHI + ".txt");
        ParsedPlan parsed = new PlanDocumentParser().parse(text);
        given().auth().oauth2(TestTokens.supervisor())
                .multiPart("file", "要点.docx", PlanFiles.numberedDocx(text, parsed.header().title()), "application/octet-stream")
                .queryParam("dryRun", true).when().post(IMPORTS)
                .then().statusCode(200).body("plan.sourceFormat", equalTo("docx")).body("measures", hasSize(23))
                .body("measures[0].number", equalTo("(一)"))
                .body("measures[0].path[0]", equalTo("一、对标改革再提升,加快培育营商环境服务品牌"))
                .body("measures[0].sourceLocation", matchesPattern("paragraph \\d+"));
        given().auth().oauth2(TestTokens.supervisor())
                .multiPart("file", "分工.xlsx", PlanFiles.taskTableXlsx("河池市2024年优化营商环境工作要点任务分工",
                        PlanFiles.taskRows(parsed), false), "application/octet-stream")
                .queryParam("dryRun", true).when().post(IMPORTS)
                .then().statusCode(200).body("plan.sourceFormat", equalTo("xlsx")).body("measures", hasSize(23))
                .body("plan.year", equalTo(2024))
                .body("measures[0].title", equalTo("优化市场准入退出"))
                .body("measures[0].path[0]", equalTo("一、对标改革再提升,加快培育营商环境服务品牌"))
                .body("measures[1].path[0]", equalTo("一、对标改革再提升,加快培育营商环境服务品牌"))
                .body("measures[0].sourceLocation", equalTo("sheet 任务分工 row 4"));
    }

    @Test
    void filesThatCannotBeReadAre422ProblemsNamingWhyNever500() throws IOException {
        unreadable("scan.pdf", PlanFiles.scannedPdf(), "no-text-layer", "no text layer");
        unreadable("junk.pdf", "%PDF-1.7\n garbage".getBytes(StandardCharsets.ISO_8859_1), "document-format", "PDF");
        unreadable("老方案.wps", "WPS old binary format".getBytes(StandardCharsets.UTF_8), "document-format", "Kingsoft");
        unreadable("分工.xls", xls(), "document-format", "Excel 97");
        byte[] ole2 = new byte[4096];
        ole2[0] = (byte) 0xD0;
        ole2[1] = (byte) 0xCF;
        ole2[2] = 0x11;
        ole2[3] = (byte) 0xE0;
        unreadable("broken.doc", ole2, "document-format", "damaged");
        unreadable("bomb.wps", PlanImportResourceTestSupport.zipBomb(), "zip-bomb", "zip bomb");
    }

    @Test
    void aWpsFileSavedAsWordImportsAsWps() throws IOException {
        String text = SamplePlanScoreTest.resource(HECHI + ".txt");
        given().auth().oauth2(TestTokens.supervisor())
                .multiPart("file", "要点.wps", PlanFiles.numberedDocx(text, "河池市2024年优化营商环境工作要点"), "application/octet-stream")
                .queryParam("dryRun", true).when().post(IMPORTS)
                .then().statusCode(200).body("plan.sourceFormat", equalTo("wps")).body("measures", hasSize(23));
    }

    private static void unreadable(String fileName, byte[] content, String rule, String saying) {
        given().auth().oauth2(TestTokens.supervisor()).multiPart("file", fileName, content, "application/octet-stream")
                .when().post(IMPORTS)
                .then().log().ifValidationFails().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("errors[0].rule", equalTo(rule))
                .body("detail", org.hamcrest.Matchers.containsString(saying));
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("分工").createRow(0).createCell(0).setCellValue("序号");
            book.write(out);
            return out.toByteArray();
        }
    }
}
