package br.com.patritech.custody;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    boolean existsByCpf(String cpf);

    boolean existsByCpfAndIdNot(String cpf, long id);

    boolean existsByUserId(long userId);

    boolean existsByUserIdAndIdNot(long userId, long id);

    Optional<Person> findByUserId(long userId);
}
