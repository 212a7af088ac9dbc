package org.supervision.endtoend;

/**
 * One request of a table-driven security check: what it is called in a failure message, and what is
 * sent. A {@code multipart} probe uploads {@code body} as the form field {@code file}.
 */
record Probe(String name, String method, String path, String contentType, String body, String ifMatch) {

    static final String JSON = "application/json";
    static final String MULTIPART = "multipart/form-data";

    static Probe get(String name, String path) {
        return new Probe(name, "GET", path, null, null, null);
    }

    static Probe post(String name, String path, String json) {
        return new Probe(name, "POST", path, JSON, json, null);
    }

    static Probe put(String name, String path, String json) {
        return new Probe(name, "PUT", path, JSON, json, null);
    }

    static Probe delete(String name, String path) {
        return new Probe(name, "DELETE", path, null, null, null);
    }

    static Probe upload(String name, String path, String fileContent) {
        return new Probe(name, "POST", path, MULTIPART, fileContent, null);
    }

    static Probe send(String name, String method, String path, String contentType, String body) {
        return new Probe(name, method, path, contentType, body, null);
    }

    Probe ifMatch(String etag) {
        return new Probe(name, method, path, contentType, body, etag);
    }

    /** The same request for another object: {@code from} in the path becomes {@code to}. */
    Probe onOther(String from, String to) {
        return new Probe(name, method, path.replace(from, to), contentType, body, ifMatch);
    }

    boolean writes() {
        return !method.equals("GET");
    }

    @Override
    public String toString() {
        return name + " (" + method + " " + path + ")";
    }
}
