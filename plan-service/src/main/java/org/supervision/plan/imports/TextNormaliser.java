package org.supervision.plan.imports;

import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans arrive with full-width and half-width punctuation, four kinds of brackets, traditional
 * characters and web-page leftovers. The parser matches against a "parse form" that maps each
 * character to one canonical character (so indexes line up with the original and every
 * extracted piece can be cut from the text as written).
 */
public final class TextNormaliser {

    private static final char[] MAP = new char[0x10000];

    // Traditional characters that occur in the words the parser looks for (roles, deadlines,
    // unit kinds, numbering); the parse form uses the simplified one.
    private static final String TRADITIONAL_PAIRS =
            "牽牵頭头單单責责負负職职協协辦办門门時时間间續续進进長长堅坚達达壓压縮缩過过員员規规劃划實实"
            + "現现統统籌筹調调報报審审業业營营環环節节點点標标準准護护應应對对開开創创產产權权稅税財财資资"
            + "醫医衛卫農农運运輸输設设無无據据網网電电氣气質质濟济經经發发區区縣县關关會会銀银隊队處处個个"
            + "萬万億亿項项場场戶户號号總总務务監监國国於于級级聯联團团機机構构領领導导組组織织與与為为後后"
            + "臺台內内廳厅庫库檢检見见議议屬属參参並并況况鄉乡鎮镇廣广東东傳传線线車车還还樣样將将體体態态"
            + "條条學学習习黨党書书記记證证認认訂订計计論论確确層层屆届歸归納纳編编競竞爭争貿贸險险類类適适"
            + "隨随邊边數数額额僅仅專专積积極极從从優优勢势響响範范圍围雙双齊齐鐵铁寬宽擴扩結结絡络紀纪紅红"
            + "約约給给綜综綠绿維维緊紧練练繳缴園园圖图執执幫帮廠厂廢废強强當当徑径復复徵征戰战擔担攜携擁拥"
            + "擊击斷断來来樓楼歷历殘残漢汉滿满災灾熱热爭争狀状獎奖獨独畫画療疗盡尽盤盘眾众碼码禮礼種种穩稳"
            + "筆笔築筑簡简簽签糧粮紙纸細细終终絕绝絲丝綫线緩缓績绩聲声聽听脫脱臨临興兴舉举舊旧藥药補补製制"
            + "複复規规視视覽览親亲觀观許许訴诉評评試试詳详認认誤误說说請请諾诺謀谋講讲識识讀读變变讓让豐丰"
            + "貢贡貸贷費费賠赔購购軌轨軟软載载輔辅輕轻轉转辭辞違违遠远遷迁選选遺遗鄰邻釋释錄录錢钱錯错鍵键"
            + "陽阳階阶際际隱隐雜杂難难靈灵頁页順顺須须預预頻频題题願愿顧顾顯显風风飛飞養养館馆驗验價价儲储"
            + "兩两冊册凈净則则動动勞劳勵励卻却厲厉問问啟启嚴严囑嘱壯壮夠够奮奋婦妇寧宁寫写尋寻岡冈嶺岭幣币"
            + "師师幹干廟庙彈弹徹彻惡恶愛爱慮虑憑凭掃扫掛挂採采換换揚扬損损擇择擬拟攝摄敗败暢畅暫暂曆历曉晓"
            + "檔档櫃柜欄栏歐欧歡欢殺杀決决沒没測测溝沟滅灭滯滞潔洁澤泽濱滨灣湾獲获獻献畢毕異异療疗礎础離离"
            + "糾纠紛纷緝缉縱纵繼继罰罚習习聞闻臉脸華华葉叶蓋盖薦荐藝艺蘭兰虛虚虧亏裝装覺觉訊讯託托訪访註注"
            + "詢询該该誠诚課课諮咨謝谢貨货貫贯賬账賴赖贊赞較较輪轮轄辖遞递郵邮銷销鋪铺鏈链鐘钟鑑鉴閉闭隸隶"
            + "雖虽頒颁頓顿顆颗飲饮驅驱麥麦黃黄齡龄匯汇墾垦禦御礦矿輛辆稱称彙汇濕湿貝贝竊窃緝缉衝冲範范併并"
            + "裡里啓启閱阅鬥斗麼么島岛帶带壇坛壞坏塊块懷怀戲戏歲岁綱纲舖铺";

