package io.strata.javalin.internal;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.List;

import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Jackson support for Hibernate entities: a lazy association that was not loaded (a proxy, a
 * collection) is left out of the JSON rather than loaded by the serializer, one query per row, or failing
 * once the session is closed; a loaded proxy is written as the entity it stands for, without Hibernate's
 * own properties.
 */
public final class HibernateModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module. */
    public HibernateModule() {
        super("StrataHibernate");
        addSerializer(HibernateProxy.class, new ProxySerializer());
        setSerializerModifier(new BeanSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                    List<BeanPropertyWriter> properties) {
                return properties.stream()
                        .map(writer -> canBeLazy(writer.getType().getRawClass()) ? new LoadedOnly(writer) : writer)
                        .map(BeanPropertyWriter.class::cast)
                        .toList();
            }
        });
    }

    /**
     * Whether a property of this declared type can hold a lazy value: a proxy subclasses its entity's class and
     * a lazy collection implements its interface, so a primitive, a final class ({@code String}, {@code Long},
     * {@code LocalDate}, a record) or an enum never does, and its writer is left as it is (no second call of
     * the getter per property).
     */
    static boolean canBeLazy(Class<?> type) {
        return !type.isPrimitive() && !type.isEnum() && !Modifier.isFinal(type.getModifiers());
    }

    /** Writes a property only when its value is loaded. */
    private static final class LoadedOnly extends BeanPropertyWriter {

        private static final long serialVersionUID = 1L;

        LoadedOnly(BeanPropertyWriter writer) {
            super(writer);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            if (Hibernate.isInitialized(get(bean))) {
                super.serializeAsField(bean, gen, provider);
            }
        }
    }

    /** A loaded proxy as its entity; one not loaded (inside a collection, say) as {@code null}. */
    private static final class ProxySerializer extends StdSerializer<HibernateProxy> {

        private static final long serialVersionUID = 1L;

        ProxySerializer() {
            super(HibernateProxy.class);
        }

        @Override
        public void serialize(HibernateProxy proxy, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (!Hibernate.isInitialized(proxy)) {
                gen.writeNull();
                return;
            }
            Object entity = proxy.getHibernateLazyInitializer().getImplementation();
            provider.findValueSerializer(entity.getClass()).serialize(entity, gen, provider);
        }
    }
}
