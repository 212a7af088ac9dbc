package org.supervision.task.item;

/** OpenAPI examples of the item endpoints, kept as text so that they read as a client sends and sees them. */
final class ItemExamples {

    private ItemExamples() {
    }

    static final String HOTLINE = """
            {
              "source": "HOTLINE_12345",
              "basis": {"title": "12345热线工单：钦州港东站周边道路雨后积水", "docNumber": "QZ12345-20261203-0417", "date": "2026-12-03"},
              "category": "城市管理",
              "priority": "HIGH",
              "title": "钦州港东站周边道路积水问题整改",
              "content": "市民反映钦州港东站周边道路每逢降雨积水严重，影响通行。请牵头单位于完成时限前完成排水管网疏通并书面反馈。",
              "leadUnits": ["QZ-ZJJ"],
              "cooperatingUnits": ["QZ-SZJ"],
              "deadline": "2026-12-31",
              "reportingCycle": {"frequency": "WEEKLY", "dueDay": 5}
            }""";

    static final String LEADER = """
            {
              "source": "LEADER_INSTRUCTION",
              "basis": {"title": "市委主要领导关于加快企业开办“一网通办”的批示", "docNumber": "钦委批〔2026〕15号", "date": "2026-11-28"},
              "category": "优化营商环境",
              "title": "落实领导批示：企业开办时间压缩至1个工作日内",
              "content": "请市行政审批局牵头，市市场监管局配合，于2027年1月底前实现企业开办全程网办、1个工作日办结。",
              "leadUnits": ["QZ-SPJ"],
              "cooperatingUnits": ["QZ-SCJG"],
              "deadline": "2027-01-29"
            }""";

    static final String UNKNOWN_UNIT = """
            {
              "type": "https://supervision.example.org/problems/bad-request",
              "title": "Bad request",
              "status": 400,
              "detail": "The item breaks 1 rule(s).",
              "errors": [{"field": "cooperatingUnits[0]", "rule": "unknown-unit", "message": "no unit QZ-XXX in the unit directory"}]
            }""";
}
