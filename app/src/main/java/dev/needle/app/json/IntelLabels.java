package dev.needle.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.Tlp;
import dev.needle.intel.export.ExportFormat;
import dev.needle.intel.feed.FeedFormat;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.FieldType;
import dev.needle.intel.service.NodeKind;
import dev.needle.intel.service.Scope;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SortOrder;
import dev.needle.intel.service.Visibility;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes the intel enums as the labels users type and the importers and query parameters
 * accept ({@code ipv4}, {@code amber+strict}, {@code delivery}, {@code killChainStage}), as
 * values and as map keys, and reads them back through the same parsers, so that what the API
 * writes can be sent to it again.
 */
public final class IntelLabels {

    private IntelLabels() {
    }

    /** The Jackson module. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("needle-intel-labels");
        add(module, IndicatorType.class, IndicatorType::label, IndicatorType::parse);
        add(module, Tlp.class, Tlp::label, Tlp::parse);
        add(module, KillChainStage.class, KillChainStage::label, KillChainStage::parse);
        add(module, Visibility.class, Visibility::label, Visibility::parse);
        add(module, FieldType.class, FieldType::label, FieldType::parse);
        add(module, Scope.class, Scope::label, Scope::parse);
        add(module, AggregateDimension.class, AggregateDimension::apiName,
                AggregateDimension::parse);
        add(module, NodeKind.class, NodeKind::prefix, IntelLabels::nodeKind);
        add(module, SearchOperator.class, SearchOperator::apiName, SearchOperator::parse);
        add(module, SortOrder.class, order -> order.name().toLowerCase(Locale.ROOT),
                SortOrder::parse);
        add(module, ExportFormat.class, ExportFormat::label, ExportFormat::parse);
        add(module, FeedFormat.class, FeedFormat::label, FeedFormat::parse);
        return module;
    }

    private static <E extends Enum<E>> void add(SimpleModule module, Class<E> type,
            Function<E, String> label, Function<String, E> parse) {
        module.addSerializer(type, new LabelSerializer<>(label));
        module.addKeySerializer(type, new LabelKeySerializer<>(label));
        module.addDeserializer(type, new LabelDeserializer<>(type, parse));
        module.addKeyDeserializer(type, new LabelKeyDeserializer<>(type, parse));
    }

    private static NodeKind nodeKind(String text) {
        for (NodeKind kind : NodeKind.values()) {
            if (kind.prefix().equalsIgnoreCase(text.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown node kind '" + text
                + "'; expected event, indicator, attacker or technique");
    }

    private static final class LabelSerializer<E> extends JsonSerializer<E> {

        private final Function<E, String> label;

        LabelSerializer(Function<E, String> label) {
            this.label = label;
        }

        @Override
        public void serialize(E value, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            out.writeString(label.apply(value));
        }
    }

    private static final class LabelKeySerializer<E> extends JsonSerializer<E> {

        private final Function<E, String> label;

        LabelKeySerializer(Function<E, String> label) {
            this.label = label;
        }

        @Override
        public void serialize(E value, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            out.writeFieldName(label.apply(value));
        }
    }

    private static final class LabelDeserializer<E> extends JsonDeserializer<E> {

        private final Class<E> type;
        private final Function<String, E> parse;

        LabelDeserializer(Class<E> type, Function<String, E> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public E deserialize(JsonParser in, DeserializationContext context) throws IOException {
            String text = in.getValueAsString();
            if (text == null) {
                return type.cast(context.handleUnexpectedToken(type, in));
            }
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                return type.cast(context.handleWeirdStringValue(type, text, "%s",
                        e.getMessage()));
            }
        }
    }

    private static final class LabelKeyDeserializer<E> extends KeyDeserializer {

        private final Class<E> type;
        private final Function<String, E> parse;

        LabelKeyDeserializer(Class<E> type, Function<String, E> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context)
                throws IOException {
            try {
                return parse.apply(key);
            } catch (IllegalArgumentException e) {
                return context.handleWeirdKey(type, key, "%s", e.getMessage());
            }
        }
    }
}