    static {
        for (int c = 0; c < MAP.length; c++) {
            MAP[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            MAP[c] = (char) (c - 0xFEE0);
        }
        MAP['\u3000'] = ' ';
        MAP['\u00A0'] = ' ';
        MAP['\t'] = ' ';
        for (char c : "〔【〖﹙［[｛{".toCharArray()) {
            MAP[c] = '(';
        }
        for (char c : "〕】〗﹚］]｝}".toCharArray()) {
            MAP[c] = ')';
        }
        MAP['（'] = '(';
        MAP['）'] = ')';
        MAP['︰'] = ':';
        MAP['﹕'] = ':';
        MAP['﹔'] = ';';
        MAP['﹐'] = ',';
        MAP['﹑'] = '、';
        MAP['．'] = '.';
        MAP['〇'] = '〇';
        for (int i = 0; i + 1 < TRADITIONAL_PAIRS.length(); i += 2) {
            MAP[TRADITIONAL_PAIRS.charAt(i)] = TRADITIONAL_PAIRS.charAt(i + 1);
        }
    }

    private static final Pattern MARKUP = Pattern.compile(
            "</?\\s*[a-zA-Z][a-zA-Z0-9]{0,10}(\\s[^<>]{0,200})?/?>"
            + "|/(strong|span|p|div|font|b|i|u|em|td|tr|th|table|br|h[1-6])>"
            + "|&(nbsp|amp|lt|gt|quot|ensp|emsp|#\\d{1,6});");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextNormaliser() {
    }

    /** One canonical character per character: same length as the input, so indexes carry over. */
    public static String parseForm(String s) {
        if (s == null) {
            return "";
        }
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = MAP[out[i]];
        }
        return new String(out);
    }

    /** Removes HTML tags, tag fragments and entities that survive copying a plan off a web page. */
    public static String stripMarkup(String s) {
        if (s == null || (s.indexOf('<') < 0 && s.indexOf('>') < 0 && s.indexOf('&') < 0)) {
            return s;
        }
        Matcher m = MARKUP.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String entity = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(switch (entity) {
                case "&amp;" -> "&";
                case "&lt;" -> "<";
                case "&gt;" -> ">";
                case "&quot;" -> "\"";
                case "&nbsp;", "&ensp;", "&emsp;" -> " ";
                default -> "";
            }));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text for comparing two passages: parse form without spaces and punctuation. */
    public static String compactForm(String s) {
        String p = parseForm(s);
        StringBuilder out = new StringBuilder(p.length());
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Signs of text decoded with the wrong charset: bopomofo and private-use characters (GBK
     * bytes read one byte out of step), replacement characters, a stray leading '?', or the
     * usual UTF-8-read-as-GBK pairs.
     */
    public static boolean looksGarbled(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        int suspicious = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u3100' && c <= '\u312F') || (c >= '\uE000' && c <= '\uF8FF') || c == '\uFFFD') {
                suspicious++;
            }
        }
        if (suspicious > 0) {
            return true;
        }
        String t = s.strip();
        if (t.length() > 1 && t.charAt(0) == '?' && t.charAt(1) > 0x2000) {
            return true;
        }
        return t.contains("锟斤拷") || t.contains("锛") || t.contains("銆") || t.contains("鈥");
    }

    /**
     * Best-effort repair of a garbled line: re-encodes it and decodes again with the bytes
     * realigned (GBK one byte out of step) or as UTF-8 (UTF-8 read as GBK). Returns the
     * candidate with the fewest suspicious characters, or the input when nothing is better.
     */
    public static String repairGarbled(String s) {
        if (!looksGarbled(s)) {
            return s;
        }
        String best = s;
        int bestScore = suspiciousCount(s);
        String body = s.strip();
        if (body.startsWith("?")) {
            body = body.substring(1);
        }
        // a line cut one byte out of step loses its last byte; what stood for it cannot be
        // re-encoded, so leave it out rather than let it shift the realigned text
        body = body.replaceAll("[\\uFFFD?]+$", "");
        byte[] bytes = body.getBytes(GB18030);
        for (int offset = 0; offset <= 1; offset++) {
            if (bytes.length > offset) {
                String candidate = new String(bytes, offset, bytes.length - offset, GB18030);
                best = better(best, candidate);
            }
        }
        try {
            String utf = new String(s.getBytes(Charset.forName("GBK")), java.nio.charset.StandardCharsets.UTF_8);
            best = better(best, utf);
        } catch (RuntimeException ignored) {
            // a charset missing from the runtime only means one repair fewer
        }
        if (best != s && suspiciousCount(best) < bestScore) {
            String cleaned = stripMarkup(best).replace("\uFFFD", "").replaceAll("\\?+(/\\w+>)?$", "");
            return cleaned.replaceAll("[\\uE000-\\uF8FF]", "").strip();
        }
        return s;
    }

    private static String better(String current, String candidate) {
        return suspiciousCount(candidate) < suspiciousCount(current) ? candidate : current;
    }

    private static int suspiciousCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u3100' && c <= '\u312F') || (c >= '\uE000' && c <= '\uF8FF') || c == '\uFFFD' || c == '?'
                    || c == '锛' || c == '銆' || c == '鈥') {
                n++;
            } else if (c >= 0x80 && c < 0x2000 && c != '·' && c != '—' && c != '…') {
                n++;
            }
        }
        return n;
    }
}
