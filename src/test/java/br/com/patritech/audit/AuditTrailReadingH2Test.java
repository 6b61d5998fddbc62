package br.com.patritech.audit;

class AuditTrailReadingH2Test extends AuditTrailReadingTests {
}
