package br.com.patritech.users;

/**
 * Something about an account that its owner should hear of: the password was reset by someone else, or the role,
 * units or flags changed (published inside the changing transaction; notifications tell the owner).
 */
public record AccountChanged(long userId, Change change) {

    public enum Change { PASSWORD_RESET, ACCESS_CHANGED }
}
