package org.supervision.plan.unit;

/** OpenAPI examples of the unit directory, taken from the Qinzhou demo data. */
final class UnitExamples {

    static final String UNIT = """
            {"id": "17bf253a-bc24-5d50-967a-2343ac3b9e98", "code": "QZ-FGW", "name": "市发展改革委",
             "shortName": null, "kind": "department", "parentId": null, "status": "ACTIVE",
             "aliases": ["市发改委", "市发展和改革委员会", "市大数据发展局"], "version": 0, "regionCode": "450700"}""";
    static final String UNIT_LIST = "[" + UNIT + "]";
    static final String UNIT_REQUEST = """
            {"code": "QZ-YJJ", "name": "市应急管理局", "shortName": "市应急局", "kind": "department",
             "aliases": ["钦州市应急管理局"], "regionCode": "450700"}""";
    static final String GROUP_REQUEST = """
            {"code": "QZ-G-XQ", "name": "各县区人民政府", "aliases": ["各县（区）人民政府"],
             "members": ["9c00b2ce-a0d1-59eb-a89b-04ce6205d26f", "26a1c68b-f296-5b50-90d8-81eb55ae3fdb"]}""";

    private UnitExamples() {
    }
}
