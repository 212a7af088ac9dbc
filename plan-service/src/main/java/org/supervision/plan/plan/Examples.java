package org.supervision.plan.plan;

/** Request and answer examples for the OpenAPI document, kept as text so they read like what goes on the wire. */
final class Examples {

    private Examples() {
    }

    static final String CREATE_PLAN = """
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

    static final String INVALID_PLAN = """
            {
              "type": "https://supervision.example.org/problems/invalid-request",
              "title": "Invalid request",
              "status": 400,
              "detail": "The request breaks 1 rule(s).",
              "instance": "/api/v1/plans",
              "errors": [ { "field": "title", "rule": "notBlank", "message": "must not be blank" } ]
            }""";
}
