package org.supervision.plan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Plans laid out the way other cities and provinces write them. Each document is small but
 * written like the real thing (notice, 文号, issuer, date, sections, long measures), so the
 * parser is held to layouts the three sample plans do not show.
 */
class OtherProvincesLayoutsTest {

    private final PlanDocumentParser parser = new PlanDocumentParser();

    private static List<String> names(List<UnitMention> units) {
        return units.stream().map(UnitMention::name).toList();
    }

    private static List<String> codes(ParsedPlan plan) {
        return plan.warnings().stream().map(ImportWarning::code).toList();
    }

    private static List<String> numbers(ParsedPlan plan) {
        return plan.measures().stream().map(ParsedMeasure::number).toList();
    }

    private static List<String> titles(ParsedPlan plan) {
        return plan.measures().stream().map(ParsedMeasure::title).toList();
    }

    /** A Guangxi city: notice, 1、/1． numbering under 一、/（一）, 〔〕 and （） blocks, a section lead. */
    static final String NANNING = """
            南宁市人民政府办公室关于印发南宁市2024年优化营商环境攻坚突破行动方案的通知
            南府办发〔2024〕5号
            各县（市、区）人民政府，各开发区管委会，市直各委、办、局：
            　　《南宁市2024年优化营商环境攻坚突破行动方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。
            南宁市人民政府办公室
            2024年3月8日
            南宁市2024年优化营商环境攻坚突破行动方案
            　　为深入贯彻落实党中央、国务院和自治区关于优化营商环境的决策部署，持续打造市场化、法治化、国际化一流营商环境，结合我市实际，制定本方案。
            一、总体目标
            　　到2024年底，营商环境便利度持续提升，经营主体满意度进一步提高，力争在全区营商环境评价中保持第一方阵。
            二、重点任务
            （一）提升政务服务效能（市行政审批局牵头）
            1、推行“高效办成一件事”。围绕企业和个人全生命周期，梳理公布重点事项清单，推动跨部门、跨层级业务协同，实现“一次告知、一表申请、一套材料、一窗受理”。年底前，实现13个重点事项高效办理。
            2、深化“一网通办”改革。优化升级政务服务平台功能，推动政务服务事项网上可办率达到95%以上，全程网办率达到80%以上。〔牵头单位:市大数据发展局;配合单位:市公安局、人社局、税务局〕
            （二）强化要素保障
            3．强化用地用能保障。深化“标准地”改革，新增工业用地“标准地”出让比例达到50%以上；优化用电报装服务，城市电网用户平均停电时间降至3.13小时/户以内。（牵头单位：市自然资源局；配合单位：市发展改革委（市大数据发展局）、市住房城乡建设局、南宁供电局等部门）
            4．加强人力资源保障。全年开展补贴性职业技能培训12000人次以上，新增高技能人才900人以上。（责任单位:市人力资源社会保障局;配合单位:市教育局,市总工会,各县（市、区）人民政府，2024年12月底前完成）
            三、保障措施
            （一）加强组织领导。各级各部门要切实提高政治站位，主要负责同志亲自抓，形成一级抓一级、层层抓落实的工作格局。
            （二）强化督促考核。市优化营商环境领导小组办公室要加强统筹调度，定期通报工作进展。
            """;

    /** A province, State Council style: (一) measures, "X牵头，Y按职责分工负责", Chinese-numeral date. */
    static final String HUBEI = """
            湖北省人民政府办公厅关于印发湖北省2024年深化“高效办成一件事”优化政务服务行动方案的通知
            鄂政办发〔2024〕12号
            各市、州、县人民政府，省政府各部门：
            　　经省人民政府同意，现将《湖北省2024年深化“高效办成一件事”优化政务服务行动方案》印发给你们，请认真组织实施。
            湖北省人民政府办公厅
            二〇二四年四月十五日
            湖北省2024年深化“高效办成一件事”优化政务服务行动方案
            　　为贯彻落实《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》（国发〔2024〕3号），制定本方案。
            一、推进政务服务标准化规范化便利化
            （一）健全政务服务事项清单管理机制。全面梳理省市县三级政务服务事项，动态调整实施清单，推动同一事项在全省范围内无差别受理、同标准办理。9月底前，完成全省政务服务事项基本目录校准工作。(省政务局、省司法厅牵头，省直相关部门及各市州人民政府按职责分工负责)
            （二）规范政务服务办事指南。统一办事指南要素，细化审查要点，明确申请材料的具体要求，推动办事指南“颗粒化”“场景化”。(省政务局牵头，省直相关部门按职责分工负责)
            二、提升政务服务渠道效能
            （一）优化线下办事服务。推进政务服务中心综合窗口改革，全面推行“前台综合受理、后台分类审批、综合窗口出件”模式，2025年6月30日前实现省市县三级全覆盖。(省政务局牵头，各市州人民政府负责)
            （二）提升网上办事体验。推进湖北政务服务网与部门业务系统深度对接，第三季度完成“鄂汇办”移动端改版升级，事项网上可办率稳定在95%以上。(省政务局、省数据局牵头，省直相关部门配合)
            （三）强化热线服务功能。推进12345政务服务便民热线与110报警服务台高效对接联动，持续提升接通率和满意度，长期坚持。(省政务局、省公安厅按职责分工负责)
            """;

