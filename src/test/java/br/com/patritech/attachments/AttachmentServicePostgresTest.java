package br.com.patritech.attachments;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class AttachmentServicePostgresTest extends AttachmentServiceTests {
}
