package org.supervision.plan.unit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The kinds of unit a plan names, with the name endings that give a new unit its kind when an
 * import proposes it. Stored as the lower-case code; a reviewer can correct it.
 */
public enum UnitKind {
    COUNTY_GOVERNMENT("county-government", "(县|区|市|旗)(人民)?政府$|^[^市]{1,4}(县|区)$"),
    COURT("court", "法院$"),
    PROCURATORATE("procuratorate", "检察院$"),
    CENTRAL_VERTICAL("central-vertical", "海关|税务|人民银行|金融监管|监管分局|国家|总局|气象局|邮政管理局|通信管理|烟草|铁路"),
    PEOPLE_ORGANISATION("people-organisation", "工商联|总工会|妇联|团市委|共青团|科协|残联|红十字会|侨联|文联"),
    PARTY_ORGAN("party-organ", "^市委|^中共|党委|纪委|组织部|宣传部|统战部|政法委|编办"),
    PARK_COMMITTEE("park-committee", "管委会$|管理委员会$|园区|开发区|经开区|高新区|片区"),
    ENTERPRISE("enterprise", "公司$|集团$|供电局$|银行$|电网|中国移动|中国电信|中国联通"),
    PUBLIC_INSTITUTION("public-institution", "中心$|学校$|学院$|大学$|医院$|研究院$|研究所$"),
    DEPARTMENT("department", "");

    private final String code;
    private final Pattern nameRule;

    UnitKind(String code, String nameRule) {
        this.code = code;
        this.nameRule = nameRule.isEmpty() ? null : Pattern.compile(nameRule);
    }

    public String code() {
        return code;
    }

    public static List<String> codes() {
        return java.util.Arrays.stream(values()).map(UnitKind::code).toList();
    }

    public static boolean isKnown(String code) {
        return codes().contains(code);
    }

    /** The kind a unit of this name most likely is; a department when nothing says otherwise. */
    public static UnitKind guess(String name) {
        for (UnitKind kind : values()) {
            if (kind.nameRule != null && kind.nameRule.matcher(name).find()) {
                return kind;
            }
        }
        return DEPARTMENT;
    }
}