    /** Units and deadline as fields on their own lines after each measure. */
    static final String ZHUZHOU = """
            株洲市优化营商环境三年攻坚行动工作方案（2024—2026年）
            株政办发〔2024〕8号
            株洲市人民政府办公室
            2024年2月20日
            　　为全面落实省委、省政府关于优化营商环境的部署要求，持续打造一流营商环境，结合我市实际，制定本方案。
            一、优化政务服务环境
            1.推进企业开办便利化。全面推行企业开办“一网通办”，实现企业开办1个工作日内办结，免费刻制首套印章，推行电子营业执照跨领域应用。
            责任单位：市市场监管局、公安局、税务局等单位
            时限要求：持续推进
            2.深化工程建设项目审批制度改革。推行“拿地即开工”审批模式，社会投资简易低风险项目审批时间压缩至15个工作日以内。
            责任单位：市住房城乡建设局，市自然资源和规划局，市行政审批服务局
            完成时限：2024年12月底
            3.提升不动产登记效率。推行不动产登记“带押过户”，一般登记业务办理时间压缩至3个工作日以内，抵押登记实现1个工作日办结。
            牵头单位：市自然资源和规划局
            配合单位：市住房城乡建设局、税务局，各商业银行
            完成时限：2025年6月30日前
            二、优化市场环境
            4.规范涉企收费行为。开展涉企违规收费专项整治，清理规范行业协会商会收费，全面公开收费目录清单。
            责任单位：市发展改革委、市场监管局、财政局按职责分工负责，各县市区人民政府
            时限要求：长期坚持
            5.加强信用体系建设。推行以信用为基础的分级分类监管，信用修复申请办理时限压缩至2个工作日。
            责任单位：市发展改革委（市信用办），市直各相关部门
            完成时限：年底前
            """;

    /** A district: sub-items (1)(2) with their own leads, or sharing the measure's block. */
    static final String HUANGPU = """
            广州市黄埔区2024年营商环境改革重点工作安排
            穗埔府办〔2024〕3号
            一、提升投资建设便利度
            1.深化工程建设项目审批改革。
            (1)推行“清单制+告知承诺制”审批，对社会投资低风险项目实行“一站式”集成服务。(区住房城乡建设局牵头负责)
            (2)推行“带方案出让”，实现“拿地即开工”，全年推广项目不少于20个。(区规划和自然资源局、区住房城乡建设局牵头负责)
            (3)推进竣工联合验收，联合验收时间压缩至5个工作日以内。(区住房城乡建设局牵头负责)
            2.优化市政公用服务。
            （1）推行水电气网联合报装，实现“一表申请、一窗受理”。
            （2）压减用电报装时间，低压小微企业用电报装时间压减至10个工作日以内。
            （牵头单位：区发展改革局；配合单位：区供电局、区水务局、区燃气公司）
            二、提升市场主体获得感
            3.强化惠企政策兑现。推行惠企政策“免申即享”，政策兑现平均时间缩短至15个工作日。（区财政局、区工业和信息化局按职责分工负责）
            4.加强知识产权保护。(1)建立知识产权快速维权机制，专利侵权纠纷平均办结时间缩短至60天。(2)开展知识产权保护专项行动。（区市场监管局牵头）
            """;

    /** A task table flattened to one cell per line. */
    static final String BAISE_TABLE = """
            百色市人民政府办公室关于印发百色市2024年优化营商环境重点工作任务分工方案的通知
            百政办发〔2024〕11号
            各县（市、区）人民政府，市直各有关单位：
            　　现将《百色市2024年优化营商环境重点工作任务分工方案》印发给你们，请认真抓好落实。
            百色市人民政府办公室
            2024年5月6日
            百色市2024年优化营商环境重点工作任务分工方案
            序号
            重点工作
            责任领导
            责任单位
            完成时限
            1
            深化企业开办“一件事”改革。推行企业开办全程网上办理，企业开办时间压缩至0.5个工作日以内。
            黄某某
            市市场监管局、市公安局、市税务局
            2024年12月底前
            2
            提升跨境贸易便利化水平。推进“智慧口岸”建设，进口整体通关时间压缩至30小时以内。
            李某某、王某某
            百色海关，市商务局（市口岸办），各县（市、区）人民政府
            2024年9月底前
            3
            优化纳税缴费服务。推行“非接触式”办税缴费，实现95%以上涉税事项网上办理。
            陈某某
            市税务局
            持续推进
            """;

    /** Traditional characters and half-width punctuation throughout, '.' as the full stop. */
    static final String HUIZHOU_TRADITIONAL = """
            惠州市人民政府辦公室關於印發惠州市2024年優化營商環境工作要點的通知
            惠府辦〔2024〕6號
            各縣、區人民政府，市政府直屬各單位：
              《惠州市2024年優化營商環境工作要點》已經市人民政府同意，現印發給你們，請認真組織實施。
            惠州市人民政府辦公室
            2024年3月1日
            惠州市2024年優化營商環境工作要點
            一、持續優化政務服務
            (一)推進政務服務標準化.全面推行政務服務事項標準化管理,實現同一事項無差別受理、同標準辦理.(牽頭單位:市政務服務數據管理局;配合單位:市直各相關部門,各縣區人民政府)
            (二)深化"一網通辦"改革.推動政務服務事項網上可辦率達到98%以上,6月底前實現高頻事項"掌上辦".(責任單位:市政務服務數據管理局;配合單位:市公安局、人社局、稅務局)
            二、營造公平競爭市場環境
            (一)加強公平競爭審查.全面落實公平競爭審查制度,開展妨礙統一市場和公平競爭的政策措施清理.(牽頭單位:市市場監管局,配合單位:市發展改革局、司法局)
            (二)規範涉企執法檢查.推行"綜合查一次",減少對企業正常生產經營的干擾.(牽頭單位:市司法局;責任單位:市直各行政執法部門,第三季度完成)
            """;

