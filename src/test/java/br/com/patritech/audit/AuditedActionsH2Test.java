package br.com.patritech.audit;

class AuditedActionsH2Test extends AuditedActionsTests {
}
