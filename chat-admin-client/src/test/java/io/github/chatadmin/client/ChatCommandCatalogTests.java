package io.github.chatadmin.client;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link ChatCommandCatalog} and every {@link ChatCommand} declaration agree
 * with the project's list of the vendor's commands ({@code vendor-commands.tsv}).
 */
class ChatCommandCatalogTests {

	@Test
	void catalogShouldListExactlyTheVendorsCommands() throws IOException {
		List<ChatCommandCatalog.Entry> expected = vendorCommands();
		assertThat(expected).hasSizeGreaterThan(170);
		assertThat(ChatCommandCatalog.all()).containsExactlyElementsOf(expected);
	}

	@Test
	void everyDeclaredCommandShouldAgreeWithTheCatalog() throws Exception {
		List<ChatCommand<?, ?>> declared = declaredCommands();
		List<String> conditional = conditionallyIdempotent();
		assertThat(declared).hasSizeGreaterThanOrEqualTo(6);
		assertThat(declared).allSatisfy((command) -> {
			ChatCommandCatalog.Entry entry = ChatCommandCatalog.find(command.path());
			assertThat(entry).as("%s is in the catalog", command.path()).isNotNull();
			assertThat(entry.legacy()).as("%s is current", command.path()).isFalse();
			if (!conditional.contains(command.path())) {
				assertThat(command.idempotent()).as("idempotency of %s", command.path()).isEqualTo(entry.idempotent());
			}
			assertThat(command.quota()).as("quota of %s", command.path()).isEqualTo(entry.quota());
			if (entry.batchLimit() > 0) {
				assertThat(command.batchLimit()).as("list limit of %s", command.path()).isEqualTo(entry.batchLimit());
			}
		});
		assertThat(declared.stream().map(ChatCommand::path)).as("each command is declared once")
			.doesNotHaveDuplicates();
	}

	@Test
	void everyCurrentCommandOfTheCatalogShouldBeDeclared() throws Exception {
		assertThat(undeclaredCurrentCommands()).as("current commands of the catalog that no *Commands class declares")
			.isEmpty();
	}

	/**
	 * Return the current (not legacy) commands of the catalog that no {@code *Commands}
	 * class declares.
	 * @return their paths, in catalog order
	 * @throws Exception if the classes cannot be read
	 */
	static List<String> undeclaredCurrentCommands() throws Exception {
		Set<String> declared = declaredCommands().stream().map(ChatCommand::path).collect(Collectors.toSet());
		return ChatCommandCatalog.all()
			.stream()
			.filter((entry) -> !entry.legacy())
			.map(ChatCommandCatalog.Entry::path)
			.filter((path) -> !declared.contains(path))
			.toList();
	}

	@Test
	void limiterQuotasShouldBeTheCatalogsExceptions() {
		assertThat(ChatCommandCatalog.quotas()).containsEntry("im_open_login_svc/account_check", 100.0)
			.containsEntry("timpush/push", 1.0)
			.doesNotContainKey("openim/sendmsg");
	}

	/**
	 * Return every {@code public static final ChatCommand} of the {@code *Commands}
	 * classes below {@code io.github.chatadmin.client.api}.
	 * @return the declared commands
	 * @throws Exception if the classes cannot be read
	 */
	static List<ChatCommand<?, ?>> declaredCommands() throws Exception {
		List<ChatCommand<?, ?>> commands = new ArrayList<>();
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:io/github/chatadmin/client/api/**/*Commands.class");
		for (Resource resource : resources) {
			String url = resource.getURL().toString();
			String name = url
				.substring(url.indexOf("io/github/chatadmin/client/api/"), url.length() - ".class".length())
				.replace('/', '.');
			for (Field field : Class.forName(name).getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && ChatCommand.class.isAssignableFrom(field.getType())) {
					commands.add((ChatCommand<?, ?>) field.get(null));
				}
			}
		}
		return commands;
	}

	static List<String> conditionallyIdempotent() throws IOException {
		return rows().stream()
			.filter((columns) -> columns[2].equals("conditional"))
			.map((columns) -> columns[0])
			.toList();
	}

	static List<String[]> rows() throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = ChatCommandCatalogTests.class.getResourceAsStream("vendor-commands.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t"));
				}
			}
		}
		return rows;
	}

	static List<ChatCommandCatalog.Entry> vendorCommands() throws IOException {
		List<ChatCommandCatalog.Entry> entries = new ArrayList<>();
		try (InputStream in = ChatCommandCatalogTests.class.getResourceAsStream("vendor-commands.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				entries.add(new ChatCommandCatalog.Entry(columns[0], columns[2].equals("yes"),
						Integer.parseInt(columns[3]), Double.parseDouble(columns[4]), columns[5].equals("legacy")));
			}
		}
		return entries;
	}

}
