package ru.rodnik.earlywarning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A family's score over time as an SVG line (drawn on the server: the page needs no script), with the region's
 * threshold as a dashed line. Coordinates are in a {@value #WIDTH} × {@value #HEIGHT} view box.
 */
record ScoreChart(String line, double thresholdY, List<Dot> dots) {

    static final int WIDTH = 600;
    static final int HEIGHT = 160;
    private static final int PAD = 8;

    record Dot(double x, double y, boolean flagged) {}

    record Point(Instant at, double score, boolean flagged) {}

    static ScoreChart of(List<Point> points, double threshold) {
        List<Point> inOrder =
                points.stream().sorted(Comparator.comparing(Point::at)).toList();
        double top = Math.max(
                        threshold,
                        inOrder.stream().mapToDouble(Point::score).max().orElse(0))
                * 1.1;
        long first = inOrder.isEmpty() ? 0 : inOrder.get(0).at().toEpochMilli();
        long last = inOrder.isEmpty() ? 0 : inOrder.get(inOrder.size() - 1).at().toEpochMilli();
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Point point : inOrder) {
            double x = last == first
                    ? WIDTH / 2.0
                    : PAD + (WIDTH - 2.0 * PAD) * (point.at().toEpochMilli() - first) / (last - first);
            double y = y(point.score(), top);
            dots.add(new Dot(round(x), round(y), point.flagged()));
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return new ScoreChart(line.toString().strip(), round(y(threshold, top)), dots);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    private static double y(double score, double top) {
        return HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * score / top;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
