package nl.jobbranding.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the official NL GOV API Design Rules ruleset (Spectral) on an OpenAPI document. The project carries Logius'
 * ruleset in .ci/api-lint/nl-api-design-rules (CC-BY 4.0, with its licence and attribution), so nothing outside the
 * repository is needed; Spectral is pinned in .ci/api-lint and installed there with npm on first use.
 */
public final class ApiDesignRules {

    public record Finding(String severity, String code, String message, String path) {
        @Override
        public String toString() {
            return severity + " " + code + " at " + path + ": " + message;
        }
    }

    private ApiDesignRules() {
    }

    /**
     * Whether Spectral can run here: it needs Node.js and npm. CI always runs it (there a missing npm is an error);
     * a developer machine with only a JDK skips the check, loudly.
     */
    public static boolean available() {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return true;
        }
        try {
            Process npm = new ProcessBuilder("npm", "--version").redirectErrorStream(true).start();
            npm.getInputStream().readAllBytes();
            return npm.waitFor(1, TimeUnit.MINUTES) && npm.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs the ruleset on the document, prints every finding, and fails on errors. Skipped (JUnit assumption, loudly)
     * where Spectral cannot run, see {@link #available()}.
     */
    public static void check(String document) throws IOException, InterruptedException {
        Assumptions.assumeTrue(available(), "NL API Design Rules NOT CHECKED: Spectral needs Node.js and npm, "
                + "which this machine lacks (CI always checks)");
        List<Finding> findings = lint(document);
        findings.forEach(f -> System.out.println("NL API Design Rules: " + f));
        Assertions.assertEquals(List.of(), findings.stream().filter(f -> f.severity().equals("error")).toList(),
                "The NL API Design Rules ruleset reports errors");
    }

    public static List<Finding> lint(String document) throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path tool = root.resolve(".ci").resolve("api-lint");
        Path ruleset = tool.resolve("nl-api-design-rules").resolve("ruleset.yaml");
        if (!Files.isRegularFile(ruleset)) {
            throw new IllegalStateException("The NL API Design Rules ruleset is missing: " + ruleset);
        }
        Path spectral = tool.resolve("node_modules").resolve(".bin").resolve("spectral");
        if (!Files.isExecutable(spectral)) {
            run(tool, List.of("npm", "ci", "--no-audit", "--no-fund"));
        }
        Path file = Path.of("target", "openapi.json").toAbsolutePath();
        Files.writeString(file, document, StandardCharsets.UTF_8);
        String output = run(tool, List.of(spectral.toString(), "lint", "--quiet", "--format", "json",
                "--fail-severity", "error", "--ruleset", ruleset.toString(), file.toString()));
        List<Finding> findings = new ArrayList<>();
        int start = output.indexOf('[');
        if (start < 0) {
            throw new IllegalStateException("Spectral gave no results: " + output);
        }
        for (JsonNode result : new ObjectMapper().readTree(output.substring(start))) {
            String severity = switch (result.path("severity").asInt()) {
                case 0 -> "error";
                case 1 -> "warning";
                case 2 -> "info";
                default -> "hint";
            };
            findings.add(new Finding(severity, result.path("code").asText(), result.path("message").asText(),
                    pathOf(result.path("path"))));
        }
        return findings;
    }

    private static String pathOf(JsonNode path) {
        List<String> parts = new ArrayList<>();
        path.forEach(part -> parts.add(part.asText()));
        return String.join(" > ", parts);
    }

    private static String run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (command.get(0).equals("npm") && process.exitValue() != 0) {
            throw new IllegalStateException("npm ci failed in " + directory + ":\n" + text);
        }
        return text;
    }
}
