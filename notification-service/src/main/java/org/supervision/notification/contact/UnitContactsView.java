package org.supervision.notification.contact;

import java.util.List;

public record UnitContactsView(String unitCode, List<String> officers, List<String> leaders, boolean digest) {
}
