package br.com.patritech.custody;

/**
 * A termo de responsabilidade was issued to a person who has an account, and waits for them to accept it
 * (published inside the issuing transaction; notifications tell that account).
 */
public record TermIssued(long termId, String number, long personUserId) {
}
