package org.supervision.contracts;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The CloudEvents 1.0 envelope in structured JSON mode, the form every event of the suite takes on Kafka
 * (record value; the record key is {@code subject}). {@code data} is one of the records named in
 * {@link EventType}; its schema is the type's, the envelope's is {@value #SCHEMA}. Absent attributes are
 * left out rather than written as null, as CloudEvents asks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(String specversion, String id, String source, String type, String subject,
                         OffsetDateTime time, String datacontenttype, Object data) {

    /** The Kafka {@code content-type} header of every event. */
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    public static final String SCHEMA = EventType.SCHEMA_RESOURCES + "cloudevents.envelope.schema.json";

    public CloudEvent(String id, String source, String type, String subject, OffsetDateTime time, Object data) {
        this(SPEC_VERSION, id, source, type, subject, time, DATA_CONTENT_TYPE, data);
    }
}
