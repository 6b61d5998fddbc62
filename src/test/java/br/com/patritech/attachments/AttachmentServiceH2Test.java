package br.com.patritech.attachments;

class AttachmentServiceH2Test extends AttachmentServiceTests {
}
