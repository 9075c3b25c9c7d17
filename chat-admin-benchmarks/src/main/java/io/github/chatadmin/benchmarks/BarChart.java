package io.github.chatadmin.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Renders grouped bar charts of the benchmark results as a PNG, with the JDK only.
 *
 * @author chat-admin
 */
public final class BarChart {

	private static final int WIDTH = 900;

	private static final int HEIGHT = 420;

	private static final Color[] COLORS = { new Color(0x4C72B0), new Color(0xDD8452), new Color(0x55A868),
			new Color(0xC44E52), new Color(0x8172B3), new Color(0x937860), new Color(0xDA8BC3), new Color(0x8C8C8C),
			new Color(0xCCB974), new Color(0x64B5CD) };

	static {
		System.setProperty("java.awt.headless", "true");
	}

	private BarChart() {
	}

	/**
	 * Write one grouped bar chart.
	 * @param png the output file
	 * @param title the title
	 * @param yLabel the label of the y axis
	 * @param categories the groups along the x axis
	 * @param series one value per category by series name ({@code NaN} draws nothing)
	 * @throws IOException if the file cannot be written
	 */
	public static void write(Path png, String title, String yLabel, List<String> categories,
			Map<String, double[]> series) throws IOException {
		writePanels(png, List.of(new Panel(title, yLabel, categories, series)));
	}

	/**
	 * Write several charts stacked vertically in one PNG.
	 * @param png the output file
	 * @param panels the charts
	 * @throws IOException if the file cannot be written
	 */
	public static void writePanels(Path png, List<Panel> panels) throws IOException {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT * panels.size(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			for (int i = 0; i < panels.size(); i++) {
				draw(g, panels.get(i), i * HEIGHT);
			}
		}
		finally {
			g.dispose();
		}
		ImageIO.write(image, "png", png.toFile());
	}

	private static void draw(Graphics2D g, Panel panel, int top) {
		int left = 80;
		int right = WIDTH - 20;
		int plotTop = top + 60;
		int plotBottom = top + HEIGHT - 66;
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		g.drawString(panel.title(), left, top + 25);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		double max = 0;
		for (double[] values : panel.series().values()) {
			for (double value : values) {
				if (!Double.isNaN(value) && !Double.isInfinite(value)) {
					max = Math.max(max, value);
				}
			}
		}
		double step = niceStep((max > 0) ? max / 5 : 1);
		double top5 = Math.max(step, Math.ceil(max / step) * step);
		for (double tick = 0; tick <= top5 + step / 2; tick += step) {
			int y = plotBottom - (int) Math.round((plotBottom - plotTop) * tick / top5);
			g.setColor(new Color(0xE0E0E0));
			g.drawLine(left, y, right, y);
			g.setColor(Color.DARK_GRAY);
			String label = compact(tick);
			g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), y + 4);
		}
		g.drawString(panel.yLabel(), 8, plotTop - 10);
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(1));
		g.drawLine(left, plotBottom, right, plotBottom);
		List<String> names = new ArrayList<>(panel.series().keySet());
		int groups = Math.max(1, panel.categories().size());
		double groupWidth = (double) (right - left) / groups;
		double barWidth = groupWidth * 0.8 / Math.max(1, names.size());
		for (int c = 0; c < panel.categories().size(); c++) {
			double groupLeft = left + c * groupWidth + groupWidth * 0.1;
			for (int s = 0; s < names.size(); s++) {
				double[] values = panel.series().get(names.get(s));
				double value = (c < values.length) ? values[c] : Double.NaN;
				if (Double.isNaN(value) || Double.isInfinite(value)) {
					continue;
				}
				int height = (int) Math.round((plotBottom - plotTop) * value / top5);
				int x = (int) Math.round(groupLeft + s * barWidth);
				g.setColor(COLORS[s % COLORS.length]);
				g.fillRect(x, plotBottom - height, Math.max(1, (int) barWidth - 2), height);
				g.setColor(Color.DARK_GRAY);
				String label = compact(value);
				g.drawString(label, x + (int) (barWidth - g.getFontMetrics().stringWidth(label)) / 2,
						plotBottom - height - 3);
			}
			g.setColor(Color.BLACK);
			String category = panel.categories().get(c);
			g.drawString(category,
					(int) (left + c * groupWidth + (groupWidth - g.getFontMetrics().stringWidth(category)) / 2),
					plotBottom + 16);
		}
		int legendX = left;
		int legendY = top + HEIGHT - 38;
		for (int s = 0; s < names.size(); s++) {
			int width = 16 + g.getFontMetrics().stringWidth(names.get(s)) + 20;
			if (legendX > left && legendX + width > right) {
				legendX = left;
				legendY += 18;
			}
			g.setColor(COLORS[s % COLORS.length]);
			g.fillRect(legendX, legendY, 12, 12);
			g.setColor(Color.BLACK);
			g.drawString(names.get(s), legendX + 16, legendY + 10);
			legendX += width;
		}
	}

	private static double niceStep(double raw) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		for (double factor : new double[] { 1, 2, 5, 10 }) {
			if (factor * magnitude >= raw) {
				return factor * magnitude;
			}
		}
		return 10 * magnitude;
	}

	private static String compact(double value) {
		if (value >= 1e6) {
			return String.format(Locale.ROOT, "%.1fM", value / 1e6);
		}
		if (value >= 1e4) {
			return String.format(Locale.ROOT, "%.1fk", value / 1e3);
		}
		if (value >= 100) {
			return String.format(Locale.ROOT, "%.0f", value);
		}
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/**
	 * One chart.
	 *
	 * @param title the title
	 * @param yLabel the label of the y axis
	 * @param categories the groups along the x axis
	 * @param series one value per category by series name
	 */
	public record Panel(String title, String yLabel, List<String> categories, Map<String, double[]> series) {

	}

}
