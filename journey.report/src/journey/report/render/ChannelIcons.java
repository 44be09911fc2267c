package journey.report.render;

import journey.dsl.model.Channel;
import journey.dsl.model.ChannelType;

/** A small line glyph (16 by 16) for each channel type, drawn inline so the pages fetch nothing. */
final class ChannelIcons {

	private ChannelIcons() {
	}

	/** The glyph's path data for the channel's type; a generic glyph when the type is unknown. */
	static String glyph(Channel channel) {
		ChannelType type = channel == null || channel.eIsProxy() ? null : channel.getType();
		if (type == null) {
			return "M8 1.5a6.5 6.5 0 1 0 0.01 0M5 8h.01M8 8h.01M11 8h.01";
		}
		return switch (type) {
			case WEBSITE -> "M1.5 2.5h13v11h-13zM1.5 5.5h13M3.5 4h.01M5.5 4h.01";
			case WEBSHOP -> "M1 2h2.2l1.8 8h8l1.5-5.5H4M6 13.5a1 1 0 1 0 .01 0M12 13.5a1 1 0 1 0 .01 0";
			case BLOG -> "M3 1.5h7l3 3v10H3zM5.5 6.5h5M5.5 9h5M5.5 11.5h3";
			case EMAIL -> "M1.5 3.5h13v9h-13zM1.5 3.5l6.5 5.5 6.5-5.5";
			case SOCIAL -> "M4 8a2 2 0 1 0 .01 0M12 3.5a2 2 0 1 0 .01 0M12 12.5a2 2 0 1 0 .01 0M5.8 7l4.4-2.5M5.8 9l4.4 2.5";
			case PHONE -> "M4 1.5l2.5 3-1.5 2a8 8 0 0 0 4.5 4.5l2-1.5 3 2.5-1.5 2.5C7 14 2 9 1.5 3z";
			case CHAT -> "M1.5 2.5h13v8.5h-8l-3.5 3v-3h-1.5z M5 6.5h.01M8 6.5h.01M11 6.5h.01";
			case APP -> "M4.5 1h7v14h-7zM7 12.8h2";
			case STORE -> "M1.5 6l1.5-4.5h10l1.5 4.5zM2.5 6v8.5h11V6M6.5 14.5v-4.5h3v4.5";
			case EVENT -> "M1.5 3h13v11.5h-13zM1.5 6.5h13M5 1v3.5M11 1v3.5M5 9.5h2M9 9.5h2M5 12h2";
			case MEETING -> "M5 5a2 2 0 1 0 .01 0M11 5a2 2 0 1 0 .01 0M1.5 14c0-3 1.5-5 3.5-5s3.5 2 3.5 5M7.5 14c0-3 1.5-5 3.5-5s3.5 2 3.5 5";
			case PRINT -> "M4 1.5h8v4H4zM2 5.5h12v6h-2M4 11.5H2M4 9.5h8v5H4z";
			case ADVERTISING -> "M1.5 6h3l7-4v12l-7-4h-3zM4.5 10l1 4.5h2l-1-4.5";
			case SERVICE -> "M2.5 10V8a5.5 5.5 0 0 1 11 0v2M1.5 9.5h2.5v4h-2.5zM12 9.5h2.5v4H12zM13.5 13.5c0 1-2 1.5-4 1.5";
			case TRAINING -> "M1 5.5l7-3.5 7 3.5-7 3.5zM4 7v4c2 2 6 2 8 0V7M15 5.5v4.5";
			case OTHER -> "M8 1.5a6.5 6.5 0 1 0 .01 0M5 8h.01M8 8h.01M11 8h.01";
		};
	}

	/** The glyph drawn with its top left corner at (x, y). */
	static void draw(Svg svg, double x, double y, Channel channel) {
		svg.trusted("<path class=\"icon\" transform=\"translate(" + Svg.num(x) + " " + Svg.num(y) + ")\" d=\"" + glyph(channel) + "\"/>\n");
	}
}
