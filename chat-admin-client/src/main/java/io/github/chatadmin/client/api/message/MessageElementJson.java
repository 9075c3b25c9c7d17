package io.github.chatadmin.client.api.message;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads and writes {@link MessageElement}s in the vendor's {@code {"MsgType": ...,
 * "MsgContent": {...}}} form.
 *
 * @author chat-admin
 */
final class MessageElementJson {

	private static final Map<String, Class<? extends MessageElement>> TYPES = Map.of(MessageElement.Text.TYPE,
			MessageElement.Text.class, MessageElement.Location.TYPE, MessageElement.Location.class,
			MessageElement.Face.TYPE, MessageElement.Face.class, MessageElement.Custom.TYPE,
			MessageElement.Custom.class, MessageElement.Sound.TYPE, MessageElement.Sound.class,
			MessageElement.Image.TYPE, MessageElement.Image.class, MessageElement.File.TYPE, MessageElement.File.class,
			MessageElement.Video.TYPE, MessageElement.Video.class, MessageElement.Relay.TYPE,
			MessageElement.Relay.class, MessageElement.Stream.TYPE, MessageElement.Stream.class);

	private MessageElementJson() {
	}

	private static final Map<Class<?>, List<Property>> PROPERTIES = new ConcurrentHashMap<>();

	private static List<Property> componentsOf(Class<?> type) {
		return PROPERTIES.computeIfAbsent(type, (key) -> {
			List<Property> properties = new ArrayList<>();
			for (RecordComponent component : key.getRecordComponents()) {
				try {
					JsonProperty name = key.getDeclaredField(component.getName()).getAnnotation(JsonProperty.class);
					properties.add(new Property((name != null) ? name.value() : null, component.getAccessor()));
				}
				catch (NoSuchFieldException ex) {
					throw new IllegalStateException(ex);
				}
			}
			return List.copyOf(properties);
		});
	}

	/**
	 * A component of an element record: its JSON name, or {@code null} for the map of
	 * fields the model does not name.
	 */
	private record Property(@Nullable String name, Method accessor) {

	}

	/**
	 * Writes an element: the type, and the record's components (and unnamed fields) as
	 * the content, leaving out absent ones.
	 */
	static final class Writer extends ValueSerializer<MessageElement> {

		@Override
		public void serialize(MessageElement value, JsonGenerator gen, SerializationContext ctxt) {
			gen.writeStartObject();
			gen.writeStringProperty("MsgType", value.msgType());
			gen.writeName("MsgContent");
			if (value instanceof MessageElement.Unknown unknown) {
				ctxt.writeValue(gen, unknown.content());
			}
			else {
				gen.writeStartObject();
				for (Property property : componentsOf(value.getClass())) {
					Object component = read(property, value);
					if (component == null) {
						continue;
					}
					if (property.name() == null) {
						for (Map.Entry<?, ?> entry : ((Map<?, ?>) component).entrySet()) {
							gen.writeName(String.valueOf(entry.getKey()));
							ctxt.writeValue(gen, entry.getValue());
						}
					}
					else {
						gen.writeName(property.name());
						ctxt.writeValue(gen, component);
					}
				}
				gen.writeEndObject();
			}
			gen.writeEndObject();
		}

		private static @Nullable Object read(Property property, MessageElement value) {
			try {
				return property.accessor().invoke(value);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot read " + property.accessor(), ex);
			}
		}

	}

	/**
	 * Reads an element, keeping one of an unknown type as {@link MessageElement.Unknown}.
	 */
	static final class Reader extends ValueDeserializer<MessageElement> {

		@Override
		public MessageElement deserialize(JsonParser p, DeserializationContext ctxt) {
			JsonNode node = ctxt.readTree(p);
			JsonNode typeNode = (node != null) ? node.get("MsgType") : null;
			if (typeNode == null || !typeNode.isString()) {
				return ctxt.reportInputMismatch(MessageElement.class,
						"A message element needs a MsgType string, but was: %s", node);
			}
			String type = typeNode.stringValue();
			JsonNode content = node.get("MsgContent");
			if (content == null || content.isNull()) {
				content = JsonNodeFactory.instance.objectNode();
			}
			Class<? extends MessageElement> known = TYPES.get(type);
			if (known == null || !content.isObject()) {
				return new MessageElement.Unknown(type, content);
			}
			return ctxt.readTreeAsValue(content, known);
		}

	}

}
