package org.supervision.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) that keeps every delivered message, and a small HTTP endpoint
 * ({@code GET /messages}) to read them as JSON, so that a person or a test can see what was sent.
 */
public final class MailServer implements AutoCloseable {

    /** A delivered message, as a reader of the outbox needs it. */
    public record DeliveredMail(List<String> to, String from, String subject, String body) {
    }

    private final GreenMail greenMail;
    private final HttpServer http;
    private final int smtpPort;

    private MailServer(GreenMail greenMail, HttpServer http, int smtpPort) {
        this.greenMail = greenMail;
        this.http = http;
        this.smtpPort = smtpPort;
    }

    public static MailServer start(int smtpPort, int httpPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
            MailServer server = new MailServer(greenMail, http, smtpPort);
            http.createContext("/messages", exchange -> {
                byte[] body = server.messagesAsJson().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            http.start();
            return server;
        } catch (IOException e) {
            greenMail.stop();
            throw new UncheckedIOException("cannot open the mail reading endpoint on port " + httpPort, e);
        }
    }

    public int smtpPort() {
        return smtpPort;
    }

    public String messagesUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/messages";
    }

    public List<DeliveredMail> messages() {
        List<DeliveredMail> delivered = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                List<String> to = new ArrayList<>();
                Address[] recipients = message.getAllRecipients();
                if (recipients != null) {
                    for (Address recipient : recipients) {
                        to.add(recipient.toString());
                    }
                }
                Address[] from = message.getFrom();
                delivered.add(new DeliveredMail(to, from == null || from.length == 0 ? "" : from[0].toString(),
                        message.getSubject(), GreenMailUtil.getBody(message)));
            } catch (MessagingException e) {
                delivered.add(new DeliveredMail(List.of(), "", "(unreadable message: " + e.getMessage() + ")", ""));
            }
        }
        return delivered;
    }

    @Override
    public void close() {
        http.stop(0);
        greenMail.stop();
    }

    private String messagesAsJson() {
        StringBuilder json = new StringBuilder("[");
        for (DeliveredMail mail : messages()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"to\":[");
            for (int i = 0; i < mail.to().size(); i++) {
                json.append(i == 0 ? "" : ",").append(Json.string(mail.to().get(i)));
            }
            json.append("],\"from\":").append(Json.string(mail.from()))
                    .append(",\"subject\":").append(Json.string(mail.subject()))
                    .append(",\"body\":").append(Json.string(mail.body())).append('}');
        }
        return json.append(']').toString();
    }
}