    /** A rule stated once in the preamble for every measure. */
    static final String LIUZHOU_RULE = """
            柳州市2024年优化营商环境攻坚行动实施方案
            柳政办〔2024〕15号
            柳州市人民政府办公室
            2024年1月15日
            　　为持续优化营商环境，激发经营主体活力，制定本方案。以下各项任务均需各县区人民政府按职责分工负责，不再列出。
            一、优化政务服务
            1.推行“一件事一次办”。梳理发布“一件事”清单，推动更多事项集成办理。（牵头单位：市行政审批局；配合单位：市直各相关部门）
            2.提升“一网通办”水平。全程网办率达到85%以上。（牵头单位：市大数据发展局）
            二、优化法治环境
            3.规范行政执法行为。全面推行行政执法“三项制度”，推行包容审慎监管。（牵头单位：市司法局；配合单位：市直各行政执法部门）
            """;

    /** A plan that names no units at all. */
    static final String YULIN_NO_UNITS = """
            玉林市2024年优化营商环境工作要点
            玉政办发〔2024〕9号
            一、深化“放管服”改革
            （一）持续精简行政许可事项。全面实行行政许可事项清单管理，清单之外一律不得违法实施行政许可。
            （二）优化企业开办服务。企业开办全程网办率达到90%以上，6月底前实现企业开办“一日办结”。
            二、优化市场环境
            （一）强化公平竞争审查。开展妨碍统一市场和公平竞争的政策措施清理。
            （二）规范涉企收费。开展涉企违规收费专项治理，2024年12月底前完成。
            """;

    /** Numbering that skips and repeats. */
    static final String GUIGANG_NUMBERING = """
            贵港市2024年优化营商环境重点任务清单
            一、重点任务
            1、推行企业开办“一网通办”。实现企业开办全流程网上办理。（牵头单位：市市场监管局）
            2、推进工程建设项目审批改革。审批时间压缩至30个工作日以内。（牵头单位：市住房城乡建设局）
            4、优化用水用气报装服务。简化报装材料。（牵头单位：市住房城乡建设局）
            4、提升跨境贸易便利化水平。压缩整体通关时间。（牵头单位：市商务局；配合单位：贵港海关）
            5、加强知识产权保护。建立快速维权机制。（牵头单位：市市场监管局）
            """;

    /** Section lead on 一、, a block on the line after, a rule in brackets, multi-paragraph measures. */
    static final String FANGCHENGGANG = """
            防城港市2024年营商环境优化提升行动方案
            防政办发〔2024〕4号
            一、提升政务服务水平（市行政审批局牵头）
            （一）推进政务服务“一网通办”。整合各类政务服务平台，实现政务服务事项全流程网上办理，全程网办率达到80%以上。
            （二）推行帮办代办服务。在各级政务服务中心设立帮办代办窗口，为企业提供全程免费帮办代办服务。
            （牵头单位：市政务服务中心；配合单位：各县（市、区）人民政府）
            二、优化要素保障
            （一）强化用工保障。
            　　建立重点企业用工监测机制，常态化开展“春风行动”等招聘活动。
            　　全年组织招聘活动100场次以上，帮助企业招工10000人次以上。（牵头单位：市人力资源社会保障局，配合单位：市教育局、市总工会等单位）
            （二）加强融资支持。（以下均需各县（市、区）人民政府按职责分工负责，不再列出）
            　　推进政府性融资担保体系建设，扩大普惠小微贷款投放。〔责任单位：市财政局、市地方金融监管局（市金融办）、人民银行防城港市分行，2024年6月底前〕
            （三）降低物流成本。落实港口收费优惠政策，力争集装箱吞吐量达到120万标箱。（牵头单位：市交通运输局、市发展改革委；配合单位：防城港海关、北部湾港防城港码头有限公司）
            二〇二四年一月十五日
            """;

    /** 第一部分 / 第二部分 above 一、 above 1. */
    static final String HUNAN_PARTS = """
            湖南省优化营商环境三年行动计划（2024—2026年）
            湘政办发〔2024〕10号
            湖南省人民政府办公厅
            2024年2月1日
            第一部分　总体要求
            　　以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。到2026年，全省营商环境进入全国第一方阵。
            第二部分　重点任务
            一、打造高效便捷的政务环境
            1.推进“高效办成一件事”。2024年底前，推出第一批13个重点事项；2025年底前，推出第二批重点事项。（省政务局牵头，省直有关单位按职责分工负责）
            2.提升审批服务效能。全面推行审批服务“马上办、网上办、就近办、一次办”，承诺时限压缩至法定时限的40%以内。（省政务局、省发展改革委牵头，各市州人民政府负责）
            二、打造公平公正的法治环境
            3.规范涉企行政执法。推行柔性执法，制定不予处罚、减轻处罚事项清单。（省司法厅牵头，省直有关执法部门、各市州人民政府配合）
            4.加强知识产权保护。建设知识产权保护中心，专利侵权纠纷行政裁决办案期限压缩至3个月以内。（省知识产权局牵头）
            """;

    /** Trailing field lines after a heading-only measure line. */
    static final String BEIHAI_FIELDS = """
            北海市2024年优化营商环境工作要点
            一、优化市场准入
            1.深化商事制度改革
            推行经营主体登记“智能审批”，实现企业设立登记“秒批秒办”。深化“证照分离”改革，全面推行告知承诺制。
            牵头单位：市市场监管局
            配合单位：市行政审批局，各县区人民政府
            完成时限：2024年12月底前
            2.优化涉企审批服务
            推行“一业一证”改革，实现“一证准营”。
            牵头单位：市行政审批局
            配合单位：市直各有关部门
            完成时限：持续推进
            """;

