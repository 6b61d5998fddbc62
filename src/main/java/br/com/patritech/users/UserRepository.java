package br.com.patritech.users;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    @EntityGraph(attributePaths = {"unitIds", "permissions"})
    Optional<User> findByCpf(String cpf);

    @EntityGraph(attributePaths = {"unitIds", "permissions"})
    Optional<User> findByEmail(String email);

    @EntityGraph(attributePaths = {"unitIds", "permissions"})
    Optional<User> findWithDetailsById(Long id);

    /**
     * As {@link #findWithDetailsById}, for the lookup behind every API request: with an entity graph Hibernate
     * translates the query to SQL again on each call (a quarter of a listing request's JVM time in a profile at 1M
     * assets); a fetch join is translated once.
     */
    @Query("select u from User u left join fetch u.unitIds left join fetch u.permissions where u.id = :id")
    Optional<User> findForRequest(Long id);
}
