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
 * Words a reminder: zh-CN templates (messages/reminders_zh_CN.properties) with English
 * (messages/reminders.properties) for any text that has no Chinese version.
 */
@ApplicationScoped
public class ReminderText {

    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    private static final String BUNDLE = "messages.reminders";

    /** A worded reminder. */
    public record Text(String title, String body) {
    }

    private final WorkingDays workingDays;
    private final ReminderSettings settings;

    public ReminderText(WorkingDays workingDays, ReminderSettings settings) {
        this.workingDays = workingDays;
        this.settings = settings;
    }

    /** The inbox's wording: always Chinese, the language of the units' officers. */
    public Text inbox(ReminderKind kind, TrackedAssignment assignment, LocalDate deadline, LocalDate today) {
        return render(kind, assignment, deadline, today, CHINESE);
    }

    /** The e-mail's wording, in the configured language, with a link and a footer. */
    public Text mail(ReminderKind kind, TrackedAssignment assignment, LocalDate deadline, LocalDate today) {
        Locale locale = Locale.forLanguageTag(settings.delivery().mailLocale());
        Text text = render(kind, assignment, deadline, today, locale);
        ResourceBundle bundle = bundle(locale);
        String link = settings.linkBase() + "/assignments/" + assignment.assignmentId;
        return new Text(text.title(), text.body() + "\n\n" + format(bundle, "mail.link", link) + "\n\n"
                + bundle.getString("mail.footer"));
    }

    private Text render(ReminderKind kind, TrackedAssignment assignment, LocalDate deadline, LocalDate today, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        int days = switch (kind) {
            case BEFORE_DEADLINE, DUE_TODAY -> Math.max(0, workingDays.between(today, deadline));
            case OVERDUE, ESCALATION -> Math.max(1, workingDays.between(deadline, today));
        };
        String date = DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), locale).format(deadline);
        Object[] values = {orDash(assignment.measureNumber), orDash(assignment.measureTitle), orDash(assignment.planTitle),
                orDash(assignment.unitName == null ? assignment.unitCode : assignment.unitName), date, String.valueOf(days)};
        return new Text(format(bundle, kind.name() + ".title", values), format(bundle, kind.name() + ".body", values));
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