    /** (一) measures that assign units, with numbered details 1. 2. under them. */
    static final String CHONGZUO_DETAILS = """
            崇左市2024年优化营商环境工作方案
            一、提升政务服务效能
            （一）深化“一件事一次办”改革。（牵头单位：市行政审批局；配合单位：市直各有关部门）
            1.梳理公布“一件事”事项清单，编制办事指南。
            2.推动“一件事”线上线下融合办理，实现“一次告知、一表申请”。
            （二）推进政务服务标准化。（牵头单位：市行政审批局）
            1.开展政务服务事项标准化梳理。
            2.编制政务服务事项实施清单。
            二、优化法治环境
            （一）规范涉企执法检查。
            1.推行“综合查一次”。
            2.建立涉企执法检查备案制度。
            （牵头单位：市司法局；配合单位：市直各行政执法部门）
            """;

    @Test
    void aCityNoticeWithArabicMeasuresUnderChineseSections() {
        ParsedPlan plan = parser.parse(NANNING);
        PlanHeader h = plan.header();
        assertEquals("南宁市2024年优化营商环境攻坚突破行动方案", h.title());
        assertEquals("南府办发〔2024〕5号", h.docNumber());
        assertEquals("南宁市人民政府办公室", h.issuer());
        assertEquals(LocalDate.of(2024, 3, 8), h.issuedOn());
        assertEquals(2024, h.year());

        assertEquals(List.of("1", "2", "3", "4"), numbers(plan), "总体目标 and 保障措施 are no measures");
        assertEquals(List.of("推行“高效办成一件事”", "深化“一网通办”改革", "强化用地用能保障", "加强人力资源保障"), titles(plan));

        ParsedMeasure first = plan.measures().get(0);
        assertEquals(List.of("二、重点任务", "（一）提升政务服务效能"), first.path());
        assertEquals(List.of("市行政审批局"), names(first.leadUnits()), "the section's lead, as it names none");
        assertEquals(LocalDate.of(2024, 12, 31), first.deadline());
        assertEquals("年底前", first.deadlineText());

        ParsedMeasure second = plan.measures().get(1);
        assertEquals(List.of("市大数据发展局"), names(second.leadUnits()), "its own block wins over the section's");
        assertEquals(List.of("市公安局", "市人社局", "市税务局"), names(second.cooperatingUnits()));
        assertEquals("人社局", second.cooperatingUnits().get(1).mention());

        ParsedMeasure third = plan.measures().get(2);
        assertEquals(List.of("市自然资源局"), names(third.leadUnits()));
        assertEquals(List.of("市发展改革委（市大数据发展局）", "市住房城乡建设局", "南宁供电局"),
                names(third.cooperatingUnits()), "the city's own 供电局 takes no 市 from the list before it");
        UnitMention open = third.cooperatingUnits().get(2);
        assertEquals("南宁供电局等部门", open.mention());
        assertTrue(open.openList());
        Target outage = third.targets().get(1);
        assertEquals("城市电网用户平均停电时间", outage.metric());
        assertEquals("<=", outage.comparator());
        assertEquals(new BigDecimal("3.13"), outage.value());
        assertEquals("小时/户", outage.unit());

        ParsedMeasure fourth = plan.measures().get(3);
        assertEquals(List.of("市人力资源社会保障局"), names(fourth.leadUnits()), "责任单位 alone lead");
        assertEquals(List.of("市教育局", "市总工会", "各县（市、区）人民政府"), names(fourth.cooperatingUnits()));
        assertTrue(fourth.cooperatingUnits().get(2).group());
        assertEquals(LocalDate.of(2024, 12, 31), fourth.deadline(), "a deadline inside the unit brackets");
        assertEquals("2024年12月底前完成", fourth.deadlineText());
        Target training = fourth.targets().get(0);
        assertEquals("补贴性职业技能培训", training.metric());
        assertEquals(new BigDecimal("12000"), training.value());
        assertEquals("人次", training.unit());
        assertEquals(">=", training.comparator());
        assertEquals(List.of(), codes(plan));
    }

    @Test
    void aProvincialPlanInStateCouncilStyle() {
        ParsedPlan plan = parser.parse(HUBEI);
        PlanHeader h = plan.header();
        assertEquals("湖北省2024年深化“高效办成一件事”优化政务服务行动方案", h.title());
        assertEquals("鄂政办发〔2024〕12号", h.docNumber());
        assertEquals("湖北省人民政府办公厅", h.issuer());
        assertEquals(LocalDate.of(2024, 4, 15), h.issuedOn(), "二〇二四年四月十五日");

        assertEquals(List.of("(一)", "(二)", "(一)", "(二)", "(三)"), numbers(plan));
        ParsedMeasure first = plan.measures().get(0);
        assertEquals("健全政务服务事项清单管理机制", first.title());
        assertEquals(List.of("省政务局", "省司法厅"), names(first.leadUnits()));
        assertEquals(List.of("省直相关部门", "各市州人民政府"), names(first.cooperatingUnits()));
        assertTrue(first.cooperatingUnits().stream().allMatch(UnitMention::group));
        assertEquals(LocalDate.of(2024, 9, 30), first.deadline(), "9月底前 in the plan's year");

        ParsedMeasure offline = plan.measures().get(2);
        assertEquals(List.of("各市州人民政府"), names(offline.cooperatingUnits()), "X牵头，Y负责: Y cooperate");
        assertEquals(LocalDate.of(2025, 6, 30), offline.deadline());
        assertEquals("2025年6月30日前", offline.deadlineText());

        ParsedMeasure online = plan.measures().get(3);
        assertEquals(List.of("省政务局", "省数据局"), names(online.leadUnits()));
        assertEquals(LocalDate.of(2024, 9, 30), online.deadline(), "第三季度");
        assertEquals(">=", online.targets().get(0).comparator(), "稳定在95%以上: the bound decides");

        ParsedMeasure hotline = plan.measures().get(4);
        assertEquals(List.of("省政务局", "省公安厅"), names(hotline.leadUnits()), "按职责分工负责 is no part of a name");
        assertFalse(codes(plan).contains(ImportWarning.DUPLICATE_NUMBER), "(一) again in a new section is fine");
    }

