package br.com.patritech.base;

/** Missing, or outside the caller's scope: both look the same, so scoping never reveals what exists. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
