package io.strata.core.internal.boot;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.config.spi.StandardConverters;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.ClobJdbcType;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/**
 * Binds {@code @Lob} attributes as plain bytes and strings where Strata's DDL makes them plain
 * columns: PostgreSQL's {@code bytea} and {@code text} (Hibernate would bind large-object ids for its
 * {@code oid}) and SQLite's {@code BLOB} and {@code TEXT} (whose driver cannot hand out
 * {@code java.sql.Blob}s). Loaded by
 * Hibernate as a service, it acts only when Strata's bootstrap sets {@value #SETTING}, so other
 * Hibernate applications in the same JVM are untouched.
 */
public final class PlainLobs implements TypeContributor {

    /** The setting that turns this contributor on. */
    public static final String SETTING = "strata.lob.bind_as_bytes";

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry registry) {
        boolean on = registry.requireService(ConfigurationService.class)
                .getSetting(SETTING, StandardConverters.BOOLEAN, false);
        if (on) {
            var jdbcTypes = contributions.getTypeConfiguration().getJdbcTypeRegistry();
            jdbcTypes.addDescriptor(SqlTypes.BLOB, VarbinaryJdbcType.INSTANCE);
            jdbcTypes.addDescriptor(SqlTypes.CLOB, ClobJdbcType.STRING_BINDING);
            jdbcTypes.addDescriptor(SqlTypes.NCLOB, ClobJdbcType.STRING_BINDING);
        }
    }
}
