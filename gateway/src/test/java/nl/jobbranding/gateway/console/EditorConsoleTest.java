package nl.jobbranding.gateway.console;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;

import static nl.jobbranding.gateway.console.ConsoleData.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unit editor's console in a real browser: write a story with the live pre-screen, fix it, submit it. */
@QuarkusTest
class EditorConsoleTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void anEditorWritesAStorySeesALiveFindingFixesItAndSubmits() {
        ConsoleData.Setting setting = ConsoleData.sensitiveUnit();
        String editor = "unit-editor-" + setting.unit();
        String title = "Een dag op de afdeling " + setting.unit();
        try (Browser browser = Browser.open(gateway.toString(), "editor-write-and-submit")) {
            ModerationConsoleTest.signIn(browser, editor);
            browser.visit("/console/my-stories").page("my-stories-empty");
            new Select(browser.driver().findElement(By.id("new-series"))).selectByVisibleText(setting.seriesName());
            browser.driver().findElement(By.xpath("//button[normalize-space()='Nieuw verhaal schrijven']")).click();
            browser.await(By.id("body"));
            browser.driver().findElement(By.id("title")).sendKeys(title);
            browser.driver().findElement(By.id("authorName")).sendKeys("Sanne");
            browser.driver().findElement(By.id("pseudonym")).click();
            browser.driver().findElement(By.id("authorRole")).sendKeys("Penitentiair inrichtingswerker");
            browser.driver().findElement(By.id("contactName")).sendKeys("Team Werken bij DJI");
            WebElement body = browser.driver().findElement(By.id("body"));
            body.sendKeys("Om zeven uur begin ik. Bel me gerust op 06-12345678 als je wilt weten hoe het is.");

            // The pre-screen runs while typing and shows the phone number, with the length per channel.
            browser.await(By.id("live-bevindingen"));
            assertTrue(browser.driver().findElement(By.id("voorscan")).getText().contains("06-12345678"), browser.text());
            assertTrue(browser.driver().findElement(By.id("lengtes")).getText().contains("van 2200 tekens"));
            browser.page("live-finding");

            body.clear();
            body.sendKeys("Om zeven uur begin ik. Vraag gerust het team Werken bij DJI hoe het werk is.");
            browser.waiting()
                    .until(d -> !d.findElement(By.id("voorscan")).getText().contains("06-12345678"));
            browser.page("finding-gone");

            browser.driver().findElement(By.xpath("//button[normalize-space()='Opslaan']")).click();
            browser.awaitText("Opgeslagen.");
            browser.page("saved");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Indienen ter beoordeling']")).click();
            browser.awaitText("ingediend (1)");
            browser.page("submitted");
            assertFalse(browser.text().contains("concept ("), "no draft left");

            browser.visit("/console/featured-people").page("featured-people");
        }
        as(editor).get("/api/v1/stories?unitCode=" + setting.unit()).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].state", equalTo("submitted"))
                .body("items[0].content.title", equalTo(title)).body("items[0].content.channels", hasItem(setting.shortChannel()));
    }

    /**
     * A save the services refuse brings the form back with the problem and with the pre-screen of what was typed: a
     * title of spaces passes the browser's check but not content-service's, and the page that comes back shows the
     * phone number found in the typed text (before, it showed no findings: the pre-screen refused the blank title too).
     */
    @Test
    void aRefusedSaveComesBackWithThePreScreenOfTheTypedText() {
        ConsoleData.Setting setting = ConsoleData.sensitiveUnit();
        String editor = "unit-editor-" + setting.unit();
        try (Browser browser = Browser.open(gateway.toString(), "editor-refused-save")) {
            ModerationConsoleTest.signIn(browser, editor);
            browser.visit("/console/my-stories");
            new Select(browser.driver().findElement(By.id("new-series"))).selectByVisibleText(setting.seriesName());
            browser.driver().findElement(By.xpath("//button[normalize-space()='Nieuw verhaal schrijven']")).click();
            browser.await(By.id("body"));
            browser.driver().findElement(By.id("title")).sendKeys("   ");
            browser.driver().findElement(By.id("authorName")).sendKeys("Sanne");
            browser.driver().findElement(By.id("authorRole")).sendKeys("Penitentiair inrichtingswerker");
            browser.driver().findElement(By.id("body")).sendKeys("Bel me gerust op 06-12345678 als je wilt weten hoe het is.");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Opslaan']")).click();

            browser.await(By.id("melding"));
            browser.page("refused-save");
            String message = browser.driver().findElement(By.id("melding")).getText();
            assertTrue(message.contains("content.title"), browser.text());
            assertEquals(message.indexOf("content.title"), message.lastIndexOf("content.title"), "the reason is said once: " + message);
            assertTrue(browser.driver().findElement(By.id("body")).getAttribute("value").contains("06-12345678"), "the typed text is kept");
            assertTrue(browser.driver().findElement(By.id("live-bevindingen")).getText().contains("06-12345678"),
                    browser.driver().findElement(By.id("voorscan")).getText());
        }
        as(editor).get("/api/v1/stories?unitCode=" + setting.unit()).then().statusCode(200).body("items.size()", equalTo(0));
    }
}