    @Test
    void unitsAndDeadlinesAsFieldsOnTheirOwnLines() {
        ParsedPlan plan = parser.parse(ZHUZHOU);
        assertEquals("株洲市优化营商环境三年攻坚行动工作方案（2024—2026年）", plan.header().title());
        assertEquals(2024, plan.header().year());
        assertEquals(List.of("1", "2", "3", "4", "5"), numbers(plan));

        ParsedMeasure first = plan.measures().get(0);
        assertEquals("推进企业开办便利化", first.title());
        assertEquals(List.of("市市场监管局", "市公安局", "市税务局"), names(first.leadUnits()));
        assertTrue(first.leadUnits().get(2).openList());
        assertEquals("税务局等单位", first.leadUnits().get(2).mention());
        assertNull(first.deadline());
        assertEquals("持续推进", first.deadlineText());

        ParsedMeasure second = plan.measures().get(1);
        assertEquals(List.of("市住房城乡建设局", "市自然资源和规划局", "市行政审批服务局"), names(second.leadUnits()),
                "a list split by ，");
        assertEquals(LocalDate.of(2024, 12, 31), second.deadline(), "2024年12月底");

        ParsedMeasure third = plan.measures().get(2);
        assertEquals(List.of("市自然资源和规划局"), names(third.leadUnits()));
        assertEquals(List.of("市住房城乡建设局", "市税务局", "各商业银行"), names(third.cooperatingUnits()));
        assertEquals(LocalDate.of(2025, 6, 30), third.deadline());

        ParsedMeasure fourth = plan.measures().get(3);
        assertEquals(List.of("市发展改革委", "市场监管局", "市财政局", "各县市区人民政府"), names(fourth.leadUnits()),
                "按职责分工负责 stripped; 市场监管局 is read as written");
        assertNull(fourth.deadline());
        assertEquals("长期坚持", fourth.deadlineText());

        ParsedMeasure fifth = plan.measures().get(4);
        assertEquals(List.of("市发展改革委（市信用办）", "市直各相关部门"), names(fifth.leadUnits()));
        assertTrue(fifth.leadUnits().get(1).group());
        assertEquals(LocalDate.of(2024, 12, 31), fifth.deadline(), "年底前 in the plan's year");
        assertEquals(List.of(), codes(plan));
    }

    @Test
    void subItemsWithTheirOwnLeadsOrSharingTheMeasuresBlock() {
        ParsedPlan plan = parser.parse(HUANGPU);
        assertEquals(List.of("1", "2", "3", "4"), numbers(plan));
        ParsedMeasure first = plan.measures().get(0);
        assertEquals("深化工程建设项目审批改革", first.title());
        assertEquals(List.of("(1)", "(2)", "(3)"), first.children().stream().map(ParsedMeasure::number).toList());
        assertEquals(List.of("区规划和自然资源局", "区住房城乡建设局"), names(first.children().get(1).leadUnits()));
        assertTrue(first.hasUnits());

        ParsedMeasure second = plan.measures().get(1);
        assertEquals(2, second.children().size());
        assertEquals(List.of("区发展改革局"), names(second.leadUnits()), "the block after the sub-items is the measure's");
        assertEquals(List.of("区供电局", "区水务局", "区燃气公司"), names(second.cooperatingUnits()));

        assertEquals(List.of("区财政局", "区工业和信息化局"), names(plan.measures().get(2).leadUnits()));
        assertFalse(codes(plan).contains(ImportWarning.NO_UNITS));
    }

    @Test
    void aFlattenedTaskTableGivesOneMeasurePerRowAndLeadersAreNoUnits() {
        ParsedPlan plan = parser.parse(BAISE_TABLE);
        assertEquals("百政办发〔2024〕11号", plan.header().docNumber());
        assertEquals(3, plan.measures().size());
        ParsedMeasure first = plan.measures().get(0);
        assertEquals("深化企业开办“一件事”改革", first.title());
        assertEquals(List.of("市市场监管局", "市公安局", "市税务局"), names(first.leadUnits()));
        assertEquals(LocalDate.of(2024, 12, 31), first.deadline());
        ParsedMeasure second = plan.measures().get(1);
        assertEquals(List.of("百色海关", "市商务局（市口岸办）", "各县（市、区）人民政府"), names(second.leadUnits()));
        assertTrue(plan.measures().stream().flatMap(m -> m.leadUnits().stream())
                .noneMatch(u -> u.name().contains("某某")), "责任领导 are people");
        assertEquals(LocalDate.of(2024, 9, 30), second.deadline());
        assertNull(plan.measures().get(2).deadline());
        assertEquals("持续推进", plan.measures().get(2).deadlineText());
        Target share = plan.measures().get(2).targets().get(0);
        assertEquals(new BigDecimal("95"), share.value());
        assertEquals("涉税事项网上办理", share.metric(), "what is counted follows the number");
    }

