package ru.rodnik.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against a running Rodnik: keeps cookies, reads the CSRF token from the last page and
 * sends it with form posts. Redirects are not followed, so tests see the 302s that the application answers.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String lastCsrf = "";

    public WebSession(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static WebSession on(int port) {
        return new WebSession("http://localhost:" + port);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** GET a page; remembers its CSRF token for the next form post. */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri(path)).GET().build());
        rememberCsrf(response.body());
        return response;
    }

    /** POST a form with the CSRF token of the last page fetched (fetch the form page first). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", lastCsrf);
        return postRaw(path, encode(withToken));
    }

    /** POST an already encoded form body, exactly as given (e.g. repeated fields, or no CSRF token). */
    public HttpResponse<String> postRaw(String path, String encodedForm) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedForm))
                .build());
        rememberCsrf(response.body());
        return response;
    }

    /**
     * POST a multipart form (a file upload) with the CSRF token of the last page fetched, plus extra headers given as
     * name, value, name, value...
     */
    public HttpResponse<String> postMultipart(String path, MultipartBody body, String... headers) {
        if (!body.hasCsrf()) {
            body.field("_csrf", lastCsrf);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", body.contentType())
                .POST(body.publisher());
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = send(request.build());
        rememberCsrf(response.body());
        return response;
    }

    /** GET anything (a download, say) as bytes, with this session's cookies. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in through the login form; answers the redirect that the login produced. */
    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Adopts another session's cookie, e.g. to carry a login from one node to another. */
    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), cookie);
    }

    public String csrf() {
        return lastCsrf;
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static String encodeRepeated(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private void rememberCsrf(String body) {
        Matcher matcher = CSRF.matcher(body);
        if (matcher.find()) {
            lastCsrf = matcher.group(1);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
