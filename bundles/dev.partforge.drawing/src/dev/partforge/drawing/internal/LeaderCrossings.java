// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Entity;

/**
 * Where leaders (the lines of callouts, diameters and radii: the leader and its shoulder) cross a text or another
 * leader. A text a leader passes within 0.1 mm of counts as crossed; leaders meeting at their ends do not cross.
 */
public final class LeaderCrossings {
	private LeaderCrossings() {
	}

	/**
	 * @param dimensions the dimensions and callouts (their texts count, their leaders are checked)
	 * @param labels     further texts a leader must not cross (view labels, section letters)
	 * @return one line per crossing, empty when none
	 */
	public static List<String> of(List<Entity.Dimension> dimensions, List<Entity.Text> labels) {
		List<Entity.Text> texts = new ArrayList<>(labels);
		for (Entity.Dimension d : dimensions) {
			d.graphics().stream().filter(Entity.Text.class::isInstance).map(Entity.Text.class::cast).forEach(texts::add);
		}
		List<Entity.Dimension> leaders = dimensions.stream().filter(d -> d.kind() != DimensionKind.LINEAR).toList();
		List<String> out = new ArrayList<>();
		for (Entity.Dimension d : leaders) {
			for (Entity g : d.graphics()) {
				if (!(g instanceof Entity.Line l)) {
					continue;
				}
				for (Entity.Text t : texts) {
					if (crosses(l, Occupancy.textBox(t))) {
						out.add("the leader of '" + d.text() + "' crosses the text '" + t.text() + "'");
					}
				}
				for (Entity.Dimension e : leaders) {
					if (e != d && e.graphics().stream().anyMatch(h -> h instanceof Entity.Line m && cross(l, m))) {
						out.add("the leaders of '" + d.text() + "' and '" + e.text() + "' cross");
					}
				}
			}
		}
		return out.stream().distinct().toList();
	}

	/** @return true when the segment enters the box grown by 0.1 mm (Liang-Barsky clipping) */
	private static boolean crosses(Entity.Line l, double[] b) {
		double[] p = { -(l.x2() - l.x1()), l.x2() - l.x1(), -(l.y2() - l.y1()), l.y2() - l.y1() };
		double[] q = { l.x1() - (b[0] - 0.1), b[2] + 0.1 - l.x1(), l.y1() - (b[1] - 0.1), b[3] + 0.1 - l.y1() };
		double t0 = 0;
		double t1 = 1;
		for (int i = 0; i < 4; i++) {
			if (Math.abs(p[i]) < 1e-12) {
				if (q[i] < 0) {
					return false;
				}
			} else if (p[i] < 0) {
				t0 = Math.max(t0, q[i] / p[i]);
			} else {
				t1 = Math.min(t1, q[i] / p[i]);
			}
		}
		return t0 < t1;
	}

	/** @return true when two segments cross at a point inside both */
	private static boolean cross(Entity.Line a, Entity.Line b) {
		double d = (a.x2() - a.x1()) * (b.y2() - b.y1()) - (a.y2() - a.y1()) * (b.x2() - b.x1());
		if (Math.abs(d) < 1e-12) {
			return false;
		}
		double t = ((b.x1() - a.x1()) * (b.y2() - b.y1()) - (b.y1() - a.y1()) * (b.x2() - b.x1())) / d;
		double u = ((b.x1() - a.x1()) * (a.y2() - a.y1()) - (b.y1() - a.y1()) * (a.x2() - a.x1())) / d;
		return t > 1e-6 && t < 1 - 1e-6 && u > 1e-6 && u < 1 - 1e-6;
	}
}
