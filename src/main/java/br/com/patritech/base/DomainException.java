package br.com.patritech.base;

/**
 * A rule a person can fix: carries a translation key (and the field in error, if one), so the UI shows the
 * sentence next to the field and the API names the field in its problem response.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public DomainException(String messageKey, String field, Object... args) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
        this.args = args;
    }

    public static DomainException of(String messageKey) {
        return new DomainException(messageKey, null);
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The field in error, named as in the records the services take, or null. */
    public String getField() {
        return field;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}