    @Test
    void traditionalCharactersAndHalfWidthFullStops() {
        ParsedPlan plan = parser.parse(HUIZHOU_TRADITIONAL);
        assertEquals("惠州市2024年優化營商環境工作要點", plan.header().title());
        assertEquals("惠府辦〔2024〕6號", plan.header().docNumber());
        assertEquals(LocalDate.of(2024, 3, 1), plan.header().issuedOn());
        assertEquals(List.of("推進政務服務標準化", "深化\"一網通辦\"改革", "加強公平競爭審查", "規範涉企執法檢查"), titles(plan),
                "'.' ends the heading sentence");
        ParsedMeasure second = plan.measures().get(1);
        assertEquals(List.of("市政務服務數據管理局"), names(second.leadUnits()), "責任單位 alone lead");
        assertEquals(List.of("市公安局", "市人社局", "市稅務局"), names(second.cooperatingUnits()));
        assertEquals(LocalDate.of(2024, 6, 30), second.deadline());
        assertEquals("政務服務事項網上可辦率", second.targets().get(0).metric());
        ParsedMeasure third = plan.measures().get(2);
        assertEquals(List.of("市市場監管局"), names(third.leadUnits()), "a comma between the parts");
        assertEquals(List.of("市發展改革局", "市司法局"), names(third.cooperatingUnits()));
        ParsedMeasure fourth = plan.measures().get(3);
        assertEquals(List.of("市直各行政執法部門"), names(fourth.cooperatingUnits()), "責任單位 next to 牽頭單位 cooperate");
        assertEquals(LocalDate.of(2024, 9, 30), fourth.deadline(), "第三季度 inside the brackets");
    }

    @Test
    void aRuleStatedOnceInThePreambleReachesEveryMeasure() {
        ParsedPlan plan = parser.parse(LIUZHOU_RULE);
        assertEquals("柳政办〔2024〕15号", plan.header().docNumber());
        assertEquals(LocalDate.of(2024, 1, 15), plan.header().issuedOn());
        for (ParsedMeasure m : plan.measures()) {
            assertTrue(names(m.cooperatingUnits()).contains("各县区人民政府"), m.number());
        }
        assertEquals(List.of("市司法局"), names(plan.measures().get(2).leadUnits()));
        assertEquals(1, codes(plan).stream().filter(ImportWarning.INHERITED_UNITS::equals).count());
    }

    @Test
    void aRuleInBracketsAfterAMeasureHeadingIsNotThatMeasuresUnit() {
        ParsedPlan plan = parser.parse(FANGCHENGGANG);
        assertEquals(LocalDate.of(2024, 1, 15), plan.header().issuedOn(), "二〇二四年一月十五日 at the end");
        assertEquals(List.of("(一)", "(二)", "(一)", "(二)", "(三)"), numbers(plan));
        assertEquals(List.of("市行政审批局"), names(plan.measures().get(0).leadUnits()), "the section's lead");
        ParsedMeasure helpdesk = plan.measures().get(1);
        assertEquals(List.of("市政务服务中心"), names(helpdesk.leadUnits()), "a block on the line after the measure");
        ParsedMeasure labour = plan.measures().get(2);
        assertEquals(List.of("市人力资源社会保障局"), names(labour.leadUnits()), "a measure over several paragraphs");
        assertEquals(List.of("市教育局", "市总工会"), names(labour.cooperatingUnits()));
        assertEquals(2, labour.targets().size());
        ParsedMeasure finance = plan.measures().get(3);
        assertEquals(List.of("市财政局", "市地方金融监管局（市金融办）", "人民银行防城港市分行"), names(finance.leadUnits()));
        assertEquals(List.of("各县（市、区）人民政府"), names(finance.cooperatingUnits()), "the rule covers its own measure");
        assertFalse(finance.text().contains("不再列出"));
        assertEquals(LocalDate.of(2024, 6, 30), finance.deadline());
        ParsedMeasure logistics = plan.measures().get(4);
        assertEquals(List.of("防城港海关", "北部湾港防城港码头有限公司", "各县（市、区）人民政府"),
                names(logistics.cooperatingUnits()));
        assertEquals("万标箱", logistics.targets().get(0).unit());
    }

    @Test
    void aPlanWithoutUnitsStillHasItsMeasuresAndOneWarning() {
        ParsedPlan plan = parser.parse(YULIN_NO_UNITS);
        assertEquals(List.of("持续精简行政许可事项", "优化企业开办服务", "强化公平竞争审查", "规范涉企收费"), titles(plan));
        assertEquals(List.of(ImportWarning.NO_UNITS), codes(plan));
        assertEquals(LocalDate.of(2024, 6, 30), plan.measures().get(1).deadline());
        assertEquals(LocalDate.of(2024, 12, 31), plan.measures().get(3).deadline());
    }

