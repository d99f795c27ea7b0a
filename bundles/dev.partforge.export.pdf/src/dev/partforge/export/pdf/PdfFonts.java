// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * The fonts of one PDF document: the standard Helvetica (not embedded) for every character WinAnsi holds, and for the
 * others, such as the ISO 129-1 symbols ↧ ⌴ ⌵, the first of the fonts shipped in this bundle's {@code fonts/} that has
 * the glyph, embedded as a subset of the glyphs used: DejaVu Sans (↧ U+21A7; Bitstream Vera licence) and Noto Sans
 * Symbols (⌴ U+2334, ⌵ U+2335; SIL OFL 1.1), licences next to them. An embedded font is loaded only by a document
 * that needs it. The symbols' glyphs are written invisible under their strokes ({@link PdfDrawingWriter}): they make
 * the text read and search with its symbols, their shape is drawn by the strokes.
 */
final class PdfFonts {
	/** The bundle resources of the fonts embedded for characters Helvetica lacks, in the order they are tried. */
	static final List<String> FALLBACKS = List.of("/fonts/DejaVuSans.ttf", "/fonts/NotoSansSymbols-Regular.ttf");
	/**
	 * The Unicode character maps of the fallback fonts, shared by all documents. Read in full under this list's lock
	 * (FontBox reads a font's tables lazily, not thread-safe), then only read: documents written on several threads
	 * at once share them safely.
	 */
	private static final List<CmapLookup> CMAPS = new ArrayList<>();

	/**
	 * A piece of text in one font.
	 *
	 * @param font the font
	 * @param text the characters
	 */
	record Run(PDFont font, String text) {
	}

	private final PDDocument doc;
	private final PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	/** The fallback fonts embedded in this document so far, by index in {@link #FALLBACKS}. */
	private final Map<Integer, PDType0Font> embedded = new HashMap<>();

	PdfFonts(PDDocument doc) {
		this.doc = doc;
	}

	/**
	 * @param text the text
	 * @return the text split into runs of one font each
	 * @throws IOException when a shipped font cannot be read, or no font has a character's glyph
	 */
	List<Run> runs(String text) throws IOException {
		List<Run> runs = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		PDFont current = null;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			PDFont f = fontFor(cp, text);
			if (f != current && !run.isEmpty()) {
				runs.add(new Run(current, run.toString()));
				run.setLength(0);
			}
			current = f;
			run.appendCodePoint(cp);
			i += Character.charCount(cp);
		}
		if (!run.isEmpty()) {
			runs.add(new Run(current, run.toString()));
		}
		return runs;
	}

	private PDFont fontFor(int cp, String text) throws IOException {
		if (WinAnsiEncoding.INSTANCE.contains(GlyphList.getAdobeGlyphList().codePointToName(cp))) {
			return helvetica;
		}
		for (int i = 0; i < FALLBACKS.size(); i++) {
			if (cmap(i).getGlyphId(cp) > 0) {
				PDType0Font f = embedded.get(i);
				if (f == null) {
					try (InputStream in = open(i)) {
						f = PDType0Font.load(doc, in, true);
					}
					embedded.put(i, f);
				}
				return f;
			}
		}
		throw new IOException(String.format(Locale.ROOT, "no font for U+%04X in the text '%s'", cp, text));
	}

	private static CmapLookup cmap(int index) throws IOException {
		synchronized (CMAPS) {
			while (CMAPS.size() <= index) {
				try (InputStream in = open(CMAPS.size())) {
					CMAPS.add(new TTFParser().parse(new RandomAccessReadBuffer(in)).getUnicodeCmapLookup());
				}
			}
			return CMAPS.get(index);
		}
	}

	private static InputStream open(int index) throws IOException {
		String name = FALLBACKS.get(index);
		InputStream in = PdfFonts.class.getResourceAsStream(name);
		if (in == null) {
			throw new IOException("the font " + name + " is missing from bundle dev.partforge.export.pdf");
		}
		return in;
	}
}
