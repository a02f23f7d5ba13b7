package nl.jobbranding.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.jobbranding.runtime.DevTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tokens for trying the API by hand: at every start the run command writes one per role into
 * {@code <data dir>/tokens/} (readable by the owner only, valid {@value #HOURS} hours), for the unit editors of every
 * unit campaign-service knows, signed with the local development key.
 */
final class LocalTokens {

    static final int HOURS = 12;

    private LocalTokens() {
    }

    /** Writes the token files and returns them by description, in a stable order. */
    static Map<String, Path> write(DevTokens tokens, Path folder, HttpClient http, String campaignServiceUrl)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Map<String, Path> written = new TreeMap<>();
        Duration lifetime = Duration.ofHours(HOURS);
        written.put("campaign manager", file(folder, "campaign-manager", Personas.token(tokens, Personas.CAMPAIGN_MANAGER, lifetime)));
        written.put("community manager", file(folder, "community-manager", Personas.token(tokens, Personas.COMMUNITY_MANAGER, lifetime)));
        written.put("community manager 2", file(folder, "community-manager-joris",
                Personas.token(tokens, Personas.SECOND_COMMUNITY_MANAGER, lifetime)));
        for (String unit : units(http, campaignServiceUrl, Personas.token(tokens, Personas.CAMPAIGN_MANAGER, Duration.ofMinutes(5)))) {
            written.put("unit editor " + unit, file(folder, "unit-editor-" + unit, Personas.token(tokens, Personas.unitEditor(unit), lifetime)));
        }
        return written;
    }

    private static List<String> units(HttpClient http, String campaignServiceUrl, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(campaignServiceUrl + "/api/v1/units?limit=100"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> units = new ArrayList<>();
        if (response.statusCode() == 200) {
            for (JsonNode unit : new ObjectMapper().readTree(response.body()).path("items")) {
                units.add(unit.path("code").asText());
            }
        }
        return units;
    }

    private static Path file(Path folder, String name, String token) throws IOException {
        Path file = folder.resolve(name + ".jwt");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, token);
        return file;
    }
}
