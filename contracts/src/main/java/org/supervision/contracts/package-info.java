/**
 * The events the services send each other on Kafka: the CloudEvents envelope, one record per event
 * type, the topic and type names, and (under resources) the JSON Schema of each event's data.
 * Producers build these records and consumers read them; nothing here knows a database or a framework.
 */
package org.supervision.contracts;
