package br.com.patritech.assets;

/**
 * Lets another feature stop an asset from being moved or written off (the inventory freeze while counting, for
 * one), without {@code assets} knowing that feature. Implement it as a Spring bean; the service asks every such
 * bean, inside its transaction, after its own rules passed.
 */
public interface AssetMovementVeto {

    /** Throws a {@link br.com.patritech.base.DomainException} with a translated message to refuse the movement. */
    void check(AssetMovement movement);
}
