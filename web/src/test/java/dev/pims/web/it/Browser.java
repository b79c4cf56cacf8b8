package dev.pims.web.it;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (no driver download). Fields are found by the
 * text of their label, as a person finds them.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String base;

    Browser(URL base, String language) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=" + language,
                        "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        String url = base.toExternalForm();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebDriver driver() {
        return driver;
    }

    /** The input that a label with exactly this text (ignoring a required-marker) points at. */
    WebElement field(String labelText) {
        for (WebElement label : driver.findElements(By.tagName("label"))) {
            String text = label.getText().replace("*", "").trim();
            if (text.equals(labelText) && !label.getAttribute("for").isEmpty()) {
                return driver.findElement(By.id(label.getAttribute("for")));
            }
        }
        throw new AssertionError("No field labelled '" + labelText + "' on " + driver.getCurrentUrl());
    }

    /**
     * Types like a person; a value too long to type in good time, or with characters outside the Basic Multilingual
     * Plane (which chromedriver cannot type), is pasted into the field instead.
     */
    void type(String labelText, String value) {
        WebElement field = field(labelText);
        field.clear();
        boolean typeable = value.length() <= 200 && value.codePoints().allMatch(Character::isBmpCodePoint);
        if (typeable) {
            field.sendKeys(value);
        } else {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
        }
    }

    void tick(String labelText) {
        WebElement box = field(labelText);
        if (!box.isSelected()) {
            box.click();
        }
    }

    void press(String buttonText) {
        for (WebElement button : driver.findElements(By.cssSelector("button, input[type=submit]"))) {
            if (buttonText.equals(button.getText().trim()) || buttonText.equals(button.getAttribute("value"))) {
                button.click();
                // Every form of PIMS submits with a full page load: wait until the page that had the button is gone.
                new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
                return;
            }
        }
        throw new AssertionError("No button '" + buttonText + "' on " + driver.getCurrentUrl());
    }

    /** The message shown next to the field with this label. */
    String messageFor(String labelText) {
        String id = field(labelText).getAttribute("id");
        return driver.findElements(By.cssSelector("[id='" + id + "'] ~ .ui-message, [data-target='" + id + "']"))
                .stream().map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse("");
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
