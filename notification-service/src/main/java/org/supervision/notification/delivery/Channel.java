package org.supervision.notification.delivery;

public enum Channel {
    INBOX, EMAIL, WEBHOOK
}
