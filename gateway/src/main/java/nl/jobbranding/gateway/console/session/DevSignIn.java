package nl.jobbranding.gateway.console.session;

import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.gateway.console.config.ConsoleConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Development sign-in: the demo personas whose tokens the run command wrote ({@code gateway.console.dev-tokens}),
 * listed on the sign-in page. Off unless that setting is there, and refused under the production profile.
 */
@ApplicationScoped
public class DevSignIn {

    private static final Logger LOG = Logger.getLogger(DevSignIn.class);
    private static final Pattern PERSONA = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,80}");
    private static final int MAX_PERSONAS = 50;

    /** A persona on the sign-in page: the file's name without {@code .jwt}, and who it is. */
    @io.quarkus.qute.TemplateData
    public record Persona(String id, String name, String roleName) {
    }

    private final Optional<Path> folder;
    private final Sessions sessions;

    DevSignIn(ConsoleConfig config, Sessions sessions) {
        this.sessions = sessions;
        this.folder = allowed(config.devTokens(), ConfigUtils.getProfiles());
    }

    /** The folder, when development sign-in is switched on and the production profile is not active. */
    static Optional<Path> allowed(Optional<Path> folder, List<String> profiles) {
        if (folder.isPresent() && profiles.contains("prod")) {
            LOG.error("gateway.console.dev-tokens is set under the production profile: development sign-in stays OFF");
            return Optional.empty();
        }
        return folder;
    }

    public boolean enabled() {
        return folder.isPresent();
    }

    /** The personas whose tokens are valid now, by role and name. */
    public List<Persona> personas() {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return List.of();
        }
        List<Persona> personas = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.get())) {
            files.filter(f -> f.getFileName().toString().endsWith(".jwt")).sorted().limit(MAX_PERSONAS).forEach(file -> {
                String id = file.getFileName().toString().replaceFirst("\\.jwt$", "");
                user(id).ifPresent(user -> personas.add(new Persona(id, user.name(), user.roleName())));
            });
        } catch (IOException e) {
            LOG.warnf("Could not list the development tokens in %s: %s", folder.get(), e.getMessage());
        }
        personas.sort(Comparator.comparing(Persona::roleName).thenComparing(Persona::name));
        return personas;
    }

    /** The persona's user, from its token file; empty for anything that is not a valid persona. */
    public Optional<ConsoleUser> user(String persona) {
        if (folder.isEmpty() || persona == null || !PERSONA.matcher(persona).matches()) {
            return Optional.empty();
        }
        Path file = folder.get().resolve(persona + ".jwt");
        try {
            return Files.isRegularFile(file) && Files.size(file) < 16_384 ? sessions.verify(Files.readString(file).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
