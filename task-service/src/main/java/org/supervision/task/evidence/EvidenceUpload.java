package org.supervision.task.evidence;

import java.nio.file.Path;

/** A file as it arrived in the form: the client's file name, where the server put the bytes, how many. */
public record EvidenceUpload(String fileName, Path file, long size, String note) {
}
