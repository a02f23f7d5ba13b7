package nl.jobbranding.content;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.approvedStory;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.createStory;
import static nl.jobbranding.content.Fixtures.submittedStory;
import static nl.jobbranding.content.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lists read what their items need for the whole page at once: the number of SQL statements per page does not grow
 * with the page (no N+1), while the items stay what they were; and keyset pages stay stable while stories are added.
 */
@QuarkusTest
class ListQueriesTest {

    /** Statements for a page: the page itself, approvals, screenings and dismissals, and a few for the request's checks. */
    private static final long MAX_STATEMENTS_PER_PAGE = 6;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theModerationQueueReadsAPageInAFixedNumberOfQueriesWithApprovalsAndPreScreenPerItem() {
        Fixtures.Setting setting = activeSeries(true);
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waiting.add(i % 3 == 0 ? approvedStory(setting, "Fatima") : submittedStory(setting));
        }
        createStory(setting);
        transition(waiting.get(1), communityManager("Bram"), "claim").then().statusCode(200);
        String queue = "/api/v1/moderation-queue?unitCode=" + setting.unitCode();

        long small = statements(() -> as(communityManager("Noor")).get(queue + "&limit=2").then().statusCode(200));
        long full = statements(() -> as(communityManager("Noor")).get(queue + "&limit=20").then().statusCode(200));
        assertTrue(full <= MAX_STATEMENTS_PER_PAGE, "a page of 10 queue items took " + full + " statements");
        assertEquals(small, full, "statements for a page of 2 and of 10 items");

        JsonPath page = as(communityManager("Noor")).get(queue + "&limit=20").then().statusCode(200).extract().jsonPath();
        assertEquals(waiting, page.getList("items.storyId"), "oldest submission first, drafts left out");
        assertEquals("Bram", page.getString("items[1].claim.byName"));
        for (int i = 0; i < waiting.size(); i++) {
            String item = "items[" + i + "].";
            assertEquals(i % 3 == 0 ? List.of("Fatima") : List.of(), page.getList(item + "approvals.givenBy"), item);
            assertEquals(2, page.getInt(item + "approvals.needed"));
            Map<String, Object> claim = as(communityManager("Noor")).get("/api/v1/stories/" + waiting.get(i)).then()
                    .statusCode(200).extract().path("claim");
            assertEquals(claim, page.getMap(item + "claim"), "the queue's claim is the story's");
            Map<String, Object> screened = as(communityManager("Noor")).get("/api/v1/stories/" + waiting.get(i) + "/screening")
                    .then().statusCode(200).extract().path("open");
            assertNotNull(screened);
            assertEquals(screened, page.getMap(item + "preScreen"), "the queue's pre-screen summary is the screening's");
        }
    }

    @Test
    void theStoryListReadsAPageInAFixedNumberOfQueriesWithTheCurrentRoundsApprovals() {
        Fixtures.Setting setting = activeSeries(true);
        List<String> stories = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            stories.add(i % 2 == 0 ? approvedStory(setting, "Fatima") : createStory(setting));
        }
        String list = "/api/v1/stories?unitCode=" + setting.unitCode();

        long small = statements(() -> as(communityManager("Noor")).get(list + "&limit=2").then().statusCode(200));
        long full = statements(() -> as(communityManager("Noor")).get(list + "&limit=20").then().statusCode(200));
        assertTrue(full <= MAX_STATEMENTS_PER_PAGE, "a page of 8 stories took " + full + " statements");
        assertEquals(small, full, "statements for a page of 2 and of 8 stories");

        JsonPath page = as(communityManager("Noor")).get(list + "&limit=20").then().statusCode(200).extract().jsonPath();
        assertEquals(stories, page.getList("items.id"));
        for (int i = 0; i < stories.size(); i++) {
            assertEquals(i % 2 == 0 ? List.of("Fatima") : List.of(), page.getList("items[" + i + "].approvals.givenBy"));
            Object single = as(communityManager("Noor")).get("/api/v1/stories/" + stories.get(i)).then().statusCode(200)
                    .extract().path("approvals");
            assertEquals(single, page.getMap("items[" + i + "].approvals"), "the list's approvals are the story's");
        }
    }

    @Test
    void pagesStayStableWhileStoriesAreAdded() {
        Fixtures.Setting setting = activeSeries(false);
        List<String> queued = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            queued.add(submittedStory(setting));
        }
        List<String> seenInQueue = follow("/api/v1/moderation-queue?limit=3&unitCode=" + setting.unitCode(), "items.storyId",
                () -> submittedStory(setting));
        assertNoneTwiceAndInOrder(queued, seenInQueue);

        List<String> listed = follow("/api/v1/stories?limit=3&unitCode=" + setting.unitCode(), "items.id",
                () -> createStory(setting));
        assertNoneTwiceAndInOrder(queued, listed);
    }

    /** Follows the next links to the end, adding a story before each next page. */
    private static List<String> follow(String first, String ids, Supplier<String> addOne) {
        List<String> seen = new ArrayList<>();
        String next = first;
        for (int pages = 0; next != null && pages < 20; pages++) {
            JsonPath page = as(communityManager("Noor")).get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList(ids));
            next = page.getString("_links.next.href");
            addOne.get();
        }
        return seen;
    }

    private static void assertNoneTwiceAndInOrder(List<String> before, List<String> seen) {
        Set<String> unique = new HashSet<>(seen);
        assertEquals(seen.size(), unique.size(), "no item twice: " + seen);
        assertEquals(before, seen.subList(0, before.size()), "everything there before paging, in order, nothing skipped");
    }

    /**
     * The SQL statements the request made: the fewest of three tries, so that the metrics refresh that runs every second
     * in tests (a statement or two now and then) does not count.
     */
    private long statements(Runnable request) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "Hibernate statistics are on (with its metrics)");
        long fewest = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            long before = statistics.getPrepareStatementCount();
            request.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount() - before);
        }
        return fewest;
    }
}
