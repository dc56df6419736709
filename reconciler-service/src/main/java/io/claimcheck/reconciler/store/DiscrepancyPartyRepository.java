package io.claimcheck.reconciler.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Which parties each discrepancy involves. */
@ApplicationScoped
public class DiscrepancyPartyRepository implements PanacheRepositoryBase<DiscrepancyPartyEntity, UUID> {
}
