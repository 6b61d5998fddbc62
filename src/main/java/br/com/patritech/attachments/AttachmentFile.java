package br.com.patritech.attachments;

/** A file to send back: its name, its (checked) type and its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
