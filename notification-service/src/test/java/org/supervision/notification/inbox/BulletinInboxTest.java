package org.supervision.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.bulletinLine;
import static org.supervision.notification.testing.TaskEventFixtures.bulletinPublished;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** A published bulletin (月度通报) reaches each unit it names once, with that unit's own line, and no other unit. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class BulletinInboxTest {

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Test
    void everyUnitTheBulletinNamesGetsOneItemWithItsOwnLine() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String first = "QZ-B1-" + suffix;
        String second = "QZ-B2-" + suffix;
        String absent = "QZ-B3-" + suffix;
        UUID bulletin = UUID.randomUUID();
        String event = bulletinPublished(UUID.randomUUID().toString(), bulletin, UUID.randomUUID(), "钦督通〔2024〕6号",
                List.of(bulletinLine(first, "市发展改革委", 1, "104.50", "NONE", 0), bulletinLine(second, "市市场监管局", 2, "81.00", "RED", 3)));
        kafka.sendCloudEvent(TASK_TOPIC, bulletin.toString(), event);
        kafka.sendCloudEvent(TASK_TOPIC, bulletin.toString(), event); // redelivered: nothing twice

        Map<String, Object> own = awaitItem(TestTokens.unitOfficer(second), bulletin);
        assertEquals("BULLETIN", own.get("kind"));
        assertEquals("通报：关于2024年6月重点任务推进情况的通报", own.get("title"));
        String body = (String) own.get("body");
        assertTrue(body.startsWith("钦督通〔2024〕6号：本期市市场监管局排名第2，得分81，亮红牌。"), body);
        assertTrue(body.contains("期末逾期3项"), body);
        Map<String, Object> other = awaitItem(TestTokens.unitOfficer(first), bulletin);
        assertTrue(((String) other.get("body")).contains("排名第1，得分104.5。"), (String) other.get("body"));

        // a unit the bulletin does not name gets nothing
        assertEquals(0, given().auth().oauth2(TestTokens.unitOfficer(absent)).queryParam("size", 200).when().get("/api/v1/inbox")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.bulletinId == '%s' }".formatted(bulletin)).size());
    }

    @Test
    void aBulletinWithoutItsIdIsDeadLettered() {
        String key = "bulletin-without-id-" + UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, key, bulletinPublished(UUID.randomUUID().toString(), null, null, null,
                List.of(bulletinLine("QZ-FGW", "市发展改革委", 1, "100", "NONE", 0))));
        var dead = kafka.await("supervision.task.v1.dlq.notification-service", r -> key.equals(r.key()), Duration.ofSeconds(20));
        assertNotNull(dead.headers().lastHeader("dead-letter-reason"));
    }

    private static Map<String, Object> awaitItem(String token, UUID bulletin) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<Map<String, Object>> items = given().auth().oauth2(token).queryParam("size", 200).when().get("/api/v1/inbox")
                    .then().statusCode(200).extract().jsonPath().getList("findAll { it.bulletinId == '%s' }".formatted(bulletin));
            if (!items.isEmpty() || System.nanoTime() > deadline) {
                assertEquals(1, items.size(), "inbox items for bulletin " + bulletin);
                return items.get(0);
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }
}
