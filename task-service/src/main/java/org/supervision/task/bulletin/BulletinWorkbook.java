package org.supervision.task.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.supervision.task.ranking.Scoring;

/** A bulletin as .xlsx: 概况 (totals), 单位排名 (one line per unit with its card), 得分明细 (the breakdown), 逾期事项. */
public final class BulletinWorkbook {

    private BulletinWorkbook() {
    }

    public static byte[] write(BulletinContent b) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SafeCells cells = new SafeCells(book);
            BulletinContent.Totals t = b.totals();
            cells.sheet(book, "概况", List.of("项目", "数值"), List.of(
                    List.of("标题", b.title()), List.of("期间", b.period()), List.of("统计截至", b.asOf().toString()),
                    List.of("任务数", t.assignments()), List.of("到期", t.due()), List.of("按期办结", t.completedOnTime()),
                    List.of("逾期办结", t.completedLate()), List.of("期末逾期", t.overdueAtEnd()), List.of("缺报", t.reportsMissing()),
                    List.of("催办", t.urges()), List.of("退回", t.returned()), List.of("批准延期", t.extensions()),
                    List.of("红色预警", t.red()), List.of("黄色预警", t.yellow()), List.of("红牌单位", t.unitsWithRedCard()),
                    List.of("黄牌单位", t.unitsWithYellowCard())));
            cells.sheet(book, "单位排名", List.of("名次", "单位代码", "单位", "得分", "红黄牌", "任务数", "到期", "按期办结", "逾期办结",
                    "期末逾期", "逾期天数", "缺报", "催办", "退回", "延期", "红色预警", "黄色预警"),
                    b.units().stream().map(u -> List.<Object>of(u.rank(), u.unitCode(), u.unitName(), u.score(), u.card(),
                            u.assignments(), u.due(), u.completedOnTime(), u.completedLate(), u.overdueAtEnd(), u.daysOverdue(),
                            u.reportsMissing(), u.urges(), u.returned(), u.extensions(), u.red(), u.yellow())).toList());
            cells.sheet(book, "得分明细", BREAKDOWN_HEADER, breakdown(b.ranking()));
            cells.sheet(book, "逾期事项", List.of("单位代码", "单位", "角色", "方案", "序号", "任务", "期限", "逾期天数", "状态"),
                    b.overdueItems().stream().map(o -> java.util.Arrays.<Object>asList(o.unitCode(), o.unitName(), o.role(),
                            o.planTitle(), o.measureNumber(), o.measureTitle(), String.valueOf(o.deadline()), o.daysOverdue(),
                            o.state())).toList());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
    }

    public static final List<String> BREAKDOWN_HEADER = List.of("名次", "单位代码", "单位", "得分", "方案", "角色", "项目", "次数",
            "权重", "分值");

    /** One row per term of each unit's score (a unit without terms: one row with its base score). */
    public static List<List<Object>> breakdown(List<Scoring.Ranked> ranking) {
        List<List<Object>> rows = new ArrayList<>();
        for (Scoring.Ranked r : ranking) {
            if (r.breakdown().isEmpty()) {
                rows.add(java.util.Arrays.asList(r.rank(), r.unitCode(), r.unitName(), r.score(), null, null, null, null, null, null));
            }
            for (Scoring.Term term : r.breakdown()) {
                rows.add(java.util.Arrays.asList(r.rank(), r.unitCode(), r.unitName(), r.score(),
                        term.planId() == null ? null : term.planId().toString(), term.role().name(), term.kind().name(),
                        term.count(), term.weight(), term.points()));
            }
        }
        return rows;
    }
}
