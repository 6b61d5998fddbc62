package br.com.patritech.api;

import org.junit.jupiter.api.extension.ExtendWith;

import br.com.patritech.support.OnPostgres;

/** The same requests against a real PostgreSQL, whose locking and error codes differ from H2's. */
@OnPostgres
@ExtendWith(RestoresSecurityContextStrategy.class)
class MalformedRequestsPostgresApiTest extends MalformedRequestsApiTest {
}
