package com.penultimate.sysops.reports;

import com.penultimate.sysops.core.reports.OperationsReport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A bar chart of tickets filed and completed per day, as a PNG, drawn with Java's own 2D graphics in headless mode
 * (no display, no fonts beyond the JDK's).
 */
final class DailyChart {
    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    private static final Color FILED = new Color(0x1f, 0x77, 0xb4);
    private static final Color COMPLETED = new Color(0x2c, 0xa0, 0x2c);
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 50;
    private static final int BOTTOM = 50;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private DailyChart() {
    }

    static byte[] png(String title, List<OperationsReport.Day> days) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(title, LEFT, 28);
            legend(g);
            long max = Math.max(1, days.stream().mapToLong(d -> Math.max(d.filed(), d.completed())).max().orElse(1));
            int plotHeight = HEIGHT - TOP - BOTTOM;
            int slot = (WIDTH - LEFT - RIGHT) / Math.max(1, days.size());
            int bar = Math.max(2, slot / 3);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            axis(g, max, plotHeight);
            for (int i = 0; i < days.size(); i++) {
                OperationsReport.Day day = days.get(i);
                int x = LEFT + i * slot + (slot - 2 * bar) / 2;
                bar(g, FILED, x, bar, day.filed(), max, plotHeight);
                bar(g, COMPLETED, x + bar, bar, day.completed(), max, plotHeight);
                g.setColor(Color.DARK_GRAY);
                String label = day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                        + day.date().getDayOfMonth();
                g.drawString(label, LEFT + i * slot + slot / 2 - g.getFontMetrics().stringWidth(label) / 2,
                        HEIGHT - BOTTOM + 18);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void axis(Graphics2D g, long max, int plotHeight) {
        g.setColor(Color.LIGHT_GRAY);
        g.setStroke(new BasicStroke(1));
        long step = Math.max(1, (long) Math.ceil(max / 5.0));
        for (long v = 0; v <= max; v += step) {
            int y = HEIGHT - BOTTOM - (int) (plotHeight * v / max);
            g.setColor(Color.LIGHT_GRAY);
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Long.toString(v), LEFT - 8 - g.getFontMetrics().stringWidth(Long.toString(v)), y + 4);
        }
    }

    private static void bar(Graphics2D g, Color color, int x, int width, long value, long max, int plotHeight) {
        int height = (int) (plotHeight * value / max);
        g.setColor(color);
        g.fillRect(x, HEIGHT - BOTTOM - height, width, height);
    }

    private static void legend(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int x = WIDTH - RIGHT - 190;
        g.setColor(FILED);
        g.fillRect(x, 16, 12, 12);
        g.setColor(Color.DARK_GRAY);
        g.drawString("filed", x + 16, 27);
        g.setColor(COMPLETED);
        g.fillRect(x + 70, 16, 12, 12);
        g.setColor(Color.DARK_GRAY);
        g.drawString("completed", x + 86, 27);
    }
}
