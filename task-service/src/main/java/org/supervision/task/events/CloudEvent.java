package org.supervision.task.events;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The CloudEvents 1.0 envelope in structured JSON mode, the form every event of the suite takes on Kafka. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(String specversion, String id, String source, String type, String subject,
                         OffsetDateTime time, String datacontenttype, Object data) {

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public CloudEvent(String id, String source, String type, String subject, OffsetDateTime time, Object data) {
        this("1.0", id, source, type, subject, time, "application/json", data);
    }
}