    @Test
    void numberingThatSkipsAndRepeatsIsWarnedNotDropped() {
        ParsedPlan plan = parser.parse(GUIGANG_NUMBERING);
        assertEquals(List.of("1", "2", "4", "4", "5"), numbers(plan));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.code().equals(ImportWarning.NUMBERING_GAP) && w.line() == 5));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.code().equals(ImportWarning.DUPLICATE_NUMBER) && w.line() == 6));
        assertEquals(List.of("贵港海关"), names(plan.measures().get(3).cooperatingUnits()));
    }

    @Test
    void partsAboveSectionsAboveMeasures() {
        ParsedPlan plan = parser.parse(HUNAN_PARTS);
        assertEquals(List.of("1", "2", "3", "4"), numbers(plan), "第一部分 总体要求 holds no measure");
        assertEquals(List.of("省直有关单位"), names(plan.measures().get(0).cooperatingUnits()));
        assertEquals(LocalDate.of(2025, 12, 31), plan.measures().get(0).deadline(), "the latest of two stated deadlines");
        assertEquals(List.of("省直有关执法部门", "各市州人民政府"), names(plan.measures().get(2).cooperatingUnits()));
        assertEquals(List.of("二、打造公平公正的法治环境"), plan.measures().get(3).path());
    }

    @Test
    void aHeadingOnlyMeasureLineFollowedByTextAndFields() {
        ParsedPlan plan = parser.parse(BEIHAI_FIELDS);
        assertEquals(List.of("深化商事制度改革", "优化涉企审批服务"), titles(plan));
        assertEquals(List.of("市行政审批局", "各县区人民政府"), names(plan.measures().get(0).cooperatingUnits()));
        assertEquals(LocalDate.of(2024, 12, 31), plan.measures().get(0).deadline());
        assertEquals("持续推进", plan.measures().get(1).deadlineText());
    }

    @Test
    void measuresThatAssignUnitsKeepTheirNumberedDetailsAsChildren() {
        ParsedPlan plan = parser.parse(CHONGZUO_DETAILS);
        assertEquals(List.of("深化“一件事一次办”改革", "推进政务服务标准化", "规范涉企执法检查"), titles(plan));
        assertEquals(2, plan.measures().get(0).children().size());
        assertEquals(List.of("市行政审批局"), names(plan.measures().get(0).leadUnits()));
        ParsedMeasure last = plan.measures().get(2);
        assertEquals(List.of("市司法局"), names(last.leadUnits()), "the block after the details");
        assertFalse(codes(plan).contains(ImportWarning.NO_UNITS));
    }

    /** A heading as it reads when GBK bytes are decoded one byte out of step, in a web page. */
    private static String garbled(String heading) {
        Charset gb = Charset.forName("GB18030");
        byte[] bytes = ("\u3000" + heading).getBytes(gb);
        return "?" + new String(Arrays.copyOfRange(bytes, 1, bytes.length), gb) + "</strong>";
    }

    private static String webPagePlan() {
        return "<p>梧州市2024年优化营商环境行动方案</p>\n"
                + "梧政办发〔2024〕7号\n"
                + "<p>梧州市人民政府办公室</p>\n"
                + "2024年4月2日\n"
                + "<p>一、主要任务</p>\n"
                + garbled("（一）深化商事制度改革") + "\n"
                + "<p>1.推行经营主体住所标准化登记。建立标准化住所数据库，实现住所信息在线比对核验。"
                + "（牵头单位：市市场监管局；配合单位：市公安局、自然资源局）</p>\n"
                + "<p>2.推行“证照联办”。实现“一照通行”，对非关键性材料实行“容缺受理”。（牵头单位：（略）；配合单位：市行政审批局）</p>\n"
                + garbled("（二）提升投资建设便利度") + "\n"
                + "<p>3.压缩工程建设项目审批时间。&nbsp;社会投资简易低风险项目审批时间压缩至15个工作日以内。"
                + "（牵头单位：市住房城乡建设局；配合单位：(略)）</p>\n"
                + "<p>4.推进水电气网联合报装。实现“一表申请、一窗受理、一站服务”。（牵头单位：市发展改革委；配合单位：梧州供电局、市水务集团）</p>\n";
    }

    @Test
    void aWebPageCopyWithGarbledHeadingsAndRedactions() {
        ParsedPlan plan = parser.parse(webPagePlan());
        assertEquals("梧州市2024年优化营商环境行动方案", plan.header().title());
        assertEquals(List.of("1", "2", "3", "4"), numbers(plan));
        assertEquals(List.of("一、主要任务", "（一）深化商事制度改"), plan.measures().get(0).path(),
                "the garbled heading still opens its section (its last byte is lost)");
        assertEquals(List.of("一、主要任务", "（二）提升投资建设便利"), plan.measures().get(2).path());
        assertTrue(plan.measures().get(1).leadUnits().isEmpty());
        assertEquals(List.of("市行政审批局"), names(plan.measures().get(1).cooperatingUnits()));
        assertTrue(plan.measures().get(2).cooperatingUnits().isEmpty());
        assertEquals(List.of("梧州供电局", "市水务集团"), names(plan.measures().get(3).cooperatingUnits()));
        assertFalse(plan.measures().get(2).text().contains("nbsp"));
        assertEquals(2, codes(plan).stream().filter(ImportWarning.GARBLED_HEADING::equals).count());
        assertEquals(2, codes(plan).stream().filter(ImportWarning.REDACTED_UNIT::equals).count());
        assertTrue(codes(plan).contains(ImportWarning.MARKUP_REMOVED));
    }

    @Test
    void aWholeDocumentPastedTwiceIsReadOnceAndWarnedOnce() {
        String once = webPagePlan();
        ParsedPlan twice = parser.parse(once + once);
        ParsedPlan single = parser.parse(once);
        assertEquals(numbers(single), numbers(twice));
        assertEquals(titles(single), titles(twice));
        ImportWarning dup = twice.warnings().stream().filter(w -> w.code().equals(ImportWarning.DUPLICATED_TEXT))
                .findFirst().orElseThrow();
        assertEquals(12, dup.line());
        assertEquals(2, codes(twice).stream().filter(ImportWarning.GARBLED_HEADING::equals).count(),
                "the copy's garbled headings are not warned about again");
        assertEquals(codes(single).stream().filter(ImportWarning.REDACTED_UNIT::equals).count(),
                codes(twice).stream().filter(ImportWarning.REDACTED_UNIT::equals).count());
        assertTrue(twice.warnings().stream().filter(w -> w.code().equals(ImportWarning.MARKUP_REMOVED))
                .allMatch(w -> w.message().contains(" 9 ")), "markup counted in the kept copy only");
    }

    /** The same plan with every line break lost, as when it is copied out of a PDF. */
    @Test
    void aPlanThatLostItsLineBreaksIsReadLikeTheOriginal() {
        for (String doc : List.of(NANNING, HUBEI, ZHUZHOU, HUIZHOU_TRADITIONAL, LIUZHOU_RULE, GUIGANG_NUMBERING,
                FANGCHENGGANG, HUNAN_PARTS, YULIN_NO_UNITS)) {
            ParsedPlan original = parser.parse(doc);
            ParsedPlan oneLine = parser.parse(doc.replace("\n", ""));
            String name = original.header().title();
            assertEquals(original.header(), oneLine.header(), name);
            assertEquals(numbers(original), numbers(oneLine), name);
            assertEquals(titles(original), titles(oneLine), name);
            for (int i = 0; i < original.measures().size(); i++) {
                ParsedMeasure a = original.measures().get(i);
                ParsedMeasure b = oneLine.measures().get(i);
                assertEquals(names(a.leadUnits()), names(b.leadUnits()), name + " " + a.number());
                assertEquals(names(a.cooperatingUnits()), names(b.cooperatingUnits()), name + " " + a.number());
                assertEquals(a.deadline(), b.deadline(), name + " " + a.number());
            }
            assertTrue(codes(oneLine).contains(ImportWarning.LINE_BREAKS_RESTORED), name);
        }
    }

    @Test
    void aLineBreakIsNotPutWhereNumbersAreJustText() {
        List<String> lines = LineBreaks.split(
                "某市2024年工作方案一、重点任务1.推进统一、规范的市场建设。完成第2、3批事项，审批时间压缩至3.5个工作日。"
                + "2.加强监管。（牵头单位：市市场监管局）", false);
        assertEquals(List.of("某市2024年工作方案", "一、重点任务", "1.推进统一、规范的市场建设。完成第2、3批事项，审批时间压缩至3.5个工作日。",
                "2.加强监管。（牵头单位：市市场监管局）"), lines);
    }

    @Test
    void aHeaderWithChineseNumeralDateAndAShortDocumentNumber() {
        ParsedPlan plan = parser.parse("""
                钦州市人民政府办公室关于印发钦州市2024年优化营商环境工作要点的通知
                钦政办〔2024〕2号
                钦州市人民政府办公室
                二〇二四年一月十五日
                钦州市2024年优化营商环境工作要点
                一、重点任务
                1. 深化“一件事一次办”改革。实现企业和群众办事“只进一扇门”。（牵头单位：市行政审批局）
                """);
        PlanHeader h = plan.header();
        assertEquals("钦州市2024年优化营商环境工作要点", h.title());
        assertEquals("钦政办〔2024〕2号", h.docNumber());
        assertEquals("钦州市人民政府办公室", h.issuer());
        assertEquals(LocalDate.of(2024, 1, 15), h.issuedOn());
        assertEquals(2024, h.year());
    }

    @Test
    void whateverArrivesGivesWarningsAndNeverAnException() {
        assertEquals(List.of(ImportWarning.EMPTY_DOCUMENT), codes(parser.parse("")));
        assertEquals(List.of(ImportWarning.EMPTY_DOCUMENT), codes(parser.parse(" \n\u3000\n")));

        byte[] noise = new byte[200_000];
        new Random(11).nextBytes(noise);
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, Charset.forName("GB18030"))) {
            ParsedPlan p = parser.parse(new String(noise, cs));
            assertFalse(p.warnings().isEmpty(), cs.name());
            assertTrue(p.measures().isEmpty() || codes(p).contains(ImportWarning.NO_UNITS), cs.name());
        }

        ParsedPlan prose = parser.parse("请各单位认真贯彻落实，确保各项工作取得实效。");
        assertEquals(List.of(ImportWarning.NO_MEASURES), codes(prose));
        ParsedPlan oneMeasure = parser.parse("1.推进工作。");
        assertEquals(List.of(ImportWarning.NO_UNITS), codes(oneMeasure));

        Random r = new Random(3);
        String alphabet = "市县区局委办牵头单位配合责任完成时限年月日底前、，。；：（）()〔〕1234一二三十\n .略等部门各人民政府降至达到以上%";
        StringBuilder big = new StringBuilder(10_000_000);
        for (int i = 0; i < 10_000_000; i++) {
            big.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        ParsedPlan huge = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parser.parse(big.toString()));
        assertTrue(codes(huge).contains(ImportWarning.TRUNCATED));

        StringBuilder oneLine = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            oneLine.append((char) ('\u4e00' + r.nextInt(0x5000)));
        }
        ParsedPlan run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parser.parse(oneLine.toString()));
        assertFalse(run.warnings().isEmpty());
    }
}
