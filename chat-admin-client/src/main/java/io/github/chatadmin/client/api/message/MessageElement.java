package io.github.chatadmin.client.api.message;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One element of a message body ({@code MsgBody}), written as the vendor does:
 * {@code {"MsgType": "TIMTextElem", "MsgContent": {...}}}. A message may combine several
 * elements. An element type this library does not know is read as {@link Unknown}, which
 * keeps the type and the raw content, and is written back unchanged.
 * <p>
 * Build elements with the factories: {@code MessageElement.text("hi")},
 * {@code MessageElement.custom(data)}, {@code MessageElement.location(desc, lat, lon)}.
 * Fields a known element carries that this model does not name are kept in
 * {@code extra()}.
 *
 * @author chat-admin
 * @since 0.1.0
 * @see <a href="https://trtc.io/document/34634">Message formats</a>
 */
@JsonSerialize(using = MessageElementJson.Writer.class)
@JsonDeserialize(using = MessageElementJson.Reader.class)
public sealed interface MessageElement permits MessageElement.Text, MessageElement.Location, MessageElement.Face,
		MessageElement.Custom, MessageElement.Sound, MessageElement.Image, MessageElement.File, MessageElement.Video,
		MessageElement.Relay, MessageElement.Stream, MessageElement.Unknown {

	/**
	 * Return the vendor's name of the element type, such as {@code TIMTextElem}.
	 * @return the {@code MsgType}
	 */
	String msgType();

	/**
	 * Create a text element.
	 * @param text the text
	 * @return the element
	 */
	static Text text(String text) {
		return new Text(text, Map.of());
	}

	/**
	 * Create a custom element carrying application data.
	 * @param data the data, often JSON
	 * @return the element
	 */
	static Custom custom(String data) {
		return new Custom(data, null, null, null, Map.of());
	}

	/**
	 * Create a custom element with the text shown in the offline push notification.
	 * @param data the data, often JSON
	 * @param desc the notification text
	 * @return the element
	 */
	static Custom custom(String data, String desc) {
		return new Custom(data, desc, null, null, Map.of());
	}

	/**
	 * Create a location element.
	 * @param desc a description of the place
	 * @param latitude the latitude
	 * @param longitude the longitude
	 * @return the element
	 */
	static Location location(String desc, double latitude, double longitude) {
		return new Location(desc, latitude, longitude, Map.of());
	}

	/**
	 * Create a face (emoji) element.
	 * @param index the face's index
	 * @param data extra data, may be {@code null}
	 * @return the element
	 */
	static Face face(long index, @Nullable String data) {
		return new Face(index, data, Map.of());
	}

	/**
	 * A text element ({@code TIMTextElem}).
	 *
	 * @param text the text
	 * @param extra fields of the content this model does not name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Text(@JsonProperty("Text") String text,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageElement {

		/**
		 * The vendor's name of the type.
		 */
		public static final String TYPE = "TIMTextElem";

		@Override
		public String msgType() {
			return TYPE;
		}

	}

	/**
	 * A location element ({@code TIMLocationElem}).
	 *
	 * @param desc a description of the place
	 * @param latitude the latitude
	 * @param longitude the longitude
	 * @param extra fields of the content this model does not name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Location(@JsonProperty("Desc") @Nullable String desc, @JsonProperty("Latitude") double latitude,
			@JsonProperty("Longitude") double longitude,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageElement {

		/**
		 * The vendor's name of the type.
		 */
		public static final String TYPE = "TIMLocationElem";

		@Override
		public String msgType() {
			return TYPE;
		}

	}

	/**
	 * A face (emoji) element ({@code TIMFaceElem}).
	 *
	 * @param index the face's index
	 * @param data extra data
	 * @param extra fields of the content this model does not name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Face(@JsonProperty("Index") long index, @JsonProperty("Data") @Nullable String data,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageElement {

		/**
		 * The vendor's name of the type.
		 */
		public static final String TYPE = "TIMFaceElem";

		@Override
		public String msgType() {
			return TYPE;
		}

	}

	/**
	 * A custom element ({@code TIMCustomElem}): application data, with the text, extra
	 * data and sound of its offline push notification.
	 *
	 * @param data the application data
	 * @param desc the notification text
	 * @param ext extra data for the notification
	 * @param sound the notification sound
	 * @param extra fields of the content this model does not name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Custom(@JsonProperty("Data") @Nullable String data, @JsonProperty("Desc") @Nullable String desc,
			@JsonProperty("Ext") @Nullable String ext, @JsonProperty("Sound") @Nullable String sound,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageElement {

		/**
		 * The vendor's name of the type.
		 */
		public static final String TYPE = "TIMCustomElem";

		@Override
		public String msgType() {
			return TYPE;
		}

	}

	/**
	 * A voice element ({@code TIMSoundElem}).
	 *
	 * @param url where the audio can be downloaded
	 * @param uuid the audio's identifier
	 * @param size the size in bytes
	 * @param second the duration in seconds
	 * @param downloadFlag {@code 2} when {@code url} can be downloaded directly
	 * @param extra fields of the content this model does not name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Sound(@JsonProperty("Url") @Nullable String url, @JsonProperty("UUID") @Nullable String uuid,
			@JsonProperty("Size") @Nullable Long size, @JsonProperty("Second") @Nullable Long second,
			@JsonProperty("Download_Flag") @Nullable Integer downloadFlag,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageElement {

		/**
		 * The vendor's name of the type.
		 */
		public static final String TYPE = "TIMSoundElem";

		@Override
		public String msgType() {
			return TYPE;
		}

	}

	/**
	 * An image element ({@code TIMImageElem}).
	 *
	 * @param uuid the image's identifier
	 * @param imageFormat the format: 1 JPG, 2 GIF, 3 PNG, 4 BMP, 255 other
	 * @param imageInfoArray the original, large and thumbnail renditions
	 * @param extra fields of the content this model does not name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Image(@JsonProperty("UUID") @Nullable String uuid,
			@JsonProperty("ImageFormat") @Nullable Integer imageFormat,
			@JsonProperty("ImageInfoArray") @Nullable List<ImageInfo> imageInfoArray,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageElement {

		/**
		 * The vendor's name of the type.
		 */
		public static final String TYPE = "TIMImageElem";

		@Override
		public String msgType() {
			return TYPE;
		}

		/**
		 * One rendition of an image.
		 *
		 * @param type 1 original, 2 large, 3 thumbnail
		 * @param size the size in bytes
		 * @param width the width in pixels
		 * @param height the height in pixels
		 * @param url where it can be downloaded
		 */
		public record ImageInfo(@JsonProperty("Type") int type, @JsonProperty("Size") long size,
				@JsonProperty("Width") long width, @JsonProperty("Height") long height,
				@JsonProperty("URL") @Nullable String url) {

		}

	}

	/**
	 * A file element ({@code TIMFileElem}).
	 *
	 * @param url where the file can be downloaded
	 * @param uuid the file's identifier
	 * @param fileSize the size in bytes
	 * @param fileName the file's name
	 * @param downloadFlag {@code 2} when {@code url} can be downloaded directly
	 * @param extra fields of the content this model does not name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record File(@JsonProperty("Url") @Nullable String url, @JsonProperty("UUID") @Nullable String uuid,
			@JsonProperty("FileSize") @Nullable Long fileSize, @JsonProperty("FileName") @Nullable String fileName,
			@JsonProperty("Download_Flag") @Nullable Integer downloadFlag,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageElement {

		/**
		 * The vendor's name of the type.
		 */
		public static final String TYPE = "TIMFileElem";

		@Override
		public String msgType() {
			return TYPE;
		}

	}

	/**
	 * A video element ({@code TIMVideoFileElem}) with its thumbnail.
	 *
	 * @param videoUrl where the video can be downloaded
	 * @param videoUuid the video's identifier
	 * @param videoSize the video's size in bytes
	 * @param videoSecond the duration in seconds
	 * @param videoFormat the container format, such as {@code mp4}
	 * @param videoDownloadFlag {@code 2} when {@code videoUrl} can be downloaded directly
	 * @param thumbUrl where the thumbnail can be downloaded
	 * @param thumbUuid the thumbnail's identifier
	 * @param thumbSize the thumbnail's size in bytes
	 * @param thumbWidth the thumbnail's width in pixels
	 * @param thumbHeight the thumbnail's height in pixels
	 * @param thumbFormat the thumbnail's format, such as {@code JPG}
	 * @param thumbDownloadFlag {@code 2} when {@code thumbUrl} can be downloaded directly
	 * @param extra fields of the content this model does not name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Video(@JsonProperty("VideoUrl") @Nullable String videoUrl,
			@JsonProperty("VideoUUID") @Nullable String videoUuid, @JsonProperty("VideoSize") @Nullable Long videoSize,
			@JsonProperty("VideoSecond") @Nullable Long videoSecond,
			@JsonProperty("VideoFormat") @Nullable String videoFormat,
			@JsonProperty("VideoDownloadFlag") @Nullable Integer videoDownloadFlag,
			@JsonProperty("ThumbUrl") @Nullable String thumbUrl, @JsonProperty("ThumbUUID") @Nullable String thumbUuid,
			@JsonProperty("ThumbSize") @Nullable Long thumbSize, @JsonProperty("ThumbWidth") @Nullable Long thumbWidth,
			@JsonProperty("ThumbHeight") @Nullable Long thumbHeight,
			@JsonProperty("ThumbFormat") @Nullable String thumbFormat,
			@JsonProperty("ThumbDownloadFlag") @Nullable Integer thumbDownloadFlag,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageElement {

		/**
		 * The vendor's name of the type.
		 */
		public static final String TYPE = "TIMVideoFileElem";

		@Override
		public String msgType() {
			return TYPE;
		}

	}

	/**
	 * A merged-forward element ({@code TIMRelayElem}): several messages forwarded as one.
	 *
	 * @param title the title shown for the merged messages
	 * @param msgNum how many messages are merged
	 * @param compatibleText the text shown by clients that cannot display merged messages
	 * @param abstractList the summary lines
	 * @param msgList the merged messages
	 * @param extra fields of the content this model does not name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Relay(@JsonProperty("Title") @Nullable String title, @JsonProperty("MsgNum") @Nullable Long msgNum,
			@JsonProperty("CompatibleText") @Nullable String compatibleText,
			@JsonProperty("AbstractList") @Nullable List<String> abstractList,
			@JsonProperty("MsgList") @Nullable List<ReceivedMessage> msgList,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageElement {

		/**
		 * The vendor's name of the type.
		 */
		public static final String TYPE = "TIMRelayElem";

		@Override
		public String msgType() {
			return TYPE;
		}

	}

	/**
	 * A streaming element ({@code TIMStreamElem}), the body of a streaming message: its
	 * chunks so far, and the text shown by clients that cannot display it.
	 *
	 * @param compatibleText the text shown by clients that cannot display streaming
	 * messages
	 * @param chunks the chunks
	 * @param extra fields of the content this model does not name
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Stream(@JsonProperty("CompatibleText") @Nullable String compatibleText,
			@JsonProperty("Chunks") List<Chunk> chunks,
			@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements MessageElement {

		/**
		 * The vendor's name of the type.
		 */
		public static final String TYPE = "TIMStreamElem";

		@Override
		public String msgType() {
			return TYPE;
		}

		/**
		 * One chunk of a streaming message.
		 *
		 * @param eventType the kind of chunk, such as {@code data}
		 * @param index the chunk's position, from 1
		 * @param markdown the chunk's text, in Markdown
		 * @param isLast whether it is the last chunk
		 * @param extra fields this model does not name
		 */
		public record Chunk(@JsonProperty("EventType") @Nullable String eventType, @JsonProperty("Index") long index,
				@JsonProperty("Markdown") @Nullable String markdown, @JsonProperty("IsLast") @Nullable Boolean isLast,
				@JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

			/**
			 * Create a data chunk.
			 * @param index the chunk's position, from 1
			 * @param markdown the text
			 * @param isLast whether it is the last chunk
			 * @return the chunk
			 */
			public static Chunk data(long index, String markdown, boolean isLast) {
				return new Chunk("data", index, markdown, isLast, Map.of());
			}

		}

	}

	/**
	 * An element of a type this library does not know, kept as it came.
	 *
	 * @param msgType the vendor's name of the type
	 * @param content the raw {@code MsgContent}
	 */
	record Unknown(String msgType, JsonNode content) implements MessageElement {

	}

}
