package org.supervision.notification.reminder;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.supervision.notification.calendar.WorkingDays;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Words a reminder or notice: zh-CN templates (messages/reminders_zh_CN.properties) with English
 * (messages/reminders.properties) for any text that has no Chinese version.
 */
@ApplicationScoped
public class ReminderText {

    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    private static final String BUNDLE = "messages.reminders";

    /** Longest headline, in characters, and longest part of one (a measure's or a plan's title). */
    static final int HEADLINE = 200;
    private static final int HEADLINE_PART = 60;

    /** A worded reminder. */
    public record Text(String title, String body) {
    }

    /**
     * What a text may speak of. {@code date} is the deadline (or the report's due date, or the new
     * deadline of an approved extension); {@code detail} a reason or note; {@code frequency} the
     * reporting cycle (WEEKLY, MONTHLY, QUARTERLY); {@code measures} the measures concerned when a
     * text is about several, and {@code count} how many (assignments).
     */
    public record Facts(String measureNumber, String measureTitle, String planTitle, String unitName, LocalDate date,
                        String detail, String frequency, int count, java.util.List<String> measures, String itemSource) {

        /** Facts of a plan's work. */
        public Facts(String measureNumber, String measureTitle, String planTitle, String unitName, LocalDate date,
                     String detail, String frequency, int count, java.util.List<String> measures) {
            this(measureNumber, measureTitle, planTitle, unitName, date, detail, frequency, count, measures, null);
        }

        public static Facts of(TrackedAssignment a, LocalDate date, String detail) {
            return new Facts(a.measureNumber, a.measureTitle, a.planTitle, a.unitName == null ? a.unitCode : a.unitName,
                    date, detail, null, 1, a.measureNumber == null ? java.util.List.of() : java.util.List.of(a.measureNumber),
                    a.itemId == null ? null : itemSourceOf(a.itemSource));
        }

        /** The work of a supervision item (督办事项), not of a plan: its texts name the item. */
        public boolean ofItem() {
            return itemSource != null;
        }

        /** An item's source as the texts need one: never null for an item's work, even if an event left it out. */
        public static String itemSourceOf(String source) {
            return source == null || source.isBlank() ? "OTHER" : source;
        }
    }

    private final WorkingDays workingDays;
    private final ReminderSettings settings;

    public ReminderText(WorkingDays workingDays, ReminderSettings settings) {
        this.workingDays = workingDays;
        this.settings = settings;
    }

    /** The inbox's wording: always Chinese, the language of the units' officers. */
    public Text inbox(ReminderKind kind, TrackedAssignment assignment, LocalDate deadline, LocalDate today) {
        return inbox(kind, Facts.of(assignment, deadline, null), today);
    }

    public Text inbox(ReminderKind kind, Facts facts, LocalDate today) {
        return render(kind, facts, today, CHINESE);
    }

    /** The e-mail's wording, in the configured language, with a link and a footer. */
    public Text mail(ReminderKind kind, TrackedAssignment assignment, LocalDate deadline, LocalDate today) {
        return mail(kind, Facts.of(assignment, deadline, null), today, "/assignments/" + assignment.assignmentId);
    }

    /** {@code path} is the link's path under the configured link base. */
    public Text mail(ReminderKind kind, Facts facts, LocalDate today, String path) {
        Locale locale = mailLocale();
        Text text = render(kind, facts, today, locale);
        ResourceBundle bundle = bundle(locale);
        return new Text(text.title(), text.body() + "\n\n" + format(bundle, "mail.link", settings.linkBase() + path) + "\n\n"
                + bundle.getString("mail.footer"));
    }

    /** One mail listing a unit's items of a day (subjects and texts of the single mails, numbered). */
    public Text digest(String unitName, LocalDate day, java.util.List<Text> items) {
        Locale locale = mailLocale();
        ResourceBundle bundle = bundle(locale);
        String date = DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), locale).format(day);
        StringBuilder body = new StringBuilder(format(bundle, "digest.intro", orDash(unitName), date, items.size()));
        for (int i = 0; i < items.size(); i++) {
            body.append("\n\n").append(i + 1).append(". ").append(items.get(i).title()).append("\n")
                    .append(items.get(i).body());
        }
        return new Text(format(bundle, "digest.title", orDash(unitName), date, items.size()), body.toString());
    }

    private Text render(ReminderKind kind, Facts facts, LocalDate today, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        LocalDate date = facts.date();
        int days = date == null ? 0 : switch (kind) {
            case BEFORE_DEADLINE, DUE_TODAY, REPORT_DUE_SOON, REPORT_DUE_TODAY, MILESTONE_DUE_SOON, MILESTONE_DUE_TODAY ->
                    Math.max(0, workingDays.between(today, date));
            case OVERDUE, ESCALATION -> Math.max(1, workingDays.between(date, today));
            default -> 0;
        };
        String formatted = date == null ? "—" : DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), locale).format(date);
        String frequency = facts.frequency() == null ? "" : bundle.getString("frequency." + facts.frequency());
        String measures = String.join(bundle.getString("list.separator"), facts.measures() == null ? java.util.List.of() : facts.measures());
        String source = !facts.ofItem() ? "" : bundle.containsKey("source." + facts.itemSource())
                ? bundle.getString("source." + facts.itemSource()) : facts.itemSource();
        Object[] values = {orDash(facts.measureNumber()), orDash(facts.measureTitle()), orDash(facts.planTitle()),
                orDash(facts.unitName()), formatted, String.valueOf(days), orDash(facts.detail()), frequency,
                String.valueOf(facts.count()), orDash(measures), source};
        // a supervision item's work comes from no plan: its texts name the item (ITEM.<kind>), where there is one
        String key = facts.ofItem() && bundle.containsKey("ITEM." + kind.name() + ".title") ? "ITEM." + kind.name() : kind.name();
        // a text that names a reason or note has a version without it, rather than "reason: —"
        String body = key + ".body";
        if ((facts.detail() == null || facts.detail().isBlank()) && bundle.containsKey(body + ".nodetail")) {
            body = body + ".nodetail";
        }
        // the title is a headline (inbox lists, mail subjects): a measure's whole text belongs in the body only
        Object[] headline = values.clone();
        headline[1] = shorten(orDash(facts.measureTitle()), HEADLINE_PART);
        headline[2] = shorten(orDash(facts.planTitle()), HEADLINE_PART);
        headline[9] = shorten(orDash(measures), 2 * HEADLINE_PART);
        return new Text(shorten(format(bundle, key + ".title", headline), HEADLINE), format(bundle, body, values));
    }

    private static String shorten(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    private Locale mailLocale() {
        return Locale.forLanguageTag(settings.delivery().mailLocale());
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            // no fallback to the JVM's locale: what zh-CN lacks comes from the English base file
            return ResourceBundle.getBundle(BUNDLE, locale, ReminderText.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("reminder texts are missing from the classes", e);
        }
    }

    private static String format(ResourceBundle bundle, String key, Object... values) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(values);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
