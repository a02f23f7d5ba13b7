package nl.jobbranding.gateway.console;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The campaign manager's console in a real browser: the composed overview with the capacity chart. */
@QuarkusTest
class CampaignConsoleTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aCampaignManagerSeesTheCapacityChartWithTheShortChannelMarked() {
        ConsoleData.Setting setting = ConsoleData.sensitiveUnit();
        ConsoleData.submittedStory(setting, "Ingediend verhaal", "Ik werk graag in de nachtdienst.\nHet team is hecht.");
        try (Browser browser = Browser.open(gateway.toString(), "campaign-capacity")) {
            ModerationConsoleTest.signIn(browser, "campaign-manager");
            browser.visit("/console/campaigns").page("campaigns");
            browser.driver().findElement(By.linkText(setting.campaignName())).click();
            browser.await(By.id("capaciteit"));
            browser.page("campaign-overview");
            String chart = browser.driver().findElement(By.cssSelector("svg.console-chart")).getText()
                    + browser.driver().findElement(By.cssSelector("svg.console-chart desc")).getAttribute("textContent");
            assertTrue(chart.contains(setting.shortChannel() + ": "), chart);
            assertTrue(chart.contains(setting.shortChannel() + " (tekort)"), "the short channel is marked: " + chart);
            assertTrue(!chart.contains(setting.longChannel() + " (tekort)"), "the long channel fits: " + chart);
            String table = browser.driver().findElement(By.id("capaciteit")).getText();
            assertTrue(table.contains("uur tekort"), table);
            String summary = browser.driver().findElement(By.id("capaciteit-samenvatting")).getText();
            assertTrue(summary.startsWith("Niet genoeg capaciteit op 1 kanaal: " + setting.shortChannel() + " komt ")
                    && summary.endsWith(" uur per week tekort."), "the summary is Dutch: " + summary);
            String counts = browser.driver().findElement(By.id("verhalen-per-serie")).getText();
            assertTrue(counts.contains(setting.seriesName()), counts);
            // The sensitive unit's 8 stories a month on each channel are 16 reviews: 3.69 a week, shown with one decimal.
            assertTrue(table.contains("Beoordelingen per week") && table.contains("3,7"), table);
            String cadence = browser.driver().findElement(By.id("ritme-per-serie")).getText();
            assertTrue(cadence.contains(setting.seriesName()) && cadence.contains("0 van 8"), "planned against published: " + cadence);
        }
    }
}
