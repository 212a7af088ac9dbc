package org.supervision.plan.suggestion;

/** OpenAPI examples of duty keywords. */
final class SuggestionExamples {

    static final String DUTIES = """
            {"unitId": "17bf253a-bc24-5d50-967a-2343ac3b9e98", "unitName": "市税务局",
             "keywords": ["纳税服务", "税费优惠", "发票", "办税"], "version": 1}""";
    static final String DUTIES_REQUEST = """
            {"keywords": ["纳税服务", "税费优惠", "发票", "办税"]}""";

    private SuggestionExamples() {
    }
}
