package nl.jobbranding.gateway.console;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URL;
import java.util.List;

import static nl.jobbranding.gateway.console.ConsoleData.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The community manager's console in a real browser, against the real gateway, services and PostgreSQL. */
@QuarkusTest
class ModerationConsoleTest {

    private static final String FATIMA = "community-manager-fatima";
    private static final String JORIS = "community-manager-joris";

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void twoCommunityManagersApproveASensitiveStoryAndTheTransparencyLogShowsIt() {
        ConsoleData.Setting setting = ConsoleData.sensitiveUnit();
        String id = ConsoleData.submittedStory(setting, "Mijn eerste nachtdienst",
                "Om tien uur begint mijn dienst. Een collega noemde haar BSN 111222333 hardop bij de poort.\n"
                        + "Bel gerust naar 06-12345678 als je vragen hebt over het werk.");
        try (Browser browser = Browser.open(gateway.toString(), "moderation-two-approvals")) {
            signIn(browser, FATIMA);
            browser.visit("/console/queue?unitCode=" + setting.unit()).page("queue");
            assertTrue(browser.text().contains("(gevoelig)"), "the sensitive unit is marked in the queue");
            browser.driver().findElement(By.linkText("Mijn eerste nachtdienst")).click();
            browser.await(By.id("status"));
            browser.page("review-before-claim");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Claimen om te beoordelen']")).click();
            browser.awaitText("U heeft dit verhaal geclaimd.");

            // The BSN is marked at its exact span, with its message.
            WebElement bsn = browser.driver().findElements(By.cssSelector("#verhaaltekst mark")).stream()
                    .filter(mark -> mark.getText().contains("111222333")).findFirst().orElseThrow(() -> new AssertionError("no BSN mark"));
            assertEquals("111222333", bsn.getText().replace("BSN ", "").trim().replaceAll(".*?(\\d{9}).*", "$1"));
            assertTrue(bsn.getAttribute("class").contains("console-finding--block"), "a BSN always blocks");
            browser.page("review-claimed");

            // Another finding (the phone number) is dismissed with a reason.
            int phone = findingNumber(browser, "06-12345678");
            browser.driver().findElement(By.id("reason-" + phone)).sendKeys("Dit is het algemene nummer van de wervingsdesk.");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Bevinding " + phone + " negeren']")).click();
            browser.awaitText("De bevinding is genegeerd");
            assertTrue(browser.text().contains("Genegeerd door Fatima: Dit is het algemene nummer van de wervingsdesk."));

            // Approving with the BSN still open is refused; what was typed stays.
            fillRubricAndChoose(browser, "decision-approve", "Sterk verhaal over het werk.");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Besluit vastleggen']")).click();
            browser.await(By.id("melding"));
            browser.page("approve-refused-blocking");
            assertEquals("Sterk verhaal over het werk.", browser.driver().findElement(By.id("reasons")).getAttribute("value"));
            int bsnNumber = findingNumber(browser, "111222333");
            browser.driver().findElement(By.id("reason-" + bsnNumber)).sendKeys("Fictief nummer uit de opleiding, geen echt BSN.");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Bevinding " + bsnNumber + " negeren']")).click();
            browser.awaitText("De bevinding is genegeerd");
            fillRubricAndChoose(browser, "decision-approve", "");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Besluit vastleggen']")).click();
            browser.awaitText("Uw goedkeuring is vastgelegd.");
            browser.page("first-approval");
            assertTrue(browser.text().contains("1 van 2"), browser.text());
        }
        try (Browser browser = Browser.open(gateway.toString(), "moderation-second-approval")) {
            signIn(browser, JORIS);
            browser.visit("/console/stories/" + id);
            browser.driver().findElement(By.xpath("//button[normalize-space()='Claimen om te beoordelen']")).click();
            browser.awaitText("U heeft dit verhaal geclaimd.");
            fillRubricAndChoose(browser, "decision-approve", "");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Besluit vastleggen']")).click();
            browser.awaitText("Uw goedkeuring is vastgelegd.");
            assertEquals("approved", browser.driver().findElement(By.id("status")).getAttribute("data-state"));
            browser.page("second-approval");

            ConsoleData.transition("campaign-manager", id, "publish");
            browser.visit("/console/transparency").page("transparency-log");
            assertTrue(browser.text().contains(id), "the published story's decisions are in the transparency log");
        }
        as(FATIMA).get("/api/v1/transparency-log?campaignId=" + setting.campaignId()).then().statusCode(200)
                .body("items.storyId", hasItem(id)).body("items.size()", equalTo(2));
    }

