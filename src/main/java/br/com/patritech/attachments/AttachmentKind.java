package br.com.patritech.attachments;

/** Photos show in the gallery with a thumbnail; documents (PDF: nota fiscal, laudo, signed term) in the list. */
public enum AttachmentKind {
    PHOTO, DOCUMENT
}
