/**
 * Units and their rooms, scoped by the caller's units. Depends on base and security only; assets and users refer to
 * it, never the other way round: a new unit code or room name is published ({@link UnitCodeChanged},
 * {@link RoomRenamed}) inside the change's transaction for those who keep a copy.
 */
package br.com.patritech.organization;
