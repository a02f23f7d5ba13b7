package nl.jobbranding.runtime;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Bearer tokens for a local run and for tests: an RSA key pair made on first use (never committed, never shipped)
 * and signed JWTs with the claims the services read: {@code sub}, {@code name}, {@code groups} (the roles
 * campaign-manager, community-manager, unit-editor) and, for unit editors, {@code unit}. In production an OIDC issuer
 * signs the tokens and the services get its keys from configuration.
 */
public final class DevTokens {

    public static final String ISSUER = "https://jobbranding.local/dev";
    /** The audience every service requires ({@code mp.jwt.verify.audiences}): tokens made for other APIs are refused. */
    public static final String AUDIENCE = "job-branding";

    private static DevTokens forTests;

    private final KeyPair keys;

    private DevTokens(KeyPair keys) {
        this.keys = keys;
    }

    /** One in-memory key pair for the whole test run (one JVM). */
    public static synchronized DevTokens forTests() {
        if (forTests == null) {
            forTests = new DevTokens(generate());
        }
        return forTests;
    }

    /** The key pair in the folder ({@code dev-private-key.pem}, {@code dev-public-key.pem}), made when it is not there. */
    public static DevTokens inFolder(Path folder) {
        Path privateFile = folder.resolve("dev-private-key.pem");
        Path publicFile = folder.resolve("dev-public-key.pem");
        try {
            if (Files.isRegularFile(privateFile) && Files.isRegularFile(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(fromPem(Files.readString(privateFile))));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(fromPem(Files.readString(publicFile))));
                return new DevTokens(new KeyPair(publicKey, privateKey));
            }
            Files.createDirectories(folder);
            DevTokens tokens = new DevTokens(generate());
            Files.writeString(privateFile, pem("PRIVATE KEY", tokens.keys.getPrivate().getEncoded()));
            try {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions protect it
            }
            Files.writeString(publicFile, tokens.publicKeyPem());
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the development keys in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The development keys in " + folder + " are damaged; delete them to get new ones", e);
        }
    }

    /** The verification key in PEM form, for {@code mp.jwt.verify.publickey}. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    /**
     * A signed token.
     *
     * @param subject the person's account id
     * @param name    the name shown in audit trails
     * @param roles   roles (groups claim)
     * @param unit    the unit code of a unit editor, or null
     */
    public String token(String subject, String name, List<String> roles, String unit, Duration lifetime) {
        return token(subject, name, roles, unit, lifetime, AUDIENCE);
    }

    /** A signed token for another audience than this product's (or none: null), for tests that it is refused. */
    public String token(String subject, String name, List<String> roles, String unit, Duration lifetime, String audience) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        if (audience != null) {
            claims.setAudience(audience);
        }
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setClaim("name", name);
        claims.setStringListClaim("groups", roles);
        if (unit != null) {
            claims.setClaim("unit", unit);
        }
        NumericDate now = NumericDate.now();
        NumericDate expires = NumericDate.fromSeconds(now.getValue() + lifetime.toSeconds());
        // A token that expired already (a negative lifetime, for tests) was also issued before it expired.
        claims.setIssuedAt(lifetime.isNegative() ? NumericDate.fromSeconds(expires.getValue() - 60) : now);
        claims.setExpirationTime(expires);
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(keys.getPrivate());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    /**
     * A token with exactly these claims (issuer, this product's audience and lifetime added when absent), signed with this key pair: for tests
     * of tokens the product must refuse or scope, such as one without a subject or a unit.
     */
    public String signed(java.util.Map<String, Object> given) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        NumericDate now = NumericDate.now();
        claims.setIssuedAt(now);
        claims.setExpirationTime(NumericDate.fromSeconds(now.getValue() + 3600));
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setAudience(AUDIENCE);
        given.forEach(claims::setClaim);
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(keys.getPrivate());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] fromPem(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
