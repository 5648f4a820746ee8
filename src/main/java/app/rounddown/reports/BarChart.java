package app.rounddown.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server (no script, so the strict content policy holds). Each group is
 * a label with one bar per series (one series for a plain chart; two to compare periods or hires with the rest).
 * The chart has a title and a description for screen readers, and the page shows the same numbers as a table.
 */
public record BarChart(String id, String title, String description, List<String> series, List<Group> groups) {
    static final int LABEL_WIDTH = 210;
    static final int BAR_SPACE = 300;
    static final int BAR_HEIGHT = 16;
    static final int GROUP_GAP = 10;

    public record Bar(double amount, String text, int series) {
    }

    public record Group(String label, List<Bar> bars) {
    }

    /** A chart needs at least one named series: its name is the legend, and the drawing's rows are sized by them. */
    public static BarChart of(String id, String title, String description, String... series) {
        if (series.length == 0) {
            throw new IllegalArgumentException("Name at least one series for the chart " + id);
        }
        return new BarChart(id, title, description, List.of(series), new ArrayList<>());
    }

    /** Adds a group: one amount (and the text written beside its bar) per series, in the order of the series. */
    public BarChart add(String label, double[] amounts, String[] texts) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            bars.add(new Bar(Math.max(0, amounts[i]), texts[i], i));
        }
        groups.add(new Group(label, bars));
        return this;
    }

    public BarChart add(String label, double amount, String text) {
        return add(label, new double[] {amount}, new String[] {text});
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    double max() {
        return groups.stream().flatMap(g -> g.bars().stream()).mapToDouble(Bar::amount).max().orElse(0);
    }

    /** The width of a bar in the drawing, proportional to the largest; a zero draws nothing. */
    public int width(Bar bar) {
        double max = max();
        return max <= 0 ? 0 : (int) Math.round(bar.amount() / max * BAR_SPACE);
    }

    public int groupHeight() {
        return series.size() * BAR_HEIGHT + GROUP_GAP;
    }

    public int groupY(int index) {
        return index * groupHeight();
    }

    public int barY(Bar bar) {
        return bar.series() * BAR_HEIGHT;
    }

    public int height() {
        return Math.max(groupHeight(), groups.size() * groupHeight());
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT - 3;
    }

    public int textX(Bar bar) {
        return LABEL_WIDTH + width(bar) + 6;
    }

    public int totalWidth() {
        return LABEL_WIDTH + BAR_SPACE + 120;
    }

    public boolean hasLegend() {
        return series.size() > 1;
    }
}
