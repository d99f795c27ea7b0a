// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Headless EMF code generation for dev.partforge.model (no OSGi, no workspace). Generates into a scratch project,
 * prefixes every Java file with the project's SPDX header, then either replaces src-gen ("write") or compares with it
 * ("check", exit 1 on any difference).
 * <p>
 * Usage: {@code java -cp CP GenerateModel.java GENMODEL SCRATCH_DIR SRC_GEN write|check}
 */
public final class GenerateModel {

	private static final String HEADER = "// SPDX-FileCopyrightText: 2026 PartForge contributors\n"
			+ "// SPDX-License-Identifier: EPL-2.0\n";

	public static void main(String[] args) throws IOException {
		Path genModelFile = Path.of(args[0]).toAbsolutePath().normalize();
		Path scratch = Path.of(args[1]).toAbsolutePath().normalize();
		Path srcGen = Path.of(args[2]).toAbsolutePath().normalize();
		boolean check = "check".equals(args[3]);
		deleteTree(scratch);
		generate(genModelFile, scratch);
		Path generated = scratch.resolve("src-gen");
		addHeaders(generated);
		if (check) {
			List<String> diffs = compare(generated, srcGen);
			diffs.forEach(d -> System.out.println("codegen check: " + d));
			if (!diffs.isEmpty()) {
				System.out.println("src-gen is out of date: run the codegen in write mode and commit the result");
				System.exit(1);
			}
			System.out.println("codegen check: src-gen is up to date");
		} else {
			deleteTree(srcGen);
			copyTree(generated, srcGen);
			System.out.println("codegen: wrote " + srcGen);
		}
	}

	private static void generate(Path genModelFile, Path project) {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		EcorePlugin.getPlatformResourceMap().put("dev.partforge.model", URI.createFileURI(project + "/"));

		Resource resource = new ResourceSetImpl().getResource(URI.createFileURI(genModelFile.toString()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		genModel.setUpdateClasspath(false);
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor());
		if (result.getSeverity() >= Diagnostic.ERROR) {
			System.out.println("EMF codegen failed: " + result.getMessage());
			result.getChildren().forEach(c -> System.out.println("  " + c.getMessage()));
			System.exit(1);
		}
	}

	private static void addHeaders(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				String text = Files.readString(f, StandardCharsets.UTF_8);
				Files.writeString(f, HEADER + text, StandardCharsets.UTF_8);
			}
		}
	}

	private static List<String> compare(Path generated, Path srcGen) throws IOException {
		TreeSet<Path> all = new TreeSet<>(relativeFiles(generated));
		all.addAll(relativeFiles(srcGen));
		return all.stream().filter(rel -> !same(generated.resolve(rel), srcGen.resolve(rel)))
				.map(rel -> "differs: " + rel).toList();
	}

	private static boolean same(Path a, Path b) {
		try {
			return Files.isRegularFile(a) && Files.isRegularFile(b) && Files.mismatch(a, b) == -1;
		} catch (IOException e) {
			throw new IllegalStateException("cannot compare " + a + " with " + b, e);
		}
	}

	private static List<Path> relativeFiles(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).map(dir::relativize).toList();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path f : files.toList()) {
				Path target = to.resolve(from.relativize(f).toString());
				if (Files.isDirectory(f)) {
					Files.createDirectories(target);
				} else {
					Files.copy(f, target);
				}
			}
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(f);
			}
		}
	}
}