    @Test
    void theWholeModerationFlowWorksWithTheKeyboardOnly() {
        ConsoleData.Setting setting = ConsoleData.sensitiveUnit();
        String title = "Toetsenbord " + setting.unit();
        String id = ConsoleData.submittedStory(setting, title, "Ik begeleid gedetineerden bij hun dagprogramma.\nDat is mooi werk.");
        try (Browser browser = Browser.open(gateway.toString(), "moderation-keyboard")) {
            ConsoleData.persona(FATIMA);
            browser.visit("/console/sign-in");
            Keyboard keys = new Keyboard(browser);
            keys.choose(By.cssSelector("input[name=persona]:checked"), By.id("persona-" + FATIMA));
            keys.tabTo(By.xpath("//button[normalize-space()='Aanmelden']")).press(Keys.ENTER);
            browser.awaitText("Moderatiewachtrij");
            browser.visit("/console/queue?unitCode=" + setting.unit());
            keys.tabTo(By.linkText(title)).press(Keys.ENTER);
            browser.await(By.id("status"));
            keys.tabTo(By.xpath("//button[normalize-space()='Claimen om te beoordelen']")).press(Keys.ENTER);
            browser.awaitText("U heeft dit verhaal geclaimd.");
            keys.tabTo(By.id("decision-approve")).press(Keys.SPACE);
            keys.tabTo(By.xpath("//button[normalize-space()='Besluit vastleggen']")).press(Keys.ENTER);
            browser.awaitText("Uw goedkeuring is vastgelegd.");
            browser.page("keyboard-approved");
        }
        as(FATIMA).get("/api/v1/stories/" + id).then().statusCode(200).body("approvals.givenBy", hasItem("Fatima"));
    }

