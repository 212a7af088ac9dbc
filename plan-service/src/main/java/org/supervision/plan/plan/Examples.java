package org.supervision.plan.plan;

/** Request and answer examples for the OpenAPI document, kept as text so they read like what goes on the wire. */
public final class Examples {

    private Examples() {
    }

    public static final String CREATE_PLAN = """
            {
              "title": "钦州市贯彻落实《广西提质增效优化营商环境若干措施》实施方案",
              "docNumber": "钦政办〔2024〕2号",
              "issuer": "钦州市人民政府办公室",
              "year": 2024,
              "measures": [
                {
                  "number": "1",
                  "title": "健全透明规范准入退出机制",
                  "leadUnits": ["市发展改革委"],
                  "cooperatingUnits": ["市市场监管局"],
                  "deadline": "2024-12-31"
                }
              ]
            }""";

    public static final String INVALID_PLAN = """
            {
              "type": "https://supervision.example.org/problems/invalid-request",
              "title": "Invalid request",
              "status": 400,
              "detail": "The request breaks 1 rule(s).",
              "instance": "/api/v1/plans",
              "errors": [ { "field": "title", "rule": "notBlank", "message": "must not be blank" } ]
            }""";

    public static final String PLAN_DOCUMENT = """
            {
              "plan": { "id": "3f1c2a9e-7d41-4c55-9a0e-2b8f6c1d4e70", "title": "钦州市贯彻落实《广西提质增效优化营商环境若干措施》实施方案",
                        "docNumber": "钦政办〔2024〕2号", "issuer": "钦州市人民政府办公室", "issuedOn": "2024-01-15",
                        "year": 2024, "status": "DRAFT", "version": 0, "defaultDeadline": "2024-12-31" },
              "measures": [
                { "id": "8b0e3d52-1a6f-4c1e-9f57-6d2a0c7e9b14", "number": "1",
                  "path": ["二、主要任务", "（一）营造公平竞争的市场环境"],
                  "title": "健全透明规范准入退出机制",
                  "text": "健全透明规范准入退出机制。持续推进“证照分离”改革……",
                  "leadUnits": [ { "name": "市发展改革委", "mention": "市发展改革委", "unitId": "17bf253a-bc24-5d50-967a-2343ac3b9e98", "groupId": null, "openList": false } ],
                  "cooperatingUnits": [ { "name": "市人力资源社会保障局", "mention": "人力资源社会保障局", "unitId": "c1f99fb7-8714-53c9-9d9b-ed899dccc43a", "groupId": null, "openList": false },
                                        { "name": "各县区人民政府", "mention": "各县区人民政府", "unitId": null, "groupId": "5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01", "openList": false } ],
                  "deadline": "2024-12-31", "deadlineText": "2024年12月底前",
                  "targets": [ { "text": "企业开办时间压缩至1个工作日以内", "metric": "企业开办时间", "comparator": "<=", "value": 1, "unit": "个工作日" } ],
                  "children": [] } ],
              "warnings": [ { "code": "NUMBERING_GAP", "line": 48, "message": "Measure 7 follows 5: 6 is missing.", "measureNumber": "7" } ]
            }""";

    /** An import's answer for a multi-year plan whose measures name no units: suggestions and the chosen default deadline. */
    public static final String IMPORTED_PLAN_DOCUMENT = """
            {
              "plan": { "title": "茂名市优化营商环境三年行动方案(2023-2025年)", "docNumber": null, "issuer": "茂名市人民政府办公室",
                        "issuedOn": "2023-06-21", "year": 2023, "version": 0, "defaultDeadline": "2025-12-31", "sourceFormat": "txt" },
              "measures": [
                { "number": "23", "path": ["二、主要任务", "(五)提升政务服务效能"], "title": "提高税费政策透明度",
                  "text": "提高税费政策透明度。加强税费优惠政策宣传辅导……", "leadUnits": [], "cooperatingUnits": [],
                  "deadline": null, "deadlineText": null, "targets": [], "children": [], "sourceLocation": "line 112",
                  "suggestedLeadUnits": [
                    { "unitId": "4b8e2f6a-0c1d-5e3f-9a7b-6d5c4e3b2a10", "name": "市税务局", "score": 0.412, "basis": "past-measures+duties" },
                    { "unitId": "0a5d3c2b-7e6f-5a4b-8c9d-1e2f3a4b5c6d", "name": "市财政局", "score": 0.187, "basis": "past-measures" },
                    { "unitId": "17bf253a-bc24-5d50-967a-2343ac3b9e98", "name": "市发展改革委", "score": 0.064, "basis": "duties" } ] } ],
              "warnings": [
                { "code": "NO_UNITS", "line": null, "message": "The document names no responsible units; assign them before publishing.", "measureNumber": null },
                { "code": "DEFAULT_DEADLINE", "line": null, "message": "57 measure(s) set no date (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 …): they fall due on the plan's default deadline 2025-12-31, the end of the plan's period 2023-2025年 (read from its title). Set defaultDeadline (PUT the plan) or the measures' deadlines if that is wrong.", "measureNumber": null } ]
            }""";

    public static final String PLAN_TEXT = """
            钦州市优化营商环境实施方案
            钦政办〔2024〕2号
            一、主要任务
            1.健全透明规范准入退出机制。2024年12月底前企业开办时间压缩至1个工作日以内。（牵头单位：市发展改革委；配合单位：市公安局、人社局，各县区人民政府）
            """;

    public static final String UNREADABLE_DOCUMENT = """
            {
              "type": "https://supervision.example.org/problems/unreadable-document",
              "title": "Not a plan document",
              "status": 422,
              "detail": "This is not a document an import reads (an image, a PDF, an old .doc/.xls or an archive?). Send UTF-8 text, .docx, .xlsx or .csv.",
              "instance": "/api/v1/plans/imports",
              "errors": [ { "field": "file", "rule": "document-format", "message": "not a document an import reads" } ]
            }""";

    public static final String PLAN_HEADER = """
            {"title": "钦州市优化营商环境实施方案", "docNumber": "钦政办〔2024〕2号", "issuer": "钦州市人民政府办公室",
             "issuedOn": "2024-01-15", "year": 2024, "defaultDeadline": "2024-12-31"}""";

    public static final String MEASURE_REQUEST = """
            {"number": "22", "path": ["二、主要任务", "（三）营造便利高效的政务环境"],
             "title": "推行涉企事项一网通办", "text": "推行涉企事项一网通办。2024年9月底前实现高频事项全程网办。",
             "leadUnits": [ {"unitId": "361556ed-17e4-5da6-8e66-86e3ea57d070"} ],
             "cooperatingUnits": [ {"name": "市发改委"}, {"groupId": "5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01"} ],
             "deadline": "2024-09-30", "deadlineText": "2024年9月底前",
             "targets": [ {"text": "高频事项全程网办率达到90%以上", "metric": "高频事项全程网办率", "comparator": ">=", "value": 90, "unit": "%"} ],
             "reason": "市政府常务会议要求增加"}""";

    public static final String STALE = """
            {"type": "https://supervision.example.org/problems/stale-version", "title": "Changed meanwhile", "status": 412,
             "detail": "The resource was changed after you read it (it is now at version 4). Read it again and reapply your change.",
             "instance": "/api/v1/plans/3f1c2a9e-7d41-4c55-9a0e-2b8f6c1d4e70/measures/8b0e3d52-1a6f-4c1e-9f57-6d2a0c7e9b14"}""";
}
