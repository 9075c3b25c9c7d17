package io.github.chatadmin.client;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the README's tables of typed operations list exactly the declared
 * {@link ChatCommand}s, each with methods that exist on its area's operations.
 */
class ReadmeCommandTableTests {

	private static final Pattern SECTION = Pattern.compile("^### `(\\w+)\\(\\)`", Pattern.MULTILINE);

	private static final Pattern ROW = Pattern.compile("^\\| `([\\w/]+)` \\| (.+) \\|$", Pattern.MULTILINE);

	private static final Pattern METHOD = Pattern.compile("`(\\w+)`");

	@Test
	void everyDeclaredCommandShouldBeInTheReadmeWithMethodsOfItsArea() throws Exception {
		Map<String, Set<String>> methodsByCommand = new LinkedHashMap<>();
		Map<String, String> areaByCommand = new LinkedHashMap<>();
		String readme = readme();
		Matcher sections = SECTION.matcher(readme);
		List<int[]> bounds = new ArrayList<>();
		List<String> areas = new ArrayList<>();
		while (sections.find()) {
			bounds.add(new int[] { sections.start(), 0 });
			areas.add(sections.group(1));
		}
		for (int i = 0; i < bounds.size(); i++) {
			int end = (i + 1 < bounds.size()) ? bounds.get(i + 1)[0] : readme.indexOf("\n## ", bounds.get(i)[0]);
			Matcher rows = ROW.matcher(readme.substring(bounds.get(i)[0], end));
			while (rows.find()) {
				Matcher methods = METHOD.matcher(rows.group(2));
				Set<String> names = new LinkedHashSet<>();
				while (methods.find()) {
					names.add(methods.group(1));
				}
				methodsByCommand.put(rows.group(1), names);
				areaByCommand.put(rows.group(1), areas.get(i));
			}
		}
		List<ChatCommand<?, ?>> declared = ChatCommandCatalogTests.declaredCommands();
		assertThat(methodsByCommand.keySet()).as("commands in the README tables")
			.containsExactlyInAnyOrderElementsOf(declared.stream().map(ChatCommand::path).toList());
		for (Map.Entry<String, Set<String>> row : methodsByCommand.entrySet()) {
			Method accessor = ChatAdminOperations.class.getMethod(areaByCommand.get(row.getKey()));
			Set<String> available = Arrays.stream(accessor.getReturnType().getMethods())
				.map(Method::getName)
				.collect(Collectors.toSet());
			assertThat(available).as("methods of %s() named for %s", accessor.getName(), row.getKey())
				.containsAll(row.getValue().stream().filter((name) -> Character.isLowerCase(name.charAt(0))).toList());
		}
	}

	@Test
	void everyCurrentCommandOfTheCatalogShouldBeInTheReadmeTables() throws Exception {
		Set<String> listed = new LinkedHashSet<>();
		String readme = readme();
		Matcher sections = SECTION.matcher(readme);
		while (sections.find()) {
			int next = readme.indexOf("\n### ", sections.end());
			int chapter = readme.indexOf("\n## ", sections.end());
			int end = (next < 0) ? chapter : (chapter < 0) ? next : Math.min(next, chapter);
			Matcher rows = ROW.matcher(readme.substring(sections.start(), (end < 0) ? readme.length() : end));
			while (rows.find()) {
				listed.add(rows.group(1));
			}
		}
		List<String> missing = ChatCommandCatalog.all()
			.stream()
			.filter((entry) -> !entry.legacy())
			.map(ChatCommandCatalog.Entry::path)
			.filter((path) -> !listed.contains(path))
			.toList();
		assertThat(missing).as("current commands of the catalog missing from the README's per-area tables").isEmpty();
	}

	private static String readme() throws IOException {
		Path path = Path.of("README.md");
		for (int i = 0; i < 3 && !Files.exists(path); i++) {
			path = Path.of("..").resolve(path);
		}
		return Files.readString(path, StandardCharsets.UTF_8);
	}

}
