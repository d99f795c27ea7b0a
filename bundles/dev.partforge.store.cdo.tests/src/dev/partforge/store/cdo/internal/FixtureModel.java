// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The objects of a migration fixture read straight from its CDO XML file with a DOM parser: no CDO, no EMF, no
 * migration code. Each object is its {@link Fields} (path=value lines), so a test can derive the expected migrated
 * objects from what the fixture holds.
 */
final class FixtureModel {

	/** The many-valued containments of the schema (a list may hold one item only). */
	private static final List<String> MANY = List.of("features", "params");

	/** Revisions by CDO id. */
	private final Map<String, Element> revisions = new HashMap<>();
	/** Resource name to the CDO ids of its contents. */
	private final Map<String, List<String>> resources = new HashMap<>();

	private FixtureModel(Document document) {
		NodeList list = document.getElementsByTagName("revision");
		for (int i = 0; i < list.getLength(); i++) {
			Element revision = (Element) list.item(i);
			revisions.put(revision.getAttribute("id"), revision);
		}
		for (Element revision : revisions.values()) {
			if (revision.getAttribute("class").endsWith("#CDOResource")) {
				Map<String, List<String>> features = features(revision);
				if (features.containsKey("name")) {
					resources.put(features.get("name").getFirst(), features.getOrDefault("contents", List.of()));
				}
			}
		}
	}

	/**
	 * @param xml a CDO XML export
	 * @return its objects
	 * @throws Exception if it cannot be parsed
	 */
	static FixtureModel read(InputStream xml) throws Exception {
		return new FixtureModel(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml));
	}

	/**
	 * @param resource a resource path: /parts, /records or /preferences
	 * @return the fields of each object in it, in the resource's order
	 */
	List<Map<String, String>> objects(String resource) {
		List<String> ids = resources.get(resource.substring(resource.lastIndexOf('/') + 1));
		if (ids == null) {
			throw new AssertionError("no resource " + resource + " in the fixture, only " + resources.keySet());
		}
		List<Map<String, String>> objects = new ArrayList<>();
		for (String id : ids) {
			Map<String, String> fields = new TreeMap<>();
			add(fields, "", id);
			objects.add(fields);
		}
		return objects;
	}

	private void add(Map<String, String> fields, String prefix, String id) {
		Element revision = revisions.get(id);
		if (revision == null) {
			throw new AssertionError("the fixture references a missing revision " + id);
		}
		NodeList list = revision.getElementsByTagName("feature");
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Integer> occurrences = new HashMap<>();
		for (int i = 0; i < list.getLength(); i++) {
			counts.merge(((Element) list.item(i)).getAttribute("name"), 1, Integer::sum);
		}
		for (int i = 0; i < list.getLength(); i++) {
			Element feature = (Element) list.item(i);
			String name = feature.getAttribute("name");
			String type = feature.getAttribute("type");
			String value = feature.getAttribute("value");
			if ("Object".equals(type)) {
				int index = occurrences.merge(name, 1, Integer::sum) - 1;
				// many-valued containments appear once per element; a single one once (list-ness from the model)
				boolean many = counts.get(name) > 1 || MANY.contains(name);
				add(fields, prefix + name + (many ? "." + index : "") + ".", value);
			} else {
				Fields.put(fields, prefix + name, switch (type) {
				case "" -> value;
				case "Boolean" -> Boolean.valueOf(value);
				case "Integer" -> Integer.valueOf(value);
				case "Long" -> Long.valueOf(value);
				case "Double" -> Double.valueOf(value);
				case "Date" -> new Date(Long.parseLong(value));
				default -> throw new AssertionError("revision " + id + ": unknown feature type " + type);
				});
			}
		}
	}

	private static Map<String, List<String>> features(Element revision) {
		Map<String, List<String>> features = new HashMap<>();
		NodeList list = revision.getElementsByTagName("feature");
		for (int i = 0; i < list.getLength(); i++) {
			Element feature = (Element) list.item(i);
			features.computeIfAbsent(feature.getAttribute("name"), k -> new ArrayList<>()).add(feature.getAttribute("value"));
		}
		return features;
	}
}
