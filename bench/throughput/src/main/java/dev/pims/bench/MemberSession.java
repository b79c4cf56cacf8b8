package dev.pims.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member signed in over HTTP as a browser would be: it loads the login page, posts the login form with the field
 * names and view state that page carries and the CSP nonce that its script adds, and sends the cookies it is given
 * with every later request, so that one session serves all of them; the load client (wrk) is handed its cookies.
 */
final class MemberSession {

    /** A page that came back, but not as the signed-in member's profile. */
    static final class UnexpectedPage extends Exception {

        private static final long serialVersionUID = 1L;

        UnexpectedPage(String message) {
            super(message);
        }
    }

    /**
     * The sign-ins happen while the demo data's first runs of the lifecycle jobs do: a login may wait for the retention
     * run's compaction, which locks the tables it rewrites (§6B), or be chosen as the victim of a deadlock with it and
     * answered HTTP 500 (docs/performance.md). The bench says so and tries again.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final int SIGN_IN_ATTEMPTS = 3;
    private static final Duration SIGN_IN_PAUSE = Duration.ofSeconds(5);

    private static final String LOGIN_FORM_ID = "login";
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(?:input|button)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
    /** The page script's call that hands PrimeFaces the page's CSP nonce. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    /** The field PrimeFaces' script adds to every form of the page, holding that nonce; PIMS refuses posts without. */
    private static final String NONCE_FIELD = "primefaces.nonce";

    private final HttpClient http;
    private final URI base;
    private final String email;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String cookieHeader = "";

    private MemberSession(HttpClient http, URI base, String email) {
        this.http = http;
        this.base = base;
        this.email = email;
    }

    static MemberSession signIn(HttpClient http, URI base, String email, String password)
            throws IOException, InterruptedException, UnexpectedPage {
        for (int attempt = 1; ; attempt++) {
            try {
                return signInOnce(http, base, email, password);
            } catch (UnexpectedPage | HttpTimeoutException failure) {
                if (attempt == SIGN_IN_ATTEMPTS) {
                    throw failure;
                }
                System.out.printf(Locale.ROOT, "bench: a sign-in failed (%s); trying again%n", failure.getMessage());
                Thread.sleep(SIGN_IN_PAUSE.toMillis());
            }
        }
    }

    private static MemberSession signInOnce(HttpClient http, URI base, String email, String password)
            throws IOException, InterruptedException, UnexpectedPage {
        MemberSession session = new MemberSession(http, base, email);
        HttpResponse<String> loginPage = session.send(session.request("login").GET());
        if (loginPage.statusCode() != 200) {
            throw new UnexpectedPage("GET /login answered HTTP " + loginPage.statusCode());
        }
        LoginForm form = LoginForm.on(loginPage.body());
        HttpResponse<String> answer = session.send(session.request(form.action())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.filledIn(email, password))));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || !location.endsWith("/my/profile")) {
            throw new UnexpectedPage("Login of " + email + " answered HTTP " + answer.statusCode() + " " + location
                    + " instead of a redirect to /my/profile");
        }
        return session;
    }

    String email() {
        return email;
    }

    /** The Cookie header that carries this session, for a load client other than this one. */
    String cookieHeader() {
        return cookieHeader;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
        keepCookies(response);
        return response;
    }

    private void keepCookies(HttpResponse<?> response) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(
                        pair.substring(0, equals).trim(),
                        pair.substring(equals + 1).trim());
                cookieHeader = cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                        .collect(Collectors.joining("; "));
            }
        }
    }

    /**
     * The login form as a browser holds it once the page's script has run: where it posts to, the names of its e-mail
     * and password fields, and what it submits as it stands (its hidden fields, among them the view state, the CSP
     * nonce that PrimeFaces' script adds, and its submit button).
     */
    private record LoginForm(String action, String emailField, String passwordField, Map<String, String> asItStands) {

        static LoginForm on(String page) throws UnexpectedPage {
            Matcher form = FORM.matcher(page);
            while (form.find()) {
                Map<String, String> formAttributes = attributes(form.group(1));
                if (LOGIN_FORM_ID.equals(formAttributes.get("id"))) {
                    return of(formAttributes.getOrDefault("action", "/login"), form.group(2), page);
                }
            }
            throw new UnexpectedPage("The login page has no form with id \"" + LOGIN_FORM_ID + "\"");
        }

        private static LoginForm of(String action, String content, String page) throws UnexpectedPage {
            String emailField = null;
            String passwordField = null;
            Map<String, String> asItStands = new LinkedHashMap<>();
            Matcher field = FIELD.matcher(content);
            while (field.find()) {
                Map<String, String> attributes = attributes(field.group(1));
                String name = attributes.get("name");
                switch (attributes.getOrDefault("type", "")) {
                    case "hidden", "submit" -> asItStands.put(name, attributes.getOrDefault("value", ""));
                    case "email" -> emailField = name;
                    case "password" -> passwordField = name;
                    default -> {}
                }
            }
            if (emailField == null || passwordField == null) {
                throw new UnexpectedPage("The login form has no e-mail or no password field");
            }
            Matcher nonce = NONCE.matcher(page);
            if (nonce.find()) {
                asItStands.put(NONCE_FIELD, nonce.group(1));
            }
            // Relative to the server's base URI, which is the context root.
            return new LoginForm(action.replaceFirst("^/", ""), emailField, passwordField, asItStands);
        }

        String filledIn(String email, String password) {
            Map<String, String> fields = new LinkedHashMap<>(asItStands);
            fields.put(emailField, email);
            fields.put(passwordField, password);
            return fields.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }
}
