package io.strata.migrations.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.strata.migrations.deploy.Builds;
import io.strata.migrations.operations.Ops;

/** {@code @Revision(contract = "…")} marks the breaking half of an expand/contract change. */
class ContractMarkerTest {

    @Test
    void aContractRevisionIsBreakingByDefinition() {
        assertThat(Builds.EXPAND_CONTRACT.revision("c3").isContract()).isTrue();
        assertThat(Builds.EXPAND_CONTRACT.revision("c3").contract()).contains("column widget.note (replaced by label)");
        assertThat(Builds.EXPAND_CONTRACT.revision("e2").isContract()).isFalse();
        assertThat(Builds.EXPAND_CONTRACT.revision("c3").verdict(Builds.EXPAND_CONTRACT.schemaAt("e2")).isCompatible())
                .isFalse();
        assertThatThrownBy(() -> RevisionSet.ofClasses(CompatibleContract.class))
                .isInstanceOf(RevisionLoadException.class).hasMessageContaining("breaking by definition");
    }

    @Revision(id = "x1", message = "both", contract = "column t.a", compatible = "no")
    public static final class CompatibleContract implements Migration {
        @Override
        public void upgrade(Ops ops) {
        }

        @Override
        public void downgrade(Ops ops) {
        }
    }
}