    @Test
    void twoReviewersDecideAtOnceOneWinsTheOtherSeesTheConflictAndKeepsTheirText() {
        ConsoleData.Setting setting = ConsoleData.sensitiveUnit();
        String id = ConsoleData.submittedStory(setting, "Tegelijk beoordeeld", "Ik werk in de nachtdienst.\nHet is rustig werk.");
        try (Browser fatima = Browser.open(gateway.toString(), "moderation-conflict-fatima");
             Browser joris = Browser.open(gateway.toString(), "moderation-conflict-joris")) {
            signIn(fatima, FATIMA);
            fatima.visit("/console/stories/" + id);
            fatima.driver().findElement(By.xpath("//button[normalize-space()='Claimen om te beoordelen']")).click();
            fatima.awaitText("U heeft dit verhaal geclaimd.");
            signIn(joris, JORIS);
            joris.visit("/console/stories/" + id);
            joris.page("prepared-without-claim");
            fillRubricAndChoose(joris, "decision-request-changes", "Haal de dienstnaam uit de eerste zin, graag.");

            fillRubricAndChoose(fatima, "decision-approve", "");
            fatima.driver().findElement(By.xpath("//button[normalize-space()='Besluit vastleggen']")).click();
            fatima.awaitText("Uw goedkeuring is vastgelegd.");

            joris.driver().findElement(By.xpath("//button[normalize-space()='Besluit vastleggen']")).click();
            joris.await(By.id("melding"));
            joris.page("conflict");
            assertTrue(joris.text().contains("Iemand anders heeft intussen besloten"), joris.text());
            assertTrue(joris.text().contains("goedgekeurd door Fatima"), "the current state is shown");
            assertEquals("Haal de dienstnaam uit de eerste zin, graag.", joris.driver().findElement(By.id("reasons")).getAttribute("value"));
            assertTrue(joris.driver().findElement(By.id("decision-request-changes")).isSelected(), "the chosen decision is kept");
        }
        as(FATIMA).get("/api/v1/stories/" + id + "/reviews").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void storyTextWithScriptAndHtmlRendersInert() {
        ConsoleData.Setting setting = ConsoleData.sensitiveUnit();
        String id = ConsoleData.submittedStory(setting, "<img src=x onerror=alert(1)> Titel",
                "Voor <script>document.title='gehackt'</script> en <b>vet</b>.\n<a href=\"javascript:alert(2)\">klik</a>");
        try (Browser browser = Browser.open(gateway.toString(), "xss")) {
            signIn(browser, FATIMA);
            browser.visit("/console/stories/" + id).page("story-with-markup");
            assertFalse(browser.driver().getTitle().contains("gehackt"), "no script ran");
            String text = browser.driver().findElement(By.id("verhaaltekst")).getText();
            assertTrue(text.contains("<script>document.title='gehackt'</script>"), "the markup shows as text: " + text);
            assertTrue(text.contains("<b>vet</b>"), text);
            assertTrue(browser.driver().findElements(By.cssSelector("#verhaaltekst script, #verhaaltekst b, #verhaaltekst a, h1 img"))
                    .isEmpty(), "no element came from the story");
            browser.visit("/console/queue?unitCode=" + setting.unit());
            assertTrue(browser.text().contains("<img src=x onerror=alert(1)> Titel"));
            assertTrue(browser.driver().findElements(By.cssSelector("main img")).isEmpty());
        }
    }

    // --- steps ---

    static void signIn(Browser browser, String persona) {
        ConsoleData.persona(persona);
        browser.visit("/console/sign-in");
        browser.page("sign-in");
        browser.driver().findElement(By.id("persona-" + persona)).click();
        browser.driver().findElement(By.xpath("//button[normalize-space()='Aanmelden']")).click();
        browser.await(By.xpath("//button[normalize-space()='Afmelden']"));
    }

    /** Every verdict "meets" (the default), the decision, and the reasons. */
    static void fillRubricAndChoose(Browser browser, String decision, String reasons) {
        browser.driver().findElement(By.id(decision)).click();
        WebElement field = browser.driver().findElement(By.id("reasons"));
        field.clear();
        field.sendKeys(reasons);
    }

    /** The number of the finding whose excerpt is the given text. */
    static int findingNumber(Browser browser, String excerpt) {
        List<WebElement> findings = browser.driver().findElements(By.cssSelector(".console-findings > li"));
        for (WebElement finding : findings) {
            if (finding.getText().contains(excerpt)) {
                return Integer.parseInt(finding.getAttribute("id").replace("finding-", ""));
            }
        }
        fail("No finding for " + excerpt + " in " + browser.text());
        return -1;
    }

    /** Keyboard-only operation: Tab until an element has the focus, then press a key on it. */
    static final class Keyboard {

        private final Browser browser;

        Keyboard(Browser browser) {
            this.browser = browser;
        }

        Keyboard tabTo(By target) {
            WebElement wanted = browser.driver().findElement(target);
            for (int i = 0; i < 400; i++) {
                if (browser.driver().switchTo().activeElement().equals(wanted)) {
                    return this;
                }
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            }
            fail("Tab never reached " + target);
            return this;
        }

        /** Tabs into a radio group (to its checked radio) and moves with the arrow keys to the wanted one. */
        void choose(By group, By radio) {
            tabTo(group);
            WebElement wanted = browser.driver().findElement(radio);
            for (int i = 0; i < 60 && !wanted.isSelected(); i++) {
                press(Keys.ARROW_DOWN);
            }
            assertTrue(wanted.isSelected(), "the arrow keys reached " + radio);
        }

        void press(CharSequence key) {
            new Actions(browser.driver()).sendKeys(key).perform();
        }
    }
}
