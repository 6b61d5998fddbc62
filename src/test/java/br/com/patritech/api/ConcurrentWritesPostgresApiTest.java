package br.com.patritech.api;

import br.com.patritech.support.OnPostgres;

/** The same requests against a real PostgreSQL, whose locking and error codes differ from H2's. */
@OnPostgres
class ConcurrentWritesPostgresApiTest extends ConcurrentWritesApiTest {
}
