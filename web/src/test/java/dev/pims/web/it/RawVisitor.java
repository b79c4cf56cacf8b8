package dev.pims.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A visitor without a browser: plain HTTP with a cookie jar of its own, for the requests that no page of PIMS would
 * send (forged forms, foreign sessions, paths that should not exist). Redirects are not followed, so that a test sees
 * where PIMS sends the visitor.
 */
final class RawVisitor {

    static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final URI base;
    /**
     * Every cookie, sent back as a browser sends it: a cookie that Java takes for version 1 would go back in the form
     * of RFC 2965 ({@code $Version}, quotes), in which Payara cannot read its replication cookie
     * {@code JSESSIONIDVERSION} and answers an empty page.
     */
    private final CookieManager cookies = new CookieManager(null, (address, cookie) -> {
        cookie.setVersion(0);
        return true;
    });

    private final HttpClient http;
    private final Map<String, String> headers;

    RawVisitor(URL base) throws Exception {
        this(base, HttpClient.newBuilder(), Map.of());
    }

    private RawVisitor(URL base, HttpClient.Builder http, Map<String, String> headers) {
        String url = base.toExternalForm();
        this.base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        this.http = http.cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.headers = Map.copyOf(headers);
    }

    /** A visitor over https who trusts this TLS context and sends these headers with every request. */
    static RawVisitor overTls(URL base, SSLContext tls, Map<String, String> headers) {
        return new RawVisitor(base, HttpClient.newBuilder().sslContext(tls), headers);
    }

    /** A visitor who presents someone else's session id, e.g. one seen before that session logged in. */
    static RawVisitor withSession(URL base, String sessionId) throws Exception {
        RawVisitor visitor = new RawVisitor(base);
        HttpCookie cookie = new HttpCookie(SESSION_COOKIE, sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        visitor.cookies.getCookieStore().add(visitor.base, cookie);
        return visitor;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the fields as a form of the page would, URL-encoded. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> encoded(field.getKey()) + "=" + encoded(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                request(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> SESSION_COOKIE.equals(cookie.getName()))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Where a redirect leads, or the answer itself if it is none. */
    HttpResponse<String> followed(HttpResponse<String> answer) throws IOException, InterruptedException {
        Optional<String> location = answer.headers().firstValue("Location");
        if (answer.statusCode() / 100 != 3 || location.isEmpty()) {
            return answer;
        }
        return http.send(
                request(answer.uri().resolve(location.get())).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The view state the page handed out with its form. */
    static String viewStateOf(HttpResponse<String> page) {
        return found(VIEW_STATE, page);
    }

    /**
     * The page's script nonce, which PrimeFaces in the browser posts back with every form as {@code primefaces.nonce}.
     */
    static String nonceOf(HttpResponse<String> page) {
        return found(SCRIPT_NONCE, page);
    }

    private static String found(Pattern pattern, HttpResponse<String> page) {
        return found(pattern, page.body(), String.valueOf(page.uri()));
    }

    /** The view state in a page's HTML that arrived some other way. */
    static String viewStateIn(String html) {
        return found(VIEW_STATE, html, "the page");
    }

    /** The script nonce in a page's HTML that arrived some other way. */
    static String nonceIn(String html) {
        return found(SCRIPT_NONCE, html, "the page");
    }

    private static String found(Pattern pattern, String html, String where) {
        Matcher found = pattern.matcher(html);
        if (!found.find()) {
            throw new AssertionError("No " + pattern + " on " + where + ":\n" + html);
        }
        return found.group(1);
    }

    /** Every request asks for English, so that also a visitor without a session is answered in English. */
    private HttpRequest.Builder request(URI address) {
        HttpRequest.Builder request = HttpRequest.newBuilder(address).header("Accept-Language", MemberSteps.LANGUAGE);
        headers.forEach(request::header);
        return request;
    }

    /** Logs a member in with the login page's form, as its button would, and expects to be sent to the profile. */
    void logIn(HttpResponse<String> loginPage, String email, String password) throws IOException, InterruptedException {
        Map<String, String> login = new LinkedHashMap<>();
        login.put("login", "login");
        login.put("login:email", email);
        login.put("login:password", password);
        login.put("login:submit", "");
        login.put("jakarta.faces.ViewState", viewStateOf(loginPage));
        login.put("primefaces.nonce", nonceOf(loginPage));
        HttpResponse<String> answer = post("/login", login);
        if (!answer.headers().firstValue("Location").orElse("").endsWith("/my/profile")) {
            throw new IllegalStateException("The login of " + email + " answered HTTP " + answer.statusCode() + " "
                    + answer.headers().firstValue("Location").orElse("") + " instead of sending to the profile");
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
