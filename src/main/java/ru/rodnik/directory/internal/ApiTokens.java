package ru.rodnik.directory.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.rodnik.platform.ApiClientPrincipal;
import ru.rodnik.platform.ApiTokenVerifier;

/**
 * Issues and checks API tokens. A token is 32 random bytes (256 bits), so a plain SHA-256 of it is as safe to store
 * as a slow password hash and costs microseconds per request.
 */
@Component
class ApiTokens implements ApiTokenVerifier {

    static final String PREFIX = "rdk_";
    private static final int MAX_TOKEN_LENGTH = 200;

    private final SecureRandom random = new SecureRandom();
    private final ApiClientRepository clients;

    ApiTokens(ApiClientRepository clients) {
        this.clients = clients;
    }

    String newToken() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The first characters, enough for an administrator to tell tokens apart, useless to an attacker. */
    static String hint(String token) {
        return token.substring(0, Math.min(token.length(), 10)) + "…";
    }

    @Override
    public Optional<ApiClientPrincipal> verify(String token) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return clients.findActiveByHash(hash(token));
    }
}
