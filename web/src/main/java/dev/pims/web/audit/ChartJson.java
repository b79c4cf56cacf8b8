package dev.pims.web.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * A Chart.js configuration as JSON, the value {@code p:chart} of PrimeFaces 15 takes. Written by hand: the few
 * shapes the dashboard needs do not warrant a chart-model library, and every text in it is escaped.
 */
final class ChartJson {

    private final String type;
    private final List<String> labels;
    private final List<String> datasets = new ArrayList<>();
    private boolean stacked;
    private boolean horizontal;

    ChartJson(String type, List<String> labels) {
        this.type = type;
        this.labels = List.copyOf(labels);
    }

    ChartJson dataset(String label, List<? extends Number> values, String colour) {
        datasets.add("{\"label\":" + text(label) + ",\"data\":" + values + ",\"backgroundColor\":" + text(colour)
                + ",\"borderColor\":" + text(colour) + "}");
        return this;
    }

    ChartJson stacked() {
        this.stacked = true;
        return this;
    }

    ChartJson horizontal() {
        this.horizontal = true;
        return this;
    }

    String json() {
        String axes = stacked
                ? "\"scales\":{\"x\":{\"stacked\":true},\"y\":{\"stacked\":true,\"beginAtZero\":true}}"
                : "\"scales\":{\"y\":{\"beginAtZero\":true}}";
        return "{\"type\":" + text(type) + ",\"data\":{\"labels\":["
                + String.join(",", labels.stream().map(ChartJson::text).toList()) + "],\"datasets\":["
                + String.join(",", datasets) + "]},\"options\":{\"animation\":false,\"responsive\":true,"
                + (horizontal ? "\"indexAxis\":\"y\"," : "") + axes + "}}";
    }

    static String text(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '<' -> json.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
