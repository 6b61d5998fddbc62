package br.com.patritech.api;

/** A change was sent without If-Match: the API will not risk overwriting someone else's change. */
class PreconditionRequiredException extends RuntimeException {

    PreconditionRequiredException() {
        super("If-Match required");
    }
}
