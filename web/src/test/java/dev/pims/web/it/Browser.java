package dev.pims.web.it;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (no driver download). Fields are found by the
 * text of their label, as a person finds them.
 *
 * <p>A closed browser's Chromium is kept for the next browser of its language, its cookies, cache, downloads and tabs
 * gone, as a new private window: starting Chromium and its driver took two to three seconds each time, and the tests
 * open a few hundred browsers.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static final Duration FIELD_WAIT = Duration.ofSeconds(2);
    /**
     * How long a submitted form or a followed link may take to load the next page: a server that has just started runs
     * its start-up jobs and demo enrolment (PBKDF2 at 600 000 iterations) on the same two cores as the first request.
     */
    private static final Duration PAGE_WAIT = Duration.ofSeconds(40);

    /** The Chromium processes no browser uses now, by language; quit when the tests' JVM ends. */
    private static final Map<String, Deque<Chromium>> IDLE = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> IDLE.values().forEach(idle -> {
                    for (Chromium chromium = idle.poll(); chromium != null; chromium = idle.poll()) {
                        chromium.driver().quit();
                    }
                })));
    }

    private final Chromium chromium;
    private final WebDriver driver;
    private final String base;
    private final Path downloads;

    Browser(URL base, String language) throws Exception {
        Chromium idle = IDLE.computeIfAbsent(language, unseen -> new ConcurrentLinkedDeque<>())
                .poll();
        this.chromium = idle != null ? idle : Chromium.start(language);
        this.driver = chromium.driver();
        this.downloads = chromium.downloads();
        String url = base.toExternalForm();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A headless Chromium for one language, with the folder its downloads go to. */
    private record Chromium(ChromeDriver driver, Path downloads, String language) {

        static Chromium start(String language) throws Exception {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM)
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-quic",
                            // The cluster's balancer serves a certificate ./pims made for 127.0.0.1 (ClusterIT).
                            "--ignore-certificate-errors",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--lang=" + language,
                            "--user-data-dir=" + profile);
            Path downloads = Files.createTempDirectory("chromium-downloads");
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "intl.accept_languages",
                            language,
                            "download.default_directory",
                            downloads.toString(),
                            "download.prompt_for_download",
                            false,
                            // Nothing typed by one test is offered to the next that uses this Chromium.
                            "autofill.profile_enabled",
                            false,
                            "credentials_enable_service",
                            false,
                            "profile.password_manager_enabled",
                            false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            // Headless Chromium keeps downloads back unless told where to put them.
            driver.executeCdpCommand(
                    "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            return new Chromium(driver, downloads, language);
        }

        /**
         * Leaves nothing of the last browser: its tabs closed for a blank one (with them the pages' scripts and session
         * storage), every cookie and the cache cleared, its downloads deleted.
         */
        void forgetEverything() throws Exception {
            driver.switchTo().newWindow(WindowType.TAB);
            String blank = driver.getWindowHandle();
            for (String tab : driver.getWindowHandles()) {
                if (!tab.equals(blank)) {
                    driver.switchTo().window(tab).close();
                }
            }
            driver.switchTo().window(blank);
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            try (var files = Files.list(downloads)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * The input that a label with exactly this text (ignoring a required-marker) points at, waited for as long as the
     * driver waits for any element (Chromium 150 sometimes answers a script before the page it just loaded has its
     * labels). The labels are searched in the page itself: asking chromedriver about each label in turn took a second
     * per field on a long form.
     */
    WebElement field(String labelText) {
        try {
            return new WebDriverWait(driver, FIELD_WAIT)
                    .until(page -> (WebElement) ((JavascriptExecutor) page).executeScript("""
                            for (const label of document.querySelectorAll('label[for]')) {
                                if (label.innerText.replaceAll('*', '').trim() === arguments[0]) {
                                    return document.getElementById(label.htmlFor);
                                }
                            }
                            return null;""", labelText));
        } catch (TimeoutException notThere) {
            String text = pageText();
            throw new AssertionError(
                    "No field labelled '" + labelText + "' on " + driver.getCurrentUrl() + ", which says: "
                            + text.substring(0, Math.min(300, text.length())),
                    notThere);
        }
    }

    /**
     * Types like a person; a value too long to type in good time, with characters outside the Basic Multilingual Plane
     * (which chromedriver cannot type), or with control characters (a typed tab would move on to the next field), is
     * pasted into the field instead.
     */
    void type(String labelText, String value) {
        WebElement field = field(labelText);
        field.clear();
        boolean typeable = value.length() <= 200
                && value.codePoints().allMatch(c -> Character.isBmpCodePoint(c) && !Character.isISOControl(c));
        if (typeable) {
            field.sendKeys(value);
        } else {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
        }
    }

    /**
     * Fills these text fields (label → value) at once, as the browser's autofill does: each value set and an input and
     * a change event sent. For the fields a test is not about: typing a long form key by key took seconds of every
     * sign-up, and a suite signs up hundreds of times. A field that a test is about is typed ({@link #type}).
     */
    void autofill(Map<String, String> valuesByLabel) {
        try {
            new WebDriverWait(driver, FIELD_WAIT)
                    .until(page -> ((JavascriptExecutor) page).executeScript("""
                    const fields = new Map();
                    for (const label of document.querySelectorAll('label[for]')) {
                        fields.set(label.innerText.replaceAll('*', '').trim(), document.getElementById(label.htmlFor));
                    }
                    if (Object.keys(arguments[0]).some(label => !fields.get(label))) {
                        return null;
                    }
                    for (const [label, value] of Object.entries(arguments[0])) {
                        const field = fields.get(label);
                        field.value = value;
                        field.dispatchEvent(new Event('input', {bubbles: true}));
                        field.dispatchEvent(new Event('change', {bubbles: true}));
                    }
                    return true;""", valuesByLabel));
        } catch (TimeoutException notThere) {
            throw new AssertionError(
                    "Not every field of " + valuesByLabel.keySet() + " on " + driver.getCurrentUrl(), notThere);
        }
    }

    /**
     * Picks the radio button with this label by clicking the label, as a person does: PrimeFaces hides the button
     * itself and draws its own.
     */
    void pick(String optionText) {
        driver.findElement(By.cssSelector("label[for='" + field(optionText).getAttribute("id") + "']"))
                .click();
    }

    /** Picks the option with this text in the list with this label. */
    void choose(String labelText, String optionText) {
        new Select(field(labelText)).selectByVisibleText(optionText);
    }

    /**
     * Makes the list or checkbox with this label send a value the page never offered, as a hand-made request would:
     * the chosen option, or the ticked box, carries the forged value.
     */
    void forge(String labelText, String value) {
        ((JavascriptExecutor) driver).executeScript("""
                const control = arguments[0];
                if (control.tagName === 'SELECT') {
                    control.options[control.selectedIndex].value = arguments[1];
                } else {
                    control.value = arguments[1];
                    control.checked = true;
                }""", field(labelText), value);
    }

    /**
     * Switches off the browser's own checks of the forms on this page (such as those of {@code type="email"}), so
     * that what PIMS itself accepts is tested: a script or an older browser sends whatever it likes.
     */
    void skipBrowserChecks() {
        ((JavascriptExecutor) driver).executeScript("for (const form of document.forms) form.noValidate = true;");
    }

    /** Forgets every cookie: the next page is opened as by a new visitor. */
    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    void tick(String labelText) {
        WebElement box = field(labelText);
        if (!box.isSelected()) {
            toggle(box);
        }
    }

    void untick(String labelText) {
        WebElement box = field(labelText);
        if (box.isSelected()) {
            toggle(box);
        }
    }

    /**
     * Toggles a checkbox with the space bar, as a keyboard user does. A click lands beside a checkbox in Chromium 150
     * whenever the window had to scroll to it (the box moves as it takes the focus), and then ticks nothing.
     */
    private static void toggle(WebElement box) {
        box.sendKeys(Keys.SPACE);
    }

    /**
     * Presses the button with this text, waited for as long as a field is ({@link #field}: Chromium 150 sometimes
     * answers before the page it just loaded has its buttons), and waits for the page the form submits to.
     */
    void press(String buttonText) {
        WebElement button;
        try {
            button = new WebDriverWait(driver, FIELD_WAIT)
                    .ignoring(StaleElementReferenceException.class)
                    .until(page -> page.findElements(By.cssSelector("button, input[type=submit]")).stream()
                            .filter(candidate ->
                                    buttonText.equals(candidate.getText().trim())
                                            || buttonText.equals(candidate.getAttribute("value")))
                            .findFirst()
                            .orElse(null));
        } catch (TimeoutException notThere) {
            throw new AssertionError("No button '" + buttonText + "' on " + driver.getCurrentUrl(), notThere);
        }
        button.click();
        // Every form of PIMS submits with a full page load: wait until the page that had the button is gone.
        new WebDriverWait(driver, PAGE_WAIT).until(page -> gone(button));
    }

    /** Follows the link with this text, as a person clicks it, and waits for the page it leads to. */
    void follow(String linkText) {
        WebElement link = driver.findElement(By.linkText(linkText));
        link.click();
        new WebDriverWait(driver, PAGE_WAIT).until(page -> gone(link));
    }

    /**
     * Whether the element's page has been replaced. Chromium reports an element of a page it is leaving as stale, or,
     * in the middle of the navigation, as a node that "does not belong to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException | NoSuchElementException stale) {
            return true;
        } catch (WebDriverException detached) {
            if (String.valueOf(detached.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw detached;
        }
    }

    /**
     * The message shown next to the field with this label: the one the field names as its description (as a screen
     * reader finds it; PrimeFaces does so for a group of radio buttons, whose label is the first button's), else the
     * message beside it.
     */
    String messageFor(String labelText) {
        WebElement field = field(labelText);
        String describedBy = field.getAttribute("aria-describedby");
        if (describedBy != null && !describedBy.isBlank()) {
            List<WebElement> description = driver.findElements(By.id(describedBy));
            if (!description.isEmpty()) {
                return description.getFirst().getText();
            }
        }
        String id = field.getAttribute("id");
        return driver
                .findElements(By.cssSelector("[id='" + id + "'] ~ .ui-message, [data-target='" + id + "']"))
                .stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .findFirst()
                .orElse("");
    }

    /** The HTTP status with which the page shown arrived. */
    int status() {
        return ((Number) ((JavascriptExecutor) driver)
                        .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;"))
                .intValue();
    }

    /** The page's main heading. */
    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The text of the element with this id, e.g. one datum of the profile page. */
    String textOf(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /**
     * Posts a form of the page as its button would, from the page's own script (same session, view state and CSP
     * nonce), and returns the answer's headers, names in lower case, without saving the file it may be.
     */
    Map<String, String> headersOfPost(String formId, String buttonId) {
        return headersOf(
                ((JavascriptExecutor) driver).executeAsyncScript("""
                const [formId, buttonId, done] = arguments;
                const form = document.getElementById(formId);
                const fields = new URLSearchParams(new FormData(form));
                fields.append(buttonId, '');
                if (!fields.has('primefaces.nonce')) {
                    fields.append('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE);
                }
                """ + POST_AND_ANSWER_THE_HEADERS, formId, buttonId));
    }

    /**
     * Posts these fields, with the view state and CSP nonce of the page shown (taken from its logout form,
     * {@code session}), to the page's own address from its script (same session), as a hand-made request would; returns
     * the answer's headers, names in lower case.
     */
    Map<String, String> headersOfForgedPost(Map<String, String> extraFields) {
        return headersOf(
                ((JavascriptExecutor) driver).executeAsyncScript("""
                const [extra, done] = arguments;
                const form = document.getElementById('session');
                const fields = new URLSearchParams();
                fields.append('jakarta.faces.ViewState',
                        form.querySelector("input[name='jakarta.faces.ViewState']").value);
                fields.append('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE);
                Object.entries(extra).forEach(([name, value]) => fields.append(name, value));
                """ + POST_AND_ANSWER_THE_HEADERS, extraFields));
    }

    /** The end of a posting script: sends {@code fields} to {@code form}'s address, hands {@code done} the headers. */
    private static final String POST_AND_ANSWER_THE_HEADERS = """
            fetch(form.action, {method: 'POST', body: fields, credentials: 'same-origin'})
                .then(answer => {
                    const names = {':status': String(answer.status)};
                    answer.headers.forEach((value, name) => names[name] = value);
                    done(names);
                })
                .catch(failure => done({':error': String(failure)}));
            """;

    private static Map<String, String> headersOf(Object headers) {
        Map<String, String> result = new TreeMap<>();
        ((Map<?, ?>) headers).forEach((name, value) -> result.put(name.toString(), value.toString()));
        return result;
    }

    /** The text of a file the browser downloaded, waiting for it a little. */
    String downloaded(String fileName) throws Exception {
        return new String(downloadedBytes(fileName), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The bytes of a file the browser downloaded (e.g. a PDF), waiting for it a little: until it is there, not empty
     * (no file PIMS serves is), and its size stayed the same for a moment. Chromium writes under a temporary name, but
     * the final name has been seen empty for an instant (a CSV read as "" in CI).
     */
    byte[] downloadedBytes(String fileName) throws Exception {
        Path file = downloads.resolve(fileName);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long lastSize = -1;
        while (System.nanoTime() < deadline) {
            long size = Files.isRegularFile(file) ? Files.size(file) : -1;
            if (size > 0 && size == lastSize) {
                return Files.readAllBytes(file);
            }
            lastSize = size;
            Thread.sleep(200);
        }
        throw new AssertionError("No complete download " + fileName + " in " + downloads + " from " + pageText());
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Gives the Chromium to the next browser of its language, or quits it when it cannot be made blank. */
    @Override
    public void close() {
        try {
            chromium.forgetEverything();
            IDLE.get(chromium.language()).push(chromium);
        } catch (Exception unusable) {
            driver.quit();
        }
    }
}
