// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.recipes.internal.SplitMix64;
import dev.partforge.recipes.internal.StockShape;

/** Proposes feature candidates for one recipe (sizes in millimetres, rounded to clean units). */
final class FeaturePlan {

	/** What a proposal must satisfy, so each level shows its characteristic features. */
	enum Need {
		/** No constraint. */
		ANY,
		/** A face other than TOP. */
		SECOND_FACE,
		/** A counterbore or countersink. */
		ADVANCED,
		/** A patterned feature. */
		PATTERN
	}

	private final Difficulty d;
	private final SplitMix64 rng;
	private final RecipeGenerator.Clean q;
	private final StockShape shape;
	private final List<String> others = new ArrayList<>();

	FeaturePlan(Difficulty d, SplitMix64 rng, RecipeGenerator.Clean q, StockShape shape) {
		this.d = d;
		this.rng = rng;
		this.q = q;
		this.shape = shape;
		if (d != Difficulty.BEGINNER) {
			others.add("BOTTOM");
			for (int k = 0; k < shape.sides(); k++) {
				if (shape.edgeLength(k) >= 30 && shape.exposed(k)) {
					others.add("SIDE" + k);
				}
			}
			if (d == Difficulty.INTERMEDIATE) {
				String one = others.get(rng.nextInt(others.size()));
				others.clear();
				others.add(one);
			}
		}
	}

	List<Need> needs() {
		return switch (d) {
		case BEGINNER -> List.of();
		case INTERMEDIATE -> List.of(Need.SECOND_FACE, Need.ADVANCED);
		case EXPERT -> List.of(Need.SECOND_FACE, Need.SECOND_FACE, Need.PATTERN, Need.ADVANCED, Need.ADVANCED);
		};
	}

	Feature propose(Need need) {
		String face = need == Need.SECOND_FACE || (!others.isEmpty() && rng.chance(d == Difficulty.EXPERT ? 50 : 30))
				? others.get(rng.nextInt(others.size()))
				: "TOP";
		boolean side = face.startsWith("SIDE");
		int kind = need == Need.ADVANCED ? 1 + rng.nextInt(2) : need == Need.PATTERN ? rng.nextInt(3) : kind(face);
		double[] ext = extent(face);
		boolean canThrough = !side || shape.stock().kind() == StockKind.BLOCK;
		boolean through = kind <= 2 && canThrough && rng.chance(side ? 30 : 50);
		double hostDepth = side ? 12 : shape.stock().height();
		Pattern pattern = new Pattern.None();
		double u;
		double v;
		Feature f;
		switch (kind) {
		case 0, 1, 2 -> {
			double dia = side ? rng.pick(3, 4, 5, 6, 8) : rng.pick(3, 4, 5, 6, 8, 10, 12);
			double depth = through ? 0 : q.size(Math.min(hostDepth * (0.3 + 0.1 * rng.nextInt(5)), side ? rng.pick(5, 6, 8, 10, 12) : 1e9));
			double head = kind == 1 ? dia + rng.pick(4, 5, 6) : dia + rng.pick(2, 4, 6);
			double r = (kind == 0 ? dia : head) / 2;
			u = q.pos(place(ext[0], r));
			v = q.pos(place(ext[1], r));
			boolean wantPattern = need == Need.PATTERN || rng.chance(d == Difficulty.EXPERT ? 25 : d == Difficulty.INTERMEDIATE ? 15 : 0);
			if (wantPattern && !side && d == Difficulty.EXPERT && rng.chance(50)) {
				int n = (int) rng.pick(3, 4, 6);
				double rad = rng.pick(12, 15, 20, 25);
				pattern = new Pattern.Circular(n, u, v, 360.0 / n);
				u = u + q.pos(rad);
			} else if (wantPattern) {
				double step = q.size(2 * r + rng.pick(4, 6, 8, 10));
				int n = rng.between(2, d == Difficulty.EXPERT ? 5 : 3);
				pattern = rng.chance(50) ? new Pattern.Linear(n, step, 0) : new Pattern.Linear(n, 0, step);
			}
			double sd = q.size(dia);
			f = switch (kind) {
			case 0 -> new Hole(face, u, v, sd, depth, through, pattern);
			case 1 -> new Counterbore(face, u, v, sd, depth, through, q.size(head), q.size(rng.pick(2, 3, 4, 5)), pattern);
			default -> new Countersink(face, u, v, sd, depth, through, q.size(head), pattern);
			};
		}
		case 3 -> {
			double len = 2 * rng.between(5, 20);
			double wid = 2 * rng.between(4, Math.min(15, (int) len / 2));
			u = q.pos(place(ext[0], len / 2));
			v = q.pos(place(ext[1], wid / 2));
			double cr = Math.min(rng.pick(1, 2, 3, 4), wid / 2);
			f = new Pocket(face, u, v, q.size(len), q.size(wid), q.size(cr), q.size(rng.pick(2, 3, 4, 5, 6, 8)), linear(3, len));
		}
		case 4 -> {
			double wid = rng.pick(4, 5, 6, 8, 10);
			double len = wid + 2 * rng.between(3, 15);
			u = q.pos(place(ext[0], len / 2));
			v = q.pos(place(ext[1], wid / 2));
			f = new Slot(face, u, v, q.size(len), q.size(wid), q.size(rng.pick(2, 3, 4, 5, 6)), linear(3, wid));
		}
		default -> {
			double dia = rng.pick(8, 10, 12, 16, 20);
			u = q.pos(place(ext[0], dia / 2));
			v = q.pos(place(ext[1], dia / 2));
			f = new Boss("TOP", u, v, q.size(dia), q.size(rng.pick(3, 4, 5, 6, 8, 10)), new Pattern.None());
		}
		}
		return f;
	}

	private Pattern linear(int percent, double size) {
		if (d == Difficulty.BEGINNER || !rng.chance(percent * 5)) {
			return new Pattern.None();
		}
		double step = q.size(size + rng.pick(4, 6, 8));
		return rng.chance(50) ? new Pattern.Linear(2, step, 0) : new Pattern.Linear(2, 0, step);
	}

	/** @return 0 hole, 1 counterbore, 2 countersink, 3 pocket, 4 slot, 5 boss */
	private int kind(String face) {
		int[] weights = switch (d) {
		case BEGINNER -> new int[] { 4, 0, 0, 1, 1, 0 };
		case INTERMEDIATE -> new int[] { 3, 2, 2, 2, 2, 0 };
		case EXPERT -> new int[] { 2, 2, 2, 2, 2, "TOP".equals(face) ? 2 : 0 };
		};
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int x = rng.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			x -= weights[i];
			if (x < 0) {
				return i;
			}
		}
		throw new IllegalStateException("unreachable: weights exhausted");
	}

	/** @return the host face's (u, v) extent in millimetres */
	private double[] extent(String face) {
		int k = shape.faceIndex(face);
		return k < 0 ? new double[] { shape.stock().width(), shape.stock().length() }
				: new double[] { shape.edgeLength(k), shape.stock().height() };
	}

	private double place(double extent, double half) {
		double lo = half + RecipeValidator.MIN_WALL;
		double hi = extent - lo;
		return hi <= lo ? extent / 2 : lo + (hi - lo) * (rng.nextLong() >>> 11) * 0x1.0p-53;
	}
}
