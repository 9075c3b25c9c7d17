package io.github.chatadmin.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden fixtures from the vendor's pages: a typed request must be written as the page's
 * request example, and the page's response example must be read into the typed answer.
 */
public final class GoldenFixtures {

	private static final JsonMapper MAPPER = ChatAdminTemplate.createJsonMapper();

	private final Class<?> base;

	private GoldenFixtures(Class<?> base) {
		this.base = base;
	}

	/**
	 * Return the fixtures in the {@code fixtures} folder next to a test class.
	 * @param base the test class
	 * @return the fixtures
	 */
	public static GoldenFixtures of(Class<?> base) {
		return new GoldenFixtures(base);
	}

	/**
	 * Return the mapper the template uses.
	 * @return the mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Read a fixture as a tree.
	 * @param name the file name
	 * @return the tree
	 */
	public JsonNode tree(String name) {
		try (InputStream in = this.base.getResourceAsStream("fixtures/" + name)) {
			assertThat(in).as("fixture %s", name).isNotNull();
			return MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Assert that a request is written as the fixture, compared as JSON trees.
	 * @param request the typed request
	 * @param name the fixture's file name
	 */
	public void assertWrittenAs(Object request, String name) {
		JsonNode written = written(request);
		assertThat(written).as("%s written as JSON", name).isEqualTo(tree(name));
	}

	/**
	 * Return a value as it is written, read back as a tree (so that numbers compare by
	 * value, as they would on the wire).
	 * @param value the value
	 * @return the tree
	 */
	public static JsonNode written(Object value) {
		return MAPPER.readTree(MAPPER.writeValueAsString(value));
	}

	/**
	 * Read a fixture into a type.
	 * @param <T> the type
	 * @param name the file name
	 * @param type the type
	 * @return the value
	 */
	public <T> T read(String name, Class<T> type) {
		return MAPPER.treeToValue(tree(name), type);
	}

}
