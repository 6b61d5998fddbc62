package br.com.patritech.users;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<User, Long> {

    @EntityGraph(attributePaths = {"unitIds", "permissions"})
    Optional<User> findByCpf(String cpf);

    @EntityGraph(attributePaths = {"unitIds", "permissions"})
    Optional<User> findByEmail(String email);

    @EntityGraph(attributePaths = {"unitIds", "permissions"})
    Optional<User> findWithDetailsById(Long id);
}
